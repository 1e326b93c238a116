// Issue 6's bundle budget: a deterministic figure, so CI checks it (timings stay in the benchmark).
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, initialGzipBytes, initialScripts } from './bundleSize';

const BUDGET_BYTES = 250 * 1024;

describe('the built bundle', () => {
  it('is the production build: no development JSX runtime, no React development warnings', () => {
    // The budget below means something only for what ships (globalSetup builds as `npm run build` does).
    const code = initialScripts('index.html')
      .map((src) => readFileSync(resolve(DIST, src.replace(/^\.?\//, '')), 'utf8'))
      .join('\n');
    // (booleans, so that a failure does not print the whole bundle)
    expect(code.includes('jsxDEV'), "React's development JSX runtime (jsxDEV)").toBe(false);
    const warning = 'Each child in a list should have a unique';
    expect(code.includes(warning), "React's development warnings").toBe(false);
  });

  it('index.html loads under 250 kB of gzipped JavaScript before any lazy chunk', () => {
    const scripts = initialScripts('index.html');
    expect(scripts.length).toBeGreaterThan(0);
    const bytes = initialGzipBytes('index.html');
    console.log(
      `initial JS of index.html: ${(bytes / 1024).toFixed(1)} kB gzipped (${scripts.length} files)`,
    );
    expect(bytes).toBeLessThan(BUDGET_BYTES);
  });

  it.runIf(existsSync(resolve(DIST, 'embed.html')))('embed.html loads less JavaScript than the app', () => {
    expect(initialGzipBytes('embed.html')).toBeLessThan(initialGzipBytes('index.html'));
  });
});
