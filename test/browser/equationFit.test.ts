// The equation panel at a laptop's 1280×800 and a projector's 1280×720: at every step of both Dyda variants each
// typeset piece of the equation is whole on screen (no display wider than its box), in type no smaller than the
// fitting floor. The update line W̃ = W − c δW (three 2×3 matrices) used to run off the panel.
import { afterAll, expect, test } from 'vitest';
import { MIN_FIT_SCALE, SLACK_PX } from '../../src/ui/useFitWidth';
import { closeBrowser, openPage, screenshot } from './browser';

afterAll(closeBrowser);

for (const preset of ['dyda', 'dyda-softmax']) {
  test(`${preset}: every equation fits its panel at every step`, async () => {
    const { page, errors, close } = await openPage(`/?preset=${preset}&step=-1`, {
      viewport: { width: 1280, height: 800 },
    });
    await page.locator('[data-testid="step-name"]').waitFor();
    // Forward through all 14 steps, then back to step 9: type shrunk for a wide step must grow back.
    const walk = [...Array.from({ length: 14 }, (_, k) => k), 12, 11, 10, 9];
    for (const [k, step] of walk.entries()) {
      await page.keyboard.press(k < 14 ? 'ArrowRight' : 'ArrowLeft');
      await expect
        .poll(() => page.locator('[data-testid="step-name"]').innerText())
        .toMatch(new RegExp(`^${step + 1}/14`));
      await page.locator('.equation .katex').first().waitFor();
      await page.waitForTimeout(60); // the fit runs on the next animation frame
      const fit = await page.evaluate(() => {
        const box = document.querySelector<HTMLElement>('.equation')!;
        const displays = [...box.querySelectorAll<HTMLElement>('.katex-display')];
        const width = (d: HTMLElement) => {
          const rects = [...d.querySelectorAll('.katex-html > *')].map((b) => b.getBoundingClientRect());
          return Math.max(...rects.map((r) => r.right)) - Math.min(...rects.map((r) => r.left));
        };
        return {
          fullest: Math.max(...displays.map((d) => width(d) / box.clientWidth)),
          count: displays.length,
          overflow: displays.map((d) => d.scrollWidth - d.clientWidth),
          scale: box.style.fontSize === '' ? 1 : parseFloat(box.style.fontSize),
        };
      });
      expect(fit.count, `step ${step}`).toBeGreaterThanOrEqual(2);
      for (const px of fit.overflow)
        expect(px, `step ${step} overflows by ${px}px`).toBeLessThanOrEqual(SLACK_PX);
      expect(fit.scale).toBeGreaterThanOrEqual(MIN_FIT_SCALE);
      // Shrunk only when needed: a smaller type means the widest piece fills its box.
      if (fit.scale < 1) expect(fit.fullest, `step ${step} shrunk to ${fit.scale}`).toBeGreaterThan(0.9);
    }
    await screenshot(page, `equation-${preset}-update`);
    expect(errors).toEqual([]);
    await close();
  });
}
