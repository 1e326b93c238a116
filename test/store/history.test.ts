import { describe, expect, test } from 'vitest';
import { addLayer, setLearningRate, setWeight } from '../../src/engine/edit';
import { networkFromFile, sampleFromFile } from '../../src/engine/network';
import type { NetworkFile } from '../../src/engine/networkFile';
import { trace } from '../../src/engine/trace';
import { findPreset } from '../../src/presets';
import { EMPTY_HISTORY, HISTORY_LIMIT, record, redo, undo, type History } from '../../src/store/history';
import { createDeltascopeStore } from '../../src/store/store';

const dyda = findPreset('dyda')!.file;

describe('history (pure)', () => {
  test('record, undo and redo walk back and forth through the values', () => {
    let h: History<string> = record(record<string>(EMPTY_HISTORY, 'a'), 'b'); // current is c
    const back = undo(h, 'c')!;
    expect(back.value).toBe('b');
    const back2 = undo(back.history, 'b')!;
    expect(back2.value).toBe('a');
    expect(undo(back2.history, 'a')).toBeNull();
    const forward = redo(back2.history, 'a')!;
    expect(forward.value).toBe('b');
    expect(redo(forward.history, 'b')!.value).toBe('c');
    // A new edit after undoing drops what could be redone.
    h = record(back.history, 'b');
    expect(h.future).toEqual([]);
    expect(redo(h, 'x')).toBeNull();
  });

  test('is bounded: the oldest values are forgotten first', () => {
    let h: History<number> = EMPTY_HISTORY;
    for (let k = 0; k < HISTORY_LIMIT + 50; k++) h = record(h, k);
    expect(h.past).toHaveLength(HISTORY_LIMIT);
    expect(h.past[0]).toBe(50);
    expect(h.past.at(-1)).toBe(HISTORY_LIMIT + 49);
  });
});

describe('store edits', () => {
  test('applyEdit recomputes the trace with the engine and keeps the cursor on the same step', () => {
    const store = createDeltascopeStore({ file: dyda, cursor: 6 });
    expect(store.getState().applyEdit((f) => setWeight(f, 2, 0, 1, 0.9))).toBeNull();
    const edited = store.getState().file;
    expect(edited.weights[1]![0]![1]).toBe(0.9);
    const expected = trace(networkFromFile(edited), sampleFromFile(edited));
    expect([...store.getState().trace.layers[2]!.X]).toEqual([...expected.layers[2]!.X]);
    expect(store.getState().trace.loss).toBe(expected.loss);
    expect(store.getState().cursor).toBe(6);
    expect(dyda.weights[1]![0]![1]).toBe(-0.25); // the preset itself is untouched
  });

  test('a refused edit returns the message and changes nothing, not even the history', () => {
    const store = createDeltascopeStore({ file: dyda, cursor: 3 });
    const before = store.getState();
    const message = store.getState().applyEdit((f) => setLearningRate(f, -1));
    expect(message).toBe('learning rate: expected a finite number > 0, got -1');
    const after = store.getState();
    expect(after.file).toBe(before.file);
    expect(after.trace).toBe(before.trace);
    expect(after.history).toBe(before.history);
    expect(after.cursor).toBe(3);
  });

  test('an edit the engine cannot trace is refused with its message', () => {
    const store = createDeltascopeStore({ file: dyda });
    const message = store.getState().applyEdit((f) => ({ ok: true, file: { ...f, input: [1] } }));
    expect(message).not.toBeNull();
    expect(store.getState().file).toBe(dyda);
  });

  test('undo and redo restore each file and its trace; a new edit clears redo', () => {
    const store = createDeltascopeStore({ file: dyda, cursor: 13 });
    const s = () => store.getState();
    s().applyEdit((f) => setWeight(f, 1, 0, 0, 0.5));
    const first = s().file;
    s().applyEdit((f) => addLayer(f, 1, 3));
    expect(s().file.layers).toEqual([2, 3, 2, 2]);
    // Still the update of W², which the deeper network has too (now one step before its last).
    const step = s().trace.steps[s().cursor]!;
    expect([step.phase, step.layer, s().cursor]).toEqual(['update', 2, s().trace.steps.length - 2]);
    s().undo();
    expect(s().file).toBe(first);
    s().undo();
    expect(s().file).toBe(dyda);
    expect(s().trace.loss).toBe(trace(networkFromFile(dyda), sampleFromFile(dyda)).loss);
    s().undo(); // nothing left: no change
    expect(s().file).toBe(dyda);
    s().redo();
    expect(s().file).toBe(first);
    s().applyEdit((f) => setLearningRate(f, 0.5));
    const latest: NetworkFile = s().file;
    s().redo(); // nothing to redo after a new edit
    expect(s().file).toBe(latest);
  });

  test('record: false folds a scrub into one undo step', () => {
    const store = createDeltascopeStore({ file: dyda });
    const s = () => store.getState();
    s().applyEdit((f) => setWeight(f, 1, 1, 1, 0.51));
    for (const v of [0.52, 0.53, 0.54]) s().applyEdit((f) => setWeight(f, 1, 1, 1, v), { record: false });
    expect(s().file.weights[0]![1]![1]).toBe(0.54);
    s().undo();
    expect(s().file).toBe(dyda);
  });

  test('the selected weight stays selected while it exists, and is dropped when the edit removes it', () => {
    const store = createDeltascopeStore({ file: dyda });
    const s = () => store.getState();
    s().selectWeight({ layer: 2, i: 1, j: 2 });
    s().applyEdit((f) => setWeight(f, 2, 1, 2, 1));
    expect(s().selectedWeight).toEqual({ layer: 2, i: 1, j: 2 });
    s().loadNetworkFile(findPreset('boughammoura-111')!.file);
    expect(s().selectedWeight).toBeNull();
    s().undo(); // loading a network is undoable too
    expect(s().file.weights[1]![1]![2]).toBe(1);
  });
});
