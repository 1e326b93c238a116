// The equation panel at a laptop's 1280×800: at every step of both Dyda variants each typeset piece of the
// equation is whole on screen (no display wider than its box, nothing below the panel's fixed height), in type no
// smaller than the fitting floor, and stacked fractions clear of each other. The update line W̃ = W − c δW (three 2×3 matrices) used to run off the panel.
import { afterAll, expect, test } from 'vitest';
import { MIN_FIT_SCALE, SLACK_PX } from '../../src/ui/fitScale';
import { closeBrowser, openPage, screenshot, untilStill } from './browser';

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
      await page.locator('.equation-slot.current .katex').first().waitFor();
      // The fit searches over a few animation frames: wait until the type size holds still.
      const typeSize = () =>
        page.evaluate(
          () => document.querySelector<HTMLElement>('.equation-slot.current .equation-fit')!.style.fontSize,
        );
      await untilStill(typeSize);
      const fit = await page.evaluate((slack) => {
        // The current step's equation, the box its type is fitted in (its neighbours are laid out beside it, hidden).
        const box = document.querySelector<HTMLElement>('.equation-slot.current .equation-fit')!;
        const displays = [...box.querySelectorAll<HTMLElement>('.katex-display')];
        const width = (d: HTMLElement) => {
          const rects = [...d.querySelectorAll('.katex-html > *')].map((b) => b.getBoundingClientRect());
          return Math.max(...rects.map((r) => r.right)) - Math.min(...rects.map((r) => r.left));
        };
        const panel = box.closest<HTMLElement>('.panel')!;
        const cell = box.parentElement!;
        const top = cell.getBoundingClientRect().top - panel.getBoundingClientRect().top + panel.scrollTop;
        const room = panel.clientHeight - parseFloat(getComputedStyle(panel).paddingBottom) - top;
        // Would the type one notch larger still fit? (It must not, or the fit shrank more than it needed.)
        const scale = box.style.fontSize === '' ? 1 : parseFloat(box.style.fontSize);
        box.style.fontSize = `${Math.min(1, scale + 0.03)}em`;
        // (with the fit's own allowance for KaTeX's slack)
        const largerFits =
          Math.max(...displays.map((d) => width(d))) <= box.clientWidth - slack &&
          box.scrollHeight <= room - slack;
        box.style.fontSize = scale === 1 ? '' : `${scale}em`;
        // Stacked fractions (softmax's e^net/Σe^net, −y/a) must not touch: the ink of one fraction's denominator
        // and the next one's numerator, in the same column, overlapping by over a pixel.
        // (KaTeX's boxes are struts and zero-height rows: the text's own boxes are where the ink is.)
        const textBox = (fraction: Element) => {
          const walker = document.createTreeWalker(fraction, NodeFilter.SHOW_TEXT);
          const range = document.createRange();
          let top = Infinity,
            bottom = -Infinity,
            left = Infinity,
            right = -Infinity;
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            if (!/\S/.test(node.textContent!.replace(/\u200b/g, ''))) continue;
            range.selectNodeContents(node);
            const r = range.getBoundingClientRect();
            [top, bottom] = [Math.min(top, r.top), Math.max(bottom, r.bottom)];
            [left, right] = [Math.min(left, r.left), Math.max(right, r.right)];
          }
          return { top, bottom, left, right };
        };
        const fractions = [...box.querySelectorAll('.mfrac')].map(textBox);
        let fractionOverlap = 0;
        for (const [k, a] of fractions.entries())
          for (const b of fractions.slice(k + 1))
            if (Math.min(a.right, b.right) > Math.max(a.left, b.left))
              fractionOverlap = Math.max(
                fractionOverlap,
                Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top),
              );
        return {
          fractionOverlap,
          largerFits,
          cut: panel.scrollHeight - panel.clientHeight,
          count: displays.length,
          overflow: displays.map((d) => d.scrollWidth - d.clientWidth),
          scale: box.style.fontSize === '' ? 1 : parseFloat(box.style.fontSize),
        };
      }, SLACK_PX);
      expect(fit.count, `step ${step}`).toBeGreaterThanOrEqual(2);
      for (const px of fit.overflow)
        expect(px, `step ${step} overflows by ${px}px`).toBeLessThanOrEqual(SLACK_PX);
      expect(fit.cut, `step ${step}: the panel cuts ${fit.cut}px off its foot`).toBeLessThanOrEqual(SLACK_PX);
      expect(fit.scale).toBeGreaterThanOrEqual(MIN_FIT_SCALE);
      expect(fit.fractionOverlap, `step ${step}: stacked fractions overlap`).toBeLessThanOrEqual(1);
      // Shrunk only when needed: type a notch larger would be too wide or too tall (it may wrap to more lines).
      if (fit.scale < 1) expect(fit.largerFits, `step ${step} shrunk to ${fit.scale}`).toBe(false);
    }
    await screenshot(page, `equation-${preset}-update`);
    expect(errors).toEqual([]);
    await close();
  });
}
