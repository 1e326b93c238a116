// The browser part of `npm run bench` (issue 6): builds the app, serves it on 127.0.0.1 and measures, in Debian's
// Chromium, first render, step latency (key press → next painted frame), frames per second while playing and
// the JS heap, for A[2,2,2], A[64,32,10] and A[784,128,64,10]. Prints a table and writes bench/results-browser.json.
// Figures, not assertions: the budgets of issue 6 are printed beside them.
import { spawn, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';

const ROOT = resolve(import.meta.dirname, '..');
const VITE = resolve(ROOT, 'node_modules/vite/bin/vite.js');
const STEPS = 50;

interface Case {
  name: string;
  path: string;
  budgetFirstRenderMs: number;
  budgetStepP95Ms: number;
}

const CASES: Case[] = [
  { name: 'A[2,2,2] (Dyda)', path: '?preset=dyda', budgetFirstRenderMs: 1000, budgetStepP95Ms: 16 },
  { name: 'A[64,32,10]', path: '?layers=64,32,10&seed=1', budgetFirstRenderMs: 3000, budgetStepP95Ms: 50 },
  {
    name: 'A[784,128,64,10]',
    path: '?layers=784,128,64,10&seed=1',
    budgetFirstRenderMs: 3000,
    budgetStepP95Ms: 50,
  },
];

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => done(port));
    });
  });
}

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
};

/** Time from a key press to the frame that shows its result: keydown's timestamp → rAF → task after paint. */
async function stepLatencies(page: Page, key: string, count: number): Promise<number[]> {
  await page.evaluate(() => {
    const w = window as unknown as { __latencies: number[] };
    w.__latencies = [];
    window.addEventListener(
      'keydown',
      (event) => {
        const start = event.timeStamp;
        requestAnimationFrame(() => setTimeout(() => w.__latencies.push(performance.now() - start), 0));
      },
      { capture: true },
    );
  });
  for (let k = 0; k < count; k++) {
    await page.keyboard.press(k % 2 === 0 ? key : key === 'ArrowRight' ? 'ArrowLeft' : 'ArrowRight');
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
  }
  return page.evaluate(() => (window as unknown as { __latencies: number[] }).__latencies);
}

async function framesPerSecond(page: Page, ms: number): Promise<number> {
  return page.evaluate(
    (duration) =>
      new Promise<number>((done) => {
        let frames = 0;
        const start = performance.now();
        const tick = (now: number) => {
          frames++;
          if (now - start < duration) requestAnimationFrame(tick);
          else done((frames * 1000) / (now - start));
        };
        requestAnimationFrame(tick);
      }),
    ms,
  );
}

async function main() {
  if (!process.argv.includes('--no-build')) {
    const built = spawnSync(process.execPath, [VITE, 'build', '--logLevel', 'warn'], {
      cwd: ROOT,
      stdio: 'inherit',
    });
    if (built.status !== 0) throw new Error('vite build failed');
  }
  const port = await freePort();
  const server = spawn(
    process.execPath,
    [VITE, 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    {
      cwd: ROOT,
      stdio: 'ignore',
    },
  );
  const base = `http://127.0.0.1:${port}/`;
  for (let k = 0; k < 100; k++) {
    try {
      if ((await fetch(base)).ok) break;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  const browser = await chromium.launch({
    executablePath: process.env.DELTASCOPE_CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--enable-precise-memory-info',
    ],
  });
  const rows: Record<string, unknown>[] = [];
  try {
    for (const c of CASES) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      const started = Date.now();
      await page.goto(base + c.path);
      await page.waitForFunction(
        () => document.querySelectorAll('svg circle, canvas').length > 0,
        undefined,
        { timeout: 30_000 },
      );
      const firstRender = await page.evaluate(() => performance.now());
      void started;
      const latencies = await stepLatencies(page, 'ArrowRight', STEPS);
      await page.keyboard.press('Home');
      await page.keyboard.press('Space');
      const fps = await framesPerSecond(page, 2000);
      await page.keyboard.press('Space');
      const heap = await page.evaluate(
        () =>
          (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? NaN,
      );
      rows.push({
        network: c.name,
        firstRenderMs: Math.round(firstRender),
        firstRenderBudgetMs: c.budgetFirstRenderMs,
        stepMedianMs: +quantile(latencies, 0.5).toFixed(1),
        stepP95Ms: +quantile(latencies, 0.95).toFixed(1),
        stepP95BudgetMs: c.budgetStepP95Ms,
        playingFps: +fps.toFixed(1),
        heapMB: +(heap / 2 ** 20).toFixed(1),
      });
      await page.close();
    }
  } finally {
    await browser.close();
    server.kill();
  }
  console.table(rows);
  writeFileSync(
    resolve(ROOT, 'bench/results-browser.json'),
    JSON.stringify({ date: new Date().toISOString(), rows }, null, 2),
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
