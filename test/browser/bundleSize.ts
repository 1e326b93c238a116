// The initial JavaScript a page of the built app loads: its module script and every chunk it preloads.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export const DIST = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '../..',
  process.env.DELTASCOPE_DIST ?? 'dist',
);

/** The JS files an HTML entry of dist/ loads before anything is lazily imported. */
export function initialScripts(html: string): string[] {
  const page = readFileSync(resolve(DIST, html), 'utf8');
  const sources = [
    ...page.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g),
    ...page.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
  ].map((match) => match[1] as string);
  return [...new Set(sources)];
}

/** Gzipped bytes of the initial JavaScript of an HTML entry. */
export function initialGzipBytes(html: string): number {
  return initialScripts(html).reduce(
    (sum, src) => sum + gzipSync(readFileSync(resolve(DIST, src.replace(/^\.?\//, '')))).length,
    0,
  );
}
