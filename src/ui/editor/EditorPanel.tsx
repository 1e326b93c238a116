import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { useDeltascope, useStoreApi } from '../StoreContext';
import { importNetworkText, readFirstFile } from './importFile';
import { useFileDrop } from './useFileDrop';
import { usePersistence } from './usePersistence';
import { useUndoKeys } from './useUndoKeys';
import { WeightPopover } from './WeightPopover';
import './editor.css';

// The panel's sections load when it is first opened: the stepper's first paint does not wait for them.
const EditorDrawer = lazy(() => import('./EditorDrawer').then((m) => ({ default: m.EditorDrawer })));

const DROP_REFUSED = 'The dropped file was not opened: ';

/**
 * The network editor (issue 4): undo/redo and an "Edit network" toggle beside the view tabs, a side panel with
 * the architecture, sample, random init, presets and file sections, the weight popover, file drops, Ctrl+Z, and
 * the saved state (`persist`: the real app; tests of other panels leave localStorage alone).
 */
export function EditorPanel({ persist = true }: { persist?: boolean }) {
  const store = useStoreApi();
  const mode = useDeltascope((s) => s.mode);
  const canUndo = useDeltascope((s) => s.history.past.length > 0);
  const canRedo = useDeltascope((s) => s.history.future.length > 0);
  const [open, setOpen] = useState(false);
  const clicked = useRef<Element | null>(null);
  const bar = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  usePersistence(store, persist);
  useUndoKeys(store);
  const onDrop = useCallback(
    async (files: FileList) => {
      const read = await readFirstFile(files);
      if (read === null) return;
      const result = importNetworkText(read.name, read.text);
      const problem = result.ok ? store.getState().applyEdit(() => result) : result.error;
      if (problem !== null) store.getState().showMessage(`${DROP_REFUSED}${problem}`);
      // A file opened: an earlier drop's refusal is about a network no longer shown.
      else if (store.getState().message?.startsWith(DROP_REFUSED)) store.getState().dismissMessage();
    },
    [store],
  );
  const dragging = useFileDrop(onDrop);
  // What was last pressed, to put the weight popover beside the matrix entry or graph edge that opened it.
  useEffect(() => {
    const remember = (event: Event) => {
      clicked.current = event.target instanceof Element ? event.target : null;
    };
    window.addEventListener('pointerdown', remember, true);
    window.addEventListener('keydown', remember, true);
    return () => {
      window.removeEventListener('pointerdown', remember, true);
      window.removeEventListener('keydown', remember, true);
    };
  }, []);
  if (mode === 'present') return null;
  return (
    <>
      <div className="editor-bar" ref={bar}>
        <button
          type="button"
          disabled={!canUndo}
          onClick={() => store.getState().undo()}
          title="Undo (Ctrl+Z)"
        >
          ↶ Undo
        </button>
        <button
          type="button"
          disabled={!canRedo}
          onClick={() => store.getState().redo()}
          title="Redo (Ctrl+Shift+Z)"
        >
          ↷ Redo
        </button>
        <button
          type="button"
          ref={toggle}
          className="editor-toggle"
          aria-expanded={open}
          aria-controls="editor-drawer"
          onClick={() => setOpen((o) => !o)}
        >
          ✎ Edit network
        </button>
      </div>
      {open && (
        <Suspense fallback={null}>
          <EditorDrawer
            bar={bar}
            onClose={() => {
              setOpen(false);
              toggle.current?.focus(); // back where the panel was opened from, not lost with the panel
            }}
          />
        </Suspense>
      )}
      <WeightPopover clicked={clicked} />
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          Drop a network file (JSON) to open it
        </div>
      )}
    </>
  );
}
