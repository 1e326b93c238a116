import { useEffect } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import type { NetworkFile } from '../../engine/networkFile';
import { DEFAULT_PRESET, presetEqualTo } from '../../presets';
import { EMPTY_HISTORY } from '../../store/history';
import { keepAside, loadState, saveState, type KeyValueStorage } from '../../store/persistence';
import { computeFromFile, type DeltascopeStore } from '../../store/store';

/** The query string the page was opened with, read before the app rewrites the address bar. */
const OPENED_WITH = typeof window === 'undefined' ? '' : window.location.search;

const browserStorage = (): KeyValueStorage => window.localStorage;

/** How long edits settle before they are written (a scrub writes once, not per pixel). */
export const SAVE_DELAY_MS = 400;
/**
 * Moving through the steps (or the view) alone saves later: stepping through A[784,…] would otherwise write its
 * megabytes of weights to localStorage between two key presses (issue 6's step latency).
 */
export const VIEW_SAVE_DELAY_MS = 2000;

/**
 * What a bare link restored, when it is not Dyda's example that `npm start` promises: said, so that a teacher on
 * a machine a student has used does not project another network's numbers unawares.
 */
function restoredNotice(file: NetworkFile): string | undefined {
  const preset = presetEqualTo(file);
  if (preset?.name === DEFAULT_PRESET) return undefined;
  const what =
    preset !== undefined
      ? `the ${preset.name} preset`
      : `a network of your own, A[${file.layers.join(',')}], not one of the presets as published`;
  return `Restored from your last visit in this browser: ${what}. For Dyda's example, choose ${DEFAULT_PRESET} under Edit network → Presets, or open ?preset=${DEFAULT_PRESET}.`;
}

/**
 * Restores the saved network and view when the link names no network (a link's network wins; a view setting the
 * link gives wins too), then saves every change, debounced and on leaving the page; a link's network only once it
 * is edited. A bad saved state is reported in the banner and kept aside by loadState; a restored network that is
 * not the default example is said in the banner too.
 */
export function usePersistence(
  store: StoreApi<DeltascopeStore>,
  enabled: boolean,
  search: string = OPENED_WITH,
  storage: () => KeyValueStorage = browserStorage,
) {
  useEffect(() => {
    if (!enabled) return;
    const params = new URLSearchParams(search);
    const openedByLink = ['net', 'layers', 'preset'].some((key) => params.has(key));
    // Beside a banner already up (a link's problem), not over it.
    const say = (message: string) => {
      const shown = store.getState().message;
      store.getState().showMessage(shown === null ? message : `${shown} ${message}`);
    };
    // Read whether or not it is restored: a damaged state is kept aside and said either way (opened by a link,
    // it was overwritten unread by the first save of the link's edited network).
    const loaded = loadState(storage());
    if (loaded.kind === 'bad') say(loaded.message);
    // A network of the reader's own from an earlier visit, which the link's network, once edited, is saved over.
    let earlierWork =
      openedByLink && loaded.kind === 'ok' && presetEqualTo(loaded.saved.file) === undefined
        ? loaded.saved.file
        : null;
    if (!openedByLink) {
      if (loaded.kind === 'ok') {
        const { file, view } = loaded.saved;
        const s = store.getState();
        // Restoring is not an edit: nothing to undo back to.
        store.setState({
          ...computeFromFile(file),
          history: EMPTY_HISTORY,
          notation: params.has('notation') ? s.notation : view.notation,
          digits: params.has('digits') ? s.digits : view.digits,
          theme: params.has('theme') ? s.theme : view.theme,
        });
        store.getState().seek(params.has('step') ? s.cursor : view.cursor); // seek clamps to this trace's steps
        const notices = [restoredNotice(file), loaded.message].filter((m): m is string => m !== undefined);
        if (notices.length > 0) say(notices.join(' '));
      }
    }
    // A link's network is only looked at until it is changed: stepping through it must not overwrite the
    // network saved from an earlier visit (an edited one is not in any link). Once it is edited, it is the work.
    let ownWork = !openedByLink;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let reported = false;
    let fileChanged = false;
    const save = () => {
      timer = undefined;
      fileChanged = false;
      if (earlierWork !== null) {
        const backup = keepAside(storage());
        if (backup !== null)
          say(
            `Your network from an earlier visit in this browser, A[${earlierWork.layers.join(',')}], is kept in localStorage under "${backup}"; this one is saved in its place.`,
          );
        earlierWork = null;
      }
      const problem = saveState(storage(), store.getState());
      if (problem !== null && !reported) {
        reported = true; // once: a full storage would otherwise nag on every edit
        store.getState().showMessage(problem);
      }
    };
    const flush = () => {
      if (timer === undefined) return;
      clearTimeout(timer);
      save();
    };
    const unsubscribe = store.subscribe((state, previous) => {
      if (
        state.file !== previous.file ||
        state.cursor !== previous.cursor ||
        state.notation !== previous.notation ||
        state.digits !== previous.digits ||
        state.theme !== previous.theme
      ) {
        fileChanged ||= state.file !== previous.file;
        ownWork ||= fileChanged;
        if (!ownWork) return;
        clearTimeout(timer);
        timer = setTimeout(save, fileChanged ? SAVE_DELAY_MS : VIEW_SAVE_DELAY_MS);
      }
    });
    window.addEventListener('pagehide', flush);
    return () => {
      flush();
      unsubscribe();
      window.removeEventListener('pagehide', flush);
    };
  }, [store, enabled, search, storage]);
}
