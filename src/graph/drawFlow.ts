import { easeCubicInOut, select } from 'd3';
import type { Frame } from './frame';
import type { EdgeSpot, GraphLayout } from './layout';

/**
 * The pulses' own svg over the graph, sized and zoomed as the graph's: moving circles inside the graph's svg made
 * Chromium lay out the whole graph (its text included) at every animation frame — a thousand objects for
 * A[784,128,64,10], 8 ms a frame for a second after each step (issue 6).
 */
export function syncPulseLayer(layer: SVGSVGElement, layout: GraphLayout): void {
  select(layer)
    .attr('viewBox', `0 0 ${layout.width} ${layout.height}`)
    .attr('preserveAspectRatio', 'xMidYMid meet');
}

/** The group of the pulse layer that follows the graph's zoom (`transform`, d3-zoom's, as on the graph). */
function pulseViewport(layer: SVGSVGElement) {
  return select(layer)
    .selectAll<SVGGElement, null>('g.pulses')
    .data([null])
    .join((enter) => enter.append('g').attr('class', 'pulses'));
}

/** Moves the pulses with the graph's zoom or pan. */
export function zoomPulseLayer(layer: SVGSVGElement, transform: string): void {
  pulseViewport(layer).attr('transform', transform);
}

/** How long one pulse takes to run along an edge. */
const PULSE_MS = 900;
/**
 * At most this many pulses at once: each is an svg circle moved every frame, and hundreds of them (a layer of
 * A[784,128,64,10]) cost more per frame than the step itself (issue 6's step latency). A bigger layer pulses an
 * even spread of its edges, enough to show the direction of the flow.
 */
export const MAX_PULSES = 48;

/** At most `count` of `items`, evenly spread over them (all of them when there are few enough). */
export function spread<T>(items: readonly T[], count: number): T[] {
  if (items.length <= count) return [...items];
  return Array.from({ length: count }, (_, k) => items[Math.floor(((k + 0.5) * items.length) / count)]!);
}

/** True when the reader asked the system for less motion. */
export function prefersReducedMotion(): boolean {
  return (
    typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true
  );
}

/**
 * A dot running along the edges of the current step's layer (in the pulse layer over the graph), left to right
 * for Y^h = W^h X^{h-1} and right to left for δup_{h-1} = (W♯^h)^T δdown_h, so the direction of the flow is seen.
 * Nothing under reduced motion.
 */
export function drawFlow(layer: SVGSVGElement, layout: GraphLayout, flow: Frame['flow']): void {
  const group = pulseViewport(layer);
  group.selectAll('*').interrupt().remove();
  if (!flow || prefersReducedMotion()) return;
  const forward = flow.direction === 'forward';
  // δup_{h-1} = (W♯^h)^T δdown_h: W♯ drops the bias column, so nothing flows back along a bias edge.
  const edges = spread(
    layout.edges.filter((e) => e.layer === flow.layer && (forward || !e.fromBias)),
    MAX_PULSES,
  );
  group
    .selectAll<SVGCircleElement, EdgeSpot>('circle')
    .data(edges, (d) => d.id)
    .join('circle')
    .attr('class', `pulse ${flow.direction}`)
    .attr('r', Math.max(3, layout.fontSize * 0.45))
    .attr('cx', (d) => (forward ? d.x1 : d.x2))
    .attr('cy', (d) => (forward ? d.y1 : d.y2))
    .attr('opacity', 0.9)
    .transition()
    .duration(PULSE_MS)
    .ease(easeCubicInOut)
    .attr('cx', (d) => (forward ? d.x2 : d.x1))
    .attr('cy', (d) => (forward ? d.y2 : d.y1))
    .transition()
    .duration(200)
    .attr('opacity', 0)
    .on('end', function () {
      select(this).remove();
    });
}
