import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collapsedLayers, handleLabel, shownNeurons } from '../../src/graph/collapse';

describe('shownNeurons', () => {
  it('keeps a layer of 128 to its first and last four around "+120 neurons"', () => {
    const shown = shownNeurons(128, false);
    expect(shown.neurons).toEqual([0, 1, 2, 3, 124, 125, 126, 127]);
    expect(shown.hidden).toBe(120);
    expect(shown.handleAfter).toBe(4);
    expect(handleLabel(shown.hidden)).toBe('+120 neurons');
    expect(handleLabel(1)).toBe('+1 neuron');
  });

  it('draws small layers and expanded ones whole, with no handle', () => {
    expect(shownNeurons(64, false)).toEqual({
      neurons: Array.from({ length: 64 }, (_, i) => i),
      hidden: 0,
      handleAfter: null,
    });
    expect(shownNeurons(784, true).neurons).toHaveLength(784);
    expect(shownNeurons(784, true).hidden).toBe(0);
  });

  it('for any size and options: neurons ascending, distinct, in range, and shown + hidden = n', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1000 }),
        fc.boolean(),
        fc.integer({ min: 0, max: 200 }),
        fc.integer({ min: 0, max: 10 }),
        fc.integer({ min: 0, max: 10 }),
        (n, expanded, collapseAbove, head, tail) => {
          const shown = shownNeurons(n, expanded, { collapseAbove, head, tail });
          expect(shown.neurons.length + shown.hidden).toBe(n);
          shown.neurons.forEach((i, k) => {
            expect(i).toBeGreaterThanOrEqual(0);
            expect(i).toBeLessThan(n);
            if (k > 0) expect(i).toBeGreaterThan(shown.neurons[k - 1]!);
          });
          if (shown.hidden > 0) {
            expect(expanded).toBe(false);
            expect(n).toBeGreaterThan(collapseAbove);
            expect(shown.neurons.slice(0, head)).toEqual(Array.from({ length: head }, (_, i) => i));
            if (tail > 0) expect(shown.neurons.at(-1)).toBe(n - 1);
            // the handle sits exactly where neurons are missing
            const after = shown.handleAfter!;
            const before = after > 0 ? shown.neurons[after - 1]! : -1;
            const next = shown.neurons[after] ?? n;
            expect(next - before - 1).toBe(shown.hidden);
          } else expect(shown.handleAfter).toBeNull();
        },
      ),
      { numRuns: 60 },
    );
  }, 20_000);
});

describe('collapsedLayers', () => {
  it('names the input and first hidden layer of A[784,128,64,10], and forgets one once expanded', () => {
    expect(collapsedLayers([784, 128, 64, 10], new Set())).toEqual([0, 1]);
    expect(collapsedLayers([784, 128, 64, 10], new Set([0]))).toEqual([1]);
    expect(collapsedLayers([2, 2, 2], new Set())).toEqual([]);
  });
});
