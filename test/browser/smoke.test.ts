import { afterAll, expect, test } from 'vitest';
import { findPreset } from '../../src/presets';
import { STORAGE_KEY, serializeSaved } from '../../src/store/persistence';
import { closeBrowser, openPage, screenshot } from './browser';

afterAll(closeBrowser);

test('the app loads with its title and without console or page errors', async () => {
  const { page, errors, close } = await openPage('/');
  try {
    expect(await page.title()).toContain('Deltascope');
    await screenshot(page, 'smoke-home');
    expect(errors).toEqual([]);
  } finally {
    await close();
  }
});

test('a link that cannot be read stays in the address bar beside the banner until the view changes', async () => {
  const { page, errors, close } = await openPage('/?net=%7Bbroken&step=3');
  try {
    await expect
      .poll(() => page.locator('.banner').innerText())
      .toContain("The link's network (net=) could not be read");
    await page.waitForTimeout(300);
    expect(page.url()).toContain('net=%7Bbroken');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.url()).toContain('preset=dyda');
    expect(errors).toEqual([]);
  } finally {
    await close();
  }
});

test('a network restored from the last visit is written to the address bar at once, as everything shown is', async () => {
  const { page, errors, close } = await openPage('/');
  try {
    const xor = findPreset('xor')!.file;
    const text = serializeSaved({ file: xor, cursor: 2, notation: 'lecture', digits: 5, theme: 'dark' });
    await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [STORAGE_KEY, text]);
    await page.goto(new URL('/', page.url()).href);
    await expect.poll(() => page.locator('.banner').innerText()).toContain('Restored from your last visit');
    // before any step: a link copied now reopens what is shown (it stayed bare, and opened Dyda's example)
    await expect.poll(() => new URL(page.url()).searchParams.has('net')).toBe(true);
    const params = new URL(page.url()).searchParams;
    expect([params.get('step'), params.get('notation'), params.get('digits'), params.get('theme')]).toEqual([
      '2',
      'lecture',
      '5',
      'dark',
    ]);
    // …and opened elsewhere (no storage), it shows the same network at the same step
    const elsewhere = await openPage(`/${new URL(page.url()).search}`);
    try {
      await expect.poll(() => elsewhere.page.locator('.header .architecture').innerText()).toBe('A[2,2,1]');
      await expect
        .poll(() => elsewhere.page.locator('[data-testid="step-name"]').innerText())
        .toMatch(/^3\//);
    } finally {
      await elsewhere.close();
    }
    expect(errors).toEqual([]);
  } finally {
    await close();
  }
});
