// The app's Export menu and copy-embed-code button in Chromium: each export is downloaded for real and checked
// (SVG parses, PNG is a PNG, Markdown/LaTeX/JSON are the command line's output for the same view).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, expect, test } from 'vitest';
import { formatNumber } from '../../src/engine/format';
import { networkFromFile, sampleFromFile } from '../../src/engine/network';
import type { NetworkFile } from '../../src/engine/networkFile';
import { trace } from '../../src/engine/trace';
import { findPreset } from '../../src/presets';
import { HUGE_NETWORK, HUGE_REFUSAL } from '../cli/hugeNetwork';
import { appUrl, closeBrowser, openPage, screenshot, SCREENSHOT_DIR } from './browser';

afterAll(closeBrowser);

const ROOT = resolve(import.meta.dirname, '../..');

/** What `npm run --silent trace -- ARGS` prints. */
function cli(...args: string[]): string {
  const result = spawnSync(process.execPath, ['--import', 'tsx', resolve(ROOT, 'src/cli/main.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  expect(result.stderr).toBe('');
  return result.stdout;
}

/** Opens Export ▾, picks `label`, and returns the downloaded file's name and bytes. */
async function exportItem(page: Page, label: string): Promise<{ name: string; bytes: Buffer }> {
  await page.getByRole('button', { name: /^Export/ }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('menuitem', { name: label }).click(),
  ]);
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: await readFile(path) };
}

const dyda = findPreset('dyda')?.file as NetworkFile;

test('Export: graph as SVG and PNG, worked example as Markdown and LaTeX, trace as JSON', async () => {
  const { page, errors, close } = await openPage('/?preset=dyda&step=6&notation=dyda&digits=8', {
    acceptDownloads: true,
  });
  try {
    await page.locator('.graph-area svg').first().waitFor();

    // SVG: well-formed XML with the SVG namespace, showing the graph's numbers.
    const svg = await exportItem(page, 'Graph as SVG');
    expect(svg.name).toBe('deltascope-dyda-step-07.svg');
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const root = doc.documentElement;
      return {
        error: doc.getElementsByTagName('parsererror').length,
        name: root.localName,
        ns: root.namespaceURI,
        text: root.textContent ?? '',
      };
    }, svg.bytes.toString('utf8'));
    expect(parsed).toMatchObject({ error: 0, name: 'svg', ns: 'http://www.w3.org/2000/svg' });
    expect(svg.bytes.toString('utf8')).toMatch(
      /^<\?xml[^>]*\?>\n<svg [^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/,
    );
    const t = trace(networkFromFile(dyda), sampleFromFile(dyda));
    for (const x of t.layers[1]?.X ?? []) expect(parsed.text).toContain(formatNumber(x, 8));

    // PNG: the PNG signature, an IHDR of a sensible size, and more than a blank picture's bytes.
    const png = await exportItem(page, 'Graph as PNG');
    expect(png.name).toBe('deltascope-dyda-step-07.png');
    expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
    expect(png.bytes.readUInt32BE(16)).toBeGreaterThan(300);
    expect(png.bytes.readUInt32BE(20)).toBeGreaterThan(150);
    expect(png.bytes.length).toBeGreaterThan(5_000);
    await mkdir(SCREENSHOT_DIR, { recursive: true });
    await writeFile(resolve(SCREENSHOT_DIR, 'export-graph.png'), png.bytes); // to look at

    // Markdown and LaTeX: the command line's text for the same preset, notation and digits.
    const markdown = await exportItem(page, 'Worked example as Markdown');
    expect(markdown.name).toBe('deltascope-dyda-worked-example.md');
    expect(markdown.bytes.toString('utf8')).toBe(
      cli('--preset', 'dyda', '--format', 'markdown', '--notation', 'dyda', '--digits', '8'),
    );
    const latex = await exportItem(page, 'Worked example as LaTeX');
    expect(latex.name).toBe('deltascope-dyda-worked-example.tex');
    const tex = latex.bytes.toString('utf8');
    expect(tex).toBe(cli('--preset', 'dyda', '--format', 'latex', '--notation', 'dyda', '--digits', '8'));
    checkLatexStructure(tex);
    compileIfTexAvailable(tex);

    // JSON: the CLI's trace JSON, in design.md's shape.
    const json = await exportItem(page, 'Trace as JSON');
    expect(json.name).toBe('deltascope-dyda-trace.json');
    const data = JSON.parse(json.bytes.toString('utf8')) as {
      loss: number;
      layers: Record<string, unknown>[];
    };
    expect(data).toEqual(JSON.parse(cli('--preset', 'dyda')));
    expect(data.loss).toBe(t.loss);
    expect(data.layers).toHaveLength(3);
    expect(Object.keys(data.layers[0] ?? {})).toEqual(expect.arrayContaining(['X', 'deltaUp']));
    for (const layer of data.layers.slice(1))
      expect(Object.keys(layer)).toEqual(
        expect.arrayContaining(['Y', 'X', 'deltaUp', 'deltaDown', 'gradW', 'updatedW', 'amplification']),
      );
    expect(data.layers[2]?.updatedW).toEqual(
      [0, 1].map((i) => [...(t.layers[2]?.updatedW?.data.slice(i * 3, i * 3 + 3) ?? [])]),
    );

    // Another notation and digits: the export follows the view.
    await page.getByLabel('Notation').selectOption('boughammoura');
    await page.getByLabel('Digits').fill('4');
    const short = await exportItem(page, 'Worked example as Markdown');
    expect(short.bytes.toString('utf8')).toBe(
      cli('--preset', 'dyda', '--format', 'markdown', '--notation', 'boughammoura', '--digits', '4'),
    );
    expect(errors).toEqual([]);
  } finally {
    await close();
  }
});

const PDFLATEX = spawnSync('pdflatex', ['--version'], { encoding: 'utf8' }).status === 0;

/** Where a TeX is installed, the document compiles (the check); elsewhere only its structure is checked. */
function compileIfTexAvailable(tex: string): void {
  if (!PDFLATEX) return;
  const dir = mkdtempSync(join(tmpdir(), 'deltascope-tex-'));
  writeFileSync(join(dir, 'worked.tex'), tex);
  const run = spawnSync('pdflatex', ['-interaction=nonstopmode', '-halt-on-error', 'worked.tex'], {
    cwd: dir,
    encoding: 'utf8',
    timeout: 120_000,
  });
  expect(run.status, run.stdout.slice(-2000)).toBe(0);
}

/** The document's skeleton, balanced braces and environments (all that can be checked without a TeX). */
function checkLatexStructure(tex: string): void {
  expect(tex).toMatch(/^\\documentclass(\[[^\]]*\])?\{article\}/);
  expect(tex.indexOf('\\begin{document}')).toBeGreaterThan(0);
  expect(tex.trimEnd().endsWith('\\end{document}')).toBe(true);
  // Braces balance (escaped \{ \} aside) and never close before they open.
  let depth = 0;
  for (const match of tex.replace(/\\[{}]/g, '').matchAll(/[{}]/g)) {
    depth += match[0] === '{' ? 1 : -1;
    expect(depth).toBeGreaterThanOrEqual(0);
  }
  expect(depth).toBe(0);
  // Every \begin{env} is closed by its own \end{env}, properly nested; every \[ by \].
  const stack: string[] = [];
  for (const [, kind, name] of tex.matchAll(/\\(begin|end)\{([^}]+)\}/g)) {
    if (kind === 'begin') stack.push(name as string);
    else expect(stack.pop()).toBe(name);
  }
  expect(stack).toEqual([]);
  expect(tex.match(/\\\[/g)?.length).toBe(tex.match(/\\\]/g)?.length);
  // The report's own text is ASCII (δ, σ, ½ written as TeX): only a network's name brings other characters.
  expect([...tex].filter((c) => c !== '\n' && c !== '\t' && (c < ' ' || c > '~'))).toEqual([]);
}

test('a trace that overflows: Trace as JSON refuses in the CLI’s words and downloads nothing; the app goes on', async () => {
  const huge: NetworkFile = { ...HUGE_NETWORK, name: 'Übung 3: {huge} \\ weights' };
  const path = join(mkdtempSync(join(tmpdir(), 'deltascope-huge-')), 'huge.json');
  writeFileSync(path, JSON.stringify(huge));
  const refused = spawnSync(process.execPath, ['--import', 'tsx', resolve(ROOT, 'src/cli/main.ts'), path], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  expect([refused.status, refused.stdout, refused.stderr]).toEqual([1, '', `trace: ${HUGE_REFUSAL}\n`]);
  const net = encodeURIComponent(JSON.stringify(huge));
  const { page, errors, close } = await openPage(`/?net=${net}&step=3&notation=dyda&digits=8`, {
    acceptDownloads: true,
  });
  try {
    await page.locator('.graph-area svg').first().waitFor();
    const downloads: string[] = [];
    page.on('download', (download) => downloads.push(download.suggestedFilename()));
    await page.getByRole('button', { name: /^Export/ }).click();
    await page.getByRole('menuitem', { name: 'Trace as JSON' }).click();
    const banner = page.getByRole('alert').locator('span');
    await expect.poll(() => banner.allInnerTexts()).toEqual([`Export failed: ${HUGE_REFUSAL}.`]);
    await screenshot(page, 'export-json-overflow');
    await page.waitForTimeout(500);
    expect(downloads).toEqual([]);
    // The app goes on: the worked example of the same network downloads, the command line's text, name and all.
    const latex = await exportItem(page, 'Worked example as LaTeX');
    expect(latex.name).toBe('deltascope-ubung-3-huge-weights-worked-example.tex');
    const tex = latex.bytes.toString('utf8');
    expect(tex).toBe(cli(path, '--format', 'latex', '--notation', 'dyda', '--digits', '8'));
    expect(tex).toContain('\\title{Übung 3: \\{huge\\} \\textbackslash{} weights}');
    expect(errors).toEqual([]);
  } finally {
    await close();
  }
});

test('a big network exports its canvas edges too: an image under the svg, coloured in the PNG', async () => {
  const { page, errors, close } = await openPage('/?layers=64,32,10&seed=1&step=0', {
    acceptDownloads: true,
  });
  try {
    await page.locator('canvas.graph-edges-canvas:not([hidden])').waitFor();
    await page.waitForTimeout(300);
    const svg = (await exportItem(page, 'Graph as SVG')).bytes.toString('utf8');
    // the edges as a PNG image, first in the file so that the neurons are drawn over them
    const image = /<image [^>]*href="data:image\/png;base64,([^"]+)"/.exec(svg);
    expect(image).not.toBeNull();
    expect(svg.indexOf('<image')).toBeLessThan(svg.indexOf('class="node'));
    // the image has edges in it: many pixels of the diverging scale's orange or blue
    const coloured = await page.evaluate(async (data) => {
      const picture = new Image();
      picture.src = `data:image/png;base64,${data}`;
      await picture.decode();
      const canvas = document.createElement('canvas');
      canvas.width = picture.width;
      canvas.height = picture.height;
      const context = canvas.getContext('2d')!;
      context.drawImage(picture, 0, 0);
      const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data;
      let n = 0;
      for (let k = 0; k < pixels.length; k += 4)
        if (pixels[k + 3]! > 0 && Math.abs(pixels[k]! - pixels[k + 2]!) > 60) n++;
      return n;
    }, image![1]!);
    expect(coloured).toBeGreaterThan(2000);
    const png = await exportItem(page, 'Graph as PNG');
    await writeFile(resolve(SCREENSHOT_DIR, 'export-big-graph.png'), png.bytes); // to look at
    expect(errors).toEqual([]);
  } finally {
    await close();
  }
});

test('the export menu works from the keyboard and closes with Escape', async () => {
  const { page, errors, close } = await openPage('/?preset=dyda&step=2');
  try {
    const button = page.getByRole('button', { name: /^Export/ });
    await button.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('menu').count()).toBe(1);
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Graph as SVG');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Worked example as Markdown');
    await screenshot(page, 'export-menu-open');
    // The step keys do not move the stepper while the menu has focus.
    await page.keyboard.press('ArrowRight');
    expect(await page.locator('[data-testid="step-name"]').first().innerText()).toMatch(/^3\/14/);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('menu').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(/^Export/);
    expect(errors).toEqual([]);
  } finally {
    await close();
  }
});

test('copy embed code: the clipboard gets an iframe that reopens this view in embed.html', async () => {
  const { page, context, errors, close } = await openPage(
    '/?preset=cheng-2321&step=4&notation=cheng&digits=5',
  );
  try {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: appUrl('/') });
    await page.getByRole('button', { name: 'Copy embed code' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Copied' }).count()).toBe(1);
    const code = await page.evaluate(() => navigator.clipboard.readText());
    expect(await page.getByRole('textbox', { name: 'Embed code' }).inputValue()).toBe(code);
    await screenshot(page, 'export-embed-code');
    const src = /<iframe\s+src="([^"]+)"/.exec(code)?.[1]?.replace(/&amp;/g, '&') ?? '';
    const url = new URL(src);
    expect(url.pathname).toMatch(/\/embed\.html$/);
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      preset: 'cheng-2321',
      step: '4',
      notation: 'cheng',
      digits: '5',
    });
    // The snippet's address shows the same step with the same numbers.
    const cheng = findPreset('cheng-2321')?.file as NetworkFile;
    const t = trace(networkFromFile(cheng), sampleFromFile(cheng));
    await page.goto(src);
    const caption = page.locator('[data-testid="embed-caption"]');
    await expect.poll(() => caption.innerText()).toMatch(new RegExp(`^5/${t.steps.length}`));
    const writes = t.steps[4]?.writes;
    const written = writes && t.layers[writes.layer]?.[writes.quantity as 'X' | 'Y'];
    expect(written?.length).toBeGreaterThan(0);
    for (const value of written ?? []) expect(await caption.innerText()).toContain(formatNumber(value, 5));
    expect(errors).toEqual([]);
  } finally {
    await close();
  }
});

test('copy embed code without clipboard access: the code is shown selected, with what went wrong', async () => {
  const { page, context, errors, close } = await openPage('/embed.html');
  try {
    await context.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', {
        value: { writeText: () => Promise.reject(new Error('Write permission denied.')) },
      });
    });
    await page.goto(appUrl('/?preset=dyda&step=3&theme=dark'));
    await page.getByRole('button', { name: 'Copy embed code' }).click();
    const status = page.getByRole('status').filter({ hasText: 'Could not copy' });
    await expect.poll(() => status.count()).toBe(1);
    expect(await status.innerText()).toContain('Write permission denied');
    const box = page.getByRole('textbox', { name: 'Embed code' });
    expect(await box.inputValue()).toMatch(/^<iframe\s+src="[^"]*embed\.html\?preset=dyda&amp;step=3/);
    const selected = await page.evaluate(() => {
      const area = document.activeElement as HTMLTextAreaElement;
      return area.value.slice(area.selectionStart, area.selectionEnd).length === area.value.length;
    });
    expect(selected).toBe(true);
    await screenshot(page, 'export-embed-code-fallback-dark');
    await page.keyboard.press('Escape');
    await expect.poll(() => box.count()).toBe(0);
    expect(errors).toEqual([]);
  } finally {
    await close();
  }
});
