// Presentation mode in Chromium at a projector's 1280×720: type no smaller than 24 px anywhere (the graph's
// SVG text measured at its drawn scale), the narration and live region per step, the keys (clicker keys,
// Home/End, p, Esc) and predict mode's checks. Screenshots of three themes at five steps are looked at by hand.
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, test } from 'vitest';
import { narrate } from '../../src/engine/narration';
import { findPreset } from '../../src/presets';
import { computeFromFile } from '../../src/store/store';
import type { NetworkFile } from '../../src/engine/networkFile';
import { stepName } from '../../src/store/selectors';
import { closeBrowser, openPage, screenshot } from './browser';
import { renderedTextSizes } from './textSizes';

afterAll(closeBrowser);

const PROJECTOR = { width: 1280, height: 720 };
const { trace } = computeFromFile(findPreset('dyda')?.file as NetworkFile);

/** Start, forward (a^[1]), loss, backward δdown at the output, the last update. */
const SHOTS: Record<string, number> = { start: -1, forward: 1, loss: 4, 'backward-deltadown': 6, update: 13 };

async function presentAt(page: Page, step: number): Promise<void> {
  await expect
    .poll(() => page.locator('[data-testid="step-name"]').innerText())
    .toMatch(new RegExp(`^${step + 1}/14`));
}

describe.each(['light', 'dark', 'contrast'])('presentation mode, %s theme', (theme) => {
  test.each(Object.entries(SHOTS))(
    '%s (step %i): nothing under 24 px, the narration shown',
    async (name, step) => {
      const { page, errors, close } = await openPage(
        `/?preset=dyda&mode=present&theme=${theme}&step=${step}`,
        {
          viewport: PROJECTOR,
        },
      );
      try {
        await page.locator('[data-testid="present"]').waitFor();
        await presentAt(page, step);
        // Let the graph (drawn in an effect after layout) settle before measuring.
        await page.waitForTimeout(300);
        await screenshot(page, `present-${theme}-${name}`);
        const sizes = await renderedTextSizes(page);
        expect(sizes.length).toBeGreaterThan(5);
        expect(sizes.filter((s) => s.px < 24)).toEqual([]);
        // J, once computed, whole inside the graph's box: set at the desk's baseline, its top was cut off.
        if (step >= 4) {
          const [loss, box] = await page.evaluate(() =>
            ['svg.network-graph text.loss', '.graph-box'].map(
              (selector) => document.querySelector(selector)!.getBoundingClientRect().top,
            ),
          );
          expect(loss).toBeGreaterThanOrEqual(box!);
        }
        const s = trace.steps[step];
        const narration = s === undefined ? 'Nothing computed yet' : narrate(trace, s, 'dyda');
        expect(await page.locator('[data-testid="narration"]').innerText()).toContain(narration);
        // Editing chrome is gone: no tabs, settings or controls footer.
        expect(await page.locator('[role="tablist"], .settings, .footer').count()).toBe(0);
        expect(errors).toEqual([]);
      } finally {
        await close();
      }
    },
  );
});

test('p enters presentation mode, clicker keys step with narration announced, Esc leaves', async () => {
  const { page, errors, close } = await openPage('/?preset=dyda', { viewport: PROJECTOR });
  try {
    await page.locator('[data-testid="step-name"]').waitFor();
    await page.keyboard.press('p');
    await page.locator('[data-testid="present"]').waitFor();
    await expect.poll(() => page.url()).toContain('mode=present');
    const live = page.locator('[data-testid="live-region"]');
    for (const [k, key] of ['ArrowRight', 'PageDown', 'ArrowRight'].entries()) {
      await page.keyboard.press(key);
      await presentAt(page, k);
      const step = trace.steps[k];
      if (step === undefined) throw new Error(`no step ${k}`);
      await expect
        .poll(() => live.innerText())
        .toBe(`${stepName(step, 'dyda')}: ${narrate(trace, step, 'dyda')}`);
      expect(await page.locator('[data-testid="narration"]').innerText()).toBe(narrate(trace, step, 'dyda'));
    }
    const cursor = 2;
    await page.keyboard.press('PageUp');
    await presentAt(page, cursor - 1);
    await page.keyboard.press('End');
    await presentAt(page, 13);
    await page.keyboard.press('Home');
    await presentAt(page, -1);
    await page.keyboard.press('Escape');
    await page.locator('.view-tabs').waitFor();
    expect(await page.locator('[data-testid="present"]').count()).toBe(0);
    await expect.poll(() => page.url()).not.toContain('mode=present');
    expect(errors).toEqual([]);
  } finally {
    await close();
  }
});

test('predict mode: bad input is named at the field, keys do not step while typing, a guess is judged then revealed', async () => {
  const { page, errors, close } = await openPage('/?preset=dyda&mode=present&step=5', {
    viewport: PROJECTOR,
  });
  try {
    await page.locator('[data-testid="present"]').waitFor();
    await page.getByRole('button', { name: 'Predict' }).click();
    const input = page.locator('[data-testid="predict-input"]');
    await input.fill('abc');
    await input.press('Enter');
    await expect.poll(() => page.locator('.field-error').innerText()).toContain('"abc" is not a number');
    expect(await input.getAttribute('aria-invalid')).toBe('true');
    // Arrow keys and clicker keys in the field move the caret, not the lecture.
    for (const key of ['ArrowRight', 'PageDown', 'ArrowLeft', 'Home', 'End']) await input.press(key);
    await presentAt(page, 5);
    // Step 6 is δ^[2]; the first number it writes, typed as printed at 8 decimals.
    const printed = trace.layers[2]?.deltaDown?.[0]?.toFixed(8) ?? 'missing';
    await input.fill(printed);
    await input.press('Enter');
    await presentAt(page, 6);
    const verdict = page.locator('[data-testid="verdict"]');
    expect(await verdict.innerText()).toContain('Exact to the printed digits');
    // The next question has the focus, so the student keeps typing: a wrong guess for ∂L/∂W^[2]₁₁.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')))
      .toBe('predict-input');
    await page.keyboard.type('-0.2');
    await page.keyboard.press('Enter');
    await presentAt(page, 7);
    const text = await verdict.innerText();
    const value = trace.layers[2]?.gradW?.data[0] ?? NaN;
    expect(text).toContain(
      `off by ${Math.abs(-0.2 - value)
        .toFixed(8)
        .replace(/0+$/, '')}`,
    );
    expect(text).toMatch(/\(\d+ %\)/);
    expect(errors).toEqual([]);
  } finally {
    await close();
  }
});

test.each([
  { width: 1024, height: 768 },
  { width: 1280, height: 720 },
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
])(
  'at $width×$height every step: its whole name in the bar, which keeps its height; no caption outside its picture',
  async (viewport) => {
    const { page, errors, close } = await openPage('/?preset=dyda&mode=present&step=-1', { viewport });
    try {
      await page.locator('[data-testid="present"]').waitFor();
      const heights = new Set<number>();
      for (let step = 0; step < 14; step++) {
        await page.keyboard.press('ArrowRight');
        await presentAt(page, step);
        await page.waitForTimeout(150); // the neighbouring steps' pictures, made while idle
        const seen = await page.evaluate(() => {
          const name = document.querySelector<HTMLElement>('[data-testid="step-name"]')!;
          // Every caption of every picture kept (the neighbours' too: one stuck out from under the shown one).
          const outside = [...document.querySelectorAll<SVGSVGElement>('svg.graph-slot')].flatMap((svg) => {
            const box = svg.getBoundingClientRect();
            return [...svg.querySelectorAll('text.caption, text.edge-caption')]
              .map((t) => [t.textContent, t.getBoundingClientRect()] as const)
              .filter(([, r]) => r.width > 0 && (r.left < box.left - 0.5 || r.right > box.right + 0.5))
              .map(
                ([text, r]) =>
                  `${text} ${Math.round(r.left)}-${Math.round(r.right)} of ${box.left}-${box.right}`,
              );
          });
          return {
            cut: name.scrollWidth - name.clientWidth,
            bar: document.querySelector('.present-bar')!.getBoundingClientRect().height,
            outside,
          };
        });
        expect(seen.cut, `step ${step}'s name is cut`).toBeLessThanOrEqual(0);
        expect(seen.outside, `step ${step}`).toEqual([]);
        heights.add(Math.round(seen.bar));
      }
      expect([...heights]).toHaveLength(1);
      await screenshot(page, `present-${viewport.width}-update`);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  },
);

test('on a 1920×1080 projector everything is drawn larger than at 1280×720, as the screen is', async () => {
  const smallest = async (viewport: { width: number; height: number }) => {
    const { page, errors, close } = await openPage('/?preset=dyda&mode=present&step=6', { viewport });
    try {
      await page.locator('[data-testid="present"]').waitFor();
      await presentAt(page, 6);
      await page.waitForTimeout(300);
      const sizes = await renderedTextSizes(page);
      expect(errors).toEqual([]);
      const graph = sizes.filter((s) => /^−?\d\.\d+$/.test(s.text)).map((s) => s.px);
      const narration = await page
        .getByTestId('narration')
        .evaluate((n) => parseFloat(getComputedStyle(n).fontSize));
      return { all: Math.min(...sizes.map((s) => s.px)), graph: Math.min(...graph), narration };
    } finally {
      await close();
    }
  };
  const projector = await smallest(PROJECTOR);
  const large = await smallest({ width: 1920, height: 1080 });
  // 1.5 times the screen: the text 1.5 times, the graph's labels nearly so (its drawing is fitted to its box).
  expect(large.narration).toBeCloseTo(1.5 * projector.narration, 0);
  expect(large.graph).toBeGreaterThan(1.3 * projector.graph);
  expect(large.all).toBeGreaterThan(1.3 * 24);
});

test('predict at the desk: the panels keep their size when a verdict appears', async () => {
  const { page, errors, close } = await openPage('/?preset=dyda&step=5', {
    viewport: { width: 1280, height: 800 },
  });
  try {
    await page.locator('[data-testid="step-name"]').waitFor();
    await page.getByRole('button', { name: 'Predict' }).click();
    const input = page.locator('[data-testid="predict-input"]');
    await input.waitFor();
    // The panels' grid: the equation panel gave up a line to the verdict when it appeared.
    const panelsHeight = () => page.locator('.layout').evaluate((box) => box.getBoundingClientRect().height);
    await page.waitForTimeout(200);
    const before = await panelsHeight();
    await input.fill((trace.layers[2]?.deltaDown?.[0] ?? NaN).toFixed(8));
    await input.press('Enter');
    await expect.poll(() => page.locator('[data-testid="verdict"]').innerText()).toContain('Exact');
    await page.waitForTimeout(200);
    expect(await panelsHeight()).toBe(before);
    await screenshot(page, 'predict-desk-verdict');
    expect(errors).toEqual([]);
  } finally {
    await close();
  }
});

/** The graph's box and the scale its drawing is fitted to, and the smallest number drawn in it, in CSS px. */
async function graphSize(page: Page) {
  const [box, scale] = await page.evaluate(() => {
    const drawing = document.querySelector<SVGGraphicsElement>('.graph-slot.current svg g.viewport');
    return [
      document.querySelector('.graph-box')!.getBoundingClientRect().height,
      drawing?.getScreenCTM()?.a ?? NaN,
    ];
  });
  const labels = (await renderedTextSizes(page)).filter((s) => /^−?\d\.\d+$/.test(s.text)).map((s) => s.px);
  return { box: Math.round(box!), scale: scale!.toFixed(3), label: Math.min(...labels) };
}

test.each([
  { notation: 'dyda', viewport: PROJECTOR, least: 16 },
  { notation: 'dyda', viewport: { width: 1920, height: 1080 }, least: 24 },
  { notation: 'boughammoura', viewport: PROJECTOR, least: 14 },
  { notation: 'dyda', viewport: { width: 390, height: 844 }, least: 0 },
])(
  'with the working shown ($notation, $viewport.width×$viewport.height) the graph keeps its size and place at every step',
  async ({ notation, viewport, least }) => {
    // The text under the graph has the room of the step with the most lines of working (WorkingRoom): sized by
    // the shown step's, Dyda's graph at 1280×720 zoomed from 25 px labels to 17 and back, moving each time.
    const { page, errors, close } = await openPage(
      `/?preset=dyda&mode=present&notation=${notation}&step=-1`,
      {
        viewport,
      },
    );
    try {
      await page.locator('[data-testid="present"]').waitFor();
      await page.keyboard.press('w');
      const sizes = new Set<string>();
      for (let step = -1; step < 14; step++) {
        if (step >= 0) await page.keyboard.press('ArrowRight');
        await presentAt(page, step);
        await page.waitForTimeout(150); // the graph redrawn for a new box, were there one
        const { box, scale, label } = await graphSize(page);
        // A phone's graph follows the step (its drawing is moved and scaled to it); its box stays.
        sizes.add(viewport.width < 900 ? `${box}` : `${box} px, scale ${scale}`);
        expect(label, `step ${step}`).toBeGreaterThanOrEqual(least);
      }
      expect([...sizes]).toHaveLength(1);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  },
);

test.each([
  { notation: 'dyda', step: 11, viewport: PROJECTOR },
  { notation: 'dyda', step: 11, viewport: { width: 1920, height: 1080 } },
  { notation: 'boughammoura', step: 8, viewport: PROJECTOR },
  { notation: 'dyda', step: 8, viewport: { width: 390, height: 844 } },
])(
  'the working ($notation, step $step, $viewport.width×$viewport.height) never ends a line with a left-hand side whose "=" starts the next',
  async ({ notation, step, viewport }) => {
    const { page, errors, close } = await openPage(
      `/?preset=dyda&mode=present&notation=${notation}&step=${step}`,
      { viewport },
    );
    try {
      await page.locator('[data-testid="present"]').waitFor();
      await page.keyboard.press('w');
      await presentAt(page, step);
      await page.locator('[data-testid="equation"] .katex').first().waitFor(); // KaTeX, loaded lazily
      await page.waitForTimeout(100);
      const lines = await page.locator('[data-testid="equation"]').evaluate((equation) => {
        const pieces = [...equation.children]
          .filter((e) => e.tagName === 'DIV')
          .map((e) => ({ text: e.textContent ?? '', left: e.getBoundingClientRect().left }));
        // A piece no further right than the one before it starts a line: the pieces' wrapping row.
        return pieces.map((p, k) => (k > 0 && p.left <= pieces[k - 1]!.left ? `\n${p.text}` : p.text));
      });
      const text = lines.join(' ');
      expect(text.split('\n').length, text).toBeGreaterThan(2); // the working is there, over lines
      for (const [k, piece] of lines.entries())
        if (piece.startsWith('\n=')) expect(lines[k - 1], text).toContain('=');
      await screenshot(page, `present-working-${notation}-${step}-${viewport.width}`);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  },
);
