import { useLayoutEffect, useRef } from 'react';
import { typesetTex, useKatex } from './katexLoader';

/**
 * TeX typeset by KaTeX (display style); a TeX error shows the source instead of breaking the page. KaTeX loads
 * lazily (katexLoader.ts): until it is there the box is empty and marked busy.
 */
export function Tex({ tex, className }: { tex: string; className?: string }) {
  const katex = useKatex();
  const html = katex ? typesetTex(katex, tex, true) : null;
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    // A display wider than its panel scrolls sideways; keyboard users must be able to reach it to scroll.
    const display = ref.current?.querySelector<HTMLElement>('.katex-display');
    if (display && display.scrollWidth > display.clientWidth) display.tabIndex = 0;
  }, [html]);
  if (html === null) return <div ref={ref} className={className} aria-busy="true" />;
  return <div ref={ref} className={className} dangerouslySetInnerHTML={{ __html: html }} />;
}
