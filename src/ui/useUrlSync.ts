import { useEffect, useState } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import type { NetworkFile } from '../engine/networkFile';
import type { DeltascopeStore } from '../store/store';
import { linkTooLong, serializeUrl } from '../store/urlState';

/**
 * A step alone updates the address bar this long after the last step: history.replaceState costs several ms in
 * Chromium (it goes through the browser process), too much inside a step's 16 ms, and nobody copies a link
 * mid-keypress. Any other change (network, notation, digits, theme, mode) is written at once.
 */
export const STEP_URL_DELAY_MS = 150;

/** Keeps the address bar on what is shown (history.replaceState), so a copied link reopens this view. */
export function useUrlSync(store: StoreApi<DeltascopeStore>) {
  // The banner at the first render is the link's own (the address could not be read). One put up by the effects
  // of the panels before this one runs (a network restored from the last visit) is no reason to leave the address
  // bare: a link copied then opened Dyda's example instead of what was shown.
  const [linkProblem] = useState(() => store.getState().message !== null);
  useEffect(() => {
    let last = '';
    let told = false;
    const tooLong = new WeakMap<NetworkFile, string | null>();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const write = () => {
      clearTimeout(timer);
      timer = undefined;
      const state = store.getState();
      // A network too large for a link leaves the address bar's network out (a bare link restores it from the
      // browser's storage) and is said once; a multi-megabyte address would be refused, and a reload would reopen
      // the last address the browser kept, without the edit.
      let problem = tooLong.get(state.file);
      if (problem === undefined) {
        problem = linkTooLong(serializeUrl(state));
        tooLong.set(state.file, problem);
        // (Not over another message: a restored network's notice says more, and this comes again at an edit.)
        if (problem !== null && !told && state.message === null) {
          told = true;
          state.showMessage(problem);
        }
      }
      const search = serializeUrl(state, problem === null);
      if (search === last) return;
      last = search;
      window.history.replaceState(null, '', `${window.location.pathname}${search}${window.location.hash}`);
    };
    const flush = () => {
      if (timer !== undefined) write();
    };
    // A link that could not be read is left in the address bar, beside the banner that says what is wrong with
    // it, so it can be corrected there; the first change of the view writes the view's own link.
    if (!linkProblem) write();
    window.addEventListener('pagehide', flush);
    const unsubscribe = store.subscribe((state, previous) => {
      if (
        state.file !== previous.file ||
        state.notation !== previous.notation ||
        state.digits !== previous.digits ||
        state.theme !== previous.theme ||
        state.mode !== previous.mode
      )
        write();
      else if (state.cursor !== previous.cursor) {
        clearTimeout(timer);
        timer = setTimeout(write, STEP_URL_DELAY_MS);
      }
    });
    return () => {
      flush();
      unsubscribe();
      window.removeEventListener('pagehide', flush);
    };
  }, [store, linkProblem]);
}
