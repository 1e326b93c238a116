import { NOTATIONS, type NotationName } from '../engine/notation';
import { validateNetworkFile, type NetworkFile } from '../engine/networkFile';
import { DEFAULT_DIGITS } from '../engine/format';
import { THEMES, computeFromFile, type DeltascopeState, type Theme } from './store';

/**
 * The current network and view kept in localStorage between visits. The key carries the format's version, and so
 * does the value: a state written by another version, or damaged, is never loaded blindly. It is moved to
 * BACKUP_KEY (so nothing the user made is lost) and the reason is reported.
 */
export const STORAGE_VERSION = 1;
export const STORAGE_KEY = `deltascope:v${STORAGE_VERSION}`;
export const BACKUP_KEY = 'deltascope:backup';

/** The part of window.localStorage used here (tests pass a Map-backed one). */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export interface SavedView {
  readonly cursor: number;
  readonly notation: NotationName;
  readonly digits: number;
  readonly theme: Theme;
}

export interface SavedState {
  readonly file: NetworkFile;
  readonly view: SavedView;
  /** Saved view settings that were bad and fell back to their defaults (the network is whole). */
  readonly problems?: readonly string[];
}

export type LoadResult =
  | { readonly kind: 'none' }
  /** `message`, when there is one, names the view settings that were bad and what they fell back to. */
  | { readonly kind: 'ok'; readonly saved: SavedState; readonly message?: string }
  /** `message` names what was wrong and where the stored text was kept. */
  | { readonly kind: 'bad'; readonly message: string };

/** The JSON stored for a state. */
export function serializeSaved(
  state: Pick<DeltascopeState, 'file' | 'cursor' | 'notation' | 'digits' | 'theme'>,
) {
  const { file, cursor, notation, digits, theme } = state;
  // The same text as JSON.stringify of the whole, with the file's JSON kept per file: a step changes only the
  // cursor, and A[784,…]'s 109,386 weights are megabytes to stringify again on every step.
  let fileText = fileJson.get(file);
  if (fileText === undefined) {
    fileText = JSON.stringify(file);
    fileJson.set(file, fileText);
  }
  const view = JSON.stringify({ cursor, notation, digits, theme });
  return `{"version":${JSON.stringify(STORAGE_VERSION)},"file":${fileText},"view":${view}}`;
}

const fileJson = new WeakMap<NetworkFile, string>();

/** Writes the state; returns a message when the browser refuses (storage full or disabled), else null. */
export function saveState(
  storage: KeyValueStorage,
  state: Pick<DeltascopeState, 'file' | 'cursor' | 'notation' | 'digits' | 'theme'>,
): string | null {
  try {
    storage.setItem(STORAGE_KEY, serializeSaved(state));
    return null;
  } catch (error) {
    return `Your network could not be saved in this browser (${error instanceof Error ? error.message : String(error)}); to keep it, save it as a file: Edit network → File and link → Save network.json.`;
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The saved state in `text`, or what is wrong with it (a JSON path and what was expected). */
export function parseSaved(text: string): SavedState | string {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return 'it is not valid JSON';
  }
  if (!isRecord(value)) return 'expected a JSON object';
  if (value.version !== STORAGE_VERSION)
    return `it has version ${JSON.stringify(value.version) ?? 'missing'}; this Deltascope reads version ${STORAGE_VERSION}`;
  const checked = validateNetworkFile(value.file);
  // The validator names a path inside the file ("weights[1][0]: …") or speaks of the file as a whole ("expected …").
  if (!checked.ok) return `file${checked.error.startsWith('expected') ? ': ' : '.'}${checked.error}`;
  try {
    computeFromFile(checked.file); // the sample must fit the network too
  } catch (error) {
    return `file: ${error instanceof Error ? error.message : String(error)}`;
  }
  const { view, problems } = parseView(value.view);
  return { file: checked.file, view, ...(problems.length > 0 ? { problems } : {}) };
}

/** The view each setting falls back to when its saved value is bad: the app's own defaults. */
const DEFAULT_VIEW: SavedView = { cursor: -1, notation: 'dyda', digits: DEFAULT_DIGITS, theme: 'light' };

/**
 * The saved view, setting by setting: a bad setting falls back to its default and is named in `problems`, so a
 * damaged view never costs the network it was saved with.
 */
function parseView(view: unknown): { view: SavedView; problems: string[] } {
  if (!isRecord(view))
    return {
      view: DEFAULT_VIEW,
      problems: ['view: expected an object with cursor, notation, digits and theme'],
    };
  const problems: string[] = [];
  const { cursor, notation, digits, theme } = view;
  const cursorOk = typeof cursor === 'number' && Number.isInteger(cursor) && cursor >= -1;
  if (!cursorOk) problems.push(`view.cursor: expected a whole number ≥ −1, got ${JSON.stringify(cursor)}`);
  const notationOk = (NOTATIONS as readonly unknown[]).includes(notation);
  if (!notationOk)
    problems.push(`view.notation: expected one of ${NOTATIONS.join(', ')}, got ${JSON.stringify(notation)}`);
  const digitsOk = typeof digits === 'number' && Number.isInteger(digits) && digits >= 0 && digits <= 15;
  if (!digitsOk)
    problems.push(`view.digits: expected a whole number from 0 to 15, got ${JSON.stringify(digits)}`);
  const themeOk = (THEMES as readonly unknown[]).includes(theme);
  if (!themeOk)
    problems.push(`view.theme: expected one of ${THEMES.join(', ')}, got ${JSON.stringify(theme)}`);
  return {
    view: {
      cursor: cursorOk ? cursor : DEFAULT_VIEW.cursor,
      notation: notationOk ? (notation as NotationName) : DEFAULT_VIEW.notation,
      digits: digitsOk ? digits : DEFAULT_VIEW.digits,
      theme: themeOk ? (theme as Theme) : DEFAULT_VIEW.theme,
    },
    problems,
  };
}

/** BACKUP_KEY, or BACKUP_KEY-2, -3, … when it is taken: a second bad state must not overwrite the first. */
function freeBackupKey(storage: KeyValueStorage): string {
  for (let n = 1; ; n++) {
    const key = n === 1 ? BACKUP_KEY : `${BACKUP_KEY}-${n}`;
    try {
      if (storage.getItem(key) === null) return key;
    } catch {
      return key;
    }
  }
}

/**
 * Moves the stored state (`text`, else what STORAGE_KEY holds) to the first free backup key and clears
 * STORAGE_KEY; returns the backup key, or null when the browser refuses (the state is then left where it was).
 */
export function keepAside(storage: KeyValueStorage, text?: string): string | null {
  try {
    const stored = text ?? storage.getItem(STORAGE_KEY);
    if (stored === null) return null;
    const backup = freeBackupKey(storage);
    storage.setItem(backup, stored);
    storage.removeItem(STORAGE_KEY);
    return backup;
  } catch {
    return null;
  }
}

/**
 * Reads the saved state. A bad one is moved to a backup key (BACKUP_KEY, or the first free BACKUP_KEY-n) and
 * removed from STORAGE_KEY, so it is reported once and can still be recovered by hand. Bad view settings alone
 * fall back to their defaults and are reported; the network is restored.
 */
export function loadState(storage: KeyValueStorage): LoadResult {
  let text: string | null;
  try {
    text = storage.getItem(STORAGE_KEY);
  } catch {
    return { kind: 'none' }; // storage disabled: nothing was saved either
  }
  if (text === null) return { kind: 'none' };
  const parsed = parseSaved(text);
  if (typeof parsed !== 'string') {
    if (parsed.problems === undefined) return { kind: 'ok', saved: parsed };
    return {
      kind: 'ok',
      saved: parsed,
      message: `The network saved in this browser was restored, but not all of its view: ${parsed.problems.join('; ')}. ${parsed.problems.length === 1 ? 'That setting is' : 'Those settings are'} back to the default.`,
    };
  }
  const backup = keepAside(storage, text);
  const kept =
    backup !== null
      ? `it is kept in localStorage under "${backup}"`
      : `it is left in localStorage under "${STORAGE_KEY}"`;
  return {
    kind: 'bad',
    message: `The network saved in this browser was not restored: ${parsed}. Nothing was deleted: ${kept}.`,
  };
}
