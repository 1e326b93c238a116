// The pulses that show the direction of a step's flow, in Chromium: one per edge of the step's layer (bias edges
// only forward), animated on transform and opacity alone (what the compositor runs without the page's main
// thread, issue 6), and running from one end of their edge to the other, at every zoom.
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, test } from 'vitest';
import { FLOW_DWELL_MS } from '../../src/graph/drawFlow';
import { closeBrowser, openPage } from './browser';

afterAll(closeBrowser);

interface PulseAt {
  edge: string;
  direction: string;
  properties: string[];
  /** The pulse's centre, and where its edge leaves its first neuron's disc and reaches its second's, on screen. */
  centre: [number, number];
  from: [number, number];
  to: [number, number];
}

/** Every running pulse, paused `ms` into its run, with where it is and where its edge runs from rim to rim. */
function pulsesAt(page: Page, ms: number): Promise<PulseAt[]> {
  return page.evaluate((time) => {
    const svg = document.querySelector<SVGSVGElement>('svg.network-graph')!;
    return [...document.querySelectorAll<HTMLElement>('.pulse-layer .pulse')].map((pulse) => {
      const run = pulse.getAnimations()[0]!;
      run.pause();
      run.currentTime = time;
      const box = pulse.getBoundingClientRect();
      const line = svg.querySelector<SVGLineElement>(`g.edge[data-id="${pulse.dataset.edge}"] .edge-line`)!;
      const matrix = line.getScreenCTM()!;
      const end = (x: number, y: number): [number, number] => {
        const p = new DOMPoint(x, y).matrixTransform(matrix);
        return [p.x, p.y];
      };
      const keys = ['x1', 'y1', 'x2', 'y2'] as const;
      const [x1, y1, x2, y2] = keys.map((k) => line[k].baseVal.value) as [number, number, number, number];
      const [a, b] = [end(x1, y1), end(x2, y2)];
      // The disc centred on an end of the edge, and its radius on screen.
      const radiusAt = ([x, y]: [number, number]) => {
        for (const disc of svg.querySelectorAll('.node circle.disc')) {
          const r = disc.getBoundingClientRect();
          if (Math.hypot(r.left + r.width / 2 - x, r.top + r.height / 2 - y) < 0.5) return r.width / 2;
        }
        return 0;
      };
      const length = Math.hypot(b[0] - a[0], b[1] - a[1]);
      const towards = (p: [number, number], q: [number, number], d: number): [number, number] => [
        p[0] + ((q[0] - p[0]) * d) / length,
        p[1] + ((q[1] - p[1]) * d) / length,
      ];
      return {
        edge: pulse.dataset.edge!,
        direction: pulse.classList.contains('forward') ? 'forward' : 'backward',
        properties: [
          ...new Set(
            (run.effect as KeyframeEffect)
              .getKeyframes()
              .flatMap((k) =>
                Object.keys(k).filter(
                  (p) => !['offset', 'easing', 'composite', 'computedOffset'].includes(p),
                ),
              ),
          ),
        ].sort(),
        centre: [box.left + box.width / 2, box.top + box.height / 2],
        from: towards(a, b, radiusAt(a)),
        to: towards(b, a, radiusAt(b)),
      };
    });
  }, ms);
}

const stepName = (page: Page) => page.locator('[data-testid="step-name"]').innerText();

const near = (a: [number, number], b: [number, number]) => Math.hypot(a[0] - b[0], a[1] - b[1]);

describe('pulses along the flow', () => {
  test('forward: one per edge of W^1, bias included, from X^0 to Y^1, on the compositor; zoomed too', async () => {
    const { page, errors, close } = await openPage('/?preset=dyda');
    try {
      await page.locator('svg.network-graph g.node').first().waitFor();
      await page.keyboard.press('ArrowRight'); // 1/14: Y^1 = W^1 X^0
      await expect.poll(async () => (await pulsesAt(page, 0)).length).toBe(6);
      const atStart = await pulsesAt(page, 0);
      expect(new Set(atStart.map((p) => p.edge)).size).toBe(6);
      for (const pulse of atStart) {
        expect(pulse.edge).toMatch(/^1:/);
        expect(pulse.direction).toBe('forward');
        expect(pulse.properties).toEqual(['opacity', 'transform']);
        expect(near(pulse.centre, pulse.from), `${pulse.edge} starts on X^0's rim`).toBeLessThan(1.5);
      }
      for (const pulse of await pulsesAt(page, 900))
        expect(near(pulse.centre, pulse.to), `${pulse.edge} ends on Y^1's rim`).toBeLessThan(1.5);
      // Eased in: a quarter of the time in, well under a quarter of the way (d3's easeCubicInOut gives 1/16).
      for (const pulse of await pulsesAt(page, 225)) {
        const way = near(pulse.centre, pulse.from) / near(pulse.to, pulse.from);
        expect(way, `${pulse.edge} eased`).toBeGreaterThan(0.02);
        expect(way, `${pulse.edge} eased`).toBeLessThan(0.15);
      }

      // Zoomed in, the pulses follow the graph.
      await page.getByRole('button', { name: 'Zoom in' }).click();
      await page.waitForTimeout(400);
      await page.keyboard.press('ArrowRight'); // 2/14: X^1 = σ(Y^1), no flow along edges
      await expect.poll(async () => (await pulsesAt(page, 0)).length).toBe(0);
      await page.keyboard.press('ArrowRight'); // 3/14: Y^2 = W^2 X^1
      await expect.poll(async () => (await pulsesAt(page, 0)).length).toBe(6);
      for (const pulse of await pulsesAt(page, 450)) {
        const middle: [number, number] = [
          (pulse.from[0] + pulse.to[0]) / 2,
          (pulse.from[1] + pulse.to[1]) / 2,
        ];
        // easeCubicInOut is half way at half time
        expect(near(pulse.centre, middle), `${pulse.edge} half way when zoomed`).toBeLessThan(1.5);
      }
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  test('backward: δup_1 = (W♯^2)^T δdown_2 runs back along the four weights, not the bias', async () => {
    const { page, errors, close } = await openPage('/?preset=dyda&step=7');
    try {
      await page.locator('svg.network-graph g.node').first().waitFor();
      await page.keyboard.press('ArrowRight'); // 9/14: δup^1
      await expect.poll(() => stepName(page)).toMatch(/^9\/14/);
      await expect.poll(async () => (await pulsesAt(page, 0)).length).toBe(4);
      for (const pulse of await pulsesAt(page, 0)) {
        expect(pulse.edge).toMatch(/^2:[12]->/);
        expect(pulse.direction).toBe('backward');
        expect(near(pulse.centre, pulse.to), `${pulse.edge} starts on Y^2's rim`).toBeLessThan(1.5);
      }
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  test('a layer of A[784,128,64,10] pulses along 48 of its edges, evenly spread', async () => {
    const { page, errors, close } = await openPage('/?layers=784,128,64,10&seed=1');
    try {
      await page.locator('svg.network-graph .node').first().waitFor();
      await page.keyboard.press('ArrowRight'); // Y^1 = W^1 X^0: 9 × 8 drawn edges of 100,480
      const count = () => page.locator('.pulse-layer .pulse').count();
      await expect.poll(count).toBe(48);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  test('none when the reader asks for less motion', async () => {
    const { page, errors, close } = await openPage('/?preset=dyda', { reducedMotion: 'reduce' });
    try {
      await page.locator('svg.network-graph g.node').first().waitFor();
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => stepName(page)).toMatch(/^1\/14/);
      // past the dwell, when the dots would have started
      await page.waitForTimeout(FLOW_DWELL_MS + 400);
      expect(await page.locator('.pulse-layer .pulse').count()).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  test('a new layout while the dots run (the window resized) starts them again, on its edges', async () => {
    const { page, errors, close } = await openPage('/?preset=dyda');
    try {
      await page.locator('svg.network-graph g.node').first().waitFor();
      const dots = () => page.locator('.pulse-layer .pulse').count();
      const firstDisc = () =>
        page.evaluate(() => {
          const r = document.querySelector('svg.network-graph .node circle.disc')!.getBoundingClientRect();
          return [r.left + r.width / 2, r.top + r.height / 2] as [number, number];
        });
      await page.keyboard.press('ArrowRight'); // 1/14: Y^1 = W^1 X^0
      await expect.poll(dots).toBe(6); // running (not paused, as pulsesAt leaves them)
      const before = await firstDisc();
      // narrower and shorter: the graph is laid out anew, and the old layout's dots would run off its edges
      await page.setViewportSize({ width: 1100, height: 700 });
      await expect.poll(dots).toBe(0);
      await expect.poll(dots, { timeout: 3000 }).toBe(6);
      expect(near(await firstDisc(), before), 'the neurons moved with the layout').toBeGreaterThan(5);
      for (const pulse of await pulsesAt(page, 0))
        expect(near(pulse.centre, pulse.from), `${pulse.edge} starts on X^0's rim`).toBeLessThan(1.5);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  test('pressing through steps faster than the dwell shows no dots; staying on a step starts them', async () => {
    const { page, errors, close } = await openPage('/?preset=dyda');
    try {
      await page.locator('svg.network-graph g.node').first().waitFor();
      const dots = () => page.locator('.pulse-layer .pulse').count();
      await page.keyboard.press('ArrowRight'); // 1/14: Y^1 = W^1 X^0
      await expect.poll(() => stepName(page)).toMatch(/^1\/14/);
      expect(await dots()).toBe(0);
      await page.keyboard.press('ArrowRight'); // 2/14, at once: 1/14's dots never start
      await page.keyboard.press('ArrowRight'); // 3/14: Y^2 = W^2 X^1
      await expect.poll(() => stepName(page)).toMatch(/^3\/14/);
      await page.waitForTimeout(FLOW_DWELL_MS / 3);
      expect(await dots()).toBe(0);
      // the reader stays: Y^2's dots run along W^2's six edges
      await expect.poll(dots, { timeout: 3000 }).toBe(6);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});
