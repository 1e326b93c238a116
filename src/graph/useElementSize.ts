import { useEffect, useState, type RefObject } from 'react';

/** Sizes are rounded to this many px so that sub-pixel jitter does not redraw the graph. */
const STEP = 16;
/** Height changes under this fraction keep the current layout. */
const HEIGHT_TOLERANCE = 0.2;

/** The content size of an element, kept current by a ResizeObserver (null until first measured, rounded). */
export function useElementSize(ref: RefObject<HTMLElement | null>): { width: number; height: number } | null {
  const [size, setSize] = useState<{ width: number; height: number } | null>(null);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      if (!entry) return;
      const width = Math.round(entry.contentRect.width / STEP) * STEP;
      const height = Math.round(entry.contentRect.height / STEP) * STEP;
      if (width <= 0 || height <= 0) return;
      // A neighbouring panel growing by a step's content changes the height a little; the viewBox rescales
      // for that, and the layout (a full redraw) is only redone when the shape really changes.
      setSize((old) =>
        old && old.width === width && Math.abs(old.height - height) < HEIGHT_TOLERANCE * old.height
          ? old
          : { width, height },
      );
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return size;
}
