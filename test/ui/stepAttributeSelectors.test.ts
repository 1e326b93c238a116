// Issue 6's step latency: a step flips a few attributes on many elements (the hidden slots' tab order and test
// names, the graph's tab stops). An attribute selector on one of them, anywhere in the style sheets, makes Blink
// restyle every element whose attribute flips (~40 per Dyda step for `[tabindex]:focus-visible`), so none may
// name them. (A flip the CSS does not mention costs no style work.)
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '../../src');
/** What showSlot (src/ui/showSlot.ts) and GraphSlots (src/graph/graphSlots.ts) write at a step. */
const FLIPPED_AT_A_STEP = ['tabindex', 'data-testid', 'data-weight', 'aria-hidden'];

function cssFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return cssFiles(path);
    return entry.name.endsWith('.css') ? [path] : [];
  });
}

/** The attribute names in the selectors of a style sheet (comments and declarations left out). */
function selectorAttributes(css: string): string[] {
  const selectors = css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\{[^{}]*\}/g, '{}')
    .replace(/\{[^{}]*\}/g, '{}'); // twice: the rules inside @media
  return [...selectors.matchAll(/\[\s*([a-zA-Z-]+)/g)].map((match) => match[1]!.toLowerCase());
}

describe('style sheets and the attributes a step flips', () => {
  it('finds an attribute selector where there is one', () => {
    expect(
      selectorAttributes('/* [x] */ a[tabindex]:focus { color: red } @media (x) { b[data-weight] { c: d } }'),
    ).toEqual(['tabindex', 'data-weight']);
    expect(selectorAttributes('a { background: url([tabindex]) }')).toEqual([]);
  });

  it('no selector in src names tabindex, data-testid, data-weight or aria-hidden', () => {
    const files = cssFiles(SRC);
    expect(files.length).toBeGreaterThan(3);
    const offending = files.flatMap((file) =>
      selectorAttributes(readFileSync(file, 'utf8'))
        .filter((name) => FLIPPED_AT_A_STEP.includes(name))
        .map((name) => `${file.slice(SRC.length + 1)}: [${name}]`),
    );
    expect(offending).toEqual([]);
  });
});
