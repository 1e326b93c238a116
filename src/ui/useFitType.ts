import { useEffect, type RefObject } from 'react';

/** Below this the type would be too small to read; past it the display scrolls sideways instead. */
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
 * Shrinks the type of a box of KaTeX displays (all sized in em) until the widest fits its width, down to
 * MIN_FIT_SCALE: the update line W̃ = W − c δW of three matrices is wider than the panel, and shrinking it a little
 * reads better than cutting or scrolling it. Re-fits when the box resizes or its content changes (KaTeX loads
 * lazily and each step replaces the equation).
 */
export function useFitWidth(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const box = ref.current;
    if (!box || typeof ResizeObserver === 'undefined') return;
    let frame = 0;
    const fit = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        // Read only, then write once: un-setting the scale to measure would lay the page out twice a step.
        const scale = box.style.fontSize === '' ? 1 : parseFloat(box.style.fontSize);
        let wanted = 1;
        // The room is the box's, not each display's: the pieces of a wrapped equation are shrink-wrapped flex
        // items, as wide as their formula, so measured against themselves they would always look full.
        const room = box.clientWidth - SLACK_PX;
        for (const display of box.querySelectorAll<HTMLElement>('.katex-display')) {
          const content = typesetWidth(display);
          if (room > 0 && content > 0) wanted = Math.min(wanted, (room / content) * scale);
        }
        const next = Math.max(MIN_FIT_SCALE, Math.min(1, wanted));
        if (Math.abs(next - scale) > 0.01) box.style.fontSize = next === 1 ? '' : `${next}em`;
      });
    };
    const resize = new ResizeObserver(fit);
    resize.observe(box);
    const mutation = new MutationObserver(fit);
    mutation.observe(box, { childList: true, subtree: true });
    fit();
    return () => {
      cancelAnimationFrame(frame);
      resize.disconnect();
      mutation.disconnect();
    };
  }, [ref]);
}
