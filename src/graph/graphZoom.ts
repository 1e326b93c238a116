import {
  select,
  selectAll,
  zoom,
  zoomIdentity,
  zoomTransform,
  type ZoomBehavior,
  type ZoomTransform,
} from 'd3';
import { prefersReducedMotion } from './drawFlow';
import { viewportOf } from './drawStructure';
import type { View } from './followStep';

/** Zoom and pan of the graph, for the toolbar buttons and keys. */
export interface GraphZoom {
  zoomBy(factor: number): void;
  /** Back to the whole network in view (the viewBox fits it to the panel). */
  fit(): void;
  /** To `view` (followStep.ts), moving there unless `at once`; nothing when it is there already. */
  show(view: View, atOnce?: boolean): void;
  /** The largest zoom (a tall network needs more than 12× to tell its neurons apart). */
  setMaxZoom(k: number): void;
  destroy(): void;
}

/**
 * d3-zoom on the graph's svgs (wheel, drag, pinch) moving their viewport groups together: the svgs of the step
 * slots (graphSlots.ts) share one transform, so a step shows its picture where the reader left the last one. The
 * svg's viewBox already fits the whole network to the panel, so "fit" is the identity transform; zoom works in
 * viewBox units. The toolbar's buttons and keys act on the svg seen, `current()`.
 */
export function attachZoom(
  svgs: readonly SVGSVGElement[],
  current: () => SVGSVGElement,
  /** Each zoom event, `settled` at the end of a gesture or transition (the canvas of edges repaints then), and
   * whether the reader's hand (wheel, drag, pinch) made it rather than the buttons, keys or a step. */
  onZoom?: (transform: ZoomTransform, settled: boolean, byHand: boolean) => void,
): GraphZoom {
  const all = selectAll<SVGSVGElement, unknown>(svgs);
  const behavior: ZoomBehavior<SVGSVGElement, unknown> = zoom<SVGSVGElement, unknown>()
    .scaleExtent([0.4, 12])
    // A double click is for selecting a weight, not for zooming. One finger scrolls the page (graph.css's
    // touch-action): on a phone the graph is half the screen, and a swipe over it dragged the drawing away
    // instead of reaching the equation under it. Two fingers pan and pinch.
    .filter(
      (event: Event) =>
        event.type !== 'dblclick' &&
        !(event as MouseEvent).button &&
        !(event.type === 'touchstart' && (event as TouchEvent).touches.length < 2),
    )
    .on('zoom', (event: { transform: ZoomTransform; sourceEvent?: Event | null }) => {
      for (const svg of svgs) {
        viewportOf(svg).attr('transform', event.transform.toString());
        // d3-zoom keeps each element's transform on it; the next gesture may start on another slot.
        (svg as SVGSVGElement & { __zoom?: ZoomTransform }).__zoom = event.transform;
      }
      // A wheel, drag or pinch carries its DOM event; the buttons', keys' and steps' transforms carry none.
      onZoom?.(event.transform, false, event.sourceEvent != null);
    })
    // A tap or click starts and ends a gesture without moving anything: only its zoom events are by hand.
    .on('end', (event: { transform: ZoomTransform }) => onZoom?.(event.transform, true, false));
  all.call(behavior);
  const animate = () =>
    select(current())
      .transition()
      .duration(prefersReducedMotion() ? 0 : 250);
  return {
    zoomBy: (factor) => animate().call(behavior.scaleBy, factor),
    fit: () => animate().call(behavior.transform, zoomIdentity),
    show: (view, atOnce = false) => {
      const now = zoomTransform(current());
      const near = (a: number, b: number) => Math.abs(a - b) < 1e-6 * Math.max(1, Math.abs(b));
      if (near(now.k, view.k) && near(now.x, view.x) && near(now.y, view.y)) return;
      const to = zoomIdentity.translate(view.x, view.y).scale(view.k);
      if (atOnce || prefersReducedMotion()) select(current()).interrupt().call(behavior.transform, to);
      else animate().call(behavior.transform, to);
    },
    setMaxZoom: (k) => void behavior.scaleExtent([0.4, Math.max(12, k)]),
    destroy: () => {
      all.on('.zoom', null);
      all.interrupt();
    },
  };
}
