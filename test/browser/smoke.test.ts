import { afterAll, expect, test } from 'vitest';
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
