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
