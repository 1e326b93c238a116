import { describe, expect, test } from 'vitest';
import { setWeight } from '../../src/engine/edit';
import { findPreset } from '../../src/presets';
import {
  BACKUP_KEY,
  STORAGE_KEY,
  loadState,
  saveState,
  serializeSaved,
  type KeyValueStorage,
} from '../../src/store/persistence';
import { createDeltascopeStore } from '../../src/store/store';

/** localStorage's behaviour over a Map; `failWrites` imitates a full or disabled storage. */
function memoryStorage(initial: Record<string, string> = {}, failWrites = false) {
  const map = new Map(Object.entries(initial));
  const storage: KeyValueStorage = {
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => {
      if (failWrites) throw new Error('QuotaExceededError');
      map.set(key, value);
    },
    removeItem: (key) => void map.delete(key),
  };
  return { storage, map };
}

const dyda = findPreset('dyda')!.file;
const goodView = { cursor: 5, notation: 'lecture', digits: 4, theme: 'dark' };

describe('persistence', () => {
  test('round trip: an edited network and the view come back as they were saved', () => {
    const store = createDeltascopeStore({
      file: dyda,
      cursor: 7,
      notation: 'cheng',
      digits: 3,
      theme: 'dark',
    });
    store.getState().applyEdit((f) => setWeight(f, 1, 0, 2, 0.75));
    const { storage, map } = memoryStorage();
    expect(saveState(storage, store.getState())).toBeNull();
    expect([...map.keys()]).toEqual([STORAGE_KEY]);
    expect(STORAGE_KEY).toBe('deltascope:v1');
    const loaded = loadState(storage);
    expect(loaded).toEqual({
      kind: 'ok',
      saved: {
        file: store.getState().file,
        view: { cursor: 7, notation: 'cheng', digits: 3, theme: 'dark' },
      },
    });
  });

  test('unknown fields of the network file survive the round trip', () => {
    const { storage } = memoryStorage();
    const file = { ...dyda, name: 'my net', seed: 7 };
    saveState(storage, { file, cursor: -1, notation: 'dyda', digits: 8, theme: 'light' });
    const loaded = loadState(storage);
    expect(loaded.kind === 'ok' && loaded.saved.file).toEqual(file);
  });

  test('nothing saved: none', () => {
    expect(loadState(memoryStorage().storage)).toEqual({ kind: 'none' });
  });

  const bad: [string, string, string][] = [
    ['not JSON', '{"version":1,', 'it is not valid JSON'],
    ['an array', '[1,2]', 'expected a JSON object'],
    [
      'an old version',
      JSON.stringify({ version: 0, file: dyda, view: goodView }),
      'it has version 0; this Deltascope reads version 1',
    ],
    [
      'no version',
      JSON.stringify({ file: dyda, view: goodView }),
      'it has version missing; this Deltascope reads version 1',
    ],
    [
      'a bad loss',
      JSON.stringify({ version: 1, file: { ...dyda, loss: 'mse' }, view: goodView }),
      'file.loss: expected one of half-sse, difference, cross-entropy, got "mse"',
    ],
    [
      'no file',
      JSON.stringify({ version: 1, view: goodView }),
      'file: expected a JSON object with layers, bias, activation, loss, weights, input and target, got nothing',
    ],
  ];

  test.each(bad)(
    '%s: ignored with a message naming the fault; the text is kept under the backup key',
    (_, text, why) => {
      const { storage, map } = memoryStorage({ [STORAGE_KEY]: text });
      const loaded = loadState(storage);
      expect(loaded).toEqual({
        kind: 'bad',
        message: `The network saved in this browser was not restored: ${why}. Nothing was deleted: it is kept in localStorage under "${BACKUP_KEY}".`,
      });
      expect(map.get(BACKUP_KEY)).toBe(text);
      expect(map.has(STORAGE_KEY)).toBe(false);
      expect(loadState(storage)).toEqual({ kind: 'none' }); // reported once
    },
  );

  const badView: [string, string, string][] = [
    [
      'a bad notation',
      JSON.stringify({ version: 1, file: dyda, view: { ...goodView, notation: 'greek' } }),
      'view.notation: expected one of boughammoura, dyda, lecture, cheng, got "greek"',
    ],
    [
      'bad digits',
      JSON.stringify({ version: 1, file: dyda, view: { ...goodView, digits: 99 } }),
      'view.digits: expected a whole number from 0 to 15, got 99',
    ],
    [
      'a fractional cursor',
      JSON.stringify({ version: 1, file: dyda, view: { ...goodView, cursor: 1.5 } }),
      'view.cursor: expected a whole number ≥ −1, got 1.5',
    ],
  ];

  test.each(badView)(
    '%s: the network restored, that setting back to its default and named; nothing kept aside',
    (_, text, why) => {
      const { storage, map } = memoryStorage({ [STORAGE_KEY]: text });
      const loaded = loadState(storage);
      expect(loaded.kind).toBe('ok');
      if (loaded.kind !== 'ok') return;
      expect(loaded.saved.file).toEqual(dyda);
      expect(loaded.saved.view).toEqual({ ...goodView, ...defaultFor(why) });
      expect(loaded.message).toBe(
        `The network saved in this browser was restored, but not all of its view: ${why}. That setting is back to the default.`,
      );
      expect(map.has(BACKUP_KEY)).toBe(false);
    },
  );

  test('a bad state that cannot be moved stays where it is, and the message says so', () => {
    const { storage, map } = memoryStorage({ [STORAGE_KEY]: 'garbage' }, true);
    const loaded = loadState(storage);
    expect(loaded.kind === 'bad' && loaded.message).toContain(`left in localStorage under "${STORAGE_KEY}"`);
    expect(map.get(STORAGE_KEY)).toBe('garbage');
  });

  test('a refused write is reported, not thrown', () => {
    const { storage } = memoryStorage({}, true);
    const state = createDeltascopeStore().getState();
    expect(saveState(storage, state)).toBe(
      'Your network could not be saved in this browser (QuotaExceededError); to keep it, save it as a file: Edit network → File and link → Save network.json.',
    );
  });

  test('serializeSaved writes the version, the whole file and the view only', () => {
    const state = createDeltascopeStore({ file: dyda }).getState();
    expect(JSON.parse(serializeSaved(state))).toEqual({
      version: 1,
      file: dyda,
      view: { cursor: -1, notation: 'dyda', digits: 8, theme: 'light' },
    });
  });
});

/** The default a bad view setting falls back to, by the setting the message names. */
function defaultFor(why: string): Record<string, unknown> {
  if (why.startsWith('view.notation')) return { notation: 'dyda' };
  if (why.startsWith('view.digits')) return { digits: 8 };
  if (why.startsWith('view.cursor')) return { cursor: -1 };
  return { theme: 'light' };
}
