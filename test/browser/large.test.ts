// Issue 6: A[784,128,64,10] opens legible and responsive. Collapsed layers with their "+N neurons" handles, the
// canvas of edges once a layer is expanded, hover over a canvas edge, stepping with the keyboard, and
// screenshots at three zoom levels (fit, mid, close-up). No timings here: those are the benchmark's.
import type { Page } from 'playwright-core';
import { afterAll, expect, test } from 'vitest';
import { closeBrowser, openPage, screenshot } from './browser';

afterAll(closeBrowser);

const BIG = '/?layers=784,128,64,10&seed=1';

/** The centre of an element in page coordinates. */
async function centreOf(page: Page, selector: string) {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`${selector} is not on screen`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Wheel-zooms the graph about a point until d3-zoom's scale has grown by `factor`, and lets it settle. */
async function zoomAt(page: Page, at: { x: number; y: number }, factor: number) {
  await page.mouse.move(at.x, at.y);
  // d3-zoom scales by 2^(−Δy · 0.002) per wheel event
  for (let left = Math.log2(factor); left > 0; left -= 1) {
    await page.mouse.wheel(0, -500 * Math.min(1, left));
    await page.waitForTimeout(60);
  }
  await page.waitForTimeout(400); // the gesture ends (d3-zoom waits 150 ms), the canvas repaints
  await page.mouse.move(5, 5); // no tooltip over the picture
}

test('A[784,128,64,10]: collapsed handles, values by zoom, canvas edges once expanded, hover, keyboard steps', async () => {
  const { page, errors, close } = await openPage(BIG, { viewport: { width: 1280, height: 800 } });
  try {
    const graph = page.getByTestId('network-graph');
    await graph.locator('[data-id="n:3:9"]').waitFor();
    // Collapsed: 784 → first/last 4 around "+776 neurons", 128 → "+120 neurons"; 64 and 10 whole.
    const handles = graph.locator('.layer-handle');
    expect(await handles.allTextContents()).toEqual(['+776 neurons', '+120 neurons']);
    expect(await graph.locator('[data-id^="n:0:"]').count()).toBe(8);
    expect(await graph.locator('[data-id^="n:2:"]').count()).toBe(64);
    // 9 × 8 + 9 × 64 + 65 × 10 = 1,298 edges, past the canvas threshold: on the canvas, none in the svg
    expect(await graph.locator('g.edge').count()).toBe(0);
    expect(await page.locator('canvas.graph-edges-canvas').isVisible()).toBe(true);
    // The canvas lies exactly under the svg (placed by the panel's exact size, as the svg's viewBox is): a
    // rounded size left its edges a few pixels off their neurons.
    const boxes = await page.evaluate(() =>
      ['canvas.graph-edges-canvas', 'svg.network-graph'].map((selector) => {
        const r = document.querySelector(selector)!.getBoundingClientRect();
        return [r.left, r.top, r.width, r.height];
      }),
    );
    boxes[0]!.forEach((v, k) => expect(v, `canvas box ${k}`).toBeCloseTo(boxes[1]![k]!, 1));
    for (let k = 0; k < 3; k++) await page.keyboard.press('ArrowRight');
    await page.mouse.move(5, 5);

    // Three zoom levels. At fit the small circles carry no numbers; zooming on the 64-neuron column writes its
    // values beside the neurons in view once they are far enough apart to read.
    const labels = graph.locator('.zoom-label');
    expect(await labels.count()).toBe(0);
    await screenshot(page, 'large-fit');
    // The "+N neurons" pills keep their size on screen, as the labels do: 12.5× their size, one ran off the panel.
    const pillHeights = () =>
      handles.locator('rect').evaluateAll((rs) => rs.map((r) => r.getBoundingClientRect().height));
    const atFit = await pillHeights();
    await zoomAt(page, await centreOf(page, '[data-id="n:2:40"]'), 5);
    await screenshot(page, 'large-mid');
    expect(await labels.count()).toBeGreaterThan(5);
    await zoomAt(page, await centreOf(page, '[data-id="n:2:40"]'), 2.5);
    await screenshot(page, 'large-closeup');
    expect(await labels.first().textContent()).toMatch(/^−?\d\.\d+$/);
    (await pillHeights()).forEach((height, k) => expect(height).toBeCloseTo(atFit[k]!, 0));
    await page.getByRole('button', { name: 'Fit to view' }).click();
    await expect.poll(() => labels.count()).toBe(0);

    // The input layer's handle expands it: 785 × 8 + 9 × 64 + 65 × 10 = 7,506 edges go to the canvas.
    await handles.filter({ hasText: '+776 neurons' }).click();
    await graph.locator('[data-id="n:0:783"]').waitFor();
    expect(await graph.locator('[data-id^="n:0:"]').count()).toBe(784);
    expect(await handles.allTextContents()).toEqual(['+120 neurons']);
    expect(await graph.locator('g.edge').count()).toBe(0);
    const canvas = page.locator('canvas.graph-edges-canvas');
    expect(await canvas.isVisible()).toBe(true);
    // the canvas has edges painted on it: some pixels are not transparent
    const inked = await canvas.evaluate((c: HTMLCanvasElement) => {
      const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      let n = 0;
      for (let k = 3; k < data.length; k += 4) if (data[k]! > 0) n++;
      return n;
    });
    expect(inked).toBeGreaterThan(1000);
    // Shown where the handle was, at the scale the reader had: the first neurons it hid, apart enough to tell
    // (fitted whole, the 6,000-unit column was a grey bar, its captions specks).
    const gap = async () => {
      const [a, b] = await Promise.all([
        centreOf(page, '[data-id="n:0:4"]'),
        centreOf(page, '[data-id="n:0:5"]'),
      ]);
      return b.y - a.y;
    };
    await expect.poll(gap).toBeGreaterThan(8);
    const box = await graph.boundingBox();
    const first = await centreOf(page, '[data-id="n:0:4"]');
    expect(first.y).toBeGreaterThan(box!.y);
    expect(first.y).toBeLessThan(box!.y + box!.height);
    await screenshot(page, 'large-expanded');
    await page.getByRole('button', { name: 'Fit to view' }).click();
    await expect.poll(gap).toBeLessThan(2);
    await page.waitForTimeout(400); // the fit's transition, the canvas repainted
    await screenshot(page, 'large-expanded-fit');

    // Hover between two neurons of layers 2 and 3: the spatial index marks the nearest W³ edge, the tooltip
    // explains it, and the mark is the edge under the pointer.
    const from = await centreOf(page, '[data-id="n:2:31"]');
    const to = await centreOf(page, '[data-id="n:3:4"]');
    const at = { x: (from.x + to.x) / 2, y: (from.y + to.y) / 2 };
    await page.mouse.move(at.x - 5, at.y);
    await page.mouse.move(at.x, at.y);
    const mark = graph.locator('circle.canvas-edge.hover');
    await mark.waitFor();
    expect((await mark.getAttribute('data-id')) ?? '').toMatch(/^3:\d+->\d$/);
    const dot = await centreOf(page, 'circle.canvas-edge.hover');
    expect(Math.hypot(dot.x - at.x, dot.y - at.y)).toBeLessThan(8);
    const tooltip = page.getByTestId('graph-tooltip');
    await tooltip.waitFor();
    expect(await tooltip.textContent()).toMatch(/\d\.\d{3}/);
    await screenshot(page, 'large-hover');
    await page.mouse.move(5, 5);

    // Fold layers (shown only while a layer is whole): the handles come back, the input layer its 8 ends.
    const fold = page.getByRole('button', { name: 'Fold layers' });
    await fold.click();
    await expect.poll(() => handles.allTextContents()).toEqual(['+776 neurons', '+120 neurons']);
    expect(await graph.locator('[data-id^="n:0:"]').count()).toBe(8);
    expect(await fold.count()).toBe(0);

    // Every step with the keyboard, and back to the start.
    await graph.focus();
    const scrubber = page.getByRole('slider', { name: 'Step' });
    const steps = Number(await scrubber.getAttribute('max')) + 1;
    for (let k = 0; k < steps; k++) await page.keyboard.press('ArrowRight');
    await expect.poll(() => scrubber.inputValue()).toBe(String(steps - 1));
    await page.keyboard.press('Home');
    await expect.poll(() => scrubber.inputValue()).toBe('-1');
    expect(errors).toEqual([]);
  } finally {
    await close();
  }
}, 180_000); // many steps and zooms of a big page on a shared 2-core machine
