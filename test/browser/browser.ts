// Helpers for the `browser` Vitest project: a headless Chromium driven by playwright-core against the
// `vite preview` server started in globalSetup.ts.
//
//   import { afterAll, expect, test } from 'vitest';
//   import { closeBrowser, openPage, screenshot } from './browser';
//
//   afterAll(closeBrowser);
//   test('…', async () => {
//     const { page, errors, close } = await openPage('/?preset=dyda', { viewport: { width: 1280, height: 800 } });
//     await screenshot(page, 'dyda-start');
//     expect(errors).toEqual([]);
//     await close();
//   });
import { mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from 'playwright-core';
import { expect, inject } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';

export { CHROMIUM_PATH };

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const SCREENSHOT_DIR = resolve(ROOT, 'test-results/screenshots');

export const DEFAULT_VIEWPORT = { width: 1280, height: 800 } as const;

/** Base URL of the preview server (trailing slash), provided by globalSetup.ts. */
export function baseUrl(): string {
  return inject('baseUrl');
}

/** Absolute URL for an app path such as `/` or `/?preset=dyda`. */
export function appUrl(path = '/'): string {
  return new URL(path, baseUrl()).href;
}

/**
 * Launches a fresh headless Chromium. Playwright gives every launch its own temporary profile
 * (`--user-data-dir` in $TMPDIR, deleted on close); passing `--user-data-dir` in `args` is rejected by
 * playwright-core, so we rely on that.
 */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}

let shared: Promise<Browser> | undefined;

/** The browser shared by `openPage` within one test file (launched on first use). */
export function sharedBrowser(): Promise<Browser> {
  shared ??= launchBrowser();
  return shared;
}

/** Closes the shared browser; use as `afterAll(closeBrowser)`. */
export async function closeBrowser(): Promise<void> {
  const pending = shared;
  shared = undefined;
  if (pending !== undefined) await (await pending).close();
}

export interface OpenPageOptions extends Omit<BrowserContextOptions, 'viewport' | 'baseURL'> {
  viewport?: { width: number; height: number };
  /** Browser to use instead of the shared one. */
  browser?: Browser;
  /** When navigation counts as done; default `load`. */
  waitUntil?: 'load' | 'domcontentloaded' | 'networkidle' | 'commit';
}

export interface OpenedPage {
  page: Page;
  context: BrowserContext;
  /** Console errors (`console: …`) and uncaught page errors (`pageerror: …`) seen so far. Assert `toEqual([])`. */
  errors: string[];
  /** Closes the page's context (the browser stays open). */
  close: () => Promise<void>;
}

/**
 * Opens `path` (relative to the preview server) in a new, isolated browser context and starts recording
 * console errors and page errors before the first navigation.
 */
export async function openPage(path = '/', options: OpenPageOptions = {}): Promise<OpenedPage> {
  const { viewport = DEFAULT_VIEWPORT, browser, waitUntil = 'load', ...contextOptions } = options;
  const context = await (browser ?? (await sharedBrowser())).newContext({
    ...contextOptions,
    viewport,
    baseURL: baseUrl(),
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') {
      const { url, lineNumber } = message.location();
      errors.push(`console: ${message.text()}${url ? ` (${url}:${lineNumber})` : ''}`);
    }
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.stack ?? error.message}`));
  page.on('crash', () => errors.push('crash: page crashed'));
  await page.goto(appUrl(path), { waitUntil });
  return { page, context, errors, close: () => context.close() };
}

/** Saves a PNG to test-results/screenshots/<name>.png and returns its path. */
export async function screenshot(
  page: Page,
  name: string,
  options: { fullPage?: boolean } = {},
): Promise<string> {
  const file = resolve(SCREENSHOT_DIR, `${name.replace(/[^\w.-]+/g, '-')}.png`);
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: file, fullPage: options.fullPage ?? false });
  return file;
}

/**
 * Resolves once `read` gives the same answer twice, `intervalMs` apart: for what settles over a few frames (the
 * equation's type fit, KaTeX's fonts arriving). Fails as expect.poll does if it never holds still.
 */
export async function untilStill(read: () => Promise<string>, intervalMs = 100): Promise<void> {
  await expect
    .poll(async () => {
      const before = await read();
      await new Promise((done) => setTimeout(done, intervalMs));
      return (await read()) === before;
    })
    .toBe(true);
}
