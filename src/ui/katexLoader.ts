import { useEffect, useState } from 'react';
import type katexModule from 'katex';

type Katex = typeof katexModule;

let loaded: Katex | null = null;
let loading: Promise<Katex> | null = null;

/**
 * KaTeX and its stylesheet, fetched on first use (issue 6's code splitting): they are about a third of the app's
 * JavaScript, and the graph should not wait for them. Later calls share the one download.
 */
export function loadKatex(): Promise<Katex> {
  loading ??= Promise.all([import('katex'), import('katex/dist/katex.min.css')]).then(([module]) => {
    loaded = module.default;
    return loaded;
  });
  return loading;
}

/** KaTeX once it has loaded (null until then; the component renders again when it arrives). */
export function useKatex(): Katex | null {
  const [katex, setKatex] = useState<Katex | null>(loaded);
  useEffect(() => {
    if (katex) return;
    let live = true;
    void loadKatex().then((module) => live && setKatex(module));
    return () => {
      live = false;
    };
  }, [katex]);
  return katex;
}

const typeset = new Map<string, string>();
const TYPESET_KEPT = 300;

/**
 * KaTeX's HTML for `tex`, remembered for the last few hundred formulas: stepping back and forth typesets the
 * same equations again, and a big matrix takes KaTeX tens of milliseconds (issue 6's step latency).
 */
export function typesetTex(katex: Katex, tex: string, displayMode: boolean): string {
  const key = `${displayMode ? 'D' : 'I'}${tex}`;
  let html = typeset.get(key);
  if (html === undefined) {
    html = katex.renderToString(tex, { displayMode, throwOnError: false, output: 'html' });
    if (typeset.size >= TYPESET_KEPT) typeset.delete(typeset.keys().next().value as string);
  } else typeset.delete(key); // refreshed below: the map's order is least recently used first
  typeset.set(key, html);
  return html;
}
