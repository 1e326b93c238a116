// embed.html's layout in its iframe: whole in the iframe the documented snippets give, at any width, filling
// any height an author picks; and its `deltascope:height` report, which a host that resizes the iframe follows
// without a feedback loop (docs/embedding.md, "Height").
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Frame } from 'playwright-core';
import { afterAll, expect, test } from 'vitest';
import { createDeltascopeStore } from '../../src/store/store';
import { findPreset } from '../../src/presets';
import type { NetworkFile } from '../../src/engine/networkFile';
import { preferredGraphHeight } from '../../src/ui/embed/useHeightReport';
import { embedCode, IFRAME_HEIGHT } from '../../src/ui/export/embedCode';
import { appUrl, closeBrowser, openPage, screenshot } from './browser';
import { caption, everything, getStep, heights, openHost } from './embedHost';

afterAll(closeBrowser);

const ROOT = resolve(import.meta.dirname, '../..');

/** The first ```html block after `heading` in a Markdown file: a snippet as an author copies it. */
async function snippetIn(file: string, heading: string): Promise<string> {
  const text = await readFile(resolve(ROOT, file), 'utf8');
  const block = new RegExp(`${heading}[\\s\\S]*?\`\`\`html\\n([\\s\\S]*?)\`\`\``).exec(text)?.[1];
  if (block === undefined) throw new Error(`no html snippet after ${heading} in ${file}`);
  return block;
}

interface Case {
  readonly id: string;
  /** The snippet as pasted, its src pointed at this server (and `controls=off` added when asked). */
  readonly html: string;
  /** The width of the column of the course page the snippet is pasted into. */
  readonly column: number;
}

/** A snippet on this server: same query, `embed.html` here; not lazy, since most of them start below the fold. */
function pasted(
  snippet: string,
  id: string,
  options: { controlsOff?: boolean; height?: number } = {},
): string {
  let html = snippet
    .replace(
      /src="[^"?]*\?([^"]*)"/,
      (_, query: string) =>
        `id="${id}" src="embed.html?${query}${options.controlsOff === true ? '&amp;controls=off' : ''}"`,
    )
    .replace(/\s*loading="lazy"/, '');
  if (options.height !== undefined) html = html.replace(/height="\d+"/, `height="${options.height}"`);
  return html;
}

/** Where the frame's parts end, in its own viewport. */
const measure = (frame: Frame) =>
  frame.evaluate(() => {
    const bottom = (selector: string) =>
      document.querySelector(selector)?.getBoundingClientRect().bottom ?? 0;
    return {
      viewport: window.innerHeight,
      width: window.innerWidth,
      overflow: document.documentElement.scrollHeight - document.documentElement.clientHeight,
      embed: bottom('.embed'),
      caption: bottom('.embed-caption'),
      controls: bottom('.embed-controls'),
      box: document.querySelector('.graph-box')?.getBoundingClientRect().height ?? 0,
    };
  });

test('the documented snippets show the whole embed at 300 to 1400 px, and any height is filled', async () => {
  const docs = await snippetIn('docs/embedding.md', '## The iframe');
  const readme = await snippetIn('README.md', '### Embedding and export');
  const store = createDeltascopeStore({ file: findPreset('dyda')?.file as NetworkFile, cursor: 6 });
  const copied = embedCode(store.getState(), 'https://example.org/deltascope/index.html');
  // One height for all three, so what an author copies from any of them behaves the same.
  for (const snippet of [docs, readme, copied]) expect(snippet).toContain(`height="${IFRAME_HEIGHT}"`);

  const cases: Case[] = [
    ...[300, 480, 960, 1400].map((column) => ({
      id: `docs-${column}`,
      html: pasted(docs, `docs-${column}`),
      column,
    })),
    ...[300, 1400].map((column) => ({
      id: `docs-off-${column}`,
      html: pasted(docs, `docs-off-${column}`, { controlsOff: true }),
      column,
    })),
    { id: 'readme-1400', html: pasted(readme, 'readme-1400'), column: 1400 }, // no max-width: 1400 px wide
    { id: 'copied-1400', html: pasted(copied, 'copied-1400'), column: 1400 },
    // An author's own heights: short (the graph shrinks, the lines around it stay) and tall (the graph grows).
    { id: 'short-960', html: pasted(docs, 'short-960', { height: 380 }), column: 960 },
    { id: 'tall-960', html: pasted(docs, 'tall-960', { height: 900 }), column: 960 },
  ];
  const body = cases
    .map((c) => `<h2>${c.id}</h2><div style="width:${c.column}px">${c.html}</div><p>Text after.</p>`)
    .join('\n');
  const { page, errors, close } = await openPage('/embed.html', { viewport: { width: 1460, height: 900 } });
  try {
    await page.route(appUrl('/__embed-course.html'), (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><meta charset="utf-8"><body style="margin:20px;background:#eef0f3">${body}</body>`,
      }),
    );
    await page.goto(appUrl('/__embed-course.html'));
    const sizes = new Map<string, Awaited<ReturnType<typeof measure>>>();
    for (const c of cases) {
      const frame = await (await page.waitForSelector(`#${c.id}`)).contentFrame();
      if (frame === null) throw new Error(`no frame for ${c.id}`);
      await frame.waitForSelector('[data-testid="embed-caption"]');
      expect(await caption(frame)).toMatch(/^7\/14 /);
      const size = await measure(frame);
      sizes.set(c.id, size);
      const off = c.id.includes('off');
      const last = off ? size.caption : size.controls;
      expect(last, `${c.id}: ${JSON.stringify(size)}`).toBeGreaterThan(0);
      // Whole: nothing to scroll to inside the iframe, the caption and controls above its bottom edge.
      expect(size.overflow, c.id).toBeLessThanOrEqual(0);
      expect(last, c.id).toBeLessThanOrEqual(size.viewport);
      // Filled: no empty band under the controls; the graph has what is left, and never less than its minimum.
      expect(size.embed, c.id).toBeGreaterThanOrEqual(size.viewport - 1);
      expect(size.box, c.id).toBeGreaterThanOrEqual(180);
    }
    expect(sizes.get('readme-1400')?.width).toBe(1400);
    expect(sizes.get('copied-1400')?.width).toBe(960);
    // The author's extra 520 px all go to the graph.
    const short = sizes.get('short-960')?.box ?? 0;
    expect((sizes.get('tall-960')?.box ?? 0) - short).toBeCloseTo(520, 0);
    await screenshot(page, 'embed-snippets', { fullPage: true });
    expect(errors).toEqual([]);
  } finally {
    await close();
  }
});

test('a host that sizes the iframe from deltascope:height settles, and the report never grows with the iframe', async () => {
  const width = 760;
  const { page, frame, errors, close } = await openHost('?preset=dyda&step=6', width);
  try {
    const viewport = () => frame.evaluate(() => window.innerHeight);
    // The host's script sets the iframe to every height reported: it settles on the last one.
    await expect.poll(async () => (await heights(page)).length).toBeGreaterThan(0);
    await expect.poll(async () => (await viewport()) === (await heights(page)).at(-1)).toBe(true);
    const settled = (await heights(page)).at(-1) as number;
    // At the reported height the graph has the height it likes for this width.
    const box = () =>
      frame.evaluate(() => document.querySelector('.graph-box')!.getBoundingClientRect().height);
    // (the report is rounded up to a whole pixel, which the box gets)
    expect(Math.abs((await box()) - preferredGraphHeight(width))).toBeLessThan(1);

    // The iframe made taller (an author's CSS, another script), then too short for the embed: the embed fills
    // the tall one and scrolls inside the short one, and neither changes what it reports.
    const count = (await heights(page)).length;
    const embedHeight = () =>
      frame.evaluate(() => document.querySelector('.embed')!.getBoundingClientRect().height);
    await page.evaluate(() => (document.getElementById('frame')!.style.height = '1000px'));
    await expect.poll(viewport).toBe(1000);
    await expect.poll(embedHeight).toBeCloseTo(1000, 0);
    expect(Math.abs((await box()) - (1000 - settled + preferredGraphHeight(width)))).toBeLessThan(1);
    await page.evaluate(() => (document.getElementById('frame')!.style.height = '260px'));
    await expect.poll(viewport).toBe(260);
    await expect.poll(box).toBeCloseTo(180, 0);
    await new Promise((done) => setTimeout(done, 400)); // time for a ResizeObserver round and a message
    expect((await heights(page)).slice(count).filter((h) => h !== settled)).toEqual([]);
    expect(errors).toEqual([]);
  } finally {
    await close();
  }
});

test('a narrow embed (360 px): the whole drawing inside its card, following the step at a readable size', async () => {
  const host = await openHost('?preset=dyda&step=9', 360);
  try {
    await host.frame.locator('svg.network-graph g.node').first().waitFor();
    const boxes = await host.frame.evaluate(() =>
      ['.graph-area', '.graph-box'].map((s) => document.querySelector(s)!.getBoundingClientRect().toJSON()),
    );
    const [card, box] = boxes as DOMRect[];
    // the toolbar wraps at this width: the card grows with it rather than cutting the drawing's bottom off
    expect(box!.bottom).toBeLessThanOrEqual(card!.bottom + 0.5);
    const follow = host.frame.getByRole('button', { name: 'Follow' });
    expect(await follow.getAttribute('aria-pressed')).toBe('true');
    // the toolbar's parts wrap whole: the α choice on one line, the zoom buttons in one row (they stacked three
    // rows high beside an α label broken over two lines, taking the drawing's room)
    const toolbar = await host.frame.evaluate(() => ({
      alpha: document.querySelector('.amplification-control')!.getBoundingClientRect().height,
      select: document.querySelector('.amplification-control select')!.getBoundingClientRect().height,
      tops: [...document.querySelectorAll('.graph-zoom button')].map((b) => b.getBoundingClientRect().top),
    }));
    expect(toolbar.alpha, 'the α choice’s height, px').toBeLessThanOrEqual(toolbar.select + 2);
    expect(new Set(toolbar.tops).size, 'rows of zoom buttons').toBe(1);
    const valueHeight = await host.frame.evaluate(
      () =>
        document.querySelector('svg.network-graph g.node[data-id="n:1:0"] text')!.getBoundingClientRect()
          .height,
    );
    expect(valueHeight).toBeGreaterThanOrEqual(10);
    await screenshot(host.page, 'embed-360-followed');
    expect(host.errors).toEqual([]);
  } finally {
    await host.close();
  }
});

test('A[784,128,64,10]: the caption writes a few of a step’s numbers and its size; the host’s frame stays small', async () => {
  const host = await openHost('?layers=784,128,64,10&seed=1&step=17', 700);
  try {
    // step 18 writes W̃⁽¹⁾, 128 × 785 numbers: written whole, the embed asked its host for 25,000 px
    await expect.poll(() => caption(host.frame)).toMatch(/^18\/20 .* 128 × 785 numbers$/s);
    const heights = (await everything(host.page))
      .filter((m) => m.type === 'deltascope:height')
      .map((m) => m['height'] as number);
    expect(Math.max(...heights)).toBeLessThan(900);
    const reply = await getStep(host.page);
    expect((reply['values'] as number[]).length).toBe(128 * 785); // the message keeps every number
    await screenshot(host.page, 'embed-784-gradient');
    expect(host.errors).toEqual([]);
  } finally {
    await host.close();
  }
});
