// The editor in Chromium: edit a weight of Dyda's network in the matrix panel (and on a graph edge), compare every
// number the matrix panel then shows with the engine's trace of the edited file (computed here, not copied), reload
// and find the edit kept, undo it. Screenshots of the editor panel, the weight popover and the error states.
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, expect, test } from 'vitest';
import { setWeight } from '../../src/engine/edit';
import { formatNumber } from '../../src/engine/format';
import { networkFromFile, sampleFromFile } from '../../src/engine/network';
import type { NetworkFile } from '../../src/engine/networkFile';
import { trace } from '../../src/engine/trace';
import type { Matrix, Vector } from '../../src/engine/types';
import { findPreset } from '../../src/presets';
import { BACKUP_KEY, STORAGE_KEY } from '../../src/store/persistence';
import { closeBrowser, openPage, screenshot } from './browser';

afterAll(closeBrowser);

const dyda = findPreset('dyda')!.file;

/** The file with W^h_{ij} set, by the engine's edit. */
function withWeight(file: NetworkFile, h: number, i: number, j: number, value: number): NetworkFile {
  const result = setWeight(file, h, i, j, value);
  if (!result.ok) throw new Error(result.error);
  return result.file;
}

const entries = (value: Matrix | Vector | null): number[] =>
  value === null ? [] : [...(value instanceof Float64Array ? value : value.data)];

/**
 * What the matrix panel must show for layer h of the file's trace, by test id, as the app formats it (8 digits).
 * X^{h-1} is shown with the constant 1 of the bias.
 */
function expectedPanel(file: NetworkFile, h: number): Record<string, string[]> {
  const t = trace(networkFromFile(file), sampleFromFile(file));
  const layer = t.layers[h]!;
  const below = t.layers[h - 1]!;
  const shown: Record<string, Matrix | Vector | null> = {
    [`matrix-W-${h}`]: layer.W,
    [`matrix-XWithBias-${h - 1}`]: below.XWithBias,
    [`matrix-Y-${h}`]: layer.Y,
    [`matrix-X-${h}`]: layer.X,
    [`matrix-deltaUp-${h}`]: layer.deltaUp,
    [`matrix-deltaDown-${h}`]: layer.deltaDown,
    [`matrix-gradW-${h}`]: layer.gradW,
    [`matrix-updatedW-${h}`]: layer.updatedW,
  };
  return Object.fromEntries(
    Object.entries(shown).map(([id, value]) => [id, entries(value).map((x) => formatNumber(x, 8))]),
  );
}

async function panelOnScreen(page: Page, ids: string[]): Promise<Record<string, string[]>> {
  const pairs = await Promise.all(
    ids.map(async (id) => [id, await page.locator(`[data-testid="${id}"] td`).allInnerTexts()] as const),
  );
  return Object.fromEntries(pairs.map(([id, texts]) => [id, texts.map((t) => t.trim())]));
}

/** Polls until the matrix panel shows exactly the engine's numbers for layer h of `file`. */
async function expectPanel(page: Page, file: NetworkFile, h: number) {
  const expected = expectedPanel(file, h);
  await expect.poll(() => panelOnScreen(page, Object.keys(expected))).toEqual(expected);
}

/**
 * Polls until the shown equation, the update W̃^h = W^h − c δW^h, writes every entry of the engine's W̃^h for
 * `file` (8 digits): equations were once remembered by step alone and kept the numbers from before an edit.
 */
async function expectUpdateEquation(page: Page, file: NetworkFile, h: number) {
  const t = trace(networkFromFile(file), sampleFromFile(file));
  const minus = (text: string) => text.replace(/-/g, '−');
  const expected = entries(t.layers[h]!.updatedW).map((x) => minus(formatNumber(x, 8)));
  const missing = async () => {
    const shown = minus(await page.getByTestId('equation').innerText());
    return expected.filter((n) => !shown.includes(n));
  };
  await expect.poll(missing).toEqual([]);
}

const stepName = (page: Page) => page.locator('[data-testid="step-name"]').innerText();

test('edit a weight in the matrix panel: every number follows the engine; reload keeps it; undo restores', async () => {
  const { page, errors, close } = await openPage('/?preset=dyda');
  try {
    await expect.poll(() => stepName(page)).toMatch(/^0\/14/);
    await page.keyboard.press('End'); // the update of W²: every quantity of layer 2 computed and shown
    await expect.poll(() => stepName(page)).toMatch(/^14\/14/);
    await expectPanel(page, dyda, 2);

    await page.locator('[data-weight="2-0-1"]').click();
    const popover = page.getByRole('dialog', { name: /Edit weight/ });
    const field = popover.getByRole('textbox');
    expect(await field.inputValue()).toBe('-0.25');
    await field.fill('0.9x');
    await field.press('Enter');
    await expect.poll(() => popover.getByRole('alert').innerText()).toContain('got "0.9x"');
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    await screenshot(page, 'editor-popover-error');
    await expectPanel(page, dyda, 2); // nothing changed

    await field.fill('0.9');
    await screenshot(page, 'editor-popover');
    await field.press('Enter');
    const changed = withWeight(dyda, 2, 0, 1, 0.9);
    await expectPanel(page, changed, 2);
    await expectUpdateEquation(page, changed, 2);
    expect(await stepName(page)).toMatch(/^14\/14/); // the cursor stayed on the same step
    // Layer 1 too: δup₁, δdown₁, δW¹ and W̃¹ come back through the edited W².
    await page.keyboard.press('ArrowLeft'); // the update of W¹
    await expect.poll(() => stepName(page)).toMatch(/^13\/14/);
    await expectPanel(page, changed, 1);
    await expectUpdateEquation(page, changed, 1);

    // Reload: the link carries the edited network (?net=), so it comes back as it was.
    await page.waitForTimeout(600); // the debounced save as well
    await page.reload();
    await expect.poll(() => stepName(page)).toMatch(/^13\/14/);
    await expectPanel(page, changed, 1);

    // A bare link restores from localStorage.
    await page.goto(new URL('/', page.url()).href);
    await expect.poll(() => stepName(page)).toMatch(/^13\/14/);
    await expectPanel(page, changed, 1);
    expect(JSON.parse((await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY))!).file).toEqual(
      changed,
    );

    // Undo after an edit in this page: the old numbers return.
    await page.keyboard.press('End');
    await page.locator('[data-weight="2-1-0"]').click();
    await popover.getByRole('textbox').fill('-1');
    await popover.getByRole('textbox').press('Enter');
    await expectPanel(page, withWeight(changed, 2, 1, 0, -1), 2);
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+z');
    await expectPanel(page, changed, 2);
    await page.keyboard.press('Control+Shift+z');
    await expectPanel(page, withWeight(changed, 2, 1, 0, -1), 2);
    await page.getByRole('button', { name: /Undo/ }).click();
    await expectPanel(page, changed, 2);
    expect(errors).toEqual([]);
  } finally {
    await close();
  }
});

test('the editor panel: architecture, a refused value at its field, presets; screenshots', async () => {
  const { page, errors, close } = await openPage('/?preset=dyda&step=13');
  try {
    await page.getByRole('button', { name: /Edit network/ }).click();
    const drawer = page.getByRole('complementary', { name: 'Network editor' });
    await screenshot(page, 'editor-panel');
    const rate = drawer.getByRole('textbox', { name: 'learning rate' });
    await rate.fill('-0.1');
    await rate.press('Enter');
    await expect
      .poll(() => drawer.getByRole('alert').innerText())
      .toBe('learning rate: expected a finite number > 0, got -0.1');
    const input = drawer.getByRole('textbox', { name: 'input[0]' });
    await input.fill('one');
    await input.press('Enter');
    await screenshot(page, 'editor-panel-errors');
    await expectPanel(page, dyda, 2); // both refused: nothing changed
    await input.press('Escape');
    await rate.press('Escape');

    await drawer.getByRole('button', { name: 'Add a neuron to layer 1' }).click();
    await drawer.getByRole('button', { name: '+ hidden layer' }).click();
    await expect.poll(() => page.locator('.header .architecture').innerText()).toBe('A[2,3,3,2]');
    await drawer.getByText('Presets').click();
    await drawer.getByText('Random weights').click();
    await screenshot(page, 'editor-panel-deeper');
    await drawer.getByRole('button', { name: /^cheng-2321/ }).click();
    await expect.poll(() => page.locator('.header .architecture').innerText()).toBe('A[2,3,2,1]');
    expect(page.url()).toContain('preset=cheng-2321');
    expect(errors).toEqual([]);
  } finally {
    await close();
  }
});

test('a preset with fewer layers chosen at the last step: every panel, the scrubber and the link follow it', async () => {
  const { page, errors, close } = await openPage('/?layers=2,3,3,2&seed=1');
  try {
    await page.locator('.graph-area [data-id^="n:"]').first().waitFor();
    await page.keyboard.press('End');
    await expect.poll(() => page.getByTestId('step-name').innerText()).toMatch(/^20\/20 update · layer 3/);
    await page.getByRole('button', { name: /Edit network/ }).click();
    const drawer = page.getByRole('complementary', { name: 'Network editor' });
    await drawer.getByText('Presets').click();
    await drawer.getByRole('button', { name: /^dyda\b(?!-)/ }).click();
    // No step of layer 3 in A[2,2,2]: the last step, everywhere (the graph once threw here, and the store's
    // later listeners, the panels', were never told).
    await expect.poll(() => page.getByTestId('step-name').innerText()).toMatch(/^14\/14 update · layer 2/);
    await expect.poll(() => page.getByRole('slider', { name: 'Step' }).inputValue()).toBe('13');
    expect(await page.getByTestId('mapping-diagram').innerText()).toContain('W⁽²⁾');
    expect(await page.getByTestId('mapping-diagram').innerText()).not.toContain('⁽³⁾');
    expect(await page.locator('.matrix-panel .step-slot.current h2').textContent()).toBe('Layer 2');
    await expect.poll(() => page.getByTestId('matrix-updatedW-2').isVisible()).toBe(true);
    expect(page.url()).toContain('preset=dyda&step=13');
    expect(errors).toEqual([]);
  } finally {
    await close();
  }
});

test('a corrupt saved state: the default network, a banner naming the fault, the text kept aside', async () => {
  const { page, errors, close } = await openPage('/?preset=xor');
  try {
    await page.evaluate(
      (key) => localStorage.setItem(key, '{"version":1,"file":{"layers":[2,2]}}'),
      STORAGE_KEY,
    );
    await page.goto(new URL('/', page.url()).href);
    const alert = page.locator('.banner');
    await expect
      .poll(() => alert.innerText())
      .toContain('The network saved in this browser was not restored: file.');
    expect(await page.locator('.header .architecture').innerText()).toBe('A[2,2,2]');
    expect(await page.evaluate((key) => localStorage.getItem(key), BACKUP_KEY)).toBe(
      '{"version":1,"file":{"layers":[2,2]}}',
    );
    await screenshot(page, 'editor-corrupt-storage');
    expect(errors).toEqual([]);
  } finally {
    await close();
  }
});

test('files: a dropped file with a fault is refused naming its path; the picker opens one; save and share', async () => {
  const { page, context, errors, close } = await openPage('/?preset=dyda&step=3');
  try {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const drop = async (name: string, text: string) => {
      const data = await page.evaluateHandle(
        ([n, t]) => {
          const transfer = new DataTransfer();
          transfer.items.add(new File([t], n, { type: 'application/json' }));
          return transfer;
        },
        [name, text] as const,
      );
      await page.dispatchEvent('main', 'dragenter', { dataTransfer: data });
      await page.dispatchEvent('main', 'dragover', { dataTransfer: data });
      await page.dispatchEvent('main', 'drop', { dataTransfer: data });
    };
    const bad = { ...dyda, target: [1, 0, 0] };
    await drop('mine.json', JSON.stringify(bad));
    await expect
      .poll(() => page.locator('.banner').innerText())
      .toContain('The dropped file was not opened: mine.json: target: expected 2 numbers');
    await screenshot(page, 'editor-drop-refused');
    expect(await page.locator('.header .architecture').innerText()).toBe('A[2,2,2]');

    const lecture = findPreset('lecture-342')!.file;
    await drop('lecture.json', JSON.stringify({ ...lecture, note: 'kept' }));
    await expect.poll(() => page.locator('.header .architecture').innerText()).toBe('A[3,4,2]');
    // the refusal of the file before is gone with the network it kept: it stayed up beside the new one
    await expect.poll(() => page.locator('.banner').count()).toBe(0);

    await page.getByRole('button', { name: /Edit network/ }).click();
    const drawer = page.getByRole('complementary', { name: 'Network editor' });
    await drawer.getByText('File and link').click();
    await drawer.getByLabel('Open a network file').setInputFiles({
      name: 'xor.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(findPreset('xor')!.file)),
    });
    await expect.poll(() => page.locator('.header .architecture').innerText()).toBe('A[2,2,1]');
    // A file that is not JSON: refused at the picker, the message whole on screen (it was below the window's
    // edge at 1280×800, cut off mid-sentence), the network kept.
    await drawer.getByLabel('Open a network file').setInputFiles({
      name: 'bad.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"layers": [2, 2, 1], oops}'),
    });
    const refused = drawer.getByRole('alert');
    await expect.poll(() => refused.innerText()).toMatch(/^bad\.json: invalid JSON at line 1, column 23/);
    await expect
      .poll(() => refused.evaluate((e) => e.getBoundingClientRect().bottom <= window.innerHeight))
      .toBe(true);
    await screenshot(page, 'editor-open-refused');
    expect(await page.locator('.header .architecture').innerText()).toBe('A[2,2,1]');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      drawer.getByRole('button', { name: 'Save network.json' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('network.json');
    const saved = JSON.parse(await readFile((await download.path())!, 'utf8'));
    expect(saved).toEqual(findPreset('xor')!.file);

    await drawer.getByRole('button', { name: 'Copy share link' }).click();
    await expect.poll(() => drawer.getByRole('status').innerText()).toBe('Link copied.');
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toMatch(/\?preset=xor&step=3&notation=dyda&digits=8$/);
    // Undo back to the dropped file: an edited network shares as ?net=, which reopens it exactly.
    await page.getByRole('button', { name: /Undo/ }).click();
    await drawer.getByRole('button', { name: 'Copy share link' }).click();
    const netLink = await page.evaluate(() => navigator.clipboard.readText());
    expect(netLink).toContain('?net=');
    const opened = await context.newPage();
    await opened.goto(netLink);
    await expect.poll(() => opened.locator('.header .architecture').innerText()).toBe('A[3,4,2]');
    expect(errors).toEqual([]);
  } finally {
    await close();
  }
});

test('edit a weight on a graph edge: the edge, the loss and the matrix panel show the engine’s numbers', async () => {
  const { page, errors, close } = await openPage('/?preset=dyda&step=13');
  try {
    const label = page.locator('svg.network-graph g.edge-label[data-id="2:2->1"]'); // W²₁₂: from neuron 2 (column 2) to neuron 1
    await label.click();
    const field = page.getByRole('dialog', { name: /Edit weight/ }).getByRole('textbox');
    expect(await field.inputValue()).toBe('-0.65');
    await field.fill('0.2');
    await screenshot(page, 'editor-popover-graph');
    await field.press('Enter');
    const changed = withWeight(dyda, 2, 1, 2, 0.2);
    const t = trace(networkFromFile(changed), sampleFromFile(changed));
    await expectPanel(page, changed, 2);
    // At the update step the edge shows W̃²₁₂ = W²₁₂ − c δW²₁₂ of the edited network; the loss is the new J.
    const updated = t.layers[2]!.updatedW!;
    await expect
      .poll(() => label.locator('text').textContent())
      .toBe(formatNumber(updated.data[1 * 3 + 2]!, 8));
    expect(await page.locator('svg.network-graph [data-id="loss"]').textContent()).toBe(
      `L = ${formatNumber(t.loss, 8)}`,
    );
    expect(errors).toEqual([]);
  } finally {
    await close();
  }
});

/** axe-core's serious and critical findings inside the elements matching `selector`, as "rule: node" lines. */
async function axeFindings(page: Page, selector: string): Promise<string[]> {
  await page.addScriptTag({
    path: resolve(dirname(fileURLToPath(import.meta.url)), '../../node_modules/axe-core/axe.min.js'),
  });
  return page.evaluate(async (context) => {
    // axe is the global the injected script defines.
    const { axe } = window as unknown as {
      axe: {
        run: (
          c: string,
        ) => Promise<{ violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[] }>;
      };
    };
    const { violations } = await axe.run(context);
    return violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
  }, selector);
}

test.each(['light', 'dark', 'contrast'])(
  '%s theme: axe finds nothing serious in the editor panel (every section open, errors shown) or the weight popover',
  async (theme) => {
    const { page, errors, close } = await openPage(`/?preset=dyda&step=13&theme=${theme}`);
    try {
      await page.getByRole('button', { name: /Edit network/ }).click();
      const drawer = page.getByRole('complementary', { name: 'Network editor' });
      for (const title of ['Random weights', 'Presets', 'File and link'])
        await drawer.getByText(title, { exact: true }).click();
      const rate = drawer.getByRole('textbox', { name: 'learning rate' });
      await rate.fill('x');
      await rate.press('Enter');
      await expect.poll(() => axeFindings(page, '#editor-drawer')).toEqual([]);
      await page.locator('[data-weight="2-1-1"]').click();
      await page
        .getByRole('dialog', { name: /Edit weight/ })
        .getByRole('textbox')
        .fill('?');
      await page
        .getByRole('dialog', { name: /Edit weight/ })
        .getByRole('textbox')
        .press('Enter');
      expect(await axeFindings(page, '.weight-popover')).toEqual([]);
      expect(await axeFindings(page, '.editor-bar')).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  },
);

test('an edited network too large for a link: the address leaves it out, a reload keeps the edit, and a link looked at later does not overwrite it', async () => {
  // A[30,30,10]: 1,240 weights, some 30,000 characters of net=, past MAX_LINK_LENGTH.
  const { page, errors, close } = await openPage('/?layers=30,30,10&seed=1&step=0');
  try {
    await expect.poll(() => stepName(page)).toMatch(/^1\/\d+/);
    const entry = page.locator('.matrix-panel .step-slot.current [data-weight="1-0-0"]');
    await entry.click();
    const field = page.getByRole('dialog', { name: /Edit weight/ }).getByRole('textbox');
    await field.fill('0.5');
    await field.press('Enter');
    await expect
      .poll(() => page.locator('.banner').innerText())
      .toContain('This network is too large for a link');
    expect(page.url()).not.toMatch(/[?&](net|layers|preset)=/);
    expect(page.url()).toContain('step=0');
    await expect.poll(() => entry.innerText()).toBe('0.5');

    await page.waitForTimeout(600); // the debounced save
    await page.reload();
    await expect.poll(() => page.locator('.header .architecture').innerText()).toBe('A[30,30,10]');
    await expect.poll(() => entry.innerText()).toBe('0.5');
    expect(await page.locator('.banner').innerText()).toContain('Restored from your last visit');

    // Looking at another network by its link, and stepping it, leaves the saved work alone.
    await page.goto(new URL('/?preset=xor', page.url()).href);
    await expect.poll(() => page.locator('.header .architecture').innerText()).toBe('A[2,2,1]');
    await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(2500); // longer than a view change's save delay
    await page.goto(new URL('/', page.url()).href);
    await expect.poll(() => page.locator('.header .architecture').innerText()).toBe('A[30,30,10]');
    await expect.poll(() => entry.innerText()).toBe('0.5');
    expect(errors).toEqual([]);
  } finally {
    await close();
  }
});
