import { describe, expect, it } from 'vitest';
import { networkFromFile, sampleFromFile } from '../../src/engine/network';
import { trace as computeTrace } from '../../src/engine/trace';
import { fitLayout } from '../../src/graph/fitLayout';
import { canFollow, followView, WHOLE, type View } from '../../src/graph/followStep';
import type { GraphLayout } from '../../src/graph/layout';
import { viewBoxFit } from '../../src/graph/viewFit';
import { findPreset } from '../../src/presets';

const file = findPreset('dyda')!.file;
const dyda = computeTrace(networkFromFile(file), sampleFromFile(file));
/** The graph's box in a 390 px phone's panel, under its toolbar; and in a 1280 px window's. */
const PHONE = { width: 340, height: 300 };
const DESK = { width: 690, height: 290 };

/** Where layout x or y lands on screen (px from the panel's left or top) under `view`, as the svg draws it. */
function onScreen(layout: GraphLayout, panel: { width: number; height: number }, view: View) {
  const fit = viewBoxFit(panel.width, panel.height, layout.width, layout.height);
  return {
    x: (x: number) => fit.offsetX + fit.scale * (view.k * x + view.x),
    y: (y: number) => fit.offsetY + fit.scale * (view.k * y + view.y),
    scale: fit.scale * view.k,
  };
}

describe('followView(layout, width, height, step): a narrow panel zoomed to the step’s layers', () => {
  const layout = fitLayout([2, 2, 2], 'first', { ...PHONE, digits: 8 });

  it('on a phone, shows each step’s two layers whole, across the panel, at a readable size', () => {
    expect(layout.nodeLabels).toBe(true);
    const whole = viewBoxFit(PHONE.width, PHONE.height, layout.width, layout.height).scale;
    expect(whole).toBeLessThan(0.6); // 13 px numbers at 7 px: why it follows
    for (const step of dyda.steps) {
      const view = followView(layout, PHONE.width, PHONE.height, step);
      const screen = onScreen(layout, PHONE, view);
      expect(screen.scale, `step ${step.index}`).toBeGreaterThanOrEqual(0.75);
      expect(screen.scale).toBeLessThanOrEqual(1 + 1e-9);
      // every neuron of the step's two layers inside the panel, circle and all
      const shown = layout.nodes.filter((n) => n.layer === step.layer || n.layer === step.layer - 1);
      for (const n of shown) {
        expect(screen.x(n.x - n.r), `${n.id} at step ${step.index}`).toBeGreaterThanOrEqual(-0.5);
        expect(screen.x(n.x + n.r)).toBeLessThanOrEqual(PHONE.width + 0.5);
        expect(screen.y(n.y - n.r)).toBeGreaterThanOrEqual(-0.5);
        expect(screen.y(n.y + n.r)).toBeLessThanOrEqual(PHONE.height + 0.5);
      }
      // and the weight labels of its W^h
      for (const e of layout.edges.filter((edge) => edge.layer === step.layer && edge.label)) {
        expect(screen.x(e.label!.x)).toBeGreaterThanOrEqual(-0.5);
        expect(screen.x(e.label!.x + e.label!.width)).toBeLessThanOrEqual(PHONE.width + 0.5);
      }
      // no blank beyond the drawing's sides: its left edge at or left of the panel's, its right at or right of it
      expect(screen.x(0)).toBeLessThanOrEqual(0.5);
      expect(screen.x(layout.width)).toBeGreaterThanOrEqual(PHONE.width - 0.5);
    }
  });

  it('the two steps of a forward layer share one view: the drawing moves once a layer', () => {
    const [preActivation, activation] = dyda.steps;
    expect(followView(layout, PHONE.width, PHONE.height, activation)).toEqual(
      followView(layout, PHONE.width, PHONE.height, preActivation),
    );
  });

  it('the whole network at the start, at the desk, and where the drawing is readable whole', () => {
    expect(followView(layout, PHONE.width, PHONE.height, undefined)).toEqual(WHOLE);
    const desk = fitLayout([2, 2, 2], 'first', { ...DESK, digits: 8 });
    expect(canFollow(desk, DESK.width, DESK.height)).toBe(false);
    for (const step of dyda.steps) expect(followView(desk, DESK.width, DESK.height, step)).toEqual(WHOLE);
    // a wide drawing at the desk, too small whole (A[2,3,3,1] at ~0.6): the teacher's view stays as set
    const deep = fitLayout([2, 3, 3, 1], 'first', { ...DESK, digits: 8 });
    expect(canFollow(deep, DESK.width, DESK.height)).toBe(false);
    // a big network's compact drawing writes no numbers in its circles: nothing to follow
    const big = fitLayout([784, 128, 64, 10], 'first', { ...PHONE, digits: 8 });
    expect(canFollow(big, PHONE.width, PHONE.height)).toBe(false);
  });

  it('a 360 px phone keeps Dyda’s numbers (followed) where it drew unlabelled dots', () => {
    const small = { width: 300, height: 250 };
    expect(fitLayout([2, 2, 2], 'first', { ...small, digits: 8 }).nodeLabels).toBe(true);
    // where even two layers would not read, the compact drawing as before
    expect(fitLayout([2, 3, 3, 2], 'first', { ...small, digits: 8 }).nodeLabels).toBe(false);
  });
});
