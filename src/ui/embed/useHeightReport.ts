import { useEffect, type RefObject } from 'react';
import { postToHost } from './useHostMessages';

/**
 * Tells the host page the embed's content height whenever it changes (`deltascope:height`), so the page can
 * size the iframe to fit and no scrollbar appears. The content height never depends on the iframe's height
 * (embed.css sizes the graph from the width), so resizing the iframe to it settles at once.
 */
export function useHeightReport(root: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const element = root.current;
    if (element === null) return;
    let last = -1;
    const report = () => {
      const height = Math.ceil(element.getBoundingClientRect().height);
      if (height === last) return;
      last = height;
      postToHost({ type: 'deltascope:height', height });
    };
    const observer = new ResizeObserver(report);
    observer.observe(element);
    report();
    return () => observer.disconnect();
  }, [root]);
}
