// The browser part of `npm run bench` (issue 6): builds the app, serves it on 127.0.0.1 and measures, in Debian's
// Chromium, first render, step latency (key press → the frame on screen), frames per second while playing and
// the JS heap for A[2,2,2], A[64,32,10] and A[784,128,64,10], and training iterations per second (with the
// frame rate meanwhile) in the Train view. Prints a table and writes bench/results-browser.json. Figures, not
// assertions: the budgets of issue 6 are printed beside them. `--no-build` reuses the last build.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../test/browser/chromium';
import { servePreview } from './server';
import {
  FIRST_LOOK_MS,
  FLOOR_PAGE,
  GRAPH_DRAWN,
  GRAPH_PLACEHOLDER,
  afterNextPaint,
  framesPerSecond,
  heapMB,
  newPage,
  quantile,
  READER_PAUSE_MS,
  recordFirstRender,
  settle,
  stepLatencies,
  type StepLatency,
  VIEWPORT,
} from './pageMeasures';

const ROOT = resolve(import.meta.dirname, '..');
const VITE = resolve(ROOT, 'node_modules/vite/bin/vite.js');
const DIST = resolve(ROOT, process.env.DELTASCOPE_DIST ?? 'dist-bench');
const STEPS = 50;

interface Case {
  readonly name: string;
  readonly path: string;
  readonly budgetFirstRenderMs: number;
  readonly budgetStepP95Ms: number;
}

const CASES: readonly Case[] = [
  { name: 'A[2,2,2] (Dyda)', path: '?preset=dyda', budgetFirstRenderMs: 1000, budgetStepP95Ms: 16 },
  { name: 'A[64,32,10]', path: '?layers=64,32,10&seed=1', budgetFirstRenderMs: 3000, budgetStepP95Ms: 50 },
  {
    name: 'A[784,128,64,10]',
    path: '?layers=784,128,64,10&seed=1',
    budgetFirstRenderMs: 3000,
    budgetStepP95Ms: 50,
  },
];

const round = (x: number, digits = 1) => +x.toFixed(digits);

/** Opens a network and waits for its first render: the time, and what was drawn (the graph or a placeholder). */
async function openNetwork(browser: Browser, base: string, c: Case) {
  const { context, page } = await newPage(browser);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.addInitScript(recordFirstRender, [GRAPH_DRAWN, GRAPH_PLACEHOLDER] as const);
  await page.goto(base + c.path);
  await page.waitForFunction(() => (window as { __firstRender?: number }).__firstRender !== undefined, null, {
    timeout: 30_000,
  });
  const firstRender = await page.evaluate(() => (window as { __firstRender?: number }).__firstRender ?? NaN);
  const drawn = await page.evaluate(() => (window as { __drawn?: string }).__drawn ?? '?');
  return { context, page, errors, firstRender, drawn };
}

/** One network: a cold page (its own context), first render, 50 steps, 3 s of playing at 8 steps/s, heap. */
async function measureNetwork(browser: Browser, base: string, c: Case) {
  const { context, page, errors, firstRender, drawn } = await openNetwork(browser, base, c);
  // A press the moment the graph is drawn, while KaTeX, its fonts and the neighbouring steps still load: a figure
  // of its own. The 50 steps are a reader's, who looks at the loaded page before pressing (settle).
  const [firstStep] = await stepLatencies(page, 1, 0);
  await settle(page);
  const steps = await stepLatencies(page, STEPS);
  await page.keyboard.press('Home');
  await page.locator('.controls .speed select').selectOption('8');
  await page.keyboard.press('Space');
  const playing = await framesPerSecond(page, 3000);
  await page.keyboard.press('Space');
  await afterNextPaint(page);
  const heap = await heapMB(page);
  await context.close();
  return {
    network: c.name,
    drawn,
    firstRenderMs: Math.round(firstRender),
    firstRenderBudgetMs: c.budgetFirstRenderMs,
    firstStepMs: round(firstStep?.presentedMs ?? NaN),
    ...stepFigures(steps),
    stepP95BudgetMs: c.budgetStepP95Ms,
    playingFps: round(playing.fps),
    longestFrameMs: round(playing.longestFrameMs),
    heapMB: round(heap),
    errors,
  };
}

/**
 * Median and p95 of the steps' latencies to the presented frame (the budget's figure) and of their main-thread
 * part (to the frame's commit, before raster and draw), and the median of their script part.
 */
function stepFigures(steps: readonly StepLatency[]) {
  const of = (pick: (l: StepLatency) => number, q: number) => round(quantile(steps.map(pick), q));
  return {
    stepMedianMs: of((l) => l.presentedMs, 0.5),
    stepP95Ms: of((l) => l.presentedMs, 0.95),
    mainThreadMedianMs: of((l) => l.totalMs, 0.5),
    mainThreadP95Ms: of((l) => l.totalMs, 0.95),
    stepScriptMedianMs: of((l) => l.scriptMs, 0.5),
    steps: steps.length,
  };
}

/** The baseline in the same browser: the step latency of a page whose key press changes one number. */
async function measureFloor(browser: Browser) {
  const { context, page } = await newPage(browser);
  await page.setContent(FLOOR_PAGE);
  const figures = stepFigures(await stepLatencies(page, STEPS));
  await context.close();
  return figures;
}

/** A reader who stays on each step: a press a second, so each flow step's dots still run at the next press. */
const DWELLING_PAUSE_MS = 1000;

/**
 * Dyda stepped at a dwelling reader's pace. While dots run, Chromium draws at the display's pace and a key press
 * waits for the next frame slot (up to 16.7 ms) as on any display; the figure shows what that costs.
 */
async function measureDwelling(browser: Browser, base: string) {
  const { context, page } = await openNetwork(browser, base, CASES[0]!);
  await settle(page);
  const figures = stepFigures(await stepLatencies(page, STEPS, DWELLING_PAUSE_MS));
  await context.close();
  return figures;
}

/** The Train view on XOR with a new 2-8-8-1 tanh network at 1000 iterations a frame: iterations/s and fps. */
async function measureTraining(browser: Browser, base: string) {
  const { context, page } = await newPage(browser);
  await page.goto(base);
  await page.getByRole('tab', { name: 'Train' }).click();
  const panel = page.getByRole('region', { name: 'Training' });
  await panel.getByLabel(/^Dataset/).selectOption('xor');
  await panel.getByText('New network for this dataset').click();
  await panel.getByLabel(/^Hidden layers/).fill('8, 8');
  await panel.getByRole('button', { name: /^New network/ }).click();
  await panel.getByLabel(/^Epochs/).fill('10000000');
  await panel.getByLabel(/^Speed/).selectOption('1000');
  const status = panel.locator('.training-status');
  const iteration = async () => Number(/iteration (\d+)/.exec((await status.textContent()) ?? '')?.[1]);
  await panel.getByRole('button', { name: 'Play' }).click();
  await page.waitForTimeout(1000); // warm-up: the worker starts, the JIT settles
  const before = await iteration();
  const started = Date.now();
  const frames = await framesPerSecond(page, 3000);
  const after = await iteration();
  const seconds = (Date.now() - started) / 1000;
  await panel.getByRole('button', { name: 'Pause' }).click();
  const network = /A\[[\d,]+\]/.exec((await status.textContent()) ?? '')?.[0] ?? '?';
  await context.close();
  return {
    network: `${network} on XOR, 1000 iterations/frame`,
    iterationsPerSecond: Math.round((after - before) / seconds),
    fpsWhileTraining: round(frames.fps),
    longestFrameMs: round(frames.longestFrameMs),
  };
}

const mark = (value: number, budget: number) => `${value} / ${budget} ${value <= budget ? '✓' : '✗'}`;

async function main() {
  if (!process.argv.includes('--no-build')) {
    const built = spawnSync(
      process.execPath,
      [VITE, 'build', '--logLevel', 'error', '--outDir', DIST, '--emptyOutDir'],
      { cwd: ROOT, stdio: 'inherit' },
    );
    if (built.status !== 0) throw new Error('vite build failed');
  }
  const { base, server } = await servePreview(DIST);
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS, '--enable-precise-memory-info'],
  });
  try {
    const load = loadavg()[0] ?? NaN;
    const rows = [];
    const floor = await measureFloor(browser);
    for (const c of CASES) rows.push(await measureNetwork(browser, base, c));
    const dwelling = await measureDwelling(browser, base);
    const training = await measureTraining(browser, base);
    console.log(
      `Browser (Chromium, headless, ${VIEWPORT.width}×${VIEWPORT.height}; load average ${load.toFixed(2)})`,
    );
    const stepColumns = (f: ReturnType<typeof stepFigures>) => ({
      'step median ms': f.stepMedianMs,
      'main thread median / p95 ms': `${f.mainThreadMedianMs} / ${f.mainThreadP95Ms}`,
      'of it script ms': f.stepScriptMedianMs,
    });
    console.table([
      ...rows.map((r) => ({
        network: r.drawn === 'graph' ? r.network : `${r.network} (${r.drawn})`,
        'first render ms / budget': mark(r.firstRenderMs, r.firstRenderBudgetMs),
        'first step ms': r.firstStepMs,
        ...stepColumns(r),
        'step p95 ms / budget': mark(r.stepP95Ms, r.stepP95BudgetMs),
        'p95 ÷ budget': round(r.stepP95Ms / r.stepP95BudgetMs, 2),
        'p95 ÷ floor': round(r.stepP95Ms / floor.stepP95Ms, 1),
        'fps playing': r.playingFps,
        'longest frame ms': r.longestFrameMs,
        'heap MB': r.heapMB,
      })),
      {
        network: `${CASES[0]!.name}, a press every ${DWELLING_PAUSE_MS / 1000} s (flow dots running)`,
        ...stepColumns(dwelling),
        'step p95 ms / budget': `${dwelling.stepP95Ms}`,
      },
      {
        network: 'floor: a page that changes one number',
        ...stepColumns(floor),
        'step p95 ms / budget': `${floor.stepP95Ms}`,
      },
    ]);
    console.log(
      `Step latency: key press → the frame that shows the step, on screen (Chromium's EventLatency), 50 steps once ` +
        `the page has loaded and been looked at for ${FIRST_LOOK_MS} ms, one press every ${READER_PAUSE_MS} ms (a ` +
        "reader's pace). First step: one press the moment the graph is drawn. Main thread: to the frame's commit, " +
        "before raster and draw; script: the key handler with React's commit.",
    );
    console.log(
      `Training ${training.network}: ${training.iterationsPerSecond} iterations/s, ` +
        `${training.fpsWhileTraining} fps meanwhile (longest frame ${training.longestFrameMs} ms)`,
    );
    for (const r of rows)
      if (r.errors.length > 0) console.log(`${r.network}: page errors: ${r.errors.join('; ')}`);
    writeFileSync(
      resolve(ROOT, 'bench/results-browser.json'),
      JSON.stringify(
        {
          date: new Date().toISOString(),
          loadAverage: load,
          viewport: VIEWPORT,
          rows,
          dwelling,
          floor,
          training,
        },
        null,
        2,
      ),
    );
  } finally {
    await browser.close();
    server.kill();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
