// `npm run bench`: the engine part of issue 6. Times `trace` for A[2,2,2], A[64,32,10] and A[784,128,64,10]
// against a plain Float64Array loop doing the same work (bench/baseline.ts) in the same process, and training
// iterations per second on a 2-8-8-1 net. Prints a table and writes bench/results.json (gitignored).
// Then runs the browser part (bench/browser.ts) unless `--engine-only` is given.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createTrainer, trace } from '../src/engine';
import type { Sample } from '../src/engine';
import { createBaseline } from './baseline';
import { seededNetwork, seededRandom } from './seededNetwork';

const ROOT = resolve(import.meta.dirname, '..');
const AIM_RATIO = 2;

/** Median milliseconds per call: calls are timed in batches of ≥ ~5 ms after a warm-up. */
function medianMs(run: () => unknown, samples = 25): number {
  let batch = 1;
  for (;;) {
    const start = performance.now();
    for (let k = 0; k < batch; k++) run();
    if (performance.now() - start >= 5) break;
    batch *= 2;
  }
  for (let k = 0; k < batch * 4; k++) run(); // warm-up
  const times: number[] = [];
  for (let s = 0; s < samples; s++) {
    const start = performance.now();
    for (let k = 0; k < batch; k++) run();
    times.push((performance.now() - start) / batch);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] as number;
}

const format = (ms: number) => (ms < 0.01 ? `${(ms * 1000).toFixed(2)} µs` : `${ms.toFixed(3)} ms`);

const sizes = [
  [2, 2, 2],
  [64, 32, 10],
  [784, 128, 64, 10],
];
const rows = sizes.map((layers) => {
  const { network, sample } = seededNetwork(layers, 1);
  const baseline = createBaseline(network, sample);
  // the two must agree before their times mean anything
  const t = trace(network, sample);
  if (Math.abs(baseline() - t.loss) > 1e-12) throw new Error(`baseline and trace disagree on A[${layers}]`);
  // interleave so that both meet the same machine load
  const traceTimes: number[] = [];
  const baselineTimes: number[] = [];
  for (let round = 0; round < 3; round++) {
    traceTimes.push(medianMs(() => trace(network, sample)));
    baselineTimes.push(medianMs(baseline));
  }
  const traceMs = Math.min(...traceTimes);
  const baselineMs = Math.min(...baselineTimes);
  return {
    network: `A[${layers.join(',')}]`,
    weights: network.weights.reduce((n, W) => n + W.data.length, 0),
    traceMs: +traceMs.toPrecision(4),
    baselineMs: +baselineMs.toPrecision(4),
    ratio: +(traceMs / baselineMs).toFixed(2),
  };
});

// Training: 2-8-8-1 sigmoid on 200 points of two interleaved rings, SGD.
const { network: small } = seededNetwork([2, 8, 8, 1], 2);
const random = seededRandom(3);
const dataset: Sample[] = Array.from({ length: 200 }, () => {
  const radius = random() < 0.5 ? 0.3 : 0.8;
  const angle = 2 * Math.PI * random();
  return {
    input: Float64Array.of(radius * Math.cos(angle), radius * Math.sin(angle)),
    target: Float64Array.of(radius < 0.5 ? 1 : 0),
  };
});
const trainer = createTrainer(small, dataset, { epochs: Infinity, batchSize: 1, shuffleSeed: 4 });
trainer.step(20_000); // warm-up
const chunk = 1000; // iterations per call, as a UI would run per animation frame
let iterations = 0;
const trainStart = performance.now();
while (performance.now() - trainStart < 1500) {
  trainer.step(chunk);
  iterations += chunk;
}
const iterationsPerSecond = Math.round(iterations / ((performance.now() - trainStart) / 1000));

console.log('Engine: trace vs a plain Float64Array loop doing the same work (median per call)');
console.table(
  rows.map((r) => ({
    network: r.network,
    weights: r.weights,
    trace: format(r.traceMs),
    baseline: format(r.baselineMs),
    'trace / baseline': r.ratio,
  })),
);
const largest = rows.at(-1);
if (largest) {
  const verdict = largest.ratio <= AIM_RATIO ? 'within' : 'NOT within';
  console.log(`${largest.network}: trace is ${verdict} ${AIM_RATIO}× of the baseline (${largest.ratio}×).`);
}
console.log(`Training 2-8-8-1 (SGD, ${chunk} iterations per step call): ${iterationsPerSecond} iterations/s`);
writeFileSync(
  resolve(ROOT, 'bench/results.json'),
  JSON.stringify(
    {
      date: new Date().toISOString(),
      node: process.version,
      engine: rows,
      training: { network: 'A[2,8,8,1]', iterationsPerSecond },
    },
    null,
    2,
  ),
);

if (!process.argv.includes('--engine-only')) {
  console.log('\nBrowser part (bench/browser.ts; `npm run bench -- --engine-only` skips it):');
  const browser = spawnSync(resolve(ROOT, 'node_modules/.bin/tsx'), [resolve(ROOT, 'bench/browser.ts')], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  process.exitCode = browser.status ?? 1;
}
