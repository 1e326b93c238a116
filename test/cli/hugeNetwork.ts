import type { NetworkFile } from '../../src/engine/networkFile';

/**
 * A network whose trace overflows double precision part way: Y²₀ = 10 · 1e308 is Infinity (JSON.stringify would
 * write null), while the loss and every other number stay finite. For the CLI, the app's Export menu and their
 * tests, which must refuse it alike.
 */
export const HUGE_NETWORK: NetworkFile = {
  layers: [1, 1, 2],
  bias: 'none',
  activation: ['identity', 'sigmoid'],
  loss: 'half-sse',
  weights: [[[1e308]], [[10], [0]]],
  input: [1],
  target: [1, 0],
};

/** What `npm run --silent trace -- huge.json` says of HUGE_NETWORK on stderr after "trace: ", word for word. */
export const HUGE_REFUSAL =
  'the trace overflows double precision at layers[2].Y[0] (Infinity): JSON has no Infinity or NaN, so the trace format cannot hold it; expected weights, input and target small enough for every number to be finite';
