import type { NamedQuantity } from '../engine/notation';
import type { Step } from '../engine/types';

/** The key of a quantity at a layer in a revealed set, e.g. `deltaDown:2`. */
export function quantityKey(quantity: NamedQuantity, layer: number): string {
  return `${quantity}:${layer}`;
}

/**
 * What a reader has seen once the step at `cursor` is done: the writes of steps 0…cursor, plus what is known
 * before the iteration starts (the input X^0, every W^h and the target y). A cursor of −1 is "nothing yet".
 */
export function revealedAt(steps: readonly Step[], cursor: number, layers: number): ReadonlySet<string> {
  const known = new Set<string>([quantityKey('X', 0), quantityKey('target', layers - 1)]);
  for (let h = 1; h < layers; h++) known.add(quantityKey('W', h));
  for (let k = 0; k <= cursor && k < steps.length; k++) {
    const step = steps[k] as Step;
    known.add(quantityKey(step.writes.quantity, step.writes.layer));
    if (step.kind === 'activation') known.add(quantityKey('activationDerivative', step.layer));
    if (step.kind === 'deltaUp') known.add(quantityKey('deltaUpWithBias', step.layer - 1));
  }
  return known;
}
