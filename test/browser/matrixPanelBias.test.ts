// The lecture notation's matrix panel in Chromium at 1280×800: where a step writes W^l and b^l both (∂C/∂W and
// ∂C/∂b = Δ, W̃ and b̃), both are scrolled into sight whole. The panel scrolls to what the step writes (scrollToWrite)
// and brings only the first written matrix into sight: b^l on a row of its own under a wide W^l was cut off.
import { afterAll, expect, test } from 'vitest';
import { closeBrowser, openPage } from './browser';

afterAll(closeBrowser);

test.each([
  ['dyda', 7, ['matrix-gradW-2', 'matrix-gradBias-2']],
  ['dyda', 13, ['matrix-updatedW-2', 'matrix-updatedBias-2']],
  ['lecture-342', 7, ['matrix-gradW-2', 'matrix-gradBias-2']],
  ['lecture-342', 10, ['matrix-gradW-1', 'matrix-gradBias-1']],
  ['lecture-342', 13, ['matrix-updatedW-2', 'matrix-updatedBias-2']],
  ['boughammoura-121', 13, ['matrix-updatedW-2', 'matrix-updatedBias-2']],
] as const)('%s step %i: W and b, both written, are in sight', async (preset, step, ids) => {
  const { page, errors, close } = await openPage(`/?preset=${preset}&notation=lecture&step=${step}`, {
    reducedMotion: 'reduce',
  });
  try {
    await page.getByTestId(ids[1]).waitFor();
    const inSight = () =>
      page.evaluate((ids) => {
        const scroller = document.querySelector('.matrix-panel .step-slot.current .matrix-scroll')!;
        const box = scroller.getBoundingClientRect();
        return ids.map((id) => {
          const figure = document.querySelector(`[data-testid="${id}"]`);
          const f = figure?.getBoundingClientRect();
          const whole = f !== undefined && f.top >= box.top && f.bottom <= box.bottom && f.right <= box.right;
          return `${id}: ${figure?.className.includes('role-write') ? 'written' : 'not written'}, ${whole ? 'in sight' : 'cut'}`;
        });
      }, ids);
    await expect.poll(inSight).toEqual(ids.map((id) => `${id}: written, in sight`));
    expect(errors).toEqual([]);
  } finally {
    await close();
  }
});
