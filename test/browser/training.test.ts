import type { Page } from 'playwright-core';
import { afterAll, expect, test } from 'vitest';
import { findPreset } from '../../src/presets';
import { closeBrowser, openPage, screenshot } from './browser';

afterAll(closeBrowser);

/** Opens the app on its Train panel. */
async function openTraining() {
  const opened = await openPage('/', { viewport: { width: 1280, height: 900 } });
  await opened.page.getByRole('tab', { name: 'Train' }).click();
  await opened.page.getByRole('region', { name: 'Training' }).waitFor();
  return opened;
}

/** Trains the chosen toy set on a new seeded network (16-16 tanh, c = 0.1, seed 1) until the epochs are done. */
async function trainToy(page: Page, dataset: string, epochs: number) {
  const panel = page.getByRole('region', { name: 'Training' });
  await panel.getByLabel(/^Dataset/).selectOption(dataset);
  await panel.getByText('New network for this dataset').click();
  await panel.getByRole('button', { name: 'New network (seed 1)' }).click();
  await panel.getByLabel(/^Epochs/).fill(String(epochs));
  await panel.getByLabel(/^Speed/).selectOption('1000');
  await panel.getByRole('button', { name: 'Play' }).click();
  await panel.getByText(new RegExp(`epoch ${epochs} of ${epochs} .* done`)).waitFor({ timeout: 90_000 });
}

test('training XOR from a fixed seed drives the loss below 0.05 and the curve shows it', async () => {
  const { page, errors, close } = await openTraining();
  try {
    await trainToy(page, 'xor', 1000);
    const last = page.locator('.loss-curve .loss-last');
    expect(Number(await last.getAttribute('data-value'))).toBeLessThan(0.05);
    expect(await last.textContent()).toMatch(/^J = /);
    // the curve went down: its last point sits lower on screen than its first
    const path = (await page.locator('.loss-curve .loss-line').getAttribute('d')) ?? '';
    const ys = [...path.matchAll(/[ML][\d.e-]+,([\d.e-]+)/g)].map((match) => Number(match[1]));
    expect(ys.at(-1)).toBeGreaterThan((ys[0] as number) + 50);
    expect(await page.locator('.decision-map circle.data-point').count()).toBe(4);
    await screenshot(page, 'training-xor');
    expect(errors).toEqual([]);
  } finally {
    await close();
  }
});

test('a spiral trains and its decision map separates the arms', async () => {
  const { page, errors, close } = await openTraining();
  try {
    await trainToy(page, 'spiral', 1500);
    expect(Number(await page.locator('.loss-curve .loss-last').getAttribute('data-value'))).toBeLessThan(
      0.02,
    );
    expect(await page.locator('.decision-map circle.data-point').count()).toBe(200);
    await screenshot(page, 'training-spiral');
    expect(errors).toEqual([]);
  } finally {
    await close();
  }
});

test('a pasted CSV with a bad row is refused with the row number named', async () => {
  const { page, errors, close } = await openTraining();
  try {
    const panel = page.getByRole('region', { name: 'Training' });
    // The app opens on Dyda's A[2,2,2]: two inputs, two targets a row.
    await panel.getByLabel(/^Dataset/).selectOption('csv');
    await panel.getByLabel(/^CSV/).fill('x1,x2,y1,y2\n0,0,1,0\n0,1,0,1\n1,0,0,1\n1,1,zero,1\n');
    await expect
      .poll(() => panel.getByRole('alert').textContent())
      .toBe(
        'CSV row 5: expected 4 numbers (2 inputs + 2 targets), got "1,1,zero,1" (a value that is not a number)',
      );
    expect(await panel.getByRole('button', { name: 'Play' }).isDisabled()).toBe(true);
    await screenshot(page, 'training-csv-error');
    await panel.getByLabel(/^CSV/).fill('x1,x2,y1,y2\n0,0,1,0\n0,1,0,1\n1,0,0,1\n1,1,1,0\n');
    expect(await panel.getByRole('alert').count()).toBe(0);
    expect(await panel.getByRole('button', { name: 'Play' }).isDisabled()).toBe(false);
    expect(errors).toEqual([]);
  } finally {
    await close();
  }
});

test('the Train view of A[784,128,64,10] opens, answers a click, and its gradient check checks a bounded sample', async () => {
  // Opening Train used to finite-difference all 109,386 weights in the closed section: minutes of a frozen page.
  const { page, errors, close } = await openPage('/?layers=784,128,64,10&seed=1', {
    viewport: { width: 1280, height: 900 },
  });
  try {
    await page.getByRole('tab', { name: 'Train' }).click();
    const panel = page.getByRole('region', { name: 'Training' });
    await panel.waitFor();
    await panel.getByRole('button', { name: 'Step 1 iteration' }).click();
    await panel.getByText('A[784,128,64,10] · epoch 1 of 1000 · iteration 1').waitFor();
    await page.getByText('Gradient check of the current network on its sample').click();
    // The page answers while the check runs: a click trains another iteration.
    await panel.getByRole('button', { name: 'Step 1 iteration' }).click();
    await panel.getByText(/ · iteration 2 · /).waitFor();
    const verdict = page.locator('.gradient-check-verdict');
    await verdict.waitFor({ timeout: 60_000 });
    expect(await verdict.textContent()).toMatch(
      /^All 350 derivatives agree with finite differences .* Checked 350 of the 110,170, .*: 100 of the 100,480 weights of W¹, 100 of the 8,256 of W², 100 of the 650 of W³ and 50 of the 784 inputs\./,
    );
    expect(await page.locator('.gradient-check-table tbody tr').count()).toBe(50);
    expect(await page.locator('.gradient-check-table tr.grade-bad').count()).toBe(0);
    await page.locator('.gradient-check-section').scrollIntoViewIfNeeded();
    await screenshot(page, 'training-big-gradient-check');
    expect(errors).toEqual([]);
  } finally {
    await close();
  }
});

test('a network file whose dataset is malformed says so in the Train view at once and trains on its sample', async () => {
  const xor = findPreset('xor')!.file;
  const net = encodeURIComponent(
    JSON.stringify({
      ...xor,
      dataset: {
        inputs: [
          [0, 0],
          [0, 1, 1],
        ],
        targets: [[0], [1]],
      },
    }),
  );
  const { page, errors, close } = await openPage(`/?net=${net}`, { viewport: { width: 1280, height: 900 } });
  try {
    await page.getByRole('tab', { name: 'Train' }).click();
    const panel = page.getByRole('region', { name: 'Training' });
    const alert = panel.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toBe(
      "The network file's own examples cannot be used: dataset.inputs[1]: expected 2 numbers (N0 = 2 inputs), " +
        'got 3. Training uses “The sample alone” instead. The file keeps its dataset as it is.',
    );
    expect(await alert.isVisible()).toBe(true);
    expect(await panel.getByLabel(/^Dataset/).inputValue()).toBe('sample');
    await panel.getByRole('button', { name: 'Step 1 iteration' }).click();
    await panel.getByText(/epoch 1 of 1000 · iteration 1 · J = /).waitFor();
    await screenshot(page, 'training-malformed-dataset');
    expect(errors).toEqual([]);
  } finally {
    await close();
  }
});

test('a batch size of 0 stays in its field with the range expected, and training keeps the last good one', async () => {
  const { page, errors, close } = await openTraining();
  try {
    const panel = page.getByRole('region', { name: 'Training' });
    const batch = panel.getByLabel(/^Batch size/);
    await batch.fill('0');
    const alert = panel.getByRole('alert');
    expect(await alert.textContent()).toBe(
      'Batch size: expected a whole number from 1 to 100,000, got 0; training keeps 1.',
    );
    expect(await batch.inputValue()).toBe('0');
    expect(await batch.getAttribute('aria-invalid')).toBe('true');
    await batch.fill('2');
    expect(await alert.count()).toBe(0);
    expect(errors).toEqual([]);
  } finally {
    await close();
  }
});
