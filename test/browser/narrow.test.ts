// The app on a phone (390 and 360 px wide) and a tablet (768 px), in Chromium: nothing wider than the screen, the
// step's name on a line of its own, the graph's captions and values clear of each other and of the panel's edge,
// and the step buttons in reach wherever the page is scrolled.
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, test } from 'vitest';
import { closeBrowser, openPage, screenshot, untilStill } from './browser';

afterAll(closeBrowser);

type Rect = { left: number; top: number; right: number; bottom: number; text: string };

/** The shown graph's layer and weight captions and its zoom labels, as boxes on screen. */
function graphTexts(
  page: Page,
): Promise<{ captions: Rect[]; layerCaptions: Rect[]; values: Rect[]; panel: Rect }> {
  return page.evaluate(() => {
    const box = (element: Element): Rect => {
      const r = element.getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom, text: element.textContent ?? '' };
    };
    const svg = document.querySelector('svg.network-graph')!;
    return {
      captions: [...svg.querySelectorAll('text.caption, text.edge-caption')].map(box),
      layerCaptions: [...svg.querySelectorAll('text.caption')].map(box),
      values: [...svg.querySelectorAll('text.zoom-label')].map(box),
      panel: box(document.querySelector('.graph-area')!),
    };
  });
}

const meet = (a: Rect, b: Rect) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** Every pair of the boxes that overlap, as readable text. */
function overlaps(rects: Rect[]): string[] {
  const found: string[] = [];
  rects.forEach((a, k) => {
    for (const b of rects.slice(k + 1)) if (meet(a, b)) found.push(`"${a.text}" meets "${b.text}"`);
  });
  return found;
}

describe.each([
  { width: 390, height: 844 },
  { width: 360, height: 740 },
])('a phone, $width px', (viewport) => {
  test('Dyda: no sideways scroll, the step on its own line, captions apart, step buttons always in reach', async () => {
    const { page, errors, close } = await openPage('/?preset=dyda&step=9', {
      viewport,
      reducedMotion: 'reduce',
    });
    try {
      const stepName = page.getByTestId('step-name');
      await expect.poll(() => stepName.textContent()).toMatch(/^10\/14/);
      await page.locator('svg.network-graph [data-id^="n:"]').first().waitFor();
      const widths = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
      expect(widths[0], 'page width').toBeLessThanOrEqual(widths[1]!);

      // The step's name under the brand, the whole width of the screen: squeezed beside the buttons it broke
      // into four lines of a word or two.
      const [brand, name] = await Promise.all(
        ['.brand', '[data-testid="step-name"]'].map((s) => page.locator(s).boundingBox()),
      );
      expect(name!.y).toBeGreaterThanOrEqual(brand!.y + brand!.height - 1);
      expect(name!.x + name!.width).toBeLessThanOrEqual(viewport.width);

      // Too small to read whole (7 px numbers at fit), the drawing follows the step: step 10 writes δ⁽¹⁾ from
      // δup⁽¹⁾, so the view is zoomed to layers 0 and 1, their circles whole in the panel, the numbers readable.
      const follow = page.getByRole('button', { name: 'Follow' });
      await expect.poll(() => follow.getAttribute('aria-pressed')).toBe('true');
      const followed = await page.evaluate(() => {
        const panel = document.querySelector('.graph-box')!.getBoundingClientRect();
        const svg = document.querySelector('svg.network-graph')!;
        return [...svg.querySelectorAll('g.node')].map((node) => {
          const r = node.querySelector('circle')!.getBoundingClientRect();
          const text = node.querySelector('text');
          return {
            id: node.getAttribute('data-id') ?? '',
            inside: r.left >= panel.left - 0.5 && r.right <= panel.right + 0.5,
            textHeight: text ? text.getBoundingClientRect().height : 0,
          };
        });
      });
      const stepLayers = followed.filter((n) => /^(n|b):[01]\b/.test(n.id));
      expect(stepLayers.length).toBeGreaterThan(3);
      expect(stepLayers.filter((n) => !n.inside)).toEqual([]);
      const neuron = stepLayers.find((n) => n.id === 'n:1:0')!;
      expect(neuron.textHeight, 'a value’s text on screen, px').toBeGreaterThanOrEqual(10);
      await screenshot(page, `phone-${viewport.width}-dyda-followed`);

      // Fit: the whole network, which then stays through a step; its captions apart and inside the panel.
      await page.getByRole('button', { name: 'Fit to view' }).click();
      await expect.poll(() => follow.getAttribute('aria-pressed')).toBe('false');
      const viewport0 = () =>
        page.evaluate(() =>
          document.querySelector('svg.network-graph g.viewport')!.getAttribute('transform'),
        );
      await expect.poll(viewport0).toMatch(/^translate\(0,0\) scale\(1\)$/);
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => stepName.textContent()).toMatch(/^11\/14/);
      expect(await viewport0()).toMatch(/^translate\(0,0\) scale\(1\)$/);
      await page.keyboard.press('ArrowLeft');
      await expect.poll(() => stepName.textContent()).toMatch(/^10\/14/);
      // Step 10 writes δ⁽¹⁾ and reads δ⁽²⁾: the long captions "δ⁽¹⁾ · ∂L/∂a⁽¹⁾" and "δ⁽²⁾ · ∂L/∂a⁽²⁾" beside the
      // weight captions, none of them on another.
      const texts = await graphTexts(page);
      expect(texts.captions.map((c) => c.text).join(' ')).toContain('∂L/∂a⁽²⁾');
      expect(overlaps(texts.captions)).toEqual([]);
      for (const c of texts.captions) {
        expect(c.left, c.text).toBeGreaterThanOrEqual(texts.panel.left);
        expect(c.right, c.text).toBeLessThanOrEqual(texts.panel.right);
      }
      await screenshot(page, `phone-${viewport.width}-dyda`);
      // Follow again: zoomed back to the step's layers.
      await follow.click();
      await expect.poll(() => follow.getAttribute('aria-pressed')).toBe('true');
      await expect.poll(viewport0).not.toMatch(/scale\(1\)$/);
      // A tap on a neuron (for its formula) moves nothing: the view still follows.
      await page.locator('svg.network-graph g.node[data-id="n:1:0"]').click();
      await page.keyboard.press('Escape');
      expect(await follow.getAttribute('aria-pressed')).toBe('true');
      // Fit is kept through a redraw of the same network (other digits); the steps are followed again after.
      await page.getByRole('button', { name: 'Fit to view' }).click();
      await page.getByLabel('Digits').fill('6');
      await expect
        .poll(() => page.locator('svg.network-graph g.node[data-id="n:1:0"] text').first().textContent())
        .toMatch(/^0\.018732$/);
      expect(await follow.getAttribute('aria-pressed')).toBe('false');
      await expect.poll(viewport0).toMatch(/^translate\(0,0\) scale\(1\)$/);
      await page.getByLabel('Digits').fill('8');
      await follow.click();
      // The zoom keys on the focused graph are the reader's zoom too: + stops following, 0 shows the whole.
      await page.locator('svg.network-graph').focus();
      await page.keyboard.press('+');
      await expect.poll(() => follow.getAttribute('aria-pressed')).toBe('false');
      await page.keyboard.press('0');
      await expect.poll(viewport0).toMatch(/^translate\(0,0\) scale\(1\)$/);
      await follow.click();

      // At the top of the page, its end far below, the step buttons are on screen; scrolled to the matrices too,
      // and they step.
      const next = page.getByRole('button', { name: /Next/ });
      await page.evaluate(() => window.scrollTo(0, 0));
      expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeGreaterThan(
        viewport.height * 1.5,
      );
      const atTop = await next.boundingBox();
      expect(atTop!.y + atTop!.height).toBeLessThanOrEqual(viewport.height);
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      const box = await next.boundingBox();
      expect(box!.y + box!.height).toBeLessThanOrEqual(viewport.height);
      await next.click();
      await expect.poll(() => stepName.textContent()).toMatch(/^11\/14/);
      await page.evaluate(() => window.scrollTo(0, 600));
      const middle = await next.boundingBox();
      expect(middle!.y + middle!.height).toBeLessThanOrEqual(viewport.height);
      expect(middle!.y).toBeGreaterThanOrEqual(0);

      // Predict's question comes with the buttons, on screen, not after the settings at the page's end.
      await page.getByRole('button', { name: 'Predict' }).click();
      const guess = page.getByRole('region', { name: 'Predict the next value' }).getByRole('textbox');
      await guess.waitFor();
      const question = await guess.boundingBox();
      expect(question!.y).toBeGreaterThanOrEqual(0);
      expect(question!.y + question!.height).toBeLessThanOrEqual(viewport.height);

      // The header's menus and the keys card open inside the screen, over the sticky step buttons.
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.getByRole('button', { name: /Export/ }).click();
      const menu = await page.getByRole('menu').boundingBox();
      expect(menu!.x).toBeGreaterThanOrEqual(0);
      expect(menu!.x + menu!.width).toBeLessThanOrEqual(viewport.width);
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: /Keys/ }).click();
      const card = page.locator('.overlay-card');
      const cardBox = (await card.boundingBox())!;
      expect(cardBox.y).toBeGreaterThanOrEqual(0);
      expect(cardBox.y + cardBox.height).toBeLessThanOrEqual(viewport.height);
      // where the card and the sticky buttons share the screen, the card is the one seen
      const bar = (await page.locator('.step-controls').boundingBox())!;
      expect(cardBox.y + cardBox.height, 'the card reaches the buttons').toBeGreaterThan(bar.y);
      const onTop = await page.evaluate(
        ([x, y]) => document.elementFromPoint(x!, y!)?.closest('.overlay-card') !== null,
        [cardBox.x + cardBox.width / 2, (bar.y + cardBox.y + cardBox.height) / 2],
      );
      expect(onTop, 'the keys card is over the step buttons').toBe(true);
      await screenshot(page, `phone-${viewport.width}-keys`);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});

test('a phone, 390 px: one finger swiped over the graph scrolls the page; two fingers pan the graph', async () => {
  const { page, context, errors, close } = await openPage('/?preset=dyda&step=5', {
    viewport: { width: 390, height: 844 },
    hasTouch: true,
    isMobile: true,
    reducedMotion: 'reduce',
  });
  try {
    await page.locator('svg.network-graph g.node').first().waitFor();
    const follow = page.getByRole('button', { name: 'Follow' });
    const view = () =>
      page.evaluate(() => document.querySelector('svg.network-graph g.viewport')!.getAttribute('transform'));
    await expect.poll(() => follow.getAttribute('aria-pressed')).toBe('true');
    const before = await view();
    const box = (await page.locator('.graph-box').boundingBox())!;
    const x = box.x + box.width / 2;
    const y = box.y + box.height - 40;
    const cdp = await context.newCDPSession(page);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', points: { x: number; y: number }[]) =>
      cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points });
    // one finger, upwards: the page scrolls towards the equation; the drawing stays, still following
    await touch('touchStart', [{ x, y }]);
    for (let k = 1; k <= 10; k++) await touch('touchMove', [{ x, y: y - 15 * k }]);
    await touch('touchEnd', []);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(50);
    expect(await view()).toBe(before);
    expect(await follow.getAttribute('aria-pressed')).toBe('true');
    // two fingers moved together sideways, once the page has stopped scrolling: the graph pans, by hand, so it
    // no longer follows
    // (still for a quarter of a second: under load a fling's last slow pixels passed for stopped, and the two
    // fingers then went to the scroll)
    let last = -1;
    await expect
      .poll(
        async () => {
          const now = await page.evaluate(() => window.scrollY);
          const still = now === last;
          last = now;
          return still;
        },
        { interval: 250 },
      )
      .toBe(true);
    const top = (await page.locator('.graph-box').boundingBox())!.y + 120;
    await touch('touchStart', [
      { x: x - 40, y: top },
      { x: x + 40, y: top },
    ]);
    for (let k = 1; k <= 8; k++)
      await touch('touchMove', [
        { x: x - 40 - 10 * k, y: top },
        { x: x + 40 - 10 * k, y: top },
      ]);
    await touch('touchEnd', []);
    await expect.poll(view).not.toBe(before);
    expect(await follow.getAttribute('aria-pressed')).toBe('false');
    expect(errors).toEqual([]);
  } finally {
    await close();
  }
});

test('a phone, 390 px: Fit by hand is kept through a visit to the Train view', async () => {
  const { page, errors, close } = await openPage('/?preset=dyda&step=3', {
    viewport: { width: 390, height: 844 },
    reducedMotion: 'reduce',
  });
  try {
    const follow = page.getByRole('button', { name: 'Follow' });
    await expect.poll(() => follow.getAttribute('aria-pressed')).toBe('true');
    await page.getByRole('button', { name: 'Fit to view' }).click();
    await expect.poll(() => follow.getAttribute('aria-pressed')).toBe('false');
    await page.getByRole('tab', { name: 'Train' }).click();
    await page.getByRole('tab', { name: 'Step' }).click();
    // the graph is drawn again (the Train view unmounted it): the whole network, not followed
    await page.locator('svg.network-graph g.node').first().waitFor();
    await expect.poll(() => follow.getAttribute('aria-pressed')).toBe('false');
    const view = () =>
      page.evaluate(() => document.querySelector('svg.network-graph g.viewport')!.getAttribute('transform'));
    await expect.poll(view).toMatch(/^translate\(0,0\) scale\(1\)$/);
    expect(errors).toEqual([]);
  } finally {
    await close();
  }
});

/** How many pixels of two same-sized PNG screenshots differ by more than `tolerance` (|ΔR| + |ΔG| + |ΔB|). */
function pixelsApart(page: Page, a: Buffer, b: Buffer, tolerance: number): Promise<number> {
  return page.evaluate(
    async ([first, second, tolerance]) => {
      const pixels = async (base64: string) => {
        const image = new Image();
        image.src = `data:image/png;base64,${base64}`;
        await image.decode();
        const canvas = document.createElement('canvas');
        [canvas.width, canvas.height] = [image.width, image.height];
        const context = canvas.getContext('2d')!;
        context.drawImage(image, 0, 0);
        return context.getImageData(0, 0, image.width, image.height).data;
      };
      const [p, q] = await Promise.all([pixels(first), pixels(second)]);
      if (p.length !== q.length) return Infinity;
      let apart = 0;
      for (let k = 0; k < p.length; k += 4) {
        const d = Math.abs(p[k]! - q[k]!) + Math.abs(p[k + 1]! - q[k + 1]!) + Math.abs(p[k + 2]! - q[k + 2]!);
        if (d > tolerance) apart++;
      }
      return apart;
    },
    [a.toString('base64'), b.toString('base64'), tolerance] as const,
  );
}

test('a phone, 390 px: presentation mode fits the screen, the step named in full above its buttons', async () => {
  const { page, errors, close } = await openPage('/?preset=dyda&step=3&mode=present', {
    viewport: { width: 390, height: 844 },
    reducedMotion: 'reduce', // no flow dots: the panel's pixels are compared below
  });
  try {
    const name = page.locator('.present-step');
    await expect.poll(() => name.innerText()).toMatch(/^4\/14 forward · layer 2 · activation/);
    const widths = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
    expect(widths[0], 'page width').toBeLessThanOrEqual(widths[1]!);
    // all of the name shown (wrapped, not cut with an ellipsis), every button on screen
    expect(await name.evaluate((e) => e.scrollWidth <= e.clientWidth)).toBe(true);
    for (const box of await page
      .locator('.present-buttons button')
      .evaluateAll((buttons) => buttons.map((b) => b.getBoundingClientRect().right)))
      expect(box).toBeLessThanOrEqual(390);

    // The graph writes its numbers as at the desk, following the step: at the projector's label size it was
    // drawn compact in the phone's panel, dots with no number and captions running into each other.
    // (Presentation mode hides the graph's toolbar: the view follows by itself, zoomed in from the whole.)
    const view = () =>
      page.evaluate(() => document.querySelector('svg.network-graph g.viewport')!.getAttribute('transform'));
    await expect.poll(view).toMatch(/scale\((1\.\d*|[2-9][\d.]*)\)$/);
    const output = page.locator('svg.network-graph g.node[data-id="n:2:0"] text.node-main');
    await expect.poll(() => output.textContent()).toBe('0.5535');
    expect((await output.boundingBox())!.height, 'a value’s text on screen, px').toBeGreaterThanOrEqual(10);
    expect(overlaps((await graphTexts(page)).captions)).toEqual([]);
    await screenshot(page, 'phone-390-present');

    // The panel shows the shown step's drawing and nothing of the steps stacked under it: their svgs, too, reach
    // past the shown slot's box into the panel's padding, and the next step's loss showed at the panel's edge.
    const panel = page.locator('.graph-area');
    await untilStill(async () => (await panel.screenshot()).toString('base64'));
    const shown = await panel.screenshot();
    await page.evaluate(() => {
      for (const slot of document.querySelectorAll<HTMLElement>('.graph-slot:not(.current)'))
        slot.style.visibility = 'hidden';
    });
    // (The panel's rounded corners' anti-aliased pixels move by a few levels: the stacked layers' clips.)
    expect(await pixelsApart(page, shown, await panel.screenshot(), 48), 'pixels apart, without them').toBe(
      0,
    );
    expect(errors).toEqual([]);
  } finally {
    await close();
  }
});

test('a phone on its side, 844×390: the graph takes the screen above the step controls, not a strip', async () => {
  const { page, errors, close } = await openPage('/?preset=dyda&step=3', {
    viewport: { width: 844, height: 390 },
    reducedMotion: 'reduce',
  });
  try {
    await page.locator('svg.network-graph g.node').first().waitFor();
    const graph = page.locator('.graph-area');
    // in the desk's 100vh frame the graph's panel scrolled inside a strip of ~100 px between header and footer
    expect((await graph.boundingBox())!.height).toBeGreaterThanOrEqual(250);
    await page.evaluate(() => document.querySelector('.graph-area')!.scrollIntoView());
    const [panel, controls] = await Promise.all([
      graph.boundingBox(),
      page.locator('.step-controls').boundingBox(),
    ]);
    expect(panel!.y).toBeGreaterThan(-1); // the page scrolls by whole pixels, the panel may sit between two
    expect(panel!.y + panel!.height).toBeLessThanOrEqual(controls!.y);
    expect(controls!.y + controls!.height).toBeLessThanOrEqual(390 + 0.5);
    expect(errors).toEqual([]);
  } finally {
    await close();
  }
});

test('a phone, 390 px: A[784,128,64,10]’s two "+N" handles side by side keep apart, named in full', async () => {
  const { page, errors, close } = await openPage('/?layers=784,128,64,10&seed=1&step=3', {
    viewport: { width: 390, height: 844 },
  });
  try {
    const handles = page.locator('svg.network-graph .layer-handle');
    await expect.poll(() => handles.count()).toBe(2);
    const pills = await handles.locator('rect').evaluateAll((rects) =>
      rects.map((r) => {
        const box = r.getBoundingClientRect();
        return { left: box.left, right: box.right };
      }),
    );
    // the pills "+776 neurons" and "+120 neurons" ran into each other at this width: the numbers alone
    expect(pills[0]!.right).toBeLessThanOrEqual(pills[1]!.left);
    expect(await handles.allTextContents()).toEqual(['+776', '+120']);
    expect(await handles.first().getAttribute('aria-label')).toBe(
      '+776 neurons hidden in layer 0: show them all',
    );
    expect(errors).toEqual([]);
  } finally {
    await close();
  }
});

test('a tablet, 768 px: the header holds the step name on one line; the panels scroll under the tabs', async () => {
  const { page, errors, close } = await openPage('/?preset=dyda&step=7', {
    viewport: { width: 768, height: 1024 },
    reducedMotion: 'reduce',
  });
  try {
    const name = page.getByTestId('step-name');
    await expect.poll(() => name.textContent()).toMatch(/^8\/14 backward · layer 2 · gradient/);
    const lineHeight = await name.evaluate((e) => parseFloat(getComputedStyle(e).lineHeight) || 24);
    expect((await name.boundingBox())!.height).toBeLessThan(1.5 * lineHeight);
    const widths = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
    expect(widths[0]).toBeLessThanOrEqual(widths[1]!);
    expect(overlaps((await graphTexts(page)).captions)).toEqual([]);
    // The panels scroll under the view tabs, not over them: their box starts where the tabs end (it began 7 px
    // higher, and scrolled panels covered the tabs' lower edge).
    const [tabs, panels] = await Promise.all(
      ['nav.view-tabs button', 'main.layout'].map((s) => page.locator(s).first().boundingBox()),
    );
    expect(panels!.y).toBeGreaterThanOrEqual(tabs!.y + tabs!.height - 0.5);
    await page.locator('main.layout').evaluate((main) => main.scrollBy(0, 400));
    await screenshot(page, 'tablet-768-scrolled');
    expect(errors).toEqual([]);
  } finally {
    await close();
  }
});

test('a phone, 390 px: the Train view fits the screen, its loss curve and map scaled to the card', async () => {
  const { page, errors, close } = await openPage('/?preset=xor', {
    viewport: { width: 390, height: 844 },
    reducedMotion: 'reduce',
  });
  try {
    await page.getByRole('tab', { name: 'Train' }).click();
    await page.getByRole('button', { name: 'Step 1 iteration' }).click();
    await page.locator('.decision-map circle.data-point').first().waitFor();
    // Everything within the screen's width: the card, the curve, the map, and no sideways scroll in the view.
    const overflow = await page.evaluate(() => {
      const past = (selector: string) =>
        Math.max(0, document.querySelector(selector)!.getBoundingClientRect().right - window.innerWidth);
      const view = document.querySelector('.training-view')!;
      return {
        page: document.documentElement.scrollWidth - window.innerWidth,
        view: view.scrollWidth - view.clientWidth,
        card: past('.training-panel'),
        curve: past('.loss-curve'),
        map: past('.decision-map'),
      };
    });
    expect(overflow).toEqual({ page: 0, view: 0, card: 0, curve: 0, map: 0 });
    await screenshot(page, 'phone-390-train', { fullPage: true });
    expect(errors).toEqual([]);
  } finally {
    await close();
  }
});

test('a phone, 390 px: at every step, in every notation, the captions and values of A[3,4,2] keep apart', async () => {
  const { page, errors, close } = await openPage('/?preset=lecture-342', {
    viewport: { width: 390, height: 844 },
    reducedMotion: 'reduce',
  });
  try {
    const notation = page.getByLabel('Notation');
    const stepName = page.getByTestId('step-name');
    for (const name of ['dyda', 'boughammoura', 'lecture', 'cheng']) {
      await notation.selectOption(name);
      await page.keyboard.press('Home');
      await page.locator('body').click({ position: { x: 5, y: 5 } });
      for (let count = 1; count <= 14; count++) {
        await page.keyboard.press('ArrowRight');
        await expect.poll(() => stepName.textContent()).toMatch(new RegExp(`^${count}/14`));
        const texts = await graphTexts(page);
        // Those in sight. The panel follows the step here (its whole drawing too small to read in a phone's
        // graph box): the layers beyond the two it zooms to are out of the panel, and the next weights' edges,
        // their numbers and their caption run out at its edge, as Dyda's do; the layers' captions stay whole.
        const inSight = (rects: Rect[]) =>
          rects.filter((t) => t.left < texts.panel.right && t.right > texts.panel.left);
        expect(overlaps(inSight([...texts.captions, ...texts.values])), `${name}, step ${count}`).toEqual([]);
        for (const t of inSight(texts.layerCaptions)) {
          expect(t.right, `${name}, step ${count}: ${t.text}`).toBeLessThanOrEqual(texts.panel.right);
          expect(t.left, `${name}, step ${count}: ${t.text}`).toBeGreaterThanOrEqual(texts.panel.left);
        }
      }
    }
    expect(errors).toEqual([]);
  } finally {
    await close();
  }
});

test('a phone, 390 px: each row of the two-step diagram keeps its items on one line, under its name', async () => {
  const { page, errors, close } = await openPage('/?preset=dyda&step=8', {
    viewport: { width: 390, height: 844 },
  });
  try {
    const diagram = page.locator('.mapping-slots .step-slot.current');
    await diagram.locator('.mapping-row').first().waitFor();
    const rows = await diagram.evaluate((slot) =>
      [...slot.querySelectorAll('.mapping-row')].map((row) => ({
        label: row.querySelector('.mapping-label')!.getBoundingClientRect().bottom,
        items: [...row.querySelectorAll('.node')].map((node) => node.getBoundingClientRect().top),
      })),
    );
    expect(rows).toHaveLength(3);
    for (const { label, items } of rows) {
      // the backward row's δup₀ wrapped under the row's name and read as the gradient row's
      expect(Math.max(...items) - Math.min(...items)).toBeLessThan(2);
      expect(Math.min(...items)).toBeGreaterThanOrEqual(label - 1);
    }
    expect(errors).toEqual([]);
  } finally {
    await close();
  }
});

test('a phone, 390 px: the gradient check of A[784,128,64,10] shows every column, the relative error too', async () => {
  const { page, errors, close } = await openPage('/?layers=784,128,64,10&seed=1', {
    viewport: { width: 390, height: 844 },
  });
  try {
    await page.getByRole('tab', { name: 'Train' }).click();
    await page.locator('details.gradient-check-section summary').click();
    const box = page.locator('.gradient-check-scroll');
    await box.waitFor({ timeout: 30_000 });
    // it scrolled sideways, the relative error (the column that says whether backprop is right) past its edge
    const [scrollWidth, clientWidth] = await box.evaluate((e) => [e.scrollWidth, e.clientWidth]);
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    const name = box.locator('tbody th').first();
    expect((await name.boundingBox())!.height, 'an entry’s name on one line').toBeLessThan(20);
    expect(errors).toEqual([]);
  } finally {
    await close();
  }
});
