import { describe, expect, it } from 'vitest';
import { NOTATIONS, symbolFor } from '../../src/engine';

describe('symbolFor: a weight entry’s indices', () => {
  it.each(NOTATIONS)(
    'are written side by side while each is one digit, with a comma past that (%s)',
    (notation) => {
      const small = symbolFor(notation, 'W', { layer: 2, i: 0, j: 1 });
      expect(small.text).toMatch(/₁₂$/);
      // Row 28, column 127 of A[784,128,64,10]'s W²: "₂₈₁₂₇" read as row 281, column 27 as well.
      const big = symbolFor(notation, 'W', { layer: 2, i: 27, j: 126 });
      expect(big.text).toMatch(/₂₈‚₁₂₇$/);
      expect(big.tex).toMatch(/[{,]28,127\}$/);
    },
  );
});

describe('symbolFor: Boughammoura’s gradient', () => {
  it('reads δW^h in text (no literal underscore), δ_{W}^h in TeX', () => {
    const whole = symbolFor('boughammoura', 'gradW', { layer: 2 });
    expect(whole.text).toBe('δW²');
    expect(whole.tex).toBe('{\\delta_{W}}^{2}');
    expect(symbolFor('boughammoura', 'gradW', { layer: 2, i: 0, j: 1 }).text).toBe('δW²₁₂');
  });
});

describe('symbolFor: Cheng numbers the bias column 0 and the neurons from 1', () => {
  it.each([
    ['first', ['w₂‚₁‚₀', 'w₂‚₁‚₁', 'w₂‚₁‚₂']],
    ['last', ['w₂‚₁‚₁', 'w₂‚₁‚₂', 'w₂‚₁‚₀']],
  ] as const)('bias %s', (bias, names) => {
    const name = (j: number) => symbolFor('cheng', 'W', { layer: 2, i: 0, j, bias, inputs: 2 }).text;
    expect([0, 1, 2].map(name)).toEqual(names);
  });
});
