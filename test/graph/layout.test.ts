import { describe, expect, it } from 'vitest';
import type { BiasLayout } from '../../src/engine/types';
import { computeLayout, intersects, labelWidth, type Box, type GraphLayout } from '../../src/graph/layout';
import { fitLayout, MIN_LABELLED_SCALE } from '../../src/graph/fitLayout';
import { boxMeetsCircle } from '../../src/graph/placeLabels';
import { viewBoxFit } from '../../src/graph/viewFit';
import { PRESETS } from '../../src/presets';

const inside = (box: Box, layout: GraphLayout) =>
  box.x >= 0 && box.y >= 0 && box.x + box.width <= layout.width && box.y + box.height <= layout.height;

/** Every problem with a layout's labels: overlaps with each other or a circle, or past the drawing's edge. */
function labelProblems(layout: GraphLayout): string[] {
  const problems: string[] = [];
  const labelled = layout.edges.filter((e) => e.label);
  labelled.forEach((a, k) => {
    if (!inside(a.label!, layout)) problems.push(`${a.id} runs off the edge`);
    for (const b of labelled.slice(k + 1))
      if (intersects(a.label!, b.label!)) problems.push(`${a.id} overlaps ${b.id}`);
    for (const n of layout.nodes) if (boxMeetsCircle(a.label!, n)) problems.push(`${a.id} covers ${n.id}`);
  });
  for (const n of layout.nodes)
    if (n.x - n.r < 0 || n.y - n.r < 0 || n.x + n.r > layout.width || n.y + n.r > layout.height)
      problems.push(`${n.id} runs off the edge`);
  return problems;
}

describe('computeLayout(layers, bias, options)', () => {
  const sizes = [{}, { width: 700, height: 400 }, { width: 560, height: 300 }, { width: 1200, height: 700 }];
  for (const preset of PRESETS) {
    const { layers, bias = 'first' } = preset.file as { layers: number[]; bias?: BiasLayout };
    for (const size of sizes) {
      it(`${preset.name} ${JSON.stringify(size)}: every weight labelled at 8 digits, no overlap, none off the edge`, () => {
        const layout = computeLayout(layers, bias, { ...size, digits: 8 });
        expect(layout.edges.filter((e) => e.label === null).map((e) => e.id)).toEqual([]);
        expect(labelProblems(layout)).toEqual([]);
        expect(layout.nodeLabels).toBe(true);
      });
    }
  }

  it('A[4,8,8,3] (a ?layers= network) still labels or hides labels without overlap', () => {
    const layout = computeLayout([4, 8, 8, 3], 'first', { width: 700, height: 400 });
    expect(labelProblems(layout)).toEqual([]);
    expect(layout.edges).toHaveLength(5 * 8 + 9 * 8 + 9 * 3);
  });

  it('A[64,32,10] goes compact: small unlabelled circles, weights on hover only', () => {
    const layout = computeLayout([64, 32, 10], 'first', { width: 700, height: 400 });
    expect(layout.nodeLabels).toBe(false);
    expect(layout.edges.every((e) => e.label === null)).toBe(true);
    expect(layout.edges).toHaveLength(65 * 32 + 33 * 10);
    expect(Math.max(...layout.nodes.map((n) => n.r))).toBeLessThanOrEqual(12);
  });

  it('a narrow panel: the compact drawing writes its weight captions a line under the layer captions', () => {
    // A 360 px phone's graph (about 300 × 250): A[2,3,3,2] goes compact (Dyda's 2-2-2 no longer: followed step
    // by step, followStep.test.ts), its columns closer than a long layer caption ("δ⁽²⁾ · ∂L/∂a⁽²⁾", 124 px at
    // 15 px) beside a weight caption; the drawing grows by that line.
    const narrow = fitLayout([2, 3, 3, 2], 'first', { width: 300, height: 250, digits: 8 });
    expect(narrow.nodeLabels).toBe(false);
    expect(narrow.edgeCaptionY).toBeGreaterThan(narrow.captionY + 10);
    expect(narrow.edgeCaptionY).toBeLessThanOrEqual(narrow.height);
    // Two layer captions side by side keep clear of each other in the compact drawing too.
    const gaps = narrow.columns.slice(1).map((c, k) => c.x - narrow.columns[k]!.x);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(124 + 8);
    // A compact network of four layers at the desk (columns ~190 units apart) staggers too, and the line comes
    // out of the panel's height: the drawing still fits it.
    const deep = fitLayout([4, 8, 8, 3], 'first', { width: 690, height: 290, digits: 8 });
    expect(deep.edgeCaptionY).toBeGreaterThan(deep.captionY);
    expect(deep.height).toBeCloseTo(290, 5);
    // At 1280 px the columns are far apart: one line of captions, as the handout reads.
    const wide = fitLayout([2, 2, 2], 'first', { width: 700, height: 330, digits: 8 });
    expect(wide.nodeLabels).toBe(true);
    expect(wide.edgeCaptionY).toBe(wide.captionY);
  });

  it('A[784,128,64,10] in the graph panel of a 1280 px window is drawn near 1:1, so its captions are read', () => {
    // 65 units in its third column: with 3-unit circles 2 apart the drawing was twice the panel's height, shown at
    // half size with 7 px captions. Smaller circles closer together: the same dots on screen, captions at size.
    const size = { width: 690, height: 290 };
    const layout = fitLayout([784, 128, 64, 10], 'first', { ...size, digits: 8 });
    const fit = viewBoxFit(size.width, size.height, layout.width, layout.height).scale;
    expect(fit).toBeGreaterThan(0.85);
    const radii = layout.nodes.map((n) => n.r);
    expect(Math.min(...radii) * fit, 'a dot still a dot on screen').toBeGreaterThanOrEqual(1.25);
    // lines thinned with the circles, so a line keeps its width beside its dot; full width from 3-unit circles up
    expect(layout.lineScale).toBeLessThan(1);
    expect(fitLayout([64, 32, 10], 'first', { width: 1400, height: 900 }).lineScale).toBe(1);
  });

  it('a compact drawing leaves room right of its output column for values far enough apart to read', () => {
    const size = { width: 690, height: 290, digits: 8 };
    const rightOf = (layers: number[]) => {
      const layout = fitLayout(layers, 'first', size);
      const output = layout.columns.at(-1)!.x;
      const r = layout.nodes.find((n) => n.layer === layers.length - 1)!.r;
      return layout.width - output - r;
    };
    // one output neuron, or three: an 8-decimal value (11 characters at 13 px) fits
    expect(rightOf([2, 8, 8, 1])).toBeGreaterThanOrEqual(labelWidth(8, 13));
    expect(rightOf([2, 16, 3])).toBeGreaterThanOrEqual(labelWidth(8, 13));
    // ten outputs 11 units apart, or 64 4 units apart, are too close to read at fit: the caption's half only
    expect(rightOf([784, 128, 64, 10])).toBeLessThan(labelWidth(8, 13));
    expect(rightOf([20, 64])).toBeLessThan(labelWidth(8, 13));
    // nor where the room would make the drawing wider than the panel, scaled down so that the value no longer
    // fits (a phone, a narrow window): a blank strip, and every circle smaller
    const narrow = fitLayout([2, 8, 8, 1], 'first', { width: 520, height: 290, digits: 8 });
    expect(narrow.width - narrow.columns.at(-1)!.x - narrow.nodes.at(-1)!.r).toBeLessThan(labelWidth(8, 13));
  });

  const order = (layout: GraphLayout, h: number) =>
    layout.nodes
      .filter((n) => n.layer === h)
      .sort((a, b) => a.y - b.y)
      .map((n) => n.id);

  it('bias first (Dyda): the grey unit tops every column but the output, and feeds column 0 of W', () => {
    const layout = computeLayout([2, 2, 2], 'first');
    expect(order(layout, 0)).toEqual(['b:0', 'n:0:0', 'n:0:1']);
    expect(order(layout, 1)).toEqual(['b:1', 'n:1:0', 'n:1:1']);
    expect(order(layout, 2)).toEqual(['n:2:0', 'n:2:1']);
    expect(layout.edges.find((e) => e.source === 'b:0' && e.target === 'n:1:1')?.id).toBe('1:0->1');
    expect(layout.edges.find((e) => e.source === 'n:1:0' && e.target === 'n:2:0')?.id).toBe('2:1->0');
  });

  it('bias last (Boughammoura Remark 1): the unit closes each column and feeds the last column of W', () => {
    const layout = computeLayout([1, 2, 1], 'last');
    expect(order(layout, 0)).toEqual(['n:0:0', 'b:0']);
    expect(order(layout, 1)).toEqual(['n:1:0', 'n:1:1', 'b:1']);
    expect(layout.edges.find((e) => e.source === 'b:1')?.id).toBe('2:2->0');
    expect(layout.edges.find((e) => e.source === 'n:0:0' && e.target === 'n:1:1')?.id).toBe('1:0->1');
  });

  it('bias none: no bias unit and N_h × N_{h-1} edges', () => {
    const layout = computeLayout([3, 4, 2], 'none');
    expect(layout.nodes.some((n) => n.bias)).toBe(false);
    expect(layout.edges).toHaveLength(3 * 4 + 4 * 2);
    expect(labelProblems(layout)).toEqual([]);
  });

  it('the bias unit is smaller than a neuron; layers run left to right', () => {
    const layout = computeLayout([2, 2, 2], 'first');
    const bias = layout.nodes.find((n) => n.bias)!;
    const neuron = layout.nodes.find((n) => !n.bias)!;
    expect(bias.r).toBeLessThan(neuron.r);
    const xs = layout.columns.map((c) => c.x);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
  });
});

describe('the loss J, top right', () => {
  it('sits low enough for its label size: a projector’s 27 px J is not cut off at the drawing’s top', () => {
    // J's top is about 0.75 of its size above its baseline; the drawing starts at y = 0
    const desk = computeLayout([2, 2, 2], 'first', { width: 700, height: 330 });
    expect(desk.lossY).toBe(18);
    const projector = computeLayout([2, 2, 2], 'first', {
      width: 1230,
      height: 440,
      fontSize: 27,
      digits: 4,
    });
    expect(projector.lossY - 0.75 * 27).toBeGreaterThanOrEqual(4);
    // and the neurons moved down with it: none reaches above J's baseline
    const top = Math.min(...projector.nodes.map((n) => n.y - n.r));
    expect(top).toBeGreaterThan(projector.lossY);
  });
});

describe('fitLayout(layers, bias, options)', () => {
  it('keeps labelled circles when they fit at a readable scale (Dyda, lecture-342 in a 700 × 340 panel)', () => {
    expect(fitLayout([2, 2, 2], 'first', { width: 700, height: 340 }).nodeLabels).toBe(true);
    expect(fitLayout([3, 4, 2], 'first', { width: 700, height: 340 }).nodeLabels).toBe(true);
  });

  it('keeps presentation mode’s label size on a projector, and the desk’s where a phone’s panel follows the steps', () => {
    const projector = fitLayout([2, 2, 2], 'first', { width: 1230, height: 440, digits: 4, fontSize: 27 });
    expect([projector.nodeLabels, projector.fontSize]).toEqual([true, 27]);
    // 27 px labels in a 340 × 290 phone panel came out compact (dots, no numbers); the desk's 13 px are followed.
    const projected = computeLayout([2, 2, 2], 'first', { width: 340, height: 290, digits: 4, fontSize: 27 });
    expect(fitLayout([2, 2, 2], 'first', { width: 340, height: 290, digits: 4, fontSize: 27 })).toMatchObject(
      {
        nodeLabels: true,
        fontSize: 13,
      },
    );
    expect(Math.min(340 / projected.width, 290 / projected.height)).toBeLessThan(MIN_LABELLED_SCALE);
    // A big network is compact at either size: it keeps the projector's.
    expect(fitLayout([64, 32, 10], 'first', { width: 340, height: 290, fontSize: 27 }).fontSize).toBe(27);
  });

  it('draws A[4,8,8,3] compact in the same panel, where its labels would shrink below the readable scale', () => {
    const labelled = computeLayout([4, 8, 8, 3], 'first', { width: 700, height: 340 });
    expect(Math.min(700 / labelled.width, 340 / labelled.height)).toBeLessThan(MIN_LABELLED_SCALE);
    const fitted = fitLayout([4, 8, 8, 3], 'first', { width: 700, height: 340 });
    expect(fitted.nodeLabels).toBe(false);
    expect(Math.min(700 / fitted.width, 340 / fitted.height)).toBeGreaterThan(0.9);
  });
});
