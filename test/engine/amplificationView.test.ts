import { describe, expect, it } from 'vitest';
import { networkFromFile, sampleFromFile, trace } from '../../src/engine';
import type { Trace } from '../../src/engine';
import { amplificationView } from '../../src/engine/amplificationView';
import { dyda, dydaSoftmax } from '../../src/presets/dyda';
import { cheng2321 } from '../../src/presets/others';
import { randomNetworkFile } from '../../src/engine/random';

const traceOf = (file: typeof dyda) => trace(networkFromFile(file), sampleFromFile(file));

function expectTheorem5(t: Trace) {
  const L = t.network.layers.length - 1;
  for (let o = 0; o < (t.network.layers[L] as number); o++) {
    const view = amplificationView(t, o);
    expect(view.layers).toHaveLength(L + 1);
    for (let l = 1; l <= L; l++) {
      const neurons = view.layers[l]!;
      expect(neurons).toHaveLength(t.network.layers[l]!);
      neurons.forEach((n, i) => {
        expect(n.deltaDown).toBe(t.layers[l]!.deltaDown![i]);
        expect(Math.abs(n.sum - n.deltaDown)).toBeLessThanOrEqual(1e-12);
        expect(n.terms).toHaveLength(t.network.layers[L]!);
        expect(n.alphaToChosen).toBe(
          t.layers[l]!.amplification!.data[i * t.layers[l]!.amplification!.cols + o],
        );
        expect(n.text).toMatch(/^δ/);
      });
    }
  }
}

describe('amplificationView (Cheng Theorem 5 with the numbers)', () => {
  it('sums to δdown on Dyda', () => {
    const t = traceOf(dyda);
    expectTheorem5(t);
    const view = amplificationView(t, 0);
    // at the output layer α is the identity, so the term of the other output vanishes
    expect(view.layers[2]![0]!.terms[1]!.alpha).toBe(0);
    expect(view.jacobianOutput).toBe(false);
  });

  it('sums to δdown on the 2-3-2-1 net and on a random 2-3-2-1 net', () => {
    expectTheorem5(traceOf(cheng2321));
    const file = randomNetworkFile({ layers: [2, 3, 2, 1], seed: 7, activation: 'tanh' });
    expectTheorem5(traceOf(file));
  });

  it('uses δdown_L with a softmax output (the Jacobian applied)', () => {
    const t = traceOf(dydaSoftmax);
    expectTheorem5(t);
    const view = amplificationView(t, 1);
    expect(view.jacobianOutput).toBe(true);
    expect(view.layers[1]![0]!.terms[0]!.slope).toBeNull();
  });

  it('refuses an output neuron that does not exist', () => {
    expect(() => amplificationView(traceOf(dyda), 2)).toThrow(/0 … 1/);
  });
});
