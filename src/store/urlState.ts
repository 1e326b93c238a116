import { NOTATIONS, type NotationName } from '../engine/notation';
import { parseNetworkFile, validateNetworkFile, type NetworkFile } from '../engine/networkFile';
import { INIT_SCHEMES, randomNetworkFile, type InitScheme } from '../engine/random';
import { ACTIVATIONS, type ActivationName } from '../engine/types';
import { DEFAULT_PRESET, PRESETS, findPreset } from '../presets';
import { THEMES, computeFromFile, type DeltascopeState, type InitialState, type Theme } from './store';

/** What a link asks for, with a message for each part that was wrong (each part falls back on its own). */
export interface ParsedUrl {
  readonly initial: InitialState;
  /** The preset named, when the network came from one (kept in the link instead of the whole file). */
  readonly preset: string | null;
  readonly problems: readonly string[];
}

/** Decodes `?net=` to JSON text: URL-encoded JSON (starts with `{`) or base64url JSON. */
export function decodeNet(value: string): string {
  if (value.trimStart().startsWith('{')) return value;
  const text = base64UrlDecode(value);
  // Not base64url of JSON either: say so, rather than the JSON parser's complaint about a decoded byte ('�').
  if (!text.trimStart().startsWith('{')) {
    const shown = value.length > 24 ? `${value.slice(0, 24)}…` : value;
    throw new Error(`"${shown}" is neither JSON (which starts with {) nor base64url of JSON`);
  }
  return text;
}

function base64UrlDecode(value: string): string {
  const base64 = value.replace(/-/g, '+').replace(/_/g, '/');
  let binary: string;
  try {
    binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  } catch {
    return ''; // not base64 at all (decodeNet names the value)
  }
  return new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

/** Encodes a network file for `?net=` as base64url JSON (short, and safe in every URL context). */
export function encodeNet(file: NetworkFile): string {
  // Files are immutable: a step's address-bar update must not encode an edited A[784,…] again (megabytes).
  const known = encoded.get(file);
  if (known !== undefined) return known;
  const text = encodeNetNow(file);
  encoded.set(file, text);
  return text;
}

const encoded = new WeakMap<NetworkFile, string>();

function encodeNetNow(file: NetworkFile): string {
  const bytes = new TextEncoder().encode(JSON.stringify(file));
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/**
 * Random networks made from a link, with the link's parameters: such a network is written back as those few
 * parameters, not as `net=` (A[784,128,64,10]'s weights would make a link of megabytes). Files are immutable and
 * an edit makes a new one, so an edited network is no longer found here and gets `net=`.
 */
const randomLinks = new WeakMap<NetworkFile, string>();

/** Remembers that `file` is exactly what these random-network parameters make (for serializeUrl). */
export function rememberRandomLink(
  file: NetworkFile,
  options: { layers: readonly number[]; seed: number; init: InitScheme; activation: ActivationName },
): void {
  const params = new URLSearchParams({
    layers: options.layers.join(','),
    seed: String(options.seed),
    init: options.init,
    activation: options.activation,
  });
  randomLinks.set(file, params.toString());
}

/** `?layers=4,8,8,3&seed=7&init=xavier&activation=tanh`: a seeded random network, or a message. */
function randomFromParams(params: URLSearchParams): NetworkFile | string {
  const layersText = params.get('layers') ?? '';
  const layers = layersText.split(',').map(Number);
  if (layers.length < 2 || layers.some((n) => !Number.isInteger(n) || n < 1))
    return `layers="${layersText}" is not a list of at least two positive whole numbers such as 4,8,8,3.`;
  const seedText = params.get('seed') ?? '1';
  const seed = Number(seedText);
  if (!Number.isInteger(seed)) return `seed="${seedText}" is not a whole number.`;
  const init = params.get('init') ?? 'xavier';
  if (!(INIT_SCHEMES as readonly string[]).includes(init))
    return `Unknown init "${init}"; expected one of ${INIT_SCHEMES.join(', ')}.`;
  const activation = params.get('activation') ?? 'sigmoid';
  if (!(ACTIVATIONS as readonly string[]).includes(activation))
    return `Unknown activation "${activation}"; expected one of ${ACTIVATIONS.join(', ')}.`;
  const file = randomNetworkFile({
    layers,
    seed,
    init: init as InitScheme,
    activation: activation as ActivationName,
  });
  const checked = validateNetworkFile(file);
  if (!checked.ok) return `The random network could not be built: ${checked.error}.`;
  rememberRandomLink(checked.file, {
    layers,
    seed,
    init: init as InitScheme,
    activation: activation as ActivationName,
  });
  return checked.file;
}

const presetNames = PRESETS.map((p) => p.name).join(', ');

/**
 * Reads a query string (`?preset=dyda&step=12&notation=dyda&digits=8&theme=dark` or `?net=…`). `otherKeys` are
 * parameters the caller reads itself (the embed's controls and autoplay); any other is reported as unknown.
 */
export function parseUrl(search: string, otherKeys: readonly string[] = []): ParsedUrl {
  const params = new URLSearchParams(search);
  const problems: string[] = [];
  const initial: { -readonly [K in keyof InitialState]: InitialState[K] } = {};
  let preset: string | null = DEFAULT_PRESET;

  const net = params.get('net');
  const presetName = params.get('preset');
  if (net !== null) {
    let reason: string;
    try {
      const parsed = parseNetworkFile(decodeNet(net));
      if (parsed.ok) {
        computeFromFile(parsed.file); // the sample must fit the network too: throws the engine's message
        initial.file = parsed.file;
        preset = null;
      }
      reason = parsed.ok ? '' : parsed.error;
    } catch (error) {
      reason = error instanceof Error ? error.message : String(error);
    }
    if (reason !== '')
      problems.push(
        `The link's network (net=) could not be read: ${reason}. Expected a network file as URL-encoded or base64url JSON; showing the ${DEFAULT_PRESET} example instead.`,
      );
  } else if (params.get('layers') !== null) {
    const random = randomFromParams(params);
    if (typeof random === 'string') problems.push(`${random} Showing ${DEFAULT_PRESET}.`);
    else {
      initial.file = random;
      preset = null;
    }
  } else if (presetName !== null) {
    const found = findPreset(presetName);
    if (found === undefined) {
      problems.push(
        `Unknown preset "${presetName}"; expected one of ${presetNames}. Showing ${DEFAULT_PRESET}.`,
      );
    } else {
      initial.file = found.file;
      preset = found.name;
    }
  }
  const file = initial.file ?? (findPreset(DEFAULT_PRESET)?.file as NetworkFile);
  const stepCount = computeFromFile(file).trace.steps.length;

  const step = params.get('step');
  if (step !== null) {
    const n = Number(step);
    if (!Number.isInteger(n) || step.trim() === '') {
      problems.push(
        `step="${step}" is not a whole number; expected -1 (the start) to ${stepCount - 1}. Starting at the beginning.`,
      );
    } else if (n < -1 || n >= stepCount) {
      const clamped = Math.max(-1, Math.min(stepCount - 1, n));
      // In the counter's terms too: step=k shows (k + 1)/N, so the last, step=N−1, is N/N.
      const shown = clamped < 0 ? 'the start' : `step=${clamped} (${clamped + 1}/${stepCount})`;
      problems.push(
        `step=${n} is out of range; expected -1 (the start) to ${stepCount - 1} (${stepCount}/${stepCount}). Showing ${shown}.`,
      );
      initial.cursor = clamped;
    } else initial.cursor = n;
  }

  const notation = params.get('notation');
  if (notation !== null) {
    if ((NOTATIONS as readonly string[]).includes(notation)) initial.notation = notation as NotationName;
    else
      problems.push(`Unknown notation "${notation}"; expected one of ${NOTATIONS.join(', ')}. Using dyda.`);
  }

  const digits = params.get('digits');
  if (digits !== null) {
    const n = Number(digits);
    if (digits.trim() !== '' && Number.isInteger(n) && n >= 0 && n <= 15) initial.digits = n;
    else problems.push(`digits="${digits}" is not a whole number from 0 to 15. Using 8.`);
  }

  const theme = params.get('theme');
  if (theme !== null) {
    if ((THEMES as readonly string[]).includes(theme)) initial.theme = theme as Theme;
    else problems.push(`Unknown theme "${theme}"; expected one of ${THEMES.join(', ')}. Using light.`);
  }

  const mode = params.get('mode');
  if (mode !== null) {
    if (mode === 'present' || mode === 'normal') initial.mode = mode;
    else problems.push(`Unknown mode "${mode}"; expected present. Showing the normal layout.`);
  }

  // A misspelt name (notaton=, Preset=) was silently ignored, its setting with it: say so, and what was meant.
  for (const key of new Set(params.keys()))
    if (!LINK_KEYS.includes(key) && !otherKeys.includes(key))
      problems.push(unknownKey(key, [...LINK_KEYS, ...otherKeys]));

  if (problems.length > 0) initial.message = problems.join(' ');
  return { initial, preset, problems };
}

/** The parameters parseUrl reads. */
const LINK_KEYS: readonly string[] = [
  'preset',
  'net',
  'layers',
  'seed',
  'init',
  'activation',
  'step',
  'notation',
  'digits',
  'theme',
  'mode',
];

function unknownKey(key: string, known: readonly string[]): string {
  const distance = (k: string) => editDistance(k, key.toLowerCase());
  const nearest = Math.min(...known.map(distance));
  const near = nearest <= 2 ? known.filter((k) => distance(k) === nearest) : [];
  const guess = near.length > 0 ? ` (${near.map((k) => `${k}=`).join(' or ')}?)` : '';
  return `Unknown link parameter "${key}"${guess}, ignored; expected ${known.join(', ')}.`;
}

/** Levenshtein distance, for "did you mean" (parameter names are a few letters). */
function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++)
      next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]!;
}

/**
 * The longest query string a link carries. Servers refuse longer request lines (8 KB is a common limit; Node's,
 * behind `vite preview`, is 16 KB for all headers), and chat and course pages cut long links: an edited network
 * of a few hundred weights fits, an edited A[784,…] (megabytes of `net=`) does not.
 */
export const MAX_LINK_LENGTH = 8000;

/**
 * The query string that reopens this view: the preset's name when the network is a preset, the random network's
 * parameters when it is one, else `net=`. `network: false` leaves the network out (a bare link restores the one
 * saved in the browser).
 */
export function serializeUrl(state: DeltascopeState, network = true): string {
  const params = new URLSearchParams();
  const preset = PRESETS.find((p) => p.file === state.file);
  const random = randomLinks.get(state.file);
  if (network) {
    if (preset !== undefined) params.set('preset', preset.name);
    else if (random !== undefined)
      for (const [key, value] of new URLSearchParams(random)) params.set(key, value);
    else params.set('net', encodeNet(state.file));
  }
  params.set('step', String(state.cursor));
  params.set('notation', state.notation);
  params.set('digits', String(state.digits));
  if (state.theme !== 'light') params.set('theme', state.theme);
  if (state.mode === 'present') params.set('mode', 'present');
  return `?${params.toString()}`;
}

/**
 * Why the view on screen has no link, or null when serializeUrl's query string is short enough to be one. `save`
 * says where the file is saved from (the banner names the editor's section; the section itself, its button).
 */
export function linkTooLong(
  search: string,
  save = 'Save network.json (Edit network → File and link)',
): string | null {
  if (search.length <= MAX_LINK_LENGTH) return null;
  const size =
    search.length >= 1e6 ? `${(search.length / 1e6).toFixed(1)} million` : search.length.toLocaleString('en');
  return `This network is too large for a link: its address would be ${size} characters, and links past ${MAX_LINK_LENGTH.toLocaleString('en')} are refused by servers or cut. ${save} to keep or share it; it opens with Open file… or by dropping it on the page.`;
}
