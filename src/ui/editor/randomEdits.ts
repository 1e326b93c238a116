import type { EditResult } from '../../engine/edit';
import { NETWORK_FILE_LIMITS, validateNetworkFile, type NetworkFile } from '../../engine/networkFile';
import { initWeights, randomNetworkFile, type InitScheme } from '../../engine/random';
import type { ActivationName } from '../../engine/types';
import { rememberRandomLink } from '../../store/urlState';

/**
 * Redraws every weight of the file from `seed` by `scheme` (src/engine/random.ts), keeping the architecture, the
 * sample and every other field; the seed and scheme are written into the file so it can be reproduced.
 */
export function reinitialise(file: NetworkFile, seed: number, scheme: InitScheme): EditResult {
  if (!Number.isInteger(seed))
    return { ok: false, error: `seed: expected a whole number, got ${String(seed)}` };
  return {
    ok: true,
    file: { ...file, weights: initWeights(file.layers, file.bias, { seed, scheme }), seed, init: scheme },
  };
}

/** `4,8,8,3` as layer sizes, or a message (the same rule as the `?layers=` link). */
export function parseLayers(text: string): number[] | string {
  const layers = text.split(',').map((part) => Number(part.trim()));
  if (layers.length < 2 || layers.some((n) => !Number.isInteger(n) || n < 1))
    return `layers: expected at least two positive whole numbers separated by commas, such as 4,8,8,3; got "${text}"`;
  if (layers.length > NETWORK_FILE_LIMITS.maxLayers + 1)
    return `layers: at most ${NETWORK_FILE_LIMITS.maxLayers + 1} sizes, got ${layers.length}`;
  return layers;
}

/** A whole new network as `?layers=…&seed=…&init=…&activation=…` makes it, or the validator's message. */
export function newRandomNetwork(
  layers: readonly number[],
  seed: number,
  init: InitScheme,
  activation: ActivationName,
): EditResult {
  if (!Number.isInteger(seed))
    return { ok: false, error: `seed: expected a whole number, got ${String(seed)}` };
  const checked = validateNetworkFile(randomNetworkFile({ layers, seed, init, activation }));
  if (!checked.ok) return { ok: false, error: `new network: ${checked.error}` };
  rememberRandomLink(checked.file, { layers, seed, init, activation }); // shared as ?layers=…&seed=… while unedited
  return checked;
}
