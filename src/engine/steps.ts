import type { Network, Step } from './types';

type StepWithoutIndex = Omit<Step, 'index'>;

/**
 * The ordered events of one training iteration (../shared/design.md, "the order of steps"):
 * forward h = 1…L (Y then X), the loss, δup_L, backward h = L…1 (δdown, δW, δup_{h-1}), update h = 1…L.
 */
export function buildSteps(network: Network): readonly Step[] {
  const L = network.layers.length - 1;
  const steps: StepWithoutIndex[] = [];
  for (let h = 1; h <= L; h++) {
    steps.push({
      phase: 'forward',
      kind: 'preActivation',
      layer: h,
      writes: { quantity: 'Y', layer: h },
      reads: [
        { quantity: 'W', layer: h },
        { quantity: 'X', layer: h - 1 },
      ],
    });
    steps.push({
      phase: 'forward',
      kind: 'activation',
      layer: h,
      writes: { quantity: 'X', layer: h },
      reads: [{ quantity: 'Y', layer: h }],
    });
  }
  const outputReads = [
    { quantity: 'X', layer: L },
    { quantity: 'target', layer: L },
  ] as const;
  steps.push({
    phase: 'loss',
    kind: 'loss',
    layer: L,
    writes: { quantity: 'loss', layer: L },
    reads: outputReads,
  });
  steps.push({
    phase: 'backward',
    kind: 'outputError',
    layer: L,
    writes: { quantity: 'deltaUp', layer: L },
    reads: outputReads,
  });
  for (let h = L; h >= 1; h--) {
    const softmax = network.activations[h - 1] === 'softmax';
    const fused = softmax && network.loss === 'cross-entropy';
    steps.push({
      phase: 'backward',
      kind: 'deltaDown',
      layer: h,
      writes: { quantity: 'deltaDown', layer: h },
      reads: fused
        ? [
            { quantity: 'X', layer: h },
            { quantity: 'target', layer: h },
          ]
        : [
            { quantity: 'deltaUp', layer: h },
            softmax ? { quantity: 'X', layer: h } : { quantity: 'activationDerivative', layer: h },
          ],
      rule: fused ? 'softmax-cross-entropy' : softmax ? 'softmax-jacobian' : 'elementwise',
    });
    steps.push({
      phase: 'backward',
      kind: 'gradW',
      layer: h,
      writes: { quantity: 'gradW', layer: h },
      reads: [
        { quantity: 'deltaDown', layer: h },
        { quantity: 'X', layer: h - 1 },
      ],
    });
    steps.push({
      phase: 'backward',
      kind: 'deltaUp',
      layer: h,
      writes: { quantity: 'deltaUp', layer: h - 1 },
      reads: [
        { quantity: 'W', layer: h },
        { quantity: 'deltaDown', layer: h },
      ],
    });
  }
  for (let h = 1; h <= L; h++) {
    steps.push({
      phase: 'update',
      kind: 'update',
      layer: h,
      writes: { quantity: 'updatedW', layer: h },
      reads: [
        { quantity: 'W', layer: h },
        { quantity: 'gradW', layer: h },
      ],
    });
  }
  return Object.freeze(steps.map((step, index) => Object.freeze({ ...step, index })));
}
