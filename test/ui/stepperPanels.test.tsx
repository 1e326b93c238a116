// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { Profiler, type ReactNode } from 'react';
import { afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { createDeltascopeStore, type InitialState } from '../../src/store/store';
import { App } from '../../src/ui/App';
import { Controls } from '../../src/ui/Controls';
import { EquationPanel } from '../../src/ui/EquationPanel';
import { splitEquation, workingParts } from '../../src/ui/present/splitEquation';
import { NOTATIONS, stepEquation } from '../../src/engine';
import { Header } from '../../src/ui/Header';
import { MappingDiagram } from '../../src/ui/MappingDiagram';
import { MatrixPanel } from '../../src/ui/MatrixPanel';
import { MessageBanner } from '../../src/ui/MessageBanner';
import { markShownSlot, slotSteps } from '../../src/ui/useStepSlots';
import { Settings } from '../../src/ui/Settings';
import { StoreContext } from '../../src/ui/StoreContext';
import { loadKatex } from '../../src/ui/katexLoader';
import { setWeight } from '../../src/engine/edit';
import { entryFormula } from '../../src/engine/entryFormula';
import { PRESETS, findPreset } from '../../src/presets';

// KaTeX loads lazily in the app; here it is there before the first render, so panels typeset at once.
beforeAll(loadKatex);
afterEach(cleanup);

function renderWith(node: ReactNode, initial: InitialState = {}) {
  const store = createDeltascopeStore(initial);
  render(<StoreContext value={store}>{node}</StoreContext>);
  return store;
}

describe('Header', () => {
  test('shows the architecture and the step in words, following the store', () => {
    const store = renderWith(<Header />, { notation: 'boughammoura' });
    expect(screen.getByText('A[2,2,2]')).toBeTruthy();
    expect(screen.getByTestId('step-name').textContent).toContain('nothing computed yet');
    act(() => store.getState().seek(6));
    expect(screen.getByTestId('step-name').textContent).toBe('7/14 backward · layer 2 · δdown₂');
  });
});

describe('Controls', () => {
  test('buttons step, the scrubber seeks, phases are marked and clickable', () => {
    const store = renderWith(<Controls />);
    fireEvent.click(screen.getByRole('button', { name: /Next/ }));
    expect(store.getState().cursor).toBe(0);
    fireEvent.change(screen.getByRole('slider', { name: 'Step' }), { target: { value: '9' } });
    expect(store.getState().cursor).toBe(9);
    fireEvent.click(screen.getByRole('button', { name: /Prev/ }));
    expect(store.getState().cursor).toBe(8);
    fireEvent.click(screen.getByText('update'));
    expect(store.getState().trace.steps[store.getState().cursor]?.phase).toBe('update');
    fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
    expect(store.getState().cursor).toBe(-1);
    fireEvent.click(screen.getByRole('button', { name: /Play/ }));
    expect(store.getState().playing).toBe(true);
    expect(screen.getByRole('button', { name: /Pause/ })).toBeTruthy();
  });
});

describe('EquationPanel', () => {
  test('typesets the step symbolically and with the numbers, the current arrow lit', () => {
    renderWith(<EquationPanel />, { cursor: 6 });
    const equation = screen.getByTestId('equation');
    // The rule, then the substitution in pieces cut at its top-level "=": δ⁽²⁾ = [products] = [values].
    expect(equation.querySelectorAll('.katex')).toHaveLength(3);
    expect(equation.textContent).toContain('−0.11033497');
    expect(document.querySelector('.arrow.lit')?.textContent).toContain('⊙φ′');
  });
});

describe('EquationPanel after the network changes', () => {
  // Every trace of one structure shares its frozen step list (engine/trace.ts): equations remembered by the step
  // alone kept the first trace's numbers after an edit, another input or another preset.
  test('an edited weight shows in the current equation and in the neighbours laid out beside it', () => {
    vi.useFakeTimers();
    try {
      const store = renderWith(<EquationPanel />, { cursor: 0 });
      act(() => vi.advanceTimersByTime(100)); // the neighbours laid out while idle
      const equation = () => screen.getByTestId('equation').textContent ?? '';
      expect(equation()).toContain('−0.2');
      // W⁽¹⁾ row 1, column 2 (after the bias column): −0.2 → 0.9, so net⁽¹⁾₁ = 0.1 + 0.9 · 1 + 0.3 · 0 = 1
      act(() => void store.getState().applyEdit((file) => setWeight(file, 1, 0, 1, 0.9)));
      expect(equation()).not.toContain('−0.2');
      expect(equation()).toContain('0.9');
      act(() => store.getState().next());
      // a⁽¹⁾₁ = σ(1), written to 8 decimals
      expect(equation()).toContain((1 / (1 + Math.exp(-1))).toFixed(8));
    } finally {
      vi.useRealTimers();
    }
  });

  test('another preset of the same activations and loss shows its own numbers', () => {
    const store = renderWith(<EquationPanel />, { cursor: 0 });
    const xor = findPreset('xor')!.file;
    act(() => store.getState().loadNetworkFile(xor));
    act(() => store.getState().seek(0));
    const fresh = renderWith(<EquationPanel />, { file: xor, cursor: 0 });
    const [shown, expected] = screen.getAllByTestId('equation').map((e) => e.textContent);
    expect(fresh.getState().trace.steps).toBe(store.getState().trace.steps); // the shared list
    expect(shown).toBe(expected);
    expect(shown).toContain(String(xor.weights[0]![0]![1]).replace('-', '−'));
  });
});

describe('step slots (issue 6)', () => {
  test('the settled cursor keeps its neighbours drawn; the current step is always drawn', () => {
    expect(slotSteps(5, 5, 14)).toEqual([4, 5, 6]);
    // a step taken before the page was idle: the new current one joins the old neighbourhood
    expect(slotSteps(7, 5, 14)).toEqual([4, 5, 6, 7]);
    expect(slotSteps(-1, -1, 14)).toEqual([-1, 0]);
    expect(slotSteps(13, 13, 14)).toEqual([12, 13]);
  });

  test('once idle, the next and previous equations and matrices are laid out hidden, and a step shows them', async () => {
    vi.useFakeTimers();
    try {
      const store = renderWith(
        <>
          <Header />
          <EquationPanel />
          <MatrixPanel />
        </>,
        { cursor: 6 },
      );
      act(() => vi.advanceTimersByTime(100)); // the idle time that settles the cursor
      const slots = (panel: string) => document.querySelectorAll(`${panel} .step-slot`);
      expect(slots('.equation')).toHaveLength(3);
      expect(slots('.mapping-slots')).toHaveLength(3);
      expect(slots('.step-name')).toHaveLength(3);
      expect(slots('.matrix-panel')).toHaveLength(3);
      const hidden = [...slots('.equation')].filter((s) => s.getAttribute('aria-hidden') === 'true');
      expect(hidden).toHaveLength(2);
      // step 7's name, and its arrow lit in the two-step diagram (δW² = δ² (X¹)ᵀ), are made before the step
      const nextName = [...slots('.step-name')][2]!;
      expect(nextName.textContent).toMatch(/^8\/14 backward · layer 2 · gradient/);
      const nextDiagram = [...slots('.mapping-slots')][2]!;
      expect(nextDiagram.querySelector('.arrow.lit')?.textContent).toBe('→·(X⁽²⁾)ᵀ');
      // step 7's equation (δW² = δ² (X¹)ᵀ) is already typeset before the step is taken
      const next = [...slots('.equation')][2]!;
      const typeset = next.innerHTML;
      expect(next.textContent).toContain('0.05241141');
      // the next step's W² entries are buttons already, out of the tab order and unnamed until shown
      const nextMatrices = [...slots('.matrix-panel')][2]!;
      const entry = nextMatrices.querySelector<HTMLButtonElement>('button.entry')!;
      expect(entry.tabIndex).toBe(-1);
      expect(entry.dataset.weight).toBeUndefined();
      act(() => store.getState().next());
      // the same button, now focusable and named: nothing made or removed
      expect(entry.isConnected).toBe(true);
      expect(entry.tabIndex).toBe(0);
      expect(entry.dataset.weight).toBe('2-0-0');
      // the same element is now the shown one, its content untouched: nothing typeset or laid out anew
      expect(next.classList.contains('current')).toBe(true);
      expect(next.getAttribute('aria-hidden')).toBeNull();
      expect(next.innerHTML).toBe(typeset);
      expect(screen.getByTestId('equation')).toBe(next);
      expect(screen.getByTestId('step-name')).toBe(nextName);
      expect(screen.getByTestId('mapping-diagram')).toBe(nextDiagram);
      const seen = (panel: string) =>
        [...slots(panel)].filter((s) => s.getAttribute('aria-hidden') !== 'true');
      expect(seen('.mapping-slots')).toEqual([nextDiagram]);
      expect(seen('.step-name')).toEqual([nextName]);
      // test ids and editable entries belong to the shown step only
      expect(screen.getAllByTestId('matrix-gradW-2')).toHaveLength(1);
      expect(document.querySelectorAll('.matrix-panel [data-weight="2-0-0"]')).toHaveLength(1);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('MappingDiagram', () => {
  const arrows = (index: number, initial: InitialState) => {
    renderWith(<MappingDiagram index={index} />, initial);
    const labels = [...document.querySelectorAll('.arrow small')].map((a) => a.textContent);
    cleanup();
    return labels;
  };
  test("its arrows name what the equation beside it uses: the layer's activation, the notation's symbols", () => {
    // Dyda's sigmoid network in Dyda's notation: φ, as in a^{[l]} = φ(net^{[l]}); W♯ as in its δup equation.
    expect(arrows(6, { notation: 'dyda' })).toEqual(['W⁽²⁾·', 'φ', '⊙φ′', '(W♯⁽²⁾)ᵀ', '·(X⁽²⁾)ᵀ']);
    // Boughammoura's own: σ and W♯ (his (21)).
    expect(arrows(6, { notation: 'boughammoura' })).toEqual(['W²·', 'σ', '⊙σ′', '(W♯²)ᵀ', '·(X̂¹)ᵀ']);
    // The lecture note writes b apart: z = W a + b, and no column of W to drop.
    expect(arrows(6, { notation: 'lecture' })).toEqual(['W³· + b³', 'σ', '⊙σ′', '(W³)ᵀ', '·(a²)ᵀ']);
    // The softmax output layer: no σ anywhere; its derivative is a Jacobian, not an elementwise product.
    const softmax = { file: findPreset('dyda-softmax')!.file, notation: 'dyda' } as const;
    expect(arrows(6, softmax)).toEqual(['W⁽²⁾·', 'softmax', '·softmax′', '(W♯⁽²⁾)ᵀ', '·(X⁽²⁾)ᵀ']);
    // …and its hidden layer is still a sigmoid.
    expect(arrows(9, softmax).slice(1, 3)).toEqual(['φ', '⊙φ′']);
  });

  test('δW^h branches from δdown_h, its row apart from δup_{h-1}’s (it is computed first, from δdown)', () => {
    renderWith(<MappingDiagram index={7} />, { notation: 'boughammoura' });
    const rows = [...document.querySelectorAll('.mapping-row')].map((row) =>
      [...row.children].map((part) => part.textContent),
    );
    expect(rows).toEqual([
      ['forward', 'X¹', '→W²·', 'Y²', '→σ', 'X²'],
      ['backward', 'δup₂', '→⊙σ′', 'δdown₂', '→(W♯²)ᵀ', 'δup₁'],
      ['gradient', 'δdown₂', '→·(X̂¹)ᵀ', 'δW²'],
    ]);
    // δW² = δdown₂ (X̂¹)ᵀ with the bias's 1, as Boughammoura's equation writes it: X¹ alone is a column short
    expect(document.querySelector('.arrow.lit')?.textContent).toBe('→·(X̂¹)ᵀ');
  });
});

describe('the shown slot, written rather than rendered (issue 6)', () => {
  test('a step among the slots made renders neither panel again; a jump makes the slot it needs, shown', () => {
    vi.useFakeTimers();
    try {
      const renders: string[] = [];
      const count = (id: string) => renders.push(id);
      const store = renderWith(
        <>
          <Profiler id="matrices" onRender={count}>
            <MatrixPanel />
          </Profiler>
          <Profiler id="equation" onRender={count}>
            <EquationPanel />
          </Profiler>
          <Profiler id="header" onRender={count}>
            <Header />
          </Profiler>
        </>,
        { cursor: 6 },
      );
      act(() => vi.advanceTimersByTime(100));
      renders.length = 0;
      act(() => store.getState().next());
      expect(renders).toEqual([]);
      const current = (panel: string) =>
        document.querySelectorAll<HTMLElement>(`${panel} .step-slot.current`);
      expect([...current('.matrix-panel')].map((slot) => slot.dataset.step)).toEqual(['7']);
      expect([...current('.equation')].map((slot) => slot.dataset.step)).toEqual(['7']);
      expect([...current('.mapping-slots')].map((slot) => slot.dataset.step)).toEqual(['7']);
      expect([...current('.step-name')].map((slot) => slot.dataset.step)).toEqual(['7']);
      // the end is no neighbour: its slot is made, and shown as it is made
      act(() => store.getState().last());
      expect(renders.length).toBeGreaterThan(0);
      expect([...current('.equation')].map((slot) => slot.dataset.step)).toEqual(['13']);
      expect(screen.getByTestId('step-name').textContent).toMatch(/^14\/14 update · layer 2/);
      expect(screen.getByTestId('equation').dataset.step).toBe('13');
      expect(screen.getAllByTestId('matrix-W-2')).toHaveLength(1);
      expect(document.querySelectorAll('.equation .step-slot:not([aria-hidden])')).toHaveLength(1);
      expect(document.querySelectorAll('.step-name .step-slot:not([aria-hidden])')).toHaveLength(1);
    } finally {
      vi.useRealTimers();
    }
  });

  test('markShownSlot: one slot shown, its names and tab stops on; the others hidden, theirs off', () => {
    const container = document.createElement('div');
    container.innerHTML = [-1, 0, 1]
      .map(
        (k) =>
          `<div class="equation-slot step-slot" data-step="${k}" data-test-name="equation">` +
          '<span class="katex-display" data-scrolls></span><span class="katex-display"></span>' +
          '<figure data-test-name="matrix-W-1"><button data-entry="1-0-0"></button></figure></div>',
      )
      .join('');
    const slot = (k: number) => container.querySelector<HTMLElement>(`[data-step="${k}"]`)!;
    markShownSlot(container, 0);
    markShownSlot(container, 1);
    expect(slot(1).className).toBe('equation-slot step-slot current');
    expect(slot(1).getAttribute('aria-hidden')).toBeNull();
    expect(slot(1).dataset.testid).toBe('equation');
    const displays = slot(1).querySelectorAll('.katex-display');
    // a formula wider than its panel is a tab stop in the shown slot; one that fits is not
    expect([...displays].map((d) => d.getAttribute('tabindex'))).toEqual(['0', '-1']);
    expect(slot(1).querySelector('figure')?.dataset.testid).toBe('matrix-W-1');
    expect(slot(1).querySelector('button')?.dataset.weight).toBe('1-0-0');
    for (const k of [-1, 0]) {
      expect(slot(k).classList.contains('current')).toBe(false);
      expect(slot(k).getAttribute('aria-hidden')).toBe('true');
      expect(slot(k).dataset.testid).toBeUndefined();
    }
    // the slot shown before, hidden now, has its tab stops and names off again
    expect([...slot(0).querySelectorAll('.katex-display')].map((d) => d.getAttribute('tabindex'))).toEqual([
      '-1',
      '-1',
    ]);
    expect(slot(0).querySelector('button')?.getAttribute('tabindex')).toBe('-1');
    expect(slot(0).querySelector('figure')?.dataset.testid).toBeUndefined();
  });
});

describe('MatrixPanel', () => {
  test('at the start, the layer the first step works in: W¹ and the input, nothing computed', () => {
    renderWith(<MatrixPanel />, { cursor: -1 });
    expect(document.querySelector('.matrix-panel .step-slot.current h2')?.textContent).toBe('Layer 1');
    expect(within(screen.getByTestId('matrix-W-1')).getAllByText('−0.2')).toHaveLength(1);
    expect(screen.queryByTestId('matrix-W-2')).toBeNull();
  });

  test('unknown values are dots, the written matrix is marked, δup drops its bias coordinate greyed', () => {
    const store = renderWith(<MatrixPanel />, { cursor: 7 });
    const gradW = screen.getByTestId('matrix-gradW-2');
    expect(gradW.className).toContain('role-write');
    expect(within(gradW).getAllByText('−0.11033497')).toHaveLength(1);
    expect(screen.getByTestId('matrix-deltaDown-2').className).toContain('role-read');
    const deltaUp = screen.getByTestId('matrix-deltaUpWithBias-1');
    expect(within(deltaUp).getAllByText('·')).toHaveLength(3);
    act(() => store.getState().next());
    expect(screen.getByTestId('matrix-deltaUpWithBias-1').className).toContain('role-write');
    const rows = screen.getByTestId('matrix-deltaUpWithBias-1').querySelectorAll('tr');
    expect(rows[0]?.className).toBe('grey');
    expect(rows[0]?.textContent).toBe('−0.05543884');
    act(() => store.getState().setDigits(3));
    expect(rows[1]?.textContent).toBe('0.075');
  });

  test('hovering a number gives its formula with the numbers, as the graph does; one not computed yet, none', () => {
    const store = renderWith(<MatrixPanel />, { cursor: 7 });
    const trace = store.getState().trace;
    const hover = (testId: string, row: number, column = 0) => {
      const cell = screen.getByTestId(testId).querySelectorAll('tr')[row]!.querySelectorAll('td')[column]!;
      fireEvent.pointerOver(cell.firstElementChild ?? cell);
      return cell.title;
    };
    // ∂L/∂W²₁₂ = δ²₁ X²₂, written by this step
    const gradW = hover('matrix-gradW-2', 0, 1);
    expect(gradW).toBe(entryFormula(trace, 'gradW', 2, 0, 1, 'dyda', 8).text);
    expect(gradW).toContain('−0.05241141');
    // a⁽²⁾₁ = φ(net⁽²⁾₁), the handout's 0.55354082; and W⁽²⁾'s entries, which are buttons to edit, too
    expect(hover('matrix-X-2', 0)).toBe(entryFormula(trace, 'X', 2, 0, undefined, 'dyda', 8).text);
    expect(hover('matrix-X-2', 0)).toContain('0.55354082');
    expect(hover('matrix-W-2', 1, 2)).toBe(entryFormula(trace, 'W', 2, 1, 2, 'dyda', 8).text);
    // W̃ is still to come: no formula to give away
    expect(hover('matrix-updatedW-2', 0, 0)).toBe('');
    // another notation and digits: hovered again, the same entry says it in those (it kept the first words)
    act(() => store.getState().setNotation('boughammoura'));
    act(() => store.getState().setDigits(3));
    expect(hover('matrix-X-2', 0)).toBe(entryFormula(trace, 'X', 2, 0, undefined, 'boughammoura', 3).text);
    expect(hover('matrix-X-2', 0)).toContain('0.554');
  });

  test('in the lecture notation a bias entry explains b^l_j, the weights theirs by the full W’s column', () => {
    const store = renderWith(<MatrixPanel />, { cursor: 7, notation: 'lecture' });
    const trace = store.getState().trace;
    const cell = (testId: string, row: number, column = 0) =>
      screen.getByTestId(testId).querySelectorAll('tr')[row]!.querySelectorAll('td')[column]!;
    fireEvent.pointerOver(cell('matrix-bias-2', 1));
    expect(cell('matrix-bias-2', 1).title).toBe(entryFormula(trace, 'W', 2, 1, 0, 'lecture', 8).text);
    expect(cell('matrix-bias-2', 1).title).toMatch(/^b/);
    fireEvent.pointerOver(cell('matrix-gradW-2', 0, 1));
    expect(cell('matrix-gradW-2', 0, 1).title).toBe(entryFormula(trace, 'gradW', 2, 0, 2, 'lecture', 8).text);
  });
});

describe('Settings and MessageBanner', () => {
  test('a bad digits entry is flagged at the field and changes nothing; a good one applies', () => {
    const store = renderWith(<Settings />);
    const digits = screen.getByRole('spinbutton');
    fireEvent.change(digits, { target: { value: '40' } });
    expect(store.getState().digits).toBe(8);
    expect(screen.getByText('a whole number from 0 to 15')).toBeTruthy();
    fireEvent.change(digits, { target: { value: '4' } });
    expect(store.getState().digits).toBe(4);
    fireEvent.change(screen.getAllByRole('combobox')[0] as HTMLElement, { target: { value: 'cheng' } });
    expect(store.getState().notation).toBe('cheng');
  });

  test('the banner shows the message and dismisses it', () => {
    const store = renderWith(<MessageBanner />, { message: 'Unknown preset "x"' });
    expect(screen.getByRole('alert').textContent).toContain('Unknown preset "x"');
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss message' }));
    expect(store.getState().message).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('App keyboard and playback', () => {
  test('arrows, clicker keys, Home/End, ? overlay and Esc; keys in an input are left alone', () => {
    const store = renderWith(<App syncUrl={false} />);
    const key = (k: string, target: Element | Window = window) =>
      act(() => void fireEvent.keyDown(target, { key: k }));
    key('ArrowRight');
    key('PageDown');
    expect(store.getState().cursor).toBe(1);
    key('PageUp');
    expect(store.getState().cursor).toBe(0);
    key('End');
    expect(store.getState().cursor).toBe(13);
    key('Home');
    expect(store.getState().cursor).toBe(-1);
    key('?');
    expect(screen.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeTruthy();
    key('Escape');
    expect(screen.queryByRole('dialog')).toBeNull();
    key('ArrowRight', screen.getByRole('spinbutton'));
    expect(store.getState().cursor).toBe(-1);
    expect(screen.getByTestId('live-region').textContent).toContain('nothing computed yet');
  });

  test('playback calls next at the chosen speed and stops at the end', () => {
    vi.useFakeTimers();
    try {
      const store = renderWith(<App syncUrl={false} />, { speed: 4 });
      act(() => store.getState().play());
      act(() => void vi.advanceTimersByTime(1000));
      expect(store.getState().cursor).toBe(3);
      act(() => void vi.advanceTimersByTime(10_000));
      expect(store.getState().cursor).toBe(13);
      expect(store.getState().playing).toBe(false);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('the equation panel’s pieces (workingParts)', () => {
  test('cuts before a top-level = and a binary minus, which keeps its term; the pieces join back to the whole', () => {
    const tex =
      '= \\begin{bmatrix} 0.15 & -0.25 \\end{bmatrix} - 0.1 \\begin{bmatrix} a = b \\end{bmatrix} = \\begin{bmatrix} 1 \\end{bmatrix}';
    const parts = workingParts(tex);
    expect(parts).toEqual([
      '= \\begin{bmatrix} 0.15 & -0.25 \\end{bmatrix}',
      '- 0.1 \\begin{bmatrix} a = b \\end{bmatrix}',
      '= \\begin{bmatrix} 1 \\end{bmatrix}',
    ]);
    expect(parts.join(' ')).toBe(tex);
  });

  test('a left-hand side is never a piece of its own or a piece’s end: it wraps with its "=", ⇒ starts a piece', () => {
    for (const preset of PRESETS)
      for (const notation of NOTATIONS) {
        const store = createDeltascopeStore({ file: preset.file, notation });
        const { trace } = store.getState();
        for (const step of trace.steps) {
          const tex = stepEquation(trace, step, notation, 8).substituted;
          const parts = workingParts(tex);
          expect(parts.join(' '), `${preset.name} ${notation} ${step.index}`).toBe(tex);
          // no piece is a bare ∂L/∂X⁽¹⁾ or ends with "⇒ ∂L/∂a⁽⁰⁾": each ends with a right-hand side going on
          // (=, a sign) or the lecture's braced statement after a \quad
          for (const part of parts)
            expect(
              /^(=|[-+]|\\quad)/.test(splitEquation(part).at(-1)!),
              `${preset.name} ${notation} ${step.index}: ${part}`,
            ).toBe(true);
        }
      }
    // Dyda's δup of layer 1: ∂L/∂X⁽¹⁾ = (W⁽¹⁾)ᵀ δ⁽¹⁾ | = [the three] | ⇒ ∂L/∂a⁽⁰⁾ = [the two]
    const dydaStore = createDeltascopeStore();
    const { trace } = dydaStore.getState();
    const parts = workingParts(stepEquation(trace, trace.steps[11]!, 'dyda', 8).substituted);
    expect(parts).toHaveLength(3);
    expect(parts[2]).toMatch(/^\\;\\Rightarrow\\;/);
  });
});
