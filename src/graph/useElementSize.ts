import { useEffect, useState, type RefObject } from 'react';

/**
 * The content size of an element, kept current by a ResizeObserver (null until first measured). Exact: the
 * canvas of edges under the svg and the pulse layer over it are placed by it, as the svg's viewBox fits the exact
 * size; rounded, they sat a few pixels off the svg. The layout ignores small changes itself (stableSize.ts).
 */
export function useElementSize(ref: RefObject<HTMLElement | null>): { width: number; height: number } | null {
  const [size, setSize] = useState<{ width: number; height: number } | null>(null);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      if (!entry) return;
      const { width, height } = entry.contentRect;
      if (width <= 0 || height <= 0) return;
      setSize((old) => (old && old.width === width && old.height === height ? old : { width, height }));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return size;
}
