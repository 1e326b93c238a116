import { describe, expect, test } from 'vitest';
import { findPreset } from '../../src/presets';
import { selectArchitecture, selectPhase, selectRevealed, selectStepName } from '../../src/store/selectors';
import { createDeltascopeStore } from '../../src/store/store';

describe('store actions (a fresh store each)', () => {
  test('starts before the first step with the default example and the handout digits', () => {
    const state = createDeltascopeStore().getState();
    expect(state.cursor).toBe(-1);
    expect(state.digits).toBe(8);
    expect(state.trace.steps).toHaveLength(14);
    expect(selectArchitecture(state)).toBe('A[2,2,2]');
  });

  test('next / previous / first / last / seek stay within the steps and never recompute the trace', () => {
    const store = createDeltascopeStore();
    const trace = store.getState().trace;
    store.getState().next();
    store.getState().next();
    expect(store.getState().cursor).toBe(1);
    store.getState().previous();
    expect(store.getState().cursor).toBe(0);
    store.getState().last();
    expect(store.getState().cursor).toBe(13);
    store.getState().next();
    expect(store.getState().cursor).toBe(13);
    store.getState().seek(99);
    expect(store.getState().cursor).toBe(13);
    store.getState().seek(-5);
    expect(store.getState().cursor).toBe(-1);
    store.getState().first();
    store.getState().previous();
    expect(store.getState().cursor).toBe(-1);
    expect(store.getState().trace).toBe(trace);
  });

  test('jumpToPhase lands on the first step of that phase', () => {
    const store = createDeltascopeStore();
    store.getState().jumpToPhase('backward');
    expect(selectPhase(store.getState())).toBe('backward');
    expect(store.getState().trace.steps[store.getState().cursor - 1]?.phase).not.toBe('backward');
    store.getState().jumpToPhase('update');
    expect(store.getState().trace.steps[store.getState().cursor]?.kind).toBe('update');
  });

  test('play from the end starts over; next at the end stops playback', () => {
    const store = createDeltascopeStore({ cursor: 13 });
    store.getState().play();
    expect(store.getState()).toMatchObject({ playing: true, cursor: -1 });
    for (let k = 0; k < 14; k++) store.getState().next(); // as playback steps, to the last step
    expect(store.getState()).toMatchObject({ playing: true, cursor: 13 });
    store.getState().next();
    expect(store.getState().playing).toBe(false);
    store.getState().togglePlay();
    expect(store.getState().playing).toBe(true);
    store.getState().togglePlay();
    expect(store.getState().playing).toBe(false);
  });

  test('a step chosen by hand stops playback: Reset, Home, End, back, the scrubber, a phase', () => {
    const moves: [string, (store: ReturnType<typeof createDeltascopeStore>) => void, number][] = [
      ['first', (s) => s.getState().first(), -1],
      ['last', (s) => s.getState().last(), 13],
      ['previous', (s) => s.getState().previous(), 4],
      ['seek', (s) => s.getState().seek(9), 9],
      ['jumpToPhase', (s) => s.getState().jumpToPhase('update'), 12],
    ];
    for (const [name, move, cursor] of moves) {
      const store = createDeltascopeStore({ cursor: 5 });
      store.getState().play();
      move(store);
      expect(store.getState(), name).toMatchObject({ playing: false, cursor });
    }
    // Reset while playing at the start: nothing to move, and still it stops
    const store = createDeltascopeStore();
    store.getState().play();
    store.getState().first();
    expect(store.getState()).toMatchObject({ playing: false, cursor: -1 });
  });

  test('bad speed and digits change nothing; bad digits leave a message', () => {
    const store = createDeltascopeStore();
    store.getState().setSpeed(-1);
    store.getState().setSpeed(Number.NaN);
    expect(store.getState().speed).toBe(2);
    store.getState().setDigits(3.5);
    expect(store.getState().digits).toBe(8);
    expect(store.getState().message).toContain('0 to 15');
    store.getState().dismissMessage();
    expect(store.getState().message).toBeNull();
    store.getState().setDigits(4);
    expect(store.getState().digits).toBe(4);
  });

  test('loadNetworkFile recomputes the trace and keeps the cursor where the step still exists', () => {
    const store = createDeltascopeStore({ cursor: 9 });
    const before = store.getState().trace;
    store.getState().loadNetworkFile(findPreset('dyda-softmax')!.file);
    expect(store.getState().trace).not.toBe(before);
    expect(store.getState().cursor).toBe(9);
    store.getState().last();
    store.getState().loadNetworkFile(findPreset('boughammoura-111')!.file);
    expect(store.getState().cursor).toBe(store.getState().trace.steps.length - 1);
  });

  test('a bad network file throws and changes nothing', () => {
    const store = createDeltascopeStore();
    const before = store.getState();
    const bad = { ...before.file, input: [1, 2, 3] };
    expect(() => store.getState().loadNetworkFile(bad)).toThrow();
    expect(store.getState().trace).toBe(before.trace);
  });

  test('step names in words follow the notation; the revealed set grows with the cursor', () => {
    const store = createDeltascopeStore({ cursor: 6, notation: 'boughammoura' });
    expect(selectStepName(store.getState())).toBe('backward · layer 2 · δdown₂');
    store.getState().setNotation('lecture');
    expect(selectStepName(store.getState())).toMatch(/^backward · layer 3 · δdown/);
    const revealed = selectRevealed(store.getState());
    expect(revealed.has('deltaDown:2')).toBe(true);
    expect(revealed.has('gradW:2')).toBe(false);
    expect(selectRevealed(store.getState())).toBe(revealed);
  });
});
