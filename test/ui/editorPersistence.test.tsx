// @vitest-environment jsdom
// usePersistence in jsdom's localStorage: restore when the link names no network (and say so when it is not
// Dyda's example), the link wins otherwise and overwrites nothing until it is edited, a bad saved state is
// reported in the banner and kept aside (a bad view setting alone costs only that setting), and edits are saved
// after they settle.
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { setWeight } from '../../src/engine/edit';
import { findPreset } from '../../src/presets';
import { BACKUP_KEY, STORAGE_KEY, serializeSaved } from '../../src/store/persistence';
import { createDeltascopeStore } from '../../src/store/store';
import { SAVE_DELAY_MS, usePersistence } from '../../src/ui/editor/usePersistence';

const dyda = findPreset('dyda')!.file;
const edited = (setWeight(dyda, 1, 1, 2, 0.42) as { file: typeof dyda }).file;

beforeEach(() => localStorage.clear());
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

function saved(file = edited) {
  localStorage.setItem(
    STORAGE_KEY,
    serializeSaved({ file, cursor: 9, notation: 'lecture', digits: 5, theme: 'dark' }),
  );
}

describe('usePersistence', () => {
  test('a bare link restores the saved network and view, with nothing to undo', () => {
    saved();
    const store = createDeltascopeStore();
    renderHook(() => usePersistence(store, true, ''));
    const s = store.getState();
    expect(s.file).toEqual(edited);
    expect(s.trace.layers[1]!.W!.data[5]).toBe(0.42);
    expect([s.cursor, s.notation, s.digits, s.theme]).toEqual([9, 'lecture', 5, 'dark']);
    expect(s.history.past).toEqual([]);
  });

  test('a link with a network wins; view settings in the link win over the saved ones', () => {
    saved();
    const store = createDeltascopeStore({ file: findPreset('xor')!.file });
    renderHook(() => usePersistence(store, true, '?preset=xor'));
    expect(store.getState().file).toBe(findPreset('xor')!.file);
    const other = createDeltascopeStore({ notation: 'cheng' });
    renderHook(() => usePersistence(other, true, '?notation=cheng'));
    expect(other.getState().file).toEqual(edited);
    expect(other.getState().notation).toBe('cheng');
    expect(other.getState().digits).toBe(5);
  });

  test('a corrupt saved state: the default network, a banner naming the fault, the text kept under the backup key', () => {
    localStorage.setItem(STORAGE_KEY, '{"version":1,"file":');
    const store = createDeltascopeStore();
    renderHook(() => usePersistence(store, true, ''));
    expect(store.getState().file).toBe(dyda);
    expect(store.getState().message).toBe(
      `The network saved in this browser was not restored: it is not valid JSON. Nothing was deleted: it is kept in localStorage under "${BACKUP_KEY}".`,
    );
    expect(localStorage.getItem(BACKUP_KEY)).toBe('{"version":1,"file":');
  });

  test('edits are saved once they settle, and on leaving the page', () => {
    vi.useFakeTimers();
    const store = createDeltascopeStore();
    renderHook(() => usePersistence(store, true, ''));
    act(() => void store.getState().applyEdit((f) => setWeight(f, 2, 0, 0, 0.3)));
    act(() => void store.getState().applyEdit((f) => setWeight(f, 2, 0, 0, 0.31)));
    expect(localStorage.getItem(STORAGE_KEY)).toBeNull(); // not per change
    act(() => vi.advanceTimersByTime(SAVE_DELAY_MS));
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY)!).file.weights[1][0][0]).toBe(0.31);
    act(() => store.getState().seek(4));
    window.dispatchEvent(new Event('pagehide'));
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY)!).view.cursor).toBe(4);
  });

  test('disabled (tests of other panels, embeds): reads and writes nothing', () => {
    saved();
    vi.useFakeTimers();
    const store = createDeltascopeStore();
    renderHook(() => usePersistence(store, false, ''));
    expect(store.getState().file).toBe(dyda);
    act(() => store.getState().seek(2));
    act(() => vi.advanceTimersByTime(SAVE_DELAY_MS * 2));
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY)!).view.cursor).toBe(9);
  });

  test('a link that names a network is looked at, not saved, until it is edited', () => {
    saved();
    vi.useFakeTimers();
    const store = createDeltascopeStore({ file: findPreset('xor')!.file });
    renderHook(() => usePersistence(store, true, '?preset=xor'));
    act(() => store.getState().seek(3));
    act(() => store.getState().setNotation('cheng'));
    act(() => vi.advanceTimersByTime(10_000));
    window.dispatchEvent(new Event('pagehide'));
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY)!).file).toEqual(edited); // the earlier visit's work
    act(() => void store.getState().applyEdit((f) => setWeight(f, 1, 0, 0, 0.77)));
    act(() => vi.advanceTimersByTime(SAVE_DELAY_MS));
    const now = JSON.parse(localStorage.getItem(STORAGE_KEY)!);
    expect(now.file.weights[0][0][0]).toBe(0.77);
    expect(now.view.notation).toBe('cheng');
    // the earlier visit's own network, saved over, is kept aside and said (it was replaced without a word)
    expect(JSON.parse(localStorage.getItem(BACKUP_KEY)!).file).toEqual(edited);
    expect(store.getState().message).toBe(
      `Your network from an earlier visit in this browser, A[2,2,2], is kept in localStorage under "${BACKUP_KEY}"; this one is saved in its place.`,
    );
    // said and kept once: later saves overwrite the link's own work only
    act(() => void store.getState().applyEdit((f) => setWeight(f, 1, 0, 0, 0.78)));
    act(() => vi.advanceTimersByTime(SAVE_DELAY_MS));
    expect(localStorage.getItem(`${BACKUP_KEY}-2`)).toBeNull();
  });

  test('a link over a saved preset (nothing of the reader’s own) saves its edit without keeping the preset', () => {
    saved(structuredClone(findPreset('xor')!.file));
    vi.useFakeTimers();
    const store = createDeltascopeStore({ file: dyda });
    renderHook(() => usePersistence(store, true, '?preset=dyda'));
    act(() => void store.getState().applyEdit((f) => setWeight(f, 1, 0, 0, 0.77)));
    act(() => vi.advanceTimersByTime(SAVE_DELAY_MS));
    expect(localStorage.getItem(BACKUP_KEY)).toBeNull();
    expect(store.getState().message).toBeNull();
  });

  test('opened by a link, a damaged saved state is still said and kept aside, not saved over unread', () => {
    localStorage.setItem(STORAGE_KEY, '{"version":1,"file":');
    vi.useFakeTimers();
    const store = createDeltascopeStore({
      file: findPreset('xor')!.file,
      message: 'the link’s own problem.',
    });
    renderHook(() => usePersistence(store, true, '?preset=xor&step=2'));
    expect(store.getState().message).toBe(
      `the link’s own problem. The network saved in this browser was not restored: it is not valid JSON. Nothing was deleted: it is kept in localStorage under "${BACKUP_KEY}".`,
    );
    act(() => void store.getState().applyEdit((f) => setWeight(f, 1, 0, 0, 0.77)));
    act(() => vi.advanceTimersByTime(SAVE_DELAY_MS));
    expect(localStorage.getItem(BACKUP_KEY)).toBe('{"version":1,"file":');
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY)!).file.weights[0][0][0]).toBe(0.77);
  });

  test("restoring a network that is not Dyda's example says so; Dyda itself restores silently", () => {
    saved();
    const store = createDeltascopeStore();
    renderHook(() => usePersistence(store, true, ''));
    expect(store.getState().message).toMatch(
      /^Restored from your last visit in this browser: a network of your own, A\[2,2,2\]/,
    );
    expect(store.getState().message).toContain('?preset=dyda');
    cleanup();
    saved(findPreset('xor')!.file);
    const xor = createDeltascopeStore();
    renderHook(() => usePersistence(xor, true, ''));
    expect(xor.getState().message).toMatch(/: the xor preset\./);
    cleanup();
    saved(structuredClone(dyda)); // equal to the preset, not the same object
    const plain = createDeltascopeStore();
    renderHook(() => usePersistence(plain, true, ''));
    expect(plain.getState().message).toBeNull();
  });

  test('a bad view setting costs only that setting: the network is restored and the setting named', () => {
    const text = serializeSaved({ file: edited, cursor: 9, notation: 'lecture', digits: 5, theme: 'dark' });
    localStorage.setItem(STORAGE_KEY, text.replace('"digits":5', '"digits":16'));
    const store = createDeltascopeStore();
    renderHook(() => usePersistence(store, true, ''));
    const s = store.getState();
    expect(s.file).toEqual(edited);
    expect([s.cursor, s.notation, s.digits, s.theme]).toEqual([9, 'lecture', 8, 'dark']);
    expect(s.message).toContain('view.digits: expected a whole number from 0 to 15, got 16');
    expect(s.message).toContain('That setting is back to the default.');
  });

  test("a second bad state does not overwrite the first one's backup", () => {
    localStorage.setItem(STORAGE_KEY, 'first');
    renderHook(() => usePersistence(createDeltascopeStore(), true, ''));
    cleanup();
    localStorage.setItem(STORAGE_KEY, 'second');
    const store = createDeltascopeStore();
    renderHook(() => usePersistence(store, true, ''));
    expect(localStorage.getItem(BACKUP_KEY)).toBe('first');
    expect(localStorage.getItem(`${BACKUP_KEY}-2`)).toBe('second');
    expect(store.getState().message).toContain(`under "${BACKUP_KEY}-2"`);
  });
});
