import { select, zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3';
import { prefersReducedMotion } from './drawFlow';
import { viewportOf } from './drawStructure';

/** Zoom and pan of the graph, for the toolbar buttons and keys. */
export interface GraphZoom {
  zoomBy(factor: number): void;
  /** Back to the whole network in view (the viewBox fits it to the panel). */
  fit(): void;
  /** The largest zoom (a tall network needs more than 12× to tell its neurons apart). */
  setMaxZoom(k: number): void;
  destroy(): void;
}

/**
 * d3-zoom on the svg (wheel, drag, pinch) moving the viewport group. The svg's viewBox already fits the whole
 * network to the panel, so "fit" is the identity transform; zoom works in viewBox units.
 */
export function attachZoom(
  svg: SVGSVGElement,
  /** Each zoom event, `settled` at the end of a gesture or transition (the canvas of edges repaints then). */
  onZoom?: (transform: ZoomTransform, settled: boolean) => void,
): GraphZoom {
  const root = select(svg);
  const behavior: ZoomBehavior<SVGSVGElement, unknown> = zoom<SVGSVGElement, unknown>()
    .scaleExtent([0.4, 12])
    // A double click is for selecting a weight, not for zooming.
    .filter((event: Event) => event.type !== 'dblclick' && !(event as MouseEvent).button)
    .on('zoom', (event: { transform: ZoomTransform }) => {
      viewportOf(svg).attr('transform', event.transform.toString());
      onZoom?.(event.transform, false);
    })
    .on('end', (event: { transform: ZoomTransform }) => onZoom?.(event.transform, true));
  root.call(behavior);
  const animate = () => root.transition().duration(prefersReducedMotion() ? 0 : 250);
  return {
    zoomBy: (factor) => animate().call(behavior.scaleBy, factor),
    fit: () => animate().call(behavior.transform, zoomIdentity),
    setMaxZoom: (k) => void behavior.scaleExtent([0.4, Math.max(12, k)]),
    destroy: () => {
      root.on('.zoom', null);
      root.interrupt();
    },
  };
}
