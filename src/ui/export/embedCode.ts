import { architectureText } from '../../store/selectors';
import type { DeltascopeState } from '../../store/store';
import { serializeUrl } from '../../store/urlState';

/**
 * The iframe's height. The embed fills any height (the graph takes what the caption and controls leave), so
 * this is a default, not a fit: 600 px shows the graph at its preferred size in the snippet's widest iframe
 * (960 px) and gives it more room in a narrower one. A host may keep it or follow `deltascope:height`
 * (docs/embedding.md).
 */
export const IFRAME_HEIGHT = 600;

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** embed.html's address for the view on screen: network, step, notation, digits, theme (not the app's mode). */
export function embedUrl(state: DeltascopeState, pageHref: string): string {
  const params = new URLSearchParams(serializeUrl(state));
  params.delete('mode');
  return new URL(`embed.html?${params.toString()}`, pageHref).href;
}

/** The HTML snippet a course page pastes to show this view in an iframe. */
export function embedCode(state: DeltascopeState, pageHref: string): string {
  const title = `Backpropagation step by step: the ${architectureText(state.trace)} network (Deltascope)`;
  return `<iframe
  src="${escapeAttribute(embedUrl(state, pageHref))}"
  title="${escapeAttribute(title)}"
  style="width: 100%; max-width: 960px; border: 0"
  height="${IFRAME_HEIGHT}"
  loading="lazy"
></iframe>`;
}
