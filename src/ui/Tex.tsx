import { useEffect, useRef } from 'react';
import { typesetTex, useKatex } from './katexLoader';
import { inShownSlot } from './showSlot';
import { whenIdle } from './whenIdle';

/**
 * TeX typeset by KaTeX (display style); a TeX error shows the source instead of breaking the page. KaTeX loads
 * lazily (katexLoader.ts): until it is there the box is empty and marked busy. A display wider than its panel is
 * a tab stop, unless its step slot is hidden (showSlot.ts switches that when the slot is shown or hidden).
 */
export function Tex({ tex, className }: { tex: string; className?: string }) {
  const katex = useKatex();
  const html = katex ? typesetTex(katex, tex, true) : null;
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // A display wider than its panel scrolls sideways; keyboard users must be able to reach it to scroll.
    // Checked once the page is idle after the paint: a layout effect would force a layout of the whole page
    // inside every step's commit, and even a read in the next animation frame delays the step's paint (issue 6).
    return whenIdle(() => {
      const display = ref.current?.querySelector<HTMLElement>('.katex-display');
      if (!display) return;
      const scrolls = display.scrollWidth > display.clientWidth;
      display.toggleAttribute('data-scrolls', scrolls);
      display.tabIndex = scrolls && inShownSlot(display) ? 0 : -1;
    });
  }, [html]);
  if (html === null) return <div ref={ref} className={className} aria-busy="true" />;
  return <div ref={ref} className={className} dangerouslySetInnerHTML={{ __html: html }} />;
}
