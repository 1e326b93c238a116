// @vitest-environment jsdom
// usePersistence in jsdom's localStorage: restore when the link names no network, the link wins otherwise, a bad
// saved state is reported in the banner and kept aside, and edits are saved after they settle.
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
});
