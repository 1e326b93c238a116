// Numbers written into TeX: exponent form and infinities must typeset as numbers, not as letters. In math mode
// "1.5e-9" is the variable e minus 9, and "Infinity" eight italic variables.
import katex from 'katex';
import { describe, expect, test } from 'vitest';
import { texNumber } from '../../src/engine/tex';

/** The MathML KaTeX writes beside its HTML: what a screen reader (and this test) reads. */
const mathml = (tex: string): string => katex.renderToString(tex, { output: 'mathml' });

describe('texNumber', () => {
  test('a tiny number is a power of ten, not the variable e', () => {
    expect(texNumber(1.5e-9, 8)).toBe('1.5\\times 10^{-9}');
    const rendered = mathml(texNumber(-2.5e-2, 0));
    expect(rendered).not.toContain('<mi>e</mi>');
    expect(rendered).toContain('<mo>×</mo>');
  });

  test('a huge number too', () => {
    expect(texNumber(3e12, 8)).toBe('3\\times 10^{12}');
  });

  test('plain numbers are unchanged', () => {
    expect(texNumber(-0.11033497, 8)).toBe('-0.11033497');
    expect(texNumber(0.1, 8)).toBe('0.1');
  });

  test('infinities and NaN are symbols', () => {
    expect(mathml(texNumber(Infinity, 8))).toContain('∞');
    expect(mathml(texNumber(-Infinity, 8))).toContain('∞');
    expect(mathml(texNumber(NaN, 8))).toContain('NaN');
    expect(mathml(texNumber(Infinity, 8))).not.toContain('<mi>I</mi>');
  });
});
