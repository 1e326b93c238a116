import { validateNetworkFile, type NetworkFile } from '../../engine/networkFile';

/**
 * The postMessage API between embed.html and the page that holds its iframe (docs/embedding.md).
 * Host → embed: go to a step, set the network, ask for the current step.
 * Embed → host: ready, its height, the current step (in reply to getStep and after every change of step).
 */

/** Go to step `step` (0-based index into the trace's steps; clamped to the last step). */
export interface GotoMessage {
  readonly type: 'deltascope:goto';
  readonly step: number;
}
/** Show another network (a network file, as in `?net=`); the cursor goes to step 0. */
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

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function hasExactlyKeys(value: Record<string, unknown>, keys: readonly string[]): boolean {
  const own = Object.keys(value);
  return own.length === keys.length && keys.every((key) => Object.hasOwn(value, key));
}

type Checked = { message: HostMessage } | { problem: string } | null;

/** Checks a message: a HostMessage, a problem for a malformed message of ours, or null for anyone else's. */
function check(data: unknown): Checked {
  if (!isPlainObject(data) || typeof data.type !== 'string' || !data.type.startsWith(PREFIX)) return null;
  switch (data.type) {
    case 'deltascope:goto': {
      if (!hasExactlyKeys(data, ['type', 'step']))
        return { problem: 'deltascope:goto expects exactly {type, step}.' };
      const step = data.step;
      if (typeof step !== 'number' || !Number.isSafeInteger(step) || step < 0)
        return { problem: `deltascope:goto: step must be a whole number ≥ 0, got ${JSON.stringify(step)}.` };
      return { message: { type: 'deltascope:goto', step } };
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
    default:
      return null;
  }
}

/**
 * The host message `data` is, or null for anything else: other shapes, other types, extra keys, a step that
 * is not a whole number ≥ 0, a network file that does not validate. Pure; never throws.
 */
export function parseHostMessage(data: unknown): HostMessage | null {
  const checked = check(data);
  return checked && 'message' in checked ? checked.message : null;
}

/**
 * What is wrong with a message that uses one of our types but not its shape (so the embed can answer with a
 * `deltascope:error`), or null when it is valid or not ours at all (other pages' messages are ignored).
 */
export function hostMessageProblem(data: unknown): string | null {
  const checked = check(data);
  return checked && 'problem' in checked ? checked.problem : null;
}
