// The editor's pure helpers: typed numbers, scrub steps, layer lists and seeded redraws.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { initWeights } from '../../src/engine/random';
import { findPreset } from '../../src/presets';
import { parseTyped, parseWhole } from '../../src/ui/editor/parseTyped';
import { parseLayers, reinitialise } from '../../src/ui/editor/randomEdits';
import { scrubbed } from '../../src/ui/editor/scrub';

describe('parseTyped', () => {
  test.each([
    ['0.25', 0.25],
    [' -1 ', -1],
    ['−0.5', -0.5],
    ['+3', 3],
    ['.5', 0.5],
    ['2.', 2],
    ['1e-3', 0.001],
    ['6.02E2', 602],
  ])('%j is %d', (text, value) => expect(parseTyped('w', text)).toBe(value));

  test.each(['', ' ', 'abc', '0x10', '1,5', '0..5', 'Infinity', 'NaN', '--1', '1 2'])(
    '%j is refused, naming the field and the text',
    (text) =>
      expect(parseTyped('input[0]', text)).toBe(`input[0]: expected a number such as 0.25, got "${text}"`),
  );

  test.each(['1e400', '-1e999', '2e308'])('%j is refused as too large, not as no number', (text) =>
    expect(parseTyped('w', text)).toBe(
      `w: "${text}" is too large (the largest is about ±1.8e308); expected a number such as 0.25`,
    ),
  );

  test('parseWhole wants a whole number', () => {
    expect(parseWhole('seed', '7')).toBe(7);
    expect(parseWhole('seed', '7.5')).toBe('seed: expected a whole number, got "7.5"');
    expect(parseWhole('seed', 'x')).toBe('seed: expected a whole number, got "x"');
  });

  test('any finite number written by String() reads back as itself', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        expect(parseTyped('w', String(x))).toBe(x === 0 ? 0 : x); // String(-0) is "0"
      }),
    );
  });
});

describe('scrubbed', () => {
  test('moves a step a pixel, keeping the decimals short', () => {
    expect(scrubbed(0.15, 1, false)).toBe(0.16);
    expect(scrubbed(-0.25, 40, false)).toBe(0.15);
    expect(scrubbed(0.15, 7, true)).toBe(0.157);
    expect(scrubbed(0.157, 1, false)).toBe(0.167); // what was typed is not rounded away
    expect(scrubbed(0.0187316942, -2, false)).toBe(-0.0012683058);
    expect(scrubbed(1, 2.6, false)).toBe(1.03); // whole pixels
  });
});

describe('parseLayers and reinitialise', () => {
  test('parseLayers takes what a ?layers= link takes', () => {
    expect(parseLayers('4, 8,8,3')).toEqual([4, 8, 8, 3]);
    for (const bad of ['4', '4,0', '4,-1', '4,2.5', 'a,b', ''])
      expect(parseLayers(bad)).toMatch(/^layers: expected at least two positive whole numbers/);
  });

  test('reinitialise redraws every weight from the seed, keeping the rest and recording seed and scheme', () => {
    const lecture = findPreset('lecture-342')!.file;
    const result = reinitialise(lecture, 11, 'uniform');
    expect(result).toEqual({
      ok: true,
      file: {
        ...lecture,
        weights: initWeights(lecture.layers, lecture.bias, { seed: 11, scheme: 'uniform' }),
        seed: 11,
        init: 'uniform',
      },
    });
    expect(reinitialise(lecture, 1.5, 'he')).toEqual({
      ok: false,
      error: 'seed: expected a whole number, got 1.5',
    });
  });
});
