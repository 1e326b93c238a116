import { useEffect } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import type { DeltascopeStore } from '../store/store';
import { cycleTheme, leavePresent, togglePresent } from './present/presentMode';

/** True when a key press belongs to a text field, select or button the user is operating. */
export function inField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName);
}

/** The stepping keys, shared with embed.html: ←/→, PageUp/PageDown (presenter clickers), Home/End, Space. */
export function stepKeys(s: DeltascopeStore): Record<string, () => void> {
  return {
    ArrowRight: s.next,
    PageDown: s.next,
    ArrowLeft: s.previous,
    PageUp: s.previous,
    Home: s.first,
    End: s.last,
    ' ': s.togglePlay,
  };
}

/** ←/→, PageUp/PageDown (presenter clickers), Space, Home/End, `?`, `p` (present), `t` (theme) and Esc. */
export function useKeyboard(store: StoreApi<DeltascopeStore>, toggleHelp: () => void, closeHelp: () => void) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || inField(event.target)) return;
      const s = store.getState();
      const actions: Record<string, () => void> = {
        ...stepKeys(s),
        '?': toggleHelp,
        p: () => togglePresent(store),
        t: () => cycleTheme(store),
        Escape: () => {
          closeHelp();
          if (s.mode === 'present') leavePresent(store);
        },
      };
      const action = actions[event.key];
      if (action === undefined) return;
      // Space on a focused button would click it as well as toggle playback.
      event.preventDefault();
      action();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store, toggleHelp, closeHelp]);
}
