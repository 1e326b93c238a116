// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { stepEquation } from '../../src/engine/formula';
import { narrate } from '../../src/engine/narration';
import { PRESETS } from '../../src/presets';
import { createDeltascopeStore, type InitialState } from '../../src/store/store';
import { serializeUrl, parseUrl } from '../../src/store/urlState';
import { App } from '../../src/ui/App';
import { loadKatex } from '../../src/ui/katexLoader';
import { judgeGuess, parseGuess, predictEntries } from '../../src/ui/present/predict';
import { splitEquation } from '../../src/ui/present/splitEquation';
import { startsStatement } from '../../src/ui/present/PresentEquation';
import { StoreContext } from '../../src/ui/StoreContext';

beforeAll(loadKatex);
afterEach(cleanup);

function renderApp(initial: InitialState = {}) {
  const store = createDeltascopeStore(initial);
  render(
    <StoreContext value={store}>
      <App syncUrl={false} />
    </StoreContext>,
  );
  return store;
}

describe('parseGuess(text)', () => {
  test.each([
    ['-0.11', -0.11],
    ['\u22120.11', -0.11],
    [' 1.5e-3 ', 0.0015],
    ['.5', 0.5],
    ['+2', 2],
  ])('reads %j as %d', (text, value) => expect(parseGuess(text)).toEqual({ ok: true, value }));

  test.each(['abc', '1.2.3', '--1', '1e', '0x10'])('refuses %j, naming it and what was expected', (text) => {
    const parsed = parseGuess(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok)
      expect(parsed.message).toBe(`"${text}" is not a number; type a decimal such as 2.5 or -1.5e2.`);
  });

  test('an empty field asks for a number', () => {
    expect(parseGuess('  ')).toEqual({ ok: false, message: 'Type a number first, e.g. 2.5 or -1.5e2.' });
  });

  test('the examples give no answer away: none is a number a preset’s step asks for, at 2 decimals or more', () => {
    // "-0.1103" was δ⁽²⁾₁ of Dyda's step 7 to the present digits, and "-0.11" the same at 2.
    const messages = [parseGuess(''), parseGuess('abc')].map((p) => (p.ok ? '' : p.message));
    const examples = messages.flatMap((m) => m.match(/-?\d+(\.\d+)?(e-?\d+)?/g) ?? []).map(Number);
    expect(examples.length).toBeGreaterThan(2);
    for (const preset of PRESETS) {
      const { trace } = createDeltascopeStore({ file: preset.file }).getState();
      for (const step of trace.steps)
        for (const { label, value } of predictEntries(trace, step, 'dyda'))
          for (const example of examples)
            expect(judgeGuess(example, value, 2).exact, `${preset.name}: ${label} = ${value}`).toBe(false);
    }
  });
});

describe('judgeGuess(guess, value, digits)', () => {
  test('a guess that prints the same at the shown digits is exact', () => {
    const verdict = judgeGuess(-0.11033497, -0.110334967, 8);
    expect(verdict.exact).toBe(true);
    expect(verdict.message).toBe('Exact to the printed digits: −0.11033497 (8 decimals).');
  });

  test('absolute and relative errors against the value', () => {
    const verdict = judgeGuess(0.1, 0.08, 8);
    expect(verdict.absoluteError).toBeCloseTo(0.02, 12);
    expect(verdict.relativeError).toBeCloseTo(0.25, 12);
    expect(verdict.exact).toBe(false);
    expect(verdict.message).toBe('Not quite: the value is 0.08; off by 0.02 (25 %).');
  });

  test('close, very close and the wrong sign are told apart', () => {
    expect(judgeGuess(0.0864, 0.0864191, 8).message).toMatch(
      /^Very close: 0.0864191; off by 0.0000191 \(0.022 %\)/,
    );
    expect(judgeGuess(0.09, 0.0864191, 8).message).toMatch(/^Close: /);
    expect(judgeGuess(0.11, -0.11033497, 8).message).toMatch(/^Wrong sign: the value is −0.11033497/);
  });

  test('a zero value has no relative error', () => {
    expect(judgeGuess(0.5, 0, 4).relativeError).toBeNull();
    expect(judgeGuess(0.5, 0, 4).message).toBe('Not quite: the value is 0; off by 0.5.');
  });
});

describe('predictEntries(trace, step, notation)', () => {
  const { trace } = createDeltascopeStore().getState();
  test('every number a step writes, in reading order, with its symbol', () => {
    const deltaDown = predictEntries(trace, trace.steps[6]!, 'boughammoura');
    expect(deltaDown.map((e) => e.value)).toEqual(Array.from(trace.layers[2]!.deltaDown!));
    expect(deltaDown[0]!.label).toContain('δdown');
    const gradW = predictEntries(trace, trace.steps[7]!, 'dyda');
    expect(gradW.map((e) => e.value)).toEqual(Array.from(trace.layers[2]!.gradW!.data));
    expect(new Set(gradW.map((e) => e.label)).size).toBe(6);
    expect(predictEntries(trace, trace.steps[4]!, 'dyda')).toEqual([{ label: 'L', value: trace.loss }]);
  });
});

describe('splitEquation(tex)', () => {
  const { trace } = createDeltascopeStore().getState();
  test('parts join back to the equation and split only outside braces, matrices and \\left…\\right', () => {
    for (const step of trace.steps) {
      const { substituted } = stepEquation(trace, step, 'dyda', 8);
      const parts = splitEquation(substituted);
      expect(parts.join(' ').replace(/\s+/g, ' ')).toBe(substituted.trim().replace(/\s+/g, ' '));
      for (const part of parts) {
        expect(part.split('\\begin').length).toBe(part.split('\\end').length);
        expect(part.split('\\left').length).toBe(part.split('\\right').length);
      }
    }
    // W̃ = W − c δW = result: three parts, the middle one starting with its minus.
    expect(
      splitEquation(stepEquation(trace, trace.steps[13]!, 'dyda', 8).substituted).map((p) => p[0]),
    ).toEqual(['=', '-', '=']);
  });

  test('with the working shown, a part with its own left-hand side starts a line (startsStatement)', () => {
    // δup⁽¹⁾: Dyda works it out as ∂L/∂X⁽²⁾ = (W⁽²⁾)ᵀ δ⁽²⁾, then drops the bias row (⇒ ∂L/∂a⁽¹⁾ = …); in a
    // row after the rule ∂L/∂a⁽¹⁾ = (W♯⁽²⁾)ᵀ δ⁽²⁾ the two statements ran together.
    for (const k of [8, 11]) {
      // δup⁽¹⁾ and δup⁽⁰⁾ (the input's error), each worked out through ∂L/∂X
      const deltaUp = splitEquation(stepEquation(trace, trace.steps[k]!, 'dyda', 8).substituted);
      expect(deltaUp.map(startsStatement), `step ${k}`).toEqual([true, ...deltaUp.slice(1).map(() => false)]);
      expect(deltaUp.slice(1).some((p) => p.includes('\\Rightarrow'))).toBe(true);
    }
    // every other step of Dyda's continues the rule's line with = or a sign
    for (const [k, step] of trace.steps.entries())
      if (k !== 8 && k !== 11)
        expect(
          splitEquation(stepEquation(trace, step, 'dyda', 8).substituted).some(startsStatement),
          `step ${k}`,
        ).toBe(false);
  });
});

describe('presentation mode in the app', () => {
  test('p enters it: no tabs or settings, the narration shown and announced; Esc leaves', () => {
    const store = renderApp({ cursor: 5 });
    fireEvent.keyDown(window, { key: 'p' });
    expect(store.getState().mode).toBe('present');
    expect(screen.getByTestId('present')).toBeTruthy();
    expect(screen.queryByRole('tablist')).toBeNull();
    expect(screen.queryByLabelText('Notation')).toBeNull();
    const { trace } = store.getState();
    const narration = narrate(trace, trace.steps[5]!, 'dyda');
    expect(screen.getByTestId('narration').textContent).toBe(narration);
    expect(screen.getByTestId('live-region').textContent).toContain(narration);
    fireEvent.keyDown(window, { key: 'PageDown' });
    expect(store.getState().cursor).toBe(6);
    fireEvent.keyDown(window, { key: 'Escape' });
    expect(store.getState().mode).toBe('normal');
    expect(screen.getByRole('tablist')).toBeTruthy();
  });

  test('Esc in the keys list closes only the list; t cycles the themes', () => {
    const store = renderApp({ mode: 'present' });
    fireEvent.keyDown(window, { key: '?' });
    const dialog = screen.getByRole('dialog');
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(store.getState().mode).toBe('present');
    for (const theme of ['dark', 'contrast', 'light'] as const) {
      fireEvent.keyDown(window, { key: 't' });
      expect(store.getState().theme).toBe(theme);
    }
  });

  test('the Present button enters it; the link keeps ?mode=present and reads it back', () => {
    const store = renderApp();
    fireEvent.click(screen.getByRole('button', { name: 'Present' }));
    expect(store.getState().mode).toBe('present');
    const search = serializeUrl(store.getState());
    expect(search).toContain('mode=present');
    expect(parseUrl(search).initial.mode).toBe('present');
    expect(parseUrl('?mode=show').problems).toEqual([
      'Unknown mode "show"; expected present. Showing the normal layout.',
    ]);
  });

  test('Working shows every substituted part; by default only the result', () => {
    renderApp({ mode: 'present', cursor: 13 });
    const parts = () => screen.getByTestId('equation').querySelectorAll(':scope > div').length;
    expect(parts()).toBe(2); // the rule and its result
    fireEvent.click(screen.getByRole('button', { name: 'Working' }));
    expect(parts()).toBe(4); // the rule, = W, − c δW, = W̃
    fireEvent.keyDown(window, { key: 'w' });
    expect(parts()).toBe(2);
  });

  test('Working lays out every step’s working unseen under the shown one, unless there is too much of it', () => {
    renderApp({ mode: 'present', cursor: 3 });
    const rooms = () => document.querySelectorAll('.present-layout > .present-room');
    expect(rooms()).toHaveLength(0);
    fireEvent.keyDown(window, { key: 'w' });
    // The start and Dyda's 14 steps, each with its narration, hidden from assistive technology.
    expect(rooms()).toHaveLength(15);
    expect([...rooms()].every((room) => room.getAttribute('aria-hidden') === 'true')).toBe(true);
    expect(rooms()[12]!.querySelector('.narration')!.textContent).toContain('∂L/∂a⁽⁰⁾');
    expect(rooms()[12]!.querySelectorAll('.present-equation > div')).toHaveLength(4); // rule and 3 pieces
    cleanup();
    // A network of 784, 128, 64 and 10 neurons writes 26,000 characters of TeX: half a second to lay out.
    renderApp({ ...parseUrl('?layers=784,128,64,10&seed=1').initial, mode: 'present', cursor: 3 });
    fireEvent.keyDown(window, { key: 'w' });
    expect(screen.getByTestId('equation').querySelectorAll(':scope > div').length).toBeGreaterThan(2);
    expect(rooms()).toHaveLength(0);
  });

  test('predict: a bad value is named at the field and nothing steps; a good one is judged and revealed', () => {
    const store = renderApp({ cursor: 5 });
    act(() => store.getState().setPredict(true));
    const input = screen.getByTestId('predict-input');
    fireEvent.change(input, { target: { value: 'abc' } });
    fireEvent.submit(input.closest('form')!);
    expect(screen.getByRole('alert').textContent).toContain('"abc" is not a number');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    fireEvent.keyDown(input, { key: 'ArrowRight' });
    expect(store.getState().cursor).toBe(5);
    const value = store.getState().trace.layers[2]!.deltaDown![0]!;
    fireEvent.change(input, { target: { value: String(value) } });
    fireEvent.submit(input.closest('form')!);
    expect(store.getState().cursor).toBe(6);
    expect(screen.getByTestId('verdict').textContent).toContain('Exact to the printed digits');
  });
});
