import { useEffect, useRef } from 'react';
import { typesetTex, useKatex } from './katexLoader';
import { whenIdle } from './whenIdle';

/**
 * TeX typeset by KaTeX (display style); a TeX error shows the source instead of breaking the page. KaTeX loads
 * lazily (katexLoader.ts): until it is there the box is empty and marked busy. `focusable` false (a hidden step
 * slot's formula) keeps a wide display out of the tab order.
 */
export function Tex({
  tex,
  className,
  focusable = true,
}: {
  tex: string;
  className?: string;
  focusable?: boolean;
}) {
  const katex = useKatex();
  const html = katex ? typesetTex(katex, tex, true) : null;
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // A display wider than its panel scrolls sideways; keyboard users must be able to reach it to scroll.
    // Checked once the page is idle after the paint: a layout effect would force a layout of the whole page
    // inside every step's commit, and even a read in the next animation frame delays the step's paint (issue 6).
    return whenIdle(() => {
      const display = ref.current?.querySelector<HTMLElement>('.katex-display');
      if (display) display.tabIndex = focusable && display.scrollWidth > display.clientWidth ? 0 : -1;
    });
  }, [html, focusable]);
  if (html === null) return <div ref={ref} className={className} aria-busy="true" />;
  return <div ref={ref} className={className} dangerouslySetInnerHTML={{ __html: html }} />;
}
