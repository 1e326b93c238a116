// `npm run bench:ab -- dist-a dist-b [--rounds 5] [--path '?preset=dyda']`: step latency of two (or more) builds,
// compared in one browser. Run to run, this machine's figures move by a few milliseconds, more than most changes
// are worth; alternating the builds round by round in the same browser puts them under the same load. Prints each
// round and the pooled median and p95 per build. Builds are not made here: `npx vite build --outDir dist-a`.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../test/browser/chromium';
import { servePreview } from './server';
import { GRAPH_DRAWN, newPage, quantile, settle, stepLatencies, type StepLatency } from './pageMeasures';

const ROOT = resolve(import.meta.dirname, '..');
const STEPS = 50;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { rounds: { type: 'string', default: '5' }, path: { type: 'string', default: '?preset=dyda' } },
});
const rounds = Number(values.rounds);
if (positionals.length < 2 || !Number.isInteger(rounds) || rounds < 1) {
  console.error('usage: npm run bench:ab -- <dist-a> <dist-b> [...] [--rounds N] [--path "?preset=dyda"]');
  process.exit(2);
}
for (const dist of positionals)
  if (!existsSync(resolve(ROOT, dist, 'index.html'))) {
    console.error(`${dist}/index.html does not exist: build it first (npx vite build --outDir ${dist})`);
    process.exit(2);
  }

/** Median and p95 to the presented frame, then of the main thread's part (bench/pageMeasures.ts). */
const figures = (steps: readonly StepLatency[]) => {
  const of = (pick: (l: StepLatency) => number) => {
    const values = steps.map(pick);
    return `median ${quantile(values, 0.5).toFixed(1)} ms, p95 ${quantile(values, 0.95).toFixed(1)} ms`;
  };
  return `presented ${of((l) => l.presentedMs)}; main thread ${of((l) => l.totalMs)}`;
};

async function main() {
  const builds = await Promise.all(
    positionals.map(async (dist) => ({ dist, ...(await servePreview(dist)) })),
  );
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const pooled = new Map<string, StepLatency[]>(positionals.map((dist) => [dist, []]));
  try {
    for (let round = 1; round <= rounds; round++)
      for (const { dist, base } of builds) {
        const { context, page } = await newPage(browser);
        await page.goto(base + values.path);
        await page.waitForSelector(GRAPH_DRAWN);
        await settle(page);
        const latencies = await stepLatencies(page, STEPS);
        await context.close();
        pooled.get(dist)!.push(...latencies);
        console.log(`round ${round}  ${dist}: ${figures(latencies)}`);
      }
    console.log(`Pooled over ${rounds} rounds of ${STEPS} steps (${values.path}):`);
    for (const [dist, latencies] of pooled) console.log(`  ${dist}: ${figures(latencies)}`);
  } finally {
    await browser.close();
    for (const { server } of builds) server.kill();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
