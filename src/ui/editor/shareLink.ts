import type { DeltascopeState } from '../../store/store';
import { serializeUrl } from '../../store/urlState';

/** The address that reopens this view: `?preset=` for an unchanged preset, `?layers=…&seed=` for an unchanged
 * random network, else the whole file as `?net=`; with the step, notation and digits. */
export function shareLink(state: DeltascopeState, location: Pick<Location, 'origin' | 'pathname'>): string {
  return `${location.origin}${location.pathname}${serializeUrl(state)}`;
}

/** Copies `text`; false when the clipboard is unavailable or refused (the caller shows the text instead). */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard === undefined) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
