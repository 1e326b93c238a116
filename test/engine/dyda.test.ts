import { describe, expect, it } from 'vitest';
import { networkFromFile, sampleFromFile, trace } from '../../src/engine';
import type { Matrix, Trace, TraceLayer, Vector } from '../../src/engine';
import { dyda, dydaSoftmax } from '../../src/presets/dyda';
import { expectAllPrinted, expectClose, expectPrinted } from '../helpers';

// Seed 004 (Dyda). Dyda's layer [l] is our layer h = l (his X^{[l]} is our XWithBias at h = l − 1).
const traceOf = (file: typeof dyda): Trace => trace(networkFromFile(file), sampleFromFile(file));
const layer = (t: Trace, h: number): TraceLayer => t.layers[h] as TraceLayer;
const data = (m: Matrix | null): Float64Array => (m as Matrix).data;
const vec = (v: Vector | null): Vector => v as Vector;

describe('trace(dyda) reproduces every number of Dyda’s handout at its printed digits', () => {
  const t = traceOf(dyda);
  const [l0, l1, l2] = [layer(t, 0), layer(t, 1), layer(t, 2)];

  it('forward: X^{[1]}, net^{[1]}, a^{[1]}, X^{[2]}, net^{[2]}, a^{[2]}', () => {
    expectAllPrinted(l0.XWithBias, ['1', '1', '0'], 'X^{[1]}');
    expectAllPrinted(vec(l1.Y), ['-0.1', '0.1'], 'net^{[1]}');
    expectAllPrinted(l1.X, ['0.47502081', '0.52497919'], 'a^{[1]}');
    expectAllPrinted(l1.XWithBias, ['1', '0.47502081', '0.52497919'], 'X^{[2]}');
    expectAllPrinted(vec(l2.Y), ['0.21498751', '-0.52997502'], 'net^{[2]}');
    expectAllPrinted(l2.X, ['0.55354082', '0.37052271'], 'a^{[2]}');
  });

  it('backward, layer [2]: ∂L/∂a^{[2]} (0.1), δ^{[2]}, ∂L/∂W^{[2]}, W̃^{[2]}', () => {
    expectAllPrinted(l2.deltaUp, ['-0.44645918', '0.37052271'], '∂L/∂a^{[2]}');
    expectAllPrinted(vec(l2.deltaDown), ['-0.110334967', '0.086419099'], 'δ^{[2]}');
    expectAllPrinted(
      data(l2.gradW),
      ['-0.110335', '-0.0524114', '-0.0579236', '0.0864191', '0.0410509', '0.0453682'],
      '∂L/∂W^{[2]}',
    );
    expectAllPrinted(
      data(l2.updatedW),
      ['0.1610335', '-0.24475886', '0.35579236', '-0.45864191', '0.54589491', '-0.65453682'],
      'W̃^{[2]}',
    );
  });

  it('∂L/∂X^{[2]} with its bias coordinate, then ∂L/∂a^{[1]} (0.2) without it', () => {
    expectAllPrinted(vec(l1.deltaUpWithBias), ['-0.05543884', '0.07511425', '-0.09478965'], '∂L/∂X^{[2]}');
    expectAllPrinted(l1.deltaUp, ['0.07511425', '-0.09478965'], '∂L/∂a^{[1]}');
  });

  it('backward, layer [1]: δ^{[1]}, ∂L/∂W^{[1]}, W̃^{[1]}', () => {
    // The handout rounded here (its remark 2): it multiplied the 8-digit ∂L/∂a^{[1]} by φ'(net^{[1]}), so its
    // δ^{[1]} = [0.0187316942, −0.023638267] differs from the exact [0.01873169333, −0.02363826833] in the
    // last printed digit (seeds README names δ^{[1]}_1; δ^{[1]}_2 is the same slip). Two checks: the exact
    // value is within 2e-9 of the printed one, and the printed one is what the rounded operands give.
    const printed = [0.0187316942, -0.023638267];
    expectClose(vec(l1.deltaDown), printed, 2e-9);
    const fromRounded = [0.07511425, -0.09478965].map(
      (d, i) => d * (vec(l1.activationDerivative)[i] as number),
    );
    expectPrinted(fromRounded[0], '0.0187316942', 'δ^{[1]}_1 from the rounded ∂L/∂a^{[1]}');
    // …and δ^{[1]}_2 = −0.0236382675683 from the rounded operand is printed truncated, not rounded.
    expect(Math.trunc((fromRounded[1] as number) * 1e9) / 1e9).toBe(-0.023638267);
    expectAllPrinted(
      data(l1.gradW),
      ['0.0187317', '0.0187317', '0', '-0.0236383', '-0.0236383', '0'],
      '∂L/∂W^{[1]}',
    );
    expectAllPrinted(
      data(l1.updatedW),
      ['0.09812683', '-0.20187317', '0.3', '-0.39763617', '0.50236383', '-0.6'],
      'W̃^{[1]}',
    );
  });

  it('the trace JSON example of design.md: loss and layers[0].deltaUp', () => {
    expectPrinted(t.loss, '0.16830644', 'loss');
    expectAllPrinted(l0.deltaUp, ['-0.01556547', '0.01980247'], 'layers[0].deltaUp');
  });
});

describe('trace(dydaSoftmax) reproduces Dyda’s remark 5 (softmax + categorical cross-entropy)', () => {
  const t = traceOf(dydaSoftmax);
  const [l1, l2] = [layer(t, 1), layer(t, 2)];

  it('ψ(net^{[2]}): the exponentials, their sum, and a^{[2]}', () => {
    const exps = Array.from(vec(l2.Y), Math.exp);
    expectAllPrinted(exps, ['1.2398464', '0.58861967'], 'e^{net^{[2]}}');
    expectPrinted((exps[0] as number) + (exps[1] as number), '1.828466', 'Σ e^{net}');
    expectAllPrinted(l2.X, ['0.67808', '0.32192'], 'a^{[2]}');
  });

  it('δ^{[2]} = (Σy) a − y, ∂L/∂W^{[2]}, W̃^{[2]}', () => {
    expectAllPrinted(vec(l2.deltaDown), ['-0.32192', '0.32192'], 'δ^{[2]}');
    expectAllPrinted(
      data(l2.gradW),
      ['-0.32192', '-0.1529187', '-0.1690013', '0.32192', '0.1529187', '0.1690013'],
      '∂L/∂W^{[2]}',
    );
    expectAllPrinted(
      data(l2.updatedW),
      ['0.182192', '-0.23470813', '0.36690013', '-0.482192', '0.53470813', '-0.66690013'],
      'W̃^{[2]}',
    );
  });

  it('∂L/∂X^{[2]} with its bias coordinate and ∂L/∂a^{[1]}', () => {
    expectAllPrinted(vec(l1.deltaUpWithBias), ['-0.193152', '0.257536', '-0.32192'], '∂L/∂X^{[2]}');
    expectAllPrinted(l1.deltaUp, ['0.257536', '-0.32192'], '∂L/∂a^{[1]}');
  });

  it('δ^{[1]}, ∂L/∂W^{[1]}, W̃^{[1]}', () => {
    // The handout rounded here: it carried a^{[2]} rounded to 5 digits (0.67808, 0.32192) into ∂L/∂a^{[1]} =
    // [0.257536, −0.32192] and then δ^{[1]}, so its δ^{[1]} = [0.06422331, −0.08027913] differs from the exact
    // [0.06422329, −0.08027912] in the 8th digit (seeds README). The exact values are within 2e-8; the
    // printed ones are exactly what the rounded operands give.
    const printed = [0.06422331, -0.08027913];
    expectClose(vec(l1.deltaDown), printed, 2e-8);
    const fromRounded = [0.257536, -0.32192].map((d, i) => d * (vec(l1.activationDerivative)[i] as number));
    expectAllPrinted(fromRounded, ['0.06422331', '-0.08027913'], 'δ^{[1]} from the rounded ∂L/∂a^{[1]}');
    // ∂L/∂W^{[1]} = δ^{[1]} (X^{[1]})^T with X^{[1]} = [1, 1, 0] repeats the same rounded δ^{[1]}.
    expectClose(data(l1.gradW), [0.06422331, 0.06422331, 0, -0.08027913, -0.08027913, 0], 2e-8);
    expect(data(l1.gradW)[2]).toBe(0);
    // W̃^{[1]} subtracts c = 0.1 times it, so the slip falls below the 8th digit again: exact here.
    expectAllPrinted(
      data(l1.updatedW),
      ['0.09357767', '-0.20642233', '0.3', '-0.39197209', '0.50802791', '-0.6'],
      'W̃^{[1]}',
    );
  });
});
