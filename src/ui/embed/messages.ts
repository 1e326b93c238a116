import { validateNetworkFile, type NetworkFile } from '../../engine/networkFile';

/**
 * The postMessage API between embed.html and the page that holds its iframe (docs/embedding.md).
 * Host → embed: go to a step, set the network, ask for the current step.
 * Embed → host: ready, its height, the current step (in reply to getStep and after every change of step).
 */

/** Go to step `step`: −1 (the start) or a 0-based index into the trace's steps; past the end, the last step. */
export interface GotoMessage {
  readonly type: 'deltascope:goto';
  readonly step: number;
}
/** Show another network (a network file, as in `?net=`), from the start (step −1). */
export interface SetNetworkMessage {
  readonly type: 'deltascope:setNetwork';
  readonly network: NetworkFile;
}
/** Ask for the current step; the embed replies with a `deltascope:step` message. */
export interface GetStepMessage {
  readonly type: 'deltascope:getStep';
}
/** Every message the embed accepts from its host. */
export type HostMessage = GotoMessage | SetNetworkMessage | GetStepMessage;

/**
 * The current step: its index (−1 before the first step), the number of steps, its name in words, the symbol
 * of what it wrote and those numbers at full precision (row by row for a matrix of `cols` columns).
 */
export interface StepMessage {
  readonly type: 'deltascope:step';
  readonly step: number;
  readonly total: number;
  readonly name: string;
  readonly symbol: string;
  readonly values: readonly number[];
  readonly cols: number;
}
/** The embed's content height in CSS pixels, sent whenever it changes, so the host can size the iframe. */
export interface HeightMessage {
  readonly type: 'deltascope:height';
  readonly height: number;
}
/** Sent once the embed listens for messages. */
export interface ReadyMessage {
  readonly type: 'deltascope:ready';
}
/** A host message with one of our types that was malformed: what was wrong. */
export interface ErrorMessage {
  readonly type: 'deltascope:error';
  readonly message: string;
}
/** Every message the embed sends to its host. */
export type EmbedMessage = StepMessage | HeightMessage | ReadyMessage | ErrorMessage;

const PREFIX = 'deltascope:';
/** The types a host may send, as the error for any other `deltascope:` type names them. */
export const HOST_TYPES = ['deltascope:goto', 'deltascope:setNetwork', 'deltascope:getStep'] as const;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function hasExactlyKeys(value: Record<string, unknown>, keys: readonly string[]): boolean {
  const own = Object.keys(value);
  return own.length === keys.length && keys.every((key) => Object.hasOwn(value, key));
}

/** A value as the error message shows it: numbers as written (NaN, Infinity too), anything else as JSON. */
function shown(value: unknown): string {
  return typeof value === 'number' ? String(value) : (JSON.stringify(value) ?? String(value));
}

type Checked = { message: HostMessage } | { problem: string } | null;

/** Checks a message: a HostMessage, a problem for any other `deltascope:` message, or null for anyone else's. */
function check(data: unknown): Checked {
  if (!isPlainObject(data) || typeof data.type !== 'string' || !data.type.startsWith(PREFIX)) return null;
  switch (data.type) {
    case 'deltascope:goto': {
      if (!hasExactlyKeys(data, ['type', 'step']))
        return { problem: 'deltascope:goto expects exactly {type, step}.' };
      const step = data.step;
      // −1 is the start, as the embed reports it; any whole number past the end is the last step (the store
      // clamps), so a host may send 1e20 or Number.MAX_VALUE for "the end". NaN, ±Infinity and fractions are not
      // whole numbers.
      if (typeof step !== 'number' || !Number.isInteger(step) || step < -1)
        return {
          problem: `deltascope:goto: step must be a whole number ≥ −1 (−1 is the start), got ${shown(step)}.`,
        };
      return { message: { type: 'deltascope:goto', step: step + 0 } }; // + 0: −0 is step 0
    }
    case 'deltascope:setNetwork': {
      if (!hasExactlyKeys(data, ['type', 'network']))
        return { problem: 'deltascope:setNetwork expects exactly {type, network}.' };
      const result = validateNetworkFile(data.network);
      if (!result.ok) return { problem: `deltascope:setNetwork: ${result.error}` };
      return { message: { type: 'deltascope:setNetwork', network: result.file } };
    }
    case 'deltascope:getStep':
      if (!hasExactlyKeys(data, ['type'])) return { problem: 'deltascope:getStep expects exactly {type}.' };
      return { message: { type: 'deltascope:getStep' } };
    case 'deltascope:error':
      // Not answered: two windows that both answered each other's errors would do so forever.
      return null;
    default:
      // A misspelt type (deltascope:Goto, deltascope:play) would otherwise do nothing and say nothing.
      return {
        problem: `Unknown message type ${JSON.stringify(data.type)}; the embed accepts ${HOST_TYPES.join(', ')}.`,
      };
  }
}

/**
 * The host message `data` is, or null for anything else: other shapes, other types, extra keys, a step that
 * is not a whole number ≥ −1, a network file that does not validate. Pure; never throws.
 */
export function parseHostMessage(data: unknown): HostMessage | null {
  const checked = check(data);
  return checked && 'message' in checked ? checked.message : null;
}

/**
 * What is wrong with a message whose type starts with `deltascope:` (one of ours with a wrong shape, or a type
 * the embed does not accept), so the embed can answer with a `deltascope:error`; null when it is valid, when it
 * is not ours at all (other scripts' messages are ignored) and for `deltascope:error` itself.
 */
export function hostMessageProblem(data: unknown): string | null {
  const checked = check(data);
  return checked && 'problem' in checked ? checked.problem : null;
}
