import { useLayoutEffect, type RefObject } from 'react';

/**
 * Keeps a fixed panel's top just under an anchor (the editor bar), which moves when a banner appears above it or
 * the header wraps: re-placed when anything in the anchor's container changes size or children, and on resize.
 */
export function usePlaceBelow(
  anchor: RefObject<HTMLElement | null>,
  panel: RefObject<HTMLElement | null>,
  active: boolean,
) {
  useLayoutEffect(() => {
    const container = anchor.current?.parentElement;
    if (!active || !container) return;
    const place = () => {
      if (anchor.current && panel.current)
        panel.current.style.top = `${Math.round(anchor.current.getBoundingClientRect().bottom + 8)}px`;
    };
    const sizes = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(place); // none in jsdom
    const watch = () => {
      sizes?.disconnect();
      for (const child of container.children) sizes?.observe(child);
      place();
    };
    const children = new MutationObserver(watch);
    children.observe(container, { childList: true });
    watch();
    window.addEventListener('resize', place);
    return () => {
      sizes?.disconnect();
      children.disconnect();
      window.removeEventListener('resize', place);
    };
  }, [anchor, panel, active]);
}
