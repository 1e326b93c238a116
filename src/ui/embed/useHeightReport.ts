import { useEffect, type RefObject } from 'react';
import { postToHost } from './useHostMessages';

/**
 * The height the graph's drawing box would like at an iframe width: about half the width, at least 260 px (a
 * narrow phone column), at most 520 px (wider only spreads the same few neurons further apart).
 */
export function preferredGraphHeight(width: number): number {
  return Math.min(520, Math.max(260, 0.48 * width));
}

/**
 * The height to report for the embed: its parts other than the graph's box as they are now (the problem line,
 * the toolbar, the caption and the controls, which depend on the width only) plus the box at its preferred height.
 * Not the embed's actual height: that is the iframe's (embed.css fills it), and reporting it would tell a host
 * that sizes the iframe to the report only what the host already chose.
 */
export function reportedHeight(embedHeight: number, boxHeight: number, width: number): number {
  return Math.ceil(embedHeight - boxHeight + preferredGraphHeight(width));
}

/**
 * Tells the host page the height the embed would like (`deltascope:height`) whenever it changes, so a page that
 * can run script may size the iframe to it. The report never depends on the iframe's height (a taller iframe
 * gives the graph more room, it does not make the report grow), so resizing the iframe to it settles at once.
 */
export function useHeightReport(root: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const element = root.current;
    if (element === null) return;
    const box = element.querySelector<HTMLElement>('.graph-box');
    let last = -1;
    const report = () => {
      const boxHeight = box?.getBoundingClientRect().height ?? 0;
      const height = reportedHeight(element.getBoundingClientRect().height, boxHeight, window.innerWidth);
      if (height === last) return;
      last = height;
      postToHost({ type: 'deltascope:height', height });
    };
    // In an iframe the embed fills, a caption that wraps to one more line shrinks the box, not the embed:
    // watching both sees every change of the parts around the box.
    const observer = new ResizeObserver(report);
    observer.observe(element);
    if (box !== null) observer.observe(box);
    report();
    return () => observer.disconnect();
  }, [root]);
}
