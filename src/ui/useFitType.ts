import { useEffect, type RefObject } from 'react';

/** Below this the type would be too small to read; past it the display scrolls instead. */
export const MIN_FIT_SCALE = 0.7;
/** Overflow this small is KaTeX's own slack (struts, italic corrections), nothing cut. */
export const SLACK_PX = 4;

/**
 * The width the typeset formula takes: from the left of its first box to the right of its last. (KaTeX's own
 * wrappers are blocks as wide as the display, so their width says nothing about the formula's.)
 */
export function typesetWidth(display: HTMLElement): number {
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
export function roomBelow(box: HTMLElement, panel: HTMLElement): number {
  const top = box.getBoundingClientRect().top - panel.getBoundingClientRect().top - panel.clientTop;
  const paddingBottom = parseFloat(getComputedStyle(panel).paddingBottom) || 0;
  return panel.clientHeight - paddingBottom - (top + panel.scrollTop);
}

/** The type scale at which `box`'s displays fit its width and the room below its cell, measured at `scale`. */
function fittingScale(box: HTMLElement, scale: number): number {
  let wanted = 1;
  // The room is the box's, not each display's: the pieces of a wrapped equation are shrink-wrapped flex items,
  // as wide as their formula, so measured against themselves they would always look full.
  const room = box.clientWidth - SLACK_PX;
  for (const display of box.querySelectorAll<HTMLElement>('.katex-display')) {
    const content = typesetWidth(display);
    if (room > 0 && content > 0) wanted = Math.min(wanted, (room / content) * scale);
  }
  // The height, when the panel's is fixed (size-contained; the narrow layout's grows instead): below the top of
  // what holds the box (the equation panel's cell), inside its panel.
  const cell = box.parentElement;
  const panel = cell?.closest<HTMLElement>('.panel');
  const height = box.scrollHeight;
  const fixed = panel ? /size|strict/.test(getComputedStyle(panel).contain) : false;
  if (cell && panel && fixed && height > 0) {
    const roomHeight = roomBelow(cell, panel) - SLACK_PX;
    if (roomHeight > 0) wanted = Math.min(wanted, (roomHeight / height) * scale);
  }
  return Math.max(MIN_FIT_SCALE, Math.min(1, wanted));
}

/**
 * Shrinks the type of a box of KaTeX displays (all sized in em) until the widest fits its width and the whole
 * fits the height of its panel, down to MIN_FIT_SCALE: the update line W̃ = W − c δW of three matrices is wider
 * than the panel and wraps to a third line, and shrinking it a little reads better than cutting or scrolling it.
 * Re-fits when the content changes (KaTeX loads lazily), its fonts arrive or the panel resizes, not when the box does: its size
 * follows the type, and a fit that answered its own changes could swing back and forth between two sizes.
 */
export function useFitType(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const box = ref.current;
    if (!box || typeof ResizeObserver === 'undefined') return;
    let frame = 0;
    // A search over a few frames: the largest scale known to fit (`fits`), the smallest known not to (`cut`).
    // Type size and height are not proportional (smaller type wraps the pieces differently), so each try is
    // measured, not assumed.
    let fits = MIN_FIT_SCALE;
    let cut = Infinity;
    let tries = 0;
    const measure = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        // Read only, then write once: un-setting the scale to measure would lay the page out twice.
        const scale = box.style.fontSize === '' ? 1 : parseFloat(box.style.fontSize);
        const wanted = fittingScale(box, scale);
        if (wanted >= scale - 0.005) fits = Math.max(fits, scale);
        else cut = Math.min(cut, scale);
        // Narrow [fits, cut): try the measured estimate when it falls inside, else bisect.
        let next: number;
        if (cut === Infinity) next = Math.min(1, wanted);
        else if (cut - fits <= 0.02 || ++tries > 8) next = fits;
        else next = wanted > fits + 0.01 && wanted < cut - 0.01 ? wanted : (fits + cut) / 2;
        next = Math.max(MIN_FIT_SCALE, next);
        if (Math.abs(next - scale) <= 0.005) return;
        box.style.fontSize = next === 1 ? '' : `${next}em`;
        if (next !== fits) measure();
      });
    };
    const fit = () => {
      fits = MIN_FIT_SCALE;
      cut = Infinity;
      tries = 0;
      measure();
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
