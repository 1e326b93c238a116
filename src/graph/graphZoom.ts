import { select, zoom, zoomIdentity, type ZoomBehavior } from 'd3';
import { prefersReducedMotion } from './drawFlow';
import { viewportOf } from './drawStructure';

/** Zoom and pan of the graph, for the toolbar buttons and keys. */
export interface GraphZoom {
  zoomBy(factor: number): void;
  /** Back to the whole network in view (the viewBox fits it to the panel). */
  fit(): void;
  destroy(): void;
}

/**
 * d3-zoom on the svg (wheel, drag, pinch) moving the viewport group. The svg's viewBox already fits the whole
 * network to the panel, so "fit" is the identity transform; zoom works in viewBox units.
 */
export function attachZoom(svg: SVGSVGElement): GraphZoom {
  const root = select(svg);
  const behavior: ZoomBehavior<SVGSVGElement, unknown> = zoom<SVGSVGElement, unknown>()
    .scaleExtent([0.4, 12])
    // A double click is for selecting a weight, not for zooming.
    .filter((event: Event) => event.type !== 'dblclick' && !(event as MouseEvent).button)
    .on('zoom', (event: { transform: { toString(): string } }) => {
      viewportOf(svg).attr('transform', event.transform.toString());
    });
  root.call(behavior);
  const animate = () => root.transition().duration(prefersReducedMotion() ? 0 : 250);
  return {
    zoomBy: (factor) => animate().call(behavior.scaleBy, factor),
    fit: () => animate().call(behavior.transform, zoomIdentity),
    destroy: () => {
      root.on('.zoom', null);
      root.interrupt();
    },
  };
}
