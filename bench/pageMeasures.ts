// What bench/browser.ts measures inside the page. Each function runs in the browser (page.evaluate or an init
// script), so it may use only what it is given: no imports, no closures over this module.
import type { Browser, Page } from 'playwright-core';

/** The viewport every measured page has. */
export const VIEWPORT = { width: 1280, height: 800 };

/**
 * A page of its own context. tsx compiles the bench with esbuild's keepNames, which wraps the functions handed to
 * the page (page.evaluate, addInitScript) in calls to a `__name` helper the page does not have: give it one.
 */
export async function newPage(browser: Browser) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.addInitScript({ content: 'globalThis.__name = (f) => f;' });
  return { context, page: await context.newPage() };
}

/** What marks the graph as drawn: a neuron of the D3 graph, or its canvas layer of edges. */
export const GRAPH_DRAWN = '.graph-area [data-id^="n:"], .graph-area canvas:not([hidden])';
/** Before the D3 graph exists, its placeholder (the figures then say "placeholder"). */
export const GRAPH_PLACEHOLDER = '.graph-area .graph-placeholder';

/**
 * Init script: records in `window.__firstRender` the time (ms since navigation start) of the first frame painted
 * with the graph in it: the animation frame that finds it, then a task after that frame's paint.
 */
export function recordFirstRender([graph, placeholder]: readonly [string, string]): void {
  const w = window as unknown as { __firstRender?: number; __drawn?: string };
  const poll = () => {
    const found = document.querySelector(graph)
      ? 'graph'
      : document.querySelector(placeholder)
        ? 'placeholder'
        : null;
    if (found) {
      w.__drawn = found;
      setTimeout(() => (w.__firstRender = performance.now()), 0);
    } else requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
}

/** Resolves after the next frame has been painted. */
export const afterNextPaint = (page: Page) =>
  page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done, 0))));

/** How long a reader looks at a page that has finished loading before the first press. */
export const FIRST_LOOK_MS = 1000;

/**
 * Waits as a reader does before stepping: until the page has loaded what it fetches after its first render
 * (KaTeX, its stylesheet and fonts: no request for half a second) and then a first look of FIRST_LOOK_MS.
 */
export async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(FIRST_LOOK_MS);
}

/** A reader's pace: the pause between two key presses (a press every quarter second or so). */
export const READER_PAUSE_MS = 200;

/**
 * One step's latency: to the frame on screen (`presentedMs`), to the end of the main thread's part of that frame
 * (`totalMs`), and the part spent in the page's script (`scriptMs`, the key handler with React's commit).
 */
export interface StepLatency {
  readonly presentedMs: number;
  readonly totalMs: number;
  readonly scriptMs: number;
}

/** Trace events of the `input` category that matter here: Chromium's EventLatency spans. */
interface LatencyEvent {
  readonly name: string;
  readonly ph: string;
  readonly ts: number;
  readonly id2?: { readonly local?: string };
  readonly args?: { readonly event_latency?: { readonly event_type?: string } };
}

/**
 * Each key press's latency to the frame that showed it, from Chromium's own EventLatency spans (trace category
 * `input`): from the key event's creation to the presentation of the frame its changes were drawn in, raster and
 * the display compositor's draw included. This is the figure a reader feels. The page cannot see it: the last it
 * learns of a frame is the main thread's commit, after which the tiles are rastered and the frame drawn.
 */
export function presentedLatencies(traceJson: string): number[] {
  const events = (JSON.parse(traceJson) as { traceEvents: LatencyEvent[] }).traceEvents
    .filter((e) => e.name === 'EventLatency')
    .sort((a, b) => a.ts - b.ts);
  const begun = new Map<string, number>();
  const latencies: number[] = [];
  for (const e of events) {
    const id = e.id2?.local ?? '';
    if (e.ph === 'b' && e.args?.event_latency?.event_type === 'KEY_PRESSED') begun.set(id, e.ts);
    else if (e.ph === 'e' && begun.has(id)) {
      latencies.push((e.ts - begun.get(id)!) / 1000);
      begun.delete(id);
    }
  }
  return latencies;
}

/**
 * Step latency: from a key press's event time to the frame that shows the step. React and D3 update the DOM in
 * the key handler; the frame after it shows the step. `presentedMs` ends when that frame is on screen (Chromium's
 * EventLatency, traced: presentedLatencies). `totalMs` ends with the main thread's part of the frame: a
 * user-blocking task posted from that frame's animation callback runs after its style, layout, paint and commit
 * (scheduler.postTask runs it before ordinary tasks, so work the app defers to after the paint is not counted; a
 * timeout where there is no postTask), but before the tiles are rastered and the frame drawn. The script part ends
 * with a listener added after the app's own (listeners run in the order they were added, each followed by its
 * microtasks, where React commits). Presses → until the last step, then ← back, so every kind of step (including
 * those that write whole W^h matrices) is met, one every `pauseMs` as a reader would (after settle, for a reader
 * who has looked at the page first).
 */
export async function stepLatencies(
  page: Page,
  count: number,
  pauseMs = READER_PAUSE_MS,
): Promise<StepLatency[]> {
  await page.evaluate(() => {
    type Row = { start: number; handled: number; totalMs: number; scriptMs: number };
    const w = window as unknown as {
      __latencies?: Row[];
      scheduler?: { postTask(task: () => void, options: { priority: string }): Promise<void> };
    };
    // A second call on the same page starts a new list; the listeners are added once.
    const listening = w.__latencies !== undefined;
    w.__latencies = [];
    if (listening) return;
    const rows = () => w.__latencies ?? [];
    const stepping = (event: KeyboardEvent) => event.key === 'ArrowRight' || event.key === 'ArrowLeft';
    window.addEventListener(
      'keydown',
      (event) => {
        if (!stepping(event)) return;
        const row: Row = { start: event.timeStamp, handled: NaN, totalMs: NaN, scriptMs: NaN };
        rows().push(row);
        const done = () => {
          row.totalMs = performance.now() - row.start;
          row.scriptMs = row.handled - row.start;
        };
        requestAnimationFrame(() => {
          if (w.scheduler) void w.scheduler.postTask(done, { priority: 'user-blocking' });
          else setTimeout(done, 0);
        });
      },
      { capture: true },
    );
    window.addEventListener('keydown', (event) => {
      const row = rows()[rows().length - 1];
      if (stepping(event) && row?.start === event.timeStamp) row.handled = performance.now();
    });
  });
  const scrubber = page.getByRole('slider', { name: 'Step' });
  const last = Number(await scrubber.getAttribute('max'));
  const browser = page.context().browser();
  if (!browser) throw new Error('step latencies need a page of a launched browser (to trace EventLatency)');
  await browser.startTracing(page, { categories: ['input'] });
  let forward = true;
  for (let k = 0; k < count; k++) {
    const cursor = Number(await scrubber.inputValue());
    if (cursor >= last) forward = false;
    if (cursor <= -1) forward = true;
    await page.keyboard.press(forward ? 'ArrowRight' : 'ArrowLeft');
    await afterNextPaint(page);
    await page.waitForTimeout(pauseMs);
  }
  // The last frame's presentation is reported after it is drawn: give it time before the trace stops.
  await page.waitForTimeout(Math.max(0, READER_PAUSE_MS - pauseMs));
  const presented = presentedLatencies((await browser.stopTracing()).toString());
  const inPage = await page.evaluate(() =>
    (window as unknown as { __latencies: { totalMs: number; scriptMs: number }[] }).__latencies.map(
      ({ totalMs, scriptMs }) => ({ totalMs, scriptMs }),
    ),
  );
  if (presented.length !== inPage.length)
    throw new Error(`traced ${presented.length} key presses' presentation for ${inPage.length} presses`);
  return inPage.map((latency, k) => ({ ...latency, presentedMs: presented[k]! }));
}

/**
 * The floor: a page with nothing but a step counter and a scrubber, whose key handler changes one number. Its step
 * latency, measured as the app's in the same browser, is what this machine's Chromium takes for any step at all.
 */
export const FLOOR_PAGE = `<!doctype html><meta charset="utf-8"><title>floor</title><link rel="icon" href="data:,">
<p id="count">0</p><input type="range" aria-label="Step" min="-1" max="13" value="-1">
<script>
const count = document.getElementById('count');
const scrubber = document.querySelector('input');
addEventListener('keydown', (event) => {
  const move = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
  if (move === undefined) return;
  event.preventDefault();
  scrubber.value = String(Number(scrubber.value) + move);
  count.textContent = scrubber.value;
});
</script>`;

/** Animation frames per second over `ms`, and the longest gap between two frames. */
export function framesPerSecond(page: Page, ms: number): Promise<{ fps: number; longestFrameMs: number }> {
  return page.evaluate(
    (duration) =>
      new Promise<{ fps: number; longestFrameMs: number }>((done) => {
        let frames = 0;
        let longest = 0;
        let start = -1;
        let previous = 0;
        const tick = (now: number) => {
          if (start < 0) start = now;
          else {
            frames++;
            longest = Math.max(longest, now - previous);
          }
          previous = now;
          if (now - start < duration) requestAnimationFrame(tick);
          else done({ fps: (frames * 1000) / (now - start), longestFrameMs: longest });
        };
        requestAnimationFrame(tick);
      }),
    ms,
  );
}

/** Used JS heap in MB after a full garbage collection (Chromium with --enable-precise-memory-info). */
export async function heapMB(page: Page): Promise<number> {
  const session = await page.context().newCDPSession(page);
  await session.send('HeapProfiler.collectGarbage');
  await session.detach();
  const bytes = await page.evaluate(
    () => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? NaN,
  );
  return bytes / 2 ** 20;
}

export const quantile = (values: readonly number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
};
