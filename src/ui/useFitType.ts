import { useEffect, type RefObject } from 'react';
import { bestScale, type MeasuredBox } from './fitScale';

/**
 * The width the typeset formula takes: from the left of its first box to the right of its last. (KaTeX's own
 * wrappers are blocks as wide as the display, so their width says nothing about the formula's.)
 */
function typesetWidth(display: HTMLElement): number {
  let left = Infinity;
  let right = -Infinity;
  for (const part of display.querySelectorAll<HTMLElement>('.katex-html > *')) {
    const rect = part.getBoundingClientRect();
    left = Math.min(left, rect.left);
    right = Math.max(right, rect.right);
  }
  return right > left ? right - left : 0;
}

/**
 * The height `box` may take in the panel that holds it: from its top to the panel's inner bottom. The panel's
 * height is fixed by the page's grid (issue 6: a graph that followed the equation's height jumped at every step).
 */
function roomBelow(box: HTMLElement, panel: HTMLElement): number {
  const top = box.getBoundingClientRect().top - panel.getBoundingClientRect().top - panel.clientTop;
  const paddingBottom = parseFloat(getComputedStyle(panel).paddingBottom) || 0;
  return panel.clientHeight - paddingBottom - (top + panel.scrollTop);
}

/** What bestScale needs, measured from the laid-out box at its current type scale. */
function measureBox(box: HTMLElement): MeasuredBox {
  const scale = box.style.fontSize === '' ? 1 : parseFloat(box.style.fontSize);
  let widest = 0;
  for (const display of box.querySelectorAll<HTMLElement>('.katex-display'))
    widest = Math.max(widest, typesetWidth(display));
  const rows = [...box.children]
    .filter((child) => getComputedStyle(child).flexWrap === 'wrap')
    .map((row) => ({
      gap: parseFloat(getComputedStyle(row).columnGap) || 0,
      items: [...row.children].map((item) => {
        const display = item.querySelector<HTMLElement>('.katex-display');
        const rect = item.getBoundingClientRect();
        // a piece wider than the box scrolls inside it: its own width is its formula's
        return { width: Math.max(rect.width, display ? typesetWidth(display) : 0), height: rect.height };
      }),
    }));
  // The height counts when the panel's is fixed (size-contained; the narrow layout's grows instead): below the
  // top of what holds the box (the equation panel's cell), inside its panel.
  const cell = box.parentElement;
  const panel = cell?.closest<HTMLElement>('.panel');
  const fixed = panel ? /size|strict/.test(getComputedStyle(panel).contain) : false;
  return {
    scale,
    widest,
    height: box.scrollHeight,
    rows,
    roomWidth: box.clientWidth,
    roomHeight: cell && panel && fixed ? roomBelow(cell, panel) : null,
  };
}

/**
 * Shrinks the type of a box of KaTeX displays (all sized in em) until the widest fits its width and the whole
 * fits the height of its panel, down to MIN_FIT_SCALE: the update line W̃ = W − c δW of three matrices is wider
 * than the panel and wraps to a third line, and shrinking it a little reads better than cutting or scrolling it.
 * One measurement, one write (fitScale.ts works out the rest). Re-fits when the content changes (KaTeX loads
 * lazily), its fonts arrive or the panel resizes, not when the box does: its size follows the type, and a fit
 * that answered its own changes could swing back and forth between two sizes.
 */
export function useFitType(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const box = ref.current;
    if (!box || typeof ResizeObserver === 'undefined') return;
    let frame = 0;
    const fit = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        // Read only, then write once: un-setting the scale to measure would lay the page out twice.
        const measured = measureBox(box);
        if (measured.height === 0) return; // not typeset yet
        const next = bestScale(measured);
        if (Math.abs(next - measured.scale) > 0.004) box.style.fontSize = next === 1 ? '' : `${next}em`;
      });
    };
    const resize = new ResizeObserver(fit);
    resize.observe(box.closest('.panel') ?? box);
    const mutation = new MutationObserver(fit);
    mutation.observe(box, { childList: true, subtree: true });
    // KaTeX's fonts arrive after its first formulas: measured in the fallback font, the fit would be off.
    document.fonts?.addEventListener('loadingdone', fit);
    fit();
    return () => {
      cancelAnimationFrame(frame);
      resize.disconnect();
      mutation.disconnect();
      document.fonts?.removeEventListener('loadingdone', fit);
    };
  }, [ref]);
}
