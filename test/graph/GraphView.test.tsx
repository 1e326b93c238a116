// @vitest-environment jsdom
import { act, cleanup, fireEvent, render } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { formatNumber } from '../../src/engine/format';
import type { Matrix, Trace, Vector } from '../../src/engine/types';
import { GraphView } from '../../src/graph/GraphView';
import { createDeltascopeStore, type InitialState } from '../../src/store/store';
import { StoreContext } from '../../src/ui/StoreContext';
import { loadKatex } from '../../src/ui/katexLoader';

// KaTeX loads lazily in the app; here it is there before the first render, so tooltips typeset at once.
beforeAll(loadKatex);
afterEach(cleanup);

function renderGraph(initial: InitialState = {}) {
  const store = createDeltascopeStore(initial);
  const { container } = render(
    <StoreContext value={store}>
      <GraphView />
    </StoreContext>,
  );
  // The svg seen: a step may show another of the step slots' svgs (graphSlots.ts).
  const svg = () => container.querySelector<SVGSVGElement>('svg.network-graph')!;
  const text = (selector: string) =>
    [...svg().querySelectorAll(selector)].map((e) => e.textContent ?? '').filter((t) => t !== '');
  return { store, container, svg, text };
}

/** What `change` does to the graph's svgs (every slot's), old attribute values included. */
function mutationsOf(container: HTMLElement, change: () => void): MutationRecord[] {
  const observer = new MutationObserver(() => {});
  observer.observe(container.querySelector('.graph-slots')!, {
    childList: true,
    characterData: true,
    attributes: true,
    attributeOldValue: true,
    subtree: true,
  });
  act(change);
  const records = observer.takeRecords();
  observer.disconnect();
  return records;
}

/** The numbers a step writes, from the engine, with the graph element ids they belong on. */
function written(trace: Trace, cursor: number): { id: string; value: number }[] {
  const step = trace.steps[cursor]!;
  const { quantity, layer: h } = step.writes;
  const layer = trace.layers[h]!;
  const vectors: Partial<Record<string, Vector | null>> = {
    X: layer.X,
    Y: layer.Y,
    deltaUp: layer.deltaUp,
    deltaDown: layer.deltaDown,
  };
  const matrices: Partial<Record<string, Matrix | null>> = { gradW: layer.gradW, updatedW: layer.updatedW };
  const vector = vectors[quantity];
  if (vector) return Array.from(vector, (value, i) => ({ id: `n:${h}:${i}`, value }));
  const matrix = matrices[quantity];
  if (matrix)
    return Array.from(matrix.data, (value, k) => ({
      id: `${h}:${k % matrix.cols}->${Math.floor(k / matrix.cols)}`,
      value,
    }));
  return quantity === 'loss' ? [{ id: 'loss', value: trace.loss }] : [];
}

describe('GraphView', () => {
  it('draws A[2,2,2] with the bias units first: 5 neurons, 2 bias units, 12 weights labelled', () => {
    const { svg, text } = renderGraph();
    expect(svg().querySelectorAll('g.node:not(.bias)')).toHaveLength(6);
    expect(svg().querySelectorAll('g.node.bias')).toHaveLength(2);
    expect(svg().querySelectorAll('g.edge')).toHaveLength(12);
    expect(text('g.edge-label text')).toHaveLength(12);
    expect(text('g.edge-label text')).toContain('−0.25');
    expect(text('g.node.bias .node-main')).toEqual(['1', '1']);
  });

  it('after each of the 14 steps, the numbers it writes are on their nodes or edges (engine formatNumber)', () => {
    const { store, svg } = renderGraph();
    const trace = store.getState().trace;
    for (let cursor = 0; cursor < trace.steps.length; cursor++) {
      act(() => store.getState().next());
      for (const { id, value } of written(trace, cursor)) {
        // The number sits in the neuron's circle, the weight's label box or the loss caption.
        const shown = svg().querySelector(
          `.node[data-id="${id}"], .edge-label[data-id="${id}"], .loss[data-id="${id}"]`,
        );
        expect(shown?.textContent, `${id} at step ${cursor}`).toContain(formatNumber(value, 8));
        expect(shown?.classList.contains('write'), `${id} marked as written at step ${cursor}`).toBe(true);
      }
    }
  });

  it('uses the store digits and U+2212 for negative values', () => {
    const { store, text } = renderGraph({ cursor: 0, digits: 3 });
    expect(text('.node[data-id="n:1:0"] .node-main')).toEqual([
      formatNumber(store.getState().trace.layers[1]!.Y![0]!, 3),
    ]);
    expect(text('.node[data-id="n:1:0"] .node-main')[0]).toMatch(/^\u2212/);
    act(() => store.getState().setDigits(2));
    expect(text('g.edge-label text').every((t) => !/\d\.\d{3}/.test(t))).toBe(true);
  });

  it('relabels captions when the notation changes, the numbers stay the same', () => {
    const { store, text } = renderGraph({ cursor: 7, notation: 'dyda' });
    const numbers = [...text('.node text'), ...text('.edge-label text')];
    const dyda = [...text('.caption'), ...text('.edge-caption')];
    act(() => store.getState().setNotation('boughammoura'));
    expect([...text('.node text'), ...text('.edge-label text')]).toEqual(numbers);
    const boughammoura = [...text('.caption'), ...text('.edge-caption')];
    expect(boughammoura).not.toEqual(dyda);
    expect(boughammoura.join(' ')).toContain('δdown₂');
    expect(dyda.join(' ')).toContain('δ⁽²⁾');
  });

  it('δup = (W♯)ᵀ δdown reads W♯: the weights of W² are marked read, its bias column is not', () => {
    const { store, svg } = renderGraph();
    act(() => store.getState().seek(store.getState().trace.steps.findIndex((s) => s.kind === 'deltaUp')));
    const classes = (id: string) => svg().querySelector(`g.edge[data-id="${id}"]`)!.classList;
    expect(classes('2:1->0').contains('read')).toBe(true);
    expect(classes('2:2->1').contains('read')).toBe(true);
    expect(classes('2:0->0').contains('read')).toBe(false);
    expect(classes('2:0->1').contains('read')).toBe(false);
  });

  it('hovering a weight shows its formula with the numbers (KaTeX); Escape closes it', () => {
    const { store, container, svg } = renderGraph({ cursor: 13 });
    const edge = svg().querySelector('g.edge[data-id="2:1->0"] .edge-hit')!;
    fireEvent.mouseOver(edge);
    const tip = container.querySelector('[data-testid="graph-tooltip"]')!;
    expect(tip.querySelector('.katex')).toBeTruthy();
    const W = store.getState().trace.layers[2]!;
    expect(tip.textContent).toContain(
      formatNumber(W.updatedW!.data[1]!, 8).replace('−', '-').replace(/^-/, ''),
    );
    expect(svg().querySelector('g.edge-label[data-id="2:1->0"]')!.classList.contains('explained')).toBe(true);
    fireEvent.keyDown(window, { key: 'Escape' });
    expect(container.querySelector('[data-testid="graph-tooltip"]')).toBeNull();
    expect(svg().querySelector('g.edge-label[data-id="2:1->0"]')!.classList.contains('explained')).toBe(
      false,
    );
  });

  it('the weight explained stays marked when a step shows another of the stacked svgs', () => {
    const { store, svg } = renderGraph({ cursor: 12 });
    fireEvent.mouseOver(svg().querySelector('g.edge[data-id="2:1->0"] .edge-hit')!);
    const before = svg();
    act(() => store.getState().next());
    expect(svg()).not.toBe(before);
    expect(svg().querySelector('g.edge-label[data-id="2:1->0"]')!.classList.contains('explained')).toBe(true);
  });

  it('clicking an edge or pressing Enter on it selects that weight and marks it', () => {
    const { store, svg } = renderGraph();
    fireEvent.click(svg().querySelector('g.edge[data-id="1:2->1"] .edge-hit')!);
    expect(store.getState().selectedWeight).toEqual({ layer: 1, i: 1, j: 2 });
    expect(svg().querySelector('g.edge[data-id="1:2->1"]')!.classList.contains('selected')).toBe(true);
    fireEvent.keyDown(svg().querySelector('g.edge[data-id="2:0->0"]')!, { key: 'Enter' });
    expect(store.getState().selectedWeight).toEqual({ layer: 2, i: 0, j: 0 });
    expect(svg().querySelector('g.edge[data-id="1:2->1"]')!.classList.contains('selected')).toBe(false);
  });

  it("Cheng's view: α on the neurons, the edges carrying it lit, Theorem 5 with the numbers", () => {
    const { store, container, svg } = renderGraph({ cursor: 13 });
    act(() => store.getState().setAmplificationOutput(1));
    const trace = store.getState().trace;
    const alpha = trace.layers[1]!.amplification!;
    const main = svg().querySelector('.node[data-id="n:1:0"] .node-main')!.textContent;
    expect(main).toBe(formatNumber(alpha.data[0 * alpha.cols + 1]!, 8));
    expect(svg().querySelector('.node[data-id="n:2:1"] .node-main')!.textContent).toBe('1');
    expect(svg().querySelector('g.edge[data-id="2:1->1"]')!.classList.contains('lit')).toBe(true);
    expect(svg().querySelector('g.edge[data-id="2:1->0"]')!.classList.contains('lit')).toBe(false);
    expect(svg().querySelector('g.edge[data-id="2:0->1"]')!.classList.contains('lit')).toBe(false);
    const line = container.querySelector('[data-testid="amplification-line"]')!.textContent!;
    expect(line).toContain(formatNumber(trace.layers[2]!.deltaDown![0]!, 8));
    // the engine's φ′_L(u_L,o) with its subscripts set as such
    expect(line).toContain('εₒ φ′L(uL,o) α');
    expect(line).not.toContain('_');
    const subscripts = container.querySelectorAll('[data-testid="amplification-line"] sub');
    expect([...subscripts].slice(0, 2).map((sub) => sub.textContent)).toEqual(['L', 'L,o']);
    // No spoilers: before the backward pass, Theorem 5 says δ is still to come instead of giving it.
    act(() => store.getState().first());
    const early = container.querySelector('[data-testid="amplification-line"]')!.textContent!;
    expect(early).toContain('not computed yet');
    // φ′ of the output layer L, subscripted: not a literal underscore
    expect(early).toContain('Σₒ εₒ φ′L α');
    expect(container.querySelector('[data-testid="amplification-line"] sub')!.textContent).toBe('L');
    expect(early).not.toContain(formatNumber(trace.layers[2]!.deltaDown![0]!, 8));
    act(() => store.getState().setAmplificationOutput(null));
    expect(container.querySelector('[data-testid="amplification-line"]')).toBeNull();
  });

  it('a tall network (A[20,12,4]) draws compact: every neuron and weight, values in aria labels only', () => {
    const weights = (rows: number, cols: number) =>
      Array.from({ length: rows }, (_, i) =>
        Array.from({ length: cols }, (_, j) => ((i * 7 + j * 3) % 11) / 20 - 0.25),
      );
    const file = {
      layers: [20, 12, 4],
      bias: 'first',
      activation: 'sigmoid',
      loss: 'half-sse',
      weights: [weights(12, 21), weights(4, 13)],
      input: Array.from({ length: 20 }, (_, k) => (k % 5) / 5),
      target: [0, 1, 0, 0],
    };
    const { svg, text, store } = renderGraph({ file: file as never, cursor: 3 });
    expect(svg().classList.contains('compact')).toBe(true);
    expect(svg().querySelectorAll('g.node')).toHaveLength(20 + 12 + 4 + 2);
    // 304 edges: under the canvas threshold, so still one svg element each
    expect(svg().querySelectorAll('g.edge')).toHaveLength(21 * 12 + 13 * 4);
    expect(text('.node:not(.bias) text')).toEqual([]);
    const x = store.getState().trace.layers[1]!.X[5]!;
    expect(svg().querySelector('.node[data-id="n:1:5"]')!.getAttribute('aria-label')).toContain(
      formatNumber(x, 8),
    );
  });

  it('drawing a step rewrites only the texts and attributes that change (an unchanged number is not set again)', () => {
    const { store, container } = renderGraph();
    act(() => store.getState().seek(3));
    // Every slot's svg: a step drawn on the spot (no idle time here) is drawn into one the reader does not see yet.
    const texts = () =>
      new Map(
        [...container.querySelectorAll('.graph-slots svg text, .graph-slots svg tspan')].map(
          (e) => [e, e.textContent ?? ''] as const,
        ),
      );
    for (let k = 0; k < 6; k++) {
      const before = texts();
      const records = mutationsOf(container, () => store.getState().next());
      // an attribute (class, style, aria-label…) written is one that changed
      for (const r of records.filter((r) => r.type === 'attributes')) {
        const element = r.target as Element;
        expect(
          element.getAttribute(r.attributeName!),
          `${r.attributeName} of ${element.outerHTML.slice(0, 60)}`,
        ).not.toBe(r.oldValue);
      }
      const rewritten = new Set(
        records
          .filter((r) => r.type !== 'attributes')
          .map((r) => (r.target instanceof Element ? r.target : r.target.parentElement))
          .filter((e): e is Element => e !== null && before.has(e)),
      );
      const after = texts();
      // the step writes something, and each text written to shows something new
      expect(rewritten.size, `step ${4 + k} writes`).toBeGreaterThan(0);
      for (const element of rewritten)
        expect(after.get(element), `${element.closest('[data-id]')?.getAttribute('data-id')}`).not.toBe(
          before.get(element),
        );
    }
  });

  it("a step to a neighbour drawn while idle writes no number: it shows that slot, with the step's values", async () => {
    const { store, container, svg } = renderGraph();
    act(() => store.getState().seek(3));
    // whenIdle falls back to a 50 ms timeout here; both neighbours are drawn one after the other.
    await act(() => new Promise((done) => setTimeout(done, 250)));
    const before = svg();
    const records = mutationsOf(container, () => store.getState().next());
    // Only marks change: the two svgs' and their slots' (which is seen, hidden from assistive technology, the
    // svg's tab stop) and, inside them, which elements are tab stops.
    expect(records.filter((r) => r.type !== 'attributes')).toEqual([]);
    expect(svg()).not.toBe(before);
    const marks = new Set<Node>([before, before.parentElement!, svg(), svg().parentElement!]);
    expect([...marks].every((mark) => records.some((r) => r.target === mark))).toBe(true);
    expect(
      records.filter((r) => !marks.has(r.target)).map((r) => r.attributeName),
      'inside the svgs, only tab stops change',
    ).toEqual(records.filter((r) => !marks.has(r.target)).map(() => 'tabindex'));
    expect(before.parentElement!.getAttribute('aria-hidden')).toBe('true');
    // The hidden svgs' neurons and weights are out of the tab order; the shown one's are in it.
    for (const hidden of container.querySelectorAll('.graph-slot:not(.current) [tabindex]'))
      expect(hidden.getAttribute('tabindex'), hidden.getAttribute('data-id') ?? '').toBe('-1');
    const stops = svg().querySelectorAll('g.node[tabindex="0"]');
    expect(stops.length).toBe(svg().querySelectorAll('g.node').length);
    expect(stops.length).toBeGreaterThan(0);
    expect(svg().getAttribute('data-testid')).toBe('network-graph');
    expect(container.querySelectorAll('svg.network-graph')).toHaveLength(1);
    // The shown slot holds step 4's numbers, as the engine computed them.
    const trace = store.getState().trace;
    for (const { id, value } of written(trace, 4)) {
      const shown = svg().querySelector(
        `.node[data-id="${id}"] .node-main, .edge-label[data-id="${id}"] text, .loss[data-id="${id}"]`,
      );
      expect(shown?.textContent, id).toContain(formatNumber(value, 8));
    }
  });
});
