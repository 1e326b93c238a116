// The notation switch relabels, never recomputes: on Dyda at several steps, switching between the four
// notations with the Settings select leaves every number on screen the same and changes the labels.
import type { Page } from 'playwright-core';
import { afterAll, expect, test } from 'vitest';
import { NOTATIONS } from '../../src/engine/notation';
import { closeBrowser, openPage } from './browser';

afterAll(closeBrowser);

/**
 * The numbers on screen as a sorted multiset: every decimal number in the page's text (graph, equation,
 * matrices, narration), plus every matrix cell whole (cells hold values only, so their integers — Dyda's
 * input 1, 0 — count too). Bare integers elsewhere are left out: they are layer numbers and indices, which
 * the lecture notation shifts by one on purpose.
 */
async function numbersOnScreen(
  page: Page,
  part: 'all' | 'equation' | 'not equation' = 'all',
): Promise<string[]> {
  // What is shown: the hidden slots of the neighbouring steps (laid out for speed, unseen) are left out.
  const text = await page.evaluate((part) => {
    const hidden = [...document.querySelectorAll<HTMLElement>('.step-slot:not(.current)')];
    if (part === 'not equation') hidden.push(document.querySelector<HTMLElement>('.equation-panel')!);
    for (const slot of hidden) slot.style.display = 'none';
    const shown =
      part === 'equation'
        ? document.querySelector<HTMLElement>('.equation-panel')!.innerText
        : document.body.innerText;
    for (const slot of hidden) slot.style.display = '';
    return shown;
  }, part);
  if (part === 'equation') return (text.replace(/\u2212/g, '-').match(/-?\d+\.\d+/g) ?? []).sort();
  const decimals = text.replace(/\u2212/g, '-').match(/-?\d+\.\d+/g) ?? [];
  const cells = (await page.locator('.current .bracket td').allInnerTexts()).map((t) => `cell ${t.trim()}`);
  return [...decimals, ...cells].sort();
}

/**
 * What Dyda's matrix panel shows that the lecture's does not, as numbersOnScreen counts it: the constant 1 of X̂
 * (its bias row) and the bias entry of ∂L/∂X̂ that δup drops (its grey row, "·" before it is computed). The
 * lecture note writes a^{l-1} without the 1 and computes ∂C/∂a^{l-1} = (W^l)^T Δ^l with W^l's bias column apart,
 * so neither is there to show; W^l and ∂C/∂W^l split into W and b show the same numbers as Dyda's full matrices.
 */
async function biasOnlyEntries(page: Page): Promise<string[]> {
  const texts = await page
    .locator('.current .bracket tr.bias td, .current .bracket tr.grey td')
    .allInnerTexts();
  return texts.flatMap((t) => [
    `cell ${t.trim()}`,
    ...(t.replace(/\u2212/g, '-').match(/-?\d+\.\d+/g) ?? []),
  ]);
}

/** `all` with one of each of `removed` taken out; each must be there. */
function withoutEach(all: readonly string[], removed: readonly string[]): string[] {
  const rest = [...all];
  for (const r of removed) {
    const at = rest.indexOf(r);
    expect(at, `${r} on screen`).toBeGreaterThanOrEqual(0);
    rest.splice(at, 1);
  }
  return rest;
}

/** What names things: the step name, the equation's symbols, the matrix captions and the graph's captions. */
async function labels(page: Page): Promise<string> {
  const parts = await page
    .locator('[data-testid="step-name"], .current .symbolic, .current .matrix figcaption, svg .caption')
    .allInnerTexts();
  return parts.join(' | ');
}

test.each([0, 3, 6, 8, 13])(
  'step %i: every number unchanged, labels changed, in all four notations',
  async (step) => {
    const { page, errors, close } = await openPage(`/?preset=dyda&step=${step}&notation=dyda`);
    try {
      await page.locator('[data-testid="step-name"]').waitFor();
      // The equation is typeset after the first paint: measure once it shows its numbers.
      await expect.poll(() => page.locator('.equation .current').innerText()).toMatch(/\d\.\d/);
      await page.waitForTimeout(300);
      const numbers = await numbersOnScreen(page);
      const dydaOutsideEquation = await numbersOnScreen(page, 'not equation');
      const dydaBiasOnly = await biasOnlyEntries(page);
      expect(dydaBiasOnly.filter((n) => n.startsWith('cell'))).toHaveLength(2); // X̂'s 1, ∂L/∂X̂'s bias entry
      expect(numbers.filter((n) => !n.startsWith('cell')).length).toBeGreaterThan(5);
      const seen = new Map<string, string>([['dyda', await labels(page)]]);
      const notation = page.getByLabel('Notation');
      for (const name of NOTATIONS.filter((n) => n !== 'dyda')) {
        await notation.selectOption(name);
        await expect.poll(() => page.url()).toContain(`notation=${name}`);
        if (name !== 'lecture')
          await expect.poll(() => numbersOnScreen(page), { message: name }).toEqual(numbers);
        else {
          // The lecture note writes the bias apart (z = W a + b): its equations write b's numbers on their own
          // and drop nothing, so they are compared as a set; its matrix panel too shows b apart and no constant 1
          // or dropped bias entry (biasOnlyEntries); everything else on screen is the same multiset.
          await expect
            .poll(() => numbersOnScreen(page, 'not equation'), { message: name })
            .toEqual(withoutEach(dydaOutsideEquation, dydaBiasOnly));
          const written = new Set(numbers.map((n) => n.replace(/^cell /, '')));
          const missing = (await numbersOnScreen(page, 'equation')).filter((n) => !written.has(n));
          expect(missing, 'numbers the lecture equation writes that Dyda’s view does not show').toEqual([]);
        }
        const now = await labels(page);
        for (const [other, before] of seen) expect(now, `${name} vs ${other}`).not.toBe(before);
        seen.set(name, now);
      }
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  },
);
