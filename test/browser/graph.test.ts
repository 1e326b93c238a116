// The network graph in Chromium: walk Dyda's 14 steps with the keyboard and find on the graph, at each step, the
// numbers that step writes (computed here from the engine), marked as written; formulas on hover; notation
// relabels captions only; labels fit their boxes and the drawing for every preset and a few random networks.
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, test } from 'vitest';
import { formatNumber } from '../../src/engine/format';
import { networkFromFile, sampleFromFile } from '../../src/engine/network';
import { trace as computeTrace } from '../../src/engine/trace';
import type { Matrix, Trace, Vector } from '../../src/engine/types';
import { findPreset, PRESETS } from '../../src/presets';
import { closeBrowser, openPage, screenshot } from './browser';

afterAll(closeBrowser);

function presetTrace(name: string): Trace {
  const file = findPreset(name)!.file;
  return computeTrace(networkFromFile(file), sampleFromFile(file));
}

/** The numbers step `cursor` writes, from the engine, with the id of the graph element each belongs on. */
function written(trace: Trace, cursor: number): { id: string; text: string }[] {
  const { quantity, layer: h } = trace.steps[cursor]!.writes;
  const layer = trace.layers[h]!;
  const vectors: Partial<Record<string, Vector | null>> = {
    X: layer.X,
    Y: layer.Y,
    deltaUp: layer.deltaUp,
    deltaDown: layer.deltaDown,
  };
  const matrices: Partial<Record<string, Matrix | null>> = { gradW: layer.gradW, updatedW: layer.updatedW };
  const vector = vectors[quantity];
  if (vector) return Array.from(vector, (v, i) => ({ id: `n:${h}:${i}`, text: formatNumber(v, 8) }));
  const matrix = matrices[quantity];
  if (matrix)
    return Array.from(matrix.data, (v, k) => ({
      id: `${h}:${k % matrix.cols}->${Math.floor(k / matrix.cols)}`,
      text: formatNumber(v, 8),
    }));
  return [{ id: 'loss', text: formatNumber(trace.loss, 8) }];
}

/** Text and classes of every graph element that shows a number, by id. */
function graphElements(page: Page): Promise<Record<string, { text: string; classes: string }>> {
  return page.evaluate(() => {
    const out: Record<string, { text: string; classes: string }> = {};
    const svg = document.querySelector('svg.network-graph')!;
    for (const e of svg.querySelectorAll<SVGElement>('.node[data-id], .edge-label[data-id], .loss[data-id]'))
      out[e.dataset.id!] = { text: e.textContent ?? '', classes: e.getAttribute('class') ?? '' };
    return out;
  });
}

/** Graph texts that overflow their circle or box, or leave the drawing (measured with getBBox). */
function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const svg = document.querySelector<SVGSVGElement>('svg.network-graph')!;
    const view = svg.viewBox.baseVal;
    const bad: string[] = [];
    const within = (b: DOMRect) =>
      b.x >= view.x - 0.5 &&
      b.y >= view.y - 0.5 &&
      b.x + b.width <= view.x + view.width + 0.5 &&
      b.y + b.height <= view.y + view.height + 0.5;
    for (const g of svg.querySelectorAll<SVGGElement>('g.edge-label')) {
      const rect = g.querySelector('rect')!.getBBox();
      const text = g.querySelector('text')!.getBBox();
      if (text.width > rect.width - 2) bad.push(`${g.dataset.id}: "${g.textContent}" wider than its box`);
      if (!within(rect)) bad.push(`${g.dataset.id}: label box off the drawing`);
    }
    for (const g of svg.querySelectorAll<SVGGElement>('g.node')) {
      const r = Number(g.querySelector('circle.disc')!.getAttribute('r'));
      for (const t of g.querySelectorAll<SVGTextElement>('text')) {
        const b = t.getBBox();
        if (b.width === 0) continue;
        const corner = Math.hypot(b.width / 2, Math.max(Math.abs(b.y), Math.abs(b.y + b.height)));
        if (corner > r + 1) bad.push(`${g.dataset.id}: "${t.textContent}" outside its circle`);
      }
    }
    for (const t of svg.querySelectorAll<SVGTextElement>('text.caption, text.edge-caption, text.loss'))
      if (t.textContent && !within(t.getBBox())) bad.push(`caption "${t.textContent}" off the drawing`);
    return bad;
  });
}

/** axe-core's serious and critical findings inside the graph panel, as "rule: element" lines. */
async function axeOnGraph(page: Page): Promise<string[]> {
  await page.addScriptTag({
    path: fileURLToPath(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url)),
  });
  return page.evaluate(async () => {
    // axe is the global the injected script defines.
    const { axe } = window as unknown as {
      axe: {
        run: (
          context: Element,
        ) => Promise<{ violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[] }>;
      };
    };
    const { violations } = await axe.run(document.querySelector('.graph-area')!);
    return violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
  });
}

const stepName = (page: Page) => page.locator('[data-testid="step-name"]').innerText();

describe('the network graph', () => {
  test('Dyda, step by step: each step’s numbers on the graph, marked as written', async () => {
    const trace = presetTrace('dyda');
    const { page, errors, close } = await openPage('/?preset=dyda');
    try {
      await page.locator('svg.network-graph g.node').first().waitFor();
      const start = await graphElements(page);
      expect(start['n:0:0']!.text).toBe('1');
      expect(start['n:1:0']!.text).toBe('');
      expect(start['1:1->0']!.text).toBe('−0.2');
      for (let cursor = 0; cursor < trace.steps.length; cursor++) {
        await page.keyboard.press('ArrowRight');
        await expect.poll(() => stepName(page)).toMatch(new RegExp(`^${cursor + 1}/14`));
        await screenshot(page, `graph-dyda-step-${String(cursor).padStart(2, '0')}`);
        const shown = await graphElements(page);
        for (const { id, text } of written(trace, cursor)) {
          expect(shown[id]?.text, `${id} at step ${cursor}`).toContain(text);
          expect(shown[id]?.classes, `${id} marked written at step ${cursor}`).toMatch(/\bwrite\b/);
        }
        const reads = Object.entries(shown).filter(([, e]) => /\bread\b/.test(e.classes));
        // Steps that combine one layer's numbers with another's mark those others as read.
        if (['preActivation', 'gradW', 'deltaUp'].includes(trace.steps[cursor]!.kind))
          expect(reads.length, `something is read at step ${cursor}`).toBeGreaterThan(0);
      }
      expect(await overflowing(page)).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  test('a step shows another of the stacked svgs: the zoom, the keyboard focus and the tab order go with it', async () => {
    const { page, errors, close } = await openPage('/?preset=dyda&step=3');
    try {
      await page.locator('svg.network-graph g.node').first().waitFor();
      await page.getByRole('button', { name: 'Zoom in' }).click();
      await page.waitForTimeout(400); // the zoom's transition
      const seen = () =>
        page.evaluate(() => {
          const svg = document.querySelector<SVGSVGElement & { __seen?: number }>('svg.network-graph')!;
          svg.__seen ??= Math.random();
          const focused = document.activeElement;
          return {
            svg: svg.__seen,
            count: document.querySelectorAll('svg.network-graph').length,
            transform: svg.querySelector('g.viewport')!.getAttribute('transform'),
            focused: svg.contains(focused) ? focused!.closest('[data-id]')?.getAttribute('data-id') : null,
            // the hidden svgs: hidden from assistive technology, no tab stop inside
            hiddenOthers: [...document.querySelectorAll('.graph-slot:not(.current)')].every(
              (s) =>
                s.getAttribute('aria-hidden') === 'true' &&
                [...s.querySelectorAll('[tabindex]')].every((e) => e.getAttribute('tabindex') === '-1'),
            ),
            // what the pointer finds over a neuron is in the shown svg
            pointed: (() => {
              const node = svg.querySelector('g.node[data-id="n:1:0"]')!.getBoundingClientRect();
              const hit = document.elementFromPoint(node.x + node.width / 2, node.y + node.height / 2);
              return svg.contains(hit);
            })(),
          };
        });
      const before = await seen();
      expect(before.transform).toMatch(/scale\(1\.25\)/);
      await page.waitForTimeout(300); // the neighbouring steps are drawn while idle
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => stepName(page)).toMatch(/^5\/14/);
      const after = await seen();
      expect(after.svg).not.toBe(before.svg); // another svg, drawn before the step was asked for
      expect(after.count).toBe(1);
      expect(after.transform).toBe(before.transform);
      expect(after.hiddenOthers).toBe(true);
      expect(after.pointed).toBe(true);
      // A neuron focused from the keyboard stays focused: the same neuron in the svg now shown, its tooltip open.
      await page.locator('svg.network-graph g.node[data-id="n:1:0"]').focus();
      await page.waitForTimeout(300);
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => stepName(page)).toMatch(/^6\/14/);
      const focused = await seen();
      expect(focused.svg).not.toBe(after.svg);
      expect(focused.focused).toBe('n:1:0');
      await expect.poll(() => page.getByTestId('graph-tooltip').count()).toBe(1);
      // Tab goes on from the neuron to the svg's next element, never into a hidden svg.
      await page.keyboard.press('Tab');
      expect(
        await page.evaluate(() => document.activeElement!.closest('.graph-slot')?.className),
      ).not.toMatch(/^graph-slot$/);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  test('hovering a weight shows its formula with the numbers; Escape closes it; a click selects it', async () => {
    const trace = presetTrace('dyda');
    const { page, errors, close } = await openPage('/?preset=dyda&step=7');
    try {
      const label = page.locator('svg.network-graph g.edge-label[data-id="2:2->1"]');
      // The first drawing is re-laid out once the panel is measured: hover where the label has settled.
      const box = () => label.boundingBox().then((b) => JSON.stringify(b));
      let previous = '';
      await expect.poll(async () => previous === (previous = await box())).toBe(true);
      await label.hover();
      const tip = page.locator('[data-testid="graph-tooltip"]');
      await expect.poll(() => tip.locator('.katex').count()).toBeGreaterThan(0);
      const gradW = trace.layers[2]!.gradW!;
      const text = await tip.innerText();
      // δW²₂₃ = δ²₂ · a¹₂ with both factors and the result written out.
      for (const v of [
        gradW.data[1 * gradW.cols + 2]!,
        trace.layers[2]!.deltaDown![1]!,
        trace.layers[1]!.X[1]!,
      ])
        expect(text.replace(/\u2212/g, '-')).toContain(formatNumber(Math.abs(v), 8));
      await screenshot(page, 'graph-dyda-tooltip');
      await page.keyboard.press('Escape');
      await expect.poll(() => tip.count()).toBe(0);
      await label.click();
      await expect
        .poll(() => page.locator('svg.network-graph g.edge[data-id="2:2->1"]').getAttribute('class'))
        .toMatch(/\bselected\b/);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  test('the notation switch changes the captions, not the numbers', async () => {
    const { page, errors, close } = await openPage('/?preset=dyda&step=9&notation=dyda');
    try {
      await page.locator('svg.network-graph g.node').first().waitFor();
      const numbers = () =>
        page.locator('svg.network-graph .node text, svg.network-graph .edge-label text').allTextContents();
      const captions = () =>
        page.locator('svg.network-graph .caption, svg.network-graph .edge-caption').allTextContents();
      const before = { numbers: await numbers(), captions: await captions() };
      expect(before.captions.join(' ')).toContain('δ⁽²⁾');
      await page.getByLabel('Notation').selectOption('cheng');
      await expect.poll(async () => (await captions()).join(' ')).toContain('δ₂');
      expect(await numbers()).toEqual(before.numbers);
      await screenshot(page, 'graph-dyda-cheng-notation');
      await page.getByLabel('Notation').selectOption('lecture');
      await expect.poll(async () => (await captions()).join(' ')).toContain('Δ³');
      expect(await numbers()).toEqual(before.numbers);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  test("Cheng's view: α for an output on every neuron and Theorem 5 with the numbers under the graph", async () => {
    const trace = presetTrace('cheng-2321');
    const { page, errors, close } = await openPage('/?preset=cheng-2321&step=19&notation=cheng');
    try {
      await page.getByLabel('α for output').selectOption('0');
      const alpha = trace.layers[1]!.amplification!;
      await expect
        .poll(() => page.locator('svg.network-graph .node[data-id="n:1:2"] .node-main').textContent())
        .toBe(formatNumber(alpha.data[2 * alpha.cols]!, 8));
      await page.locator('svg.network-graph .node[data-id="n:1:2"]').hover();
      const line = page.locator('[data-testid="amplification-line"]');
      await expect.poll(() => line.innerText()).toContain(formatNumber(trace.layers[1]!.deltaDown![2]!, 8));
      expect(await page.locator('svg.network-graph g.edge.lit').count()).toBeGreaterThan(0);
      await screenshot(page, 'graph-cheng-amplification');
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  test('A[2,8,8,1]: the single output neuron has its value written beside it at fit, as the columns before it do', async () => {
    const { page, errors, close } = await openPage('/?layers=2,8,8,1&seed=1&step=5');
    try {
      const graph = page.locator('svg.network-graph');
      await graph.locator('g.node').first().waitFor({ state: 'attached' });
      // step 6 computes a³ = σ(net³): its value, and the eight of each hidden column, are on screen
      await expect.poll(() => graph.locator('.zoom-label').count()).toBe(8 + 8 + 2 + 1);
      const output = await page.evaluate(() => {
        const circle = document
          .querySelector('svg.network-graph [data-id="n:3:0"] circle')!
          .getBoundingClientRect();
        const panel = document.querySelector('.graph-area')!.getBoundingClientRect();
        const near = [...document.querySelectorAll('svg.network-graph text.zoom-label')]
          .map((text) => ({ text: text.textContent ?? '', box: text.getBoundingClientRect() }))
          .filter(({ box }) => Math.abs(box.top + box.height / 2 - (circle.top + circle.height / 2)) < 2)
          .filter(
            ({ box }) => Math.abs(box.left - circle.right) < 20 || Math.abs(box.right - circle.left) < 20,
          );
        return near.map(({ text, box }) => ({
          text,
          height: Math.round(box.height),
          inside: box.left >= panel.left && box.right <= panel.right,
        }));
      });
      expect(output).toHaveLength(1);
      expect(output[0]!.text).toMatch(/^−?0\.\d{8}$/);
      expect(output[0]!.inside).toBe(true);
      expect(output[0]!.height).toBeGreaterThanOrEqual(12); // the app's size, not a zoom-to-read size
      await screenshot(page, 'graph-2-8-8-1-output-value');
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  const networks = [
    ...PRESETS.map((p) => ({ name: p.name, path: `/?preset=${p.name}&step=13` })),
    { name: 'layers-4-8-8-3', path: '/?layers=4,8,8,3&seed=7&step=3' },
    { name: 'layers-64-32-10', path: '/?layers=64,32,10&seed=1&step=3' },
  ];
  for (const { name, path } of networks) {
    test(`${name}: drawn, every label inside its box and the drawing`, async () => {
      const { page, errors, close } = await openPage(path);
      try {
        await page.locator('svg.network-graph g.node').first().waitFor({ state: 'attached' });
        await screenshot(page, `graph-${name}`);
        expect(await overflowing(page)).toEqual([]);
        expect(await axeOnGraph(page)).toEqual([]);
        expect(errors).toEqual([]);
      } finally {
        await close();
      }
    });
  }
});
