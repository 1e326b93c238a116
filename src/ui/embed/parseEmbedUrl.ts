import type { InitialState } from '../../store/store';
import { parseUrl } from '../../store/urlState';

/** What embed.html's URL asks for (docs/embedding.md): the app's link parameters plus two of its own. */
export interface EmbedConfig {
  /** Network, step, notation, digits and theme, read exactly as the app reads a link. */
  readonly initial: InitialState;
  /** Previous / play / next and the scrubber under the graph (`controls=on`, the default), or the graph alone. */
  readonly controls: boolean;
  /** Start playing once loaded (`autoplay=on`). */
  readonly autoplay: boolean;
  /** One message per parameter that was wrong (each falls back to its default on its own). */
  readonly problems: readonly string[];
}

/** `on`/`off` (also true/false, 1/0, yes/no, since people type those), or a message. */
function onOff(params: URLSearchParams, name: string, fallback: boolean, problems: string[]): boolean {
  const value = params.get(name);
  if (value === null) return fallback;
  const word = value.trim().toLowerCase();
  if (['on', 'true', '1', 'yes'].includes(word)) return true;
  if (['off', 'false', '0', 'no'].includes(word)) return false;
  problems.push(`${name}="${value}" is not on or off. Using ${fallback ? 'on' : 'off'}.`);
  return fallback;
}

/** Reads embed.html's query string; never throws. */
export function parseEmbedUrl(search: string): EmbedConfig {
  const params = new URLSearchParams(search);
  const { initial, problems: linkProblems } = parseUrl(search, ['controls', 'autoplay']);
  const problems = [...linkProblems];
  const controls = onOff(params, 'controls', true, problems);
  const autoplay = onOff(params, 'autoplay', false, problems);
  // The embed shows its problems in one line of its own rather than the app's dismissible banner.
  return { initial: { ...initial, message: null }, controls, autoplay, problems };
}
