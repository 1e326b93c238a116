// Accessibility in Chromium: axe-core finds no serious or critical violation in the Step view, the Train view,
// presentation mode (three themes, predict on) and embed.html when the build has it; every control of the Step
// view is reached by Tab and shows a visible focus ring.
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, test } from 'vitest';
import { closeBrowser, openPage, untilStill } from './browser';

afterAll(closeBrowser);

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const AXE = resolve(ROOT, 'node_modules/axe-core/axe.min.js');
const DIST = resolve(ROOT, process.env.DELTASCOPE_DIST ?? 'dist');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** Runs axe-core on the page; returns the serious and critical violations, each with its failing nodes. */
async function seriousViolations(page: Page): Promise<Violation[]> {
  await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => {
    // axe is the global the injected script defines.
    const axe = (
      window as unknown as { axe: { run: (context: Document) => Promise<{ violations: unknown[] }> } }
    ).axe;
    const result = await axe.run(document);
    return result.violations as {
      id: string;
      impact: string | null;
      help: string;
      nodes: { target: string[]; failureSummary?: string }[];
    }[];
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => `${n.target.join(' ')} — ${n.failureSummary ?? ''}`),
    }));
}

/**
 * Until the equations are typeset in KaTeX's own fonts and fitted: in the fallback font the equation is taller
 * for the first few hundred ms, and axe would see a scrollable region that is gone once the fonts arrive (the
 * wait after `ready` alone lost that race on a loaded machine).
 */
async function typesetSettled(page: Page) {
  if ((await page.locator('[data-testid="equation"]').count()) > 0)
    await page.locator('[data-testid="equation"] .katex').first().waitFor();
  const shape = () =>
    page.evaluate(async () => {
      await document.fonts.ready;
      return [...document.querySelectorAll<HTMLElement>('.step-slot.current')]
        .map((slot) => `${slot.scrollHeight}/${slot.clientHeight}/${slot.style.fontSize}`)
        .join(' ');
    });
  await untilStill(shape, 150);
}

/** Opens a page, waits for `ready`, lets drawing settle, then returns axe's serious/critical findings. */
async function audit(path: string, ready: string, prepare?: (page: Page) => Promise<void>) {
  const { page, errors, close } = await openPage(path, { viewport: { width: 1280, height: 800 } });
  try {
    await page.locator(ready).first().waitFor();
    if (prepare) await prepare(page);
    await typesetSettled(page);
    await page.waitForTimeout(300);
    return { violations: await seriousViolations(page), errors: [...errors] };
  } finally {
    await close();
  }
}

describe.each(['light', 'dark', 'contrast'])('%s theme', (theme) => {
  // Step 8 is δup with the dropped bias coordinate greyed out; step 6 a δdown; −1 the start.
  test.each([-1, 6, 8, 13])('Step view at step %i: no serious or critical axe violation', async (step) => {
    const { violations, errors } = await audit(
      `/?preset=dyda&step=${step}&theme=${theme}`,
      '[data-testid="step-name"]',
    );
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
  });

  test.each([-1, 6, 8, 13])(
    'presentation mode at step %i, predict on: no serious or critical violation',
    async (step) => {
      const { violations, errors } = await audit(
        `/?preset=dyda&mode=present&step=${step}&theme=${theme}`,
        '[data-testid="present"]',
        async (page) => {
          await page.getByRole('button', { name: 'Predict' }).click();
          await page.locator('.predict').waitFor();
        },
      );
      expect(violations).toEqual([]);
      expect(errors).toEqual([]);
    },
  );

  test('Train view: no serious or critical violation', async () => {
    const { violations, errors } = await audit(
      `/?preset=dyda&theme=${theme}`,
      '[role="tab"]',
      async (page) => {
        await page.getByRole('tab', { name: 'Train' }).click();
        await page.waitForTimeout(500);
      },
    );
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
  });
});

test.runIf(existsSync(resolve(DIST, 'embed.html')))(
  'embed.html: no serious or critical violation',
  async () => {
    for (const theme of ['light', 'dark']) {
      const { violations, errors } = await audit(`/embed.html?preset=dyda&step=6&theme=${theme}`, 'body *');
      expect(violations, theme).toEqual([]);
      expect(errors, theme).toEqual([]);
    }
  },
);

test('every control of the Step view is reached by Tab and shows a visible focus ring', async () => {
  const { page, errors, close } = await openPage('/?preset=dyda&step=2');
  try {
    await page.locator('[data-testid="step-name"]').waitFor();
    const controls = await page.evaluate(() =>
      Array.from(
        document.querySelectorAll<HTMLElement>('button, select, input, textarea, a[href], [tabindex="0"]'),
      )
        // Inside the graph's SVG, keys move between neurons and weights: the graph's own keyboard model. A hidden
        // step slot (aria-hidden, its entries out of the tab order) is the next or previous step, not a control.
        .filter(
          (e) =>
            !(e as HTMLButtonElement).disabled &&
            e.getClientRects().length > 0 &&
            !e.closest('svg') &&
            !e.closest('[aria-hidden="true"]'),
        )
        .map((e, k) => {
          e.dataset.a11yId = String(k);
          return `${e.tagName.toLowerCase()} ${e.getAttribute('aria-label') ?? e.textContent?.trim() ?? ''}`.trim();
        }),
    );
    expect(controls.length).toBeGreaterThan(8);
    const reached = new Map<string, boolean>();
    for (let k = 0; k < controls.length * 3 && reached.size < controls.length; k++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const e = document.activeElement as HTMLElement | null;
        if (e === null || e.dataset.a11yId === undefined) return null;
        const style = getComputedStyle(e);
        const ring =
          (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) ||
          style.boxShadow !== 'none';
        return { id: e.dataset.a11yId, ring };
      });
      if (focused !== null) reached.set(focused.id, focused.ring);
    }
    const missing = controls.filter((_, k) => !reached.has(String(k)));
    const noRing = controls.filter((_, k) => reached.get(String(k)) === false);
    expect(missing).toEqual([]);
    expect(noRing).toEqual([]);
    expect(errors).toEqual([]);
  } finally {
    await close();
  }
});

test('Tab never lands in a hidden step slot, nor on the two-step diagram', async () => {
  // At 8/14 the next and previous steps' slots are laid out under the shown one. Chromium makes a box that
  // scrolls a tab stop of its own: the hidden slots' matrix scrollers were stops, and so was every diagram whose
  // lit arrow (scaled up) reached past its slot's edge, shown or hidden.
  const { page, errors, close } = await openPage('/?preset=dyda&step=7', {
    viewport: { width: 1280, height: 800 },
  });
  try {
    await page.locator('[data-testid="step-name"]').waitFor();
    await page.waitForSelector('.matrix-panel .step-slot:not(.current)', { state: 'attached' });
    const stray: string[] = [];
    let entries = 0;
    for (let k = 0; k < 60; k++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const e = document.activeElement as HTMLElement | null;
        if (e === null || e === document.body || e.closest('svg')) return null;
        return {
          what: `${e.tagName.toLowerCase()}.${e.className}`,
          stray: e.closest('[aria-hidden="true"]') !== null || e.closest('.mapping-slots') !== null,
          entry: e.classList.contains('entry'),
        };
      });
      if (focused?.stray) stray.push(focused.what);
      if (focused?.entry) entries++;
    }
    expect(stray).toEqual([]);
    expect(entries, 'the shown W²’s entries reached').toBeGreaterThan(0);
    expect(errors).toEqual([]);
  } finally {
    await close();
  }
});
