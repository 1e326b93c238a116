import { axisBottom, axisLeft, line, scaleLinear, scaleLog, select } from 'd3';
import { formatNumber } from '../engine/format';

/** Size of the chart in CSS pixels. */
export interface LossCurveSize {
  readonly width: number;
  readonly height: number;
}

const MARGIN = { top: 12, right: 84, bottom: 30, left: 52 };
/** At most this many points are drawn: a long run is thinned (every k-th point, always the last). */
const MAX_POINTS = 1500;

/** A loss for a label: 4 decimals, or 3 significant digits in e-notation below 0.001 so it never reads 0. */
export function formatLoss(loss: number): string {
  if (loss !== 0 && Math.abs(loss) < 1e-3 && Number.isFinite(loss)) {
    return loss.toExponential(2).replace('-', '\u2212');
  }
  return formatNumber(loss, 4);
}

/** The y scale is logarithmic once the losses span more than two decades (and are all > 0). */
export function usesLogScale(losses: readonly number[]): boolean {
  let min = Infinity;
  let max = -Infinity;
  for (const loss of losses) {
    if (loss < min) min = loss;
    if (loss > max) max = loss;
  }
  return min > 0 && max / min > 100;
}

/** [iteration, loss] pairs to draw: all of them, or every k-th and the last when there are too many. */
export function thinned(losses: readonly number[], limit = MAX_POINTS): [number, number][] {
  const step = Math.max(1, Math.ceil(losses.length / limit));
  const points: [number, number][] = [];
  for (let k = 0; k < losses.length; k += step) points.push([k + 1, losses[k] as number]);
  const last = losses.length;
  if (last > 0 && points[points.length - 1]?.[0] !== last) points.push([last, losses[last - 1] as number]);
  return points;
}

/**
 * Draws the loss history J per iteration (or epoch) into `svg`, replacing what was there: axes, the line, and the
 * last value written at the line's end (with its exact value in `data-value`, for readers and tests).
 */
export function drawLossCurve(
  svg: SVGSVGElement,
  losses: readonly number[],
  size: LossCurveSize,
  xLabel = 'iteration',
): void {
  const { width, height } = size;
  const root = select(svg)
    .attr('viewBox', `0 0 ${width} ${height}`)
    .attr('width', width)
    .attr('height', height);
  root.selectAll('*').remove();
  const plot = root.append('g').attr('transform', `translate(${MARGIN.left},${MARGIN.top})`);
  const innerWidth = width - MARGIN.left - MARGIN.right;
  const innerHeight = height - MARGIN.top - MARGIN.bottom;
  if (losses.length === 0) {
    plot
      .append('text')
      .attr('class', 'loss-empty')
      .attr('x', innerWidth / 2)
      .attr('y', innerHeight / 2)
      .attr('text-anchor', 'middle')
      .attr('fill', 'currentColor')
      .text('No training yet: press play');
    return;
  }
  const points = thinned(losses);
  const finite = points.filter(([, loss]) => Number.isFinite(loss));
  const x = scaleLinear()
    .domain([1, Math.max(2, losses.length)])
    .range([0, innerWidth]);
  const log = usesLogScale(losses);
  const values = finite.map(([, loss]) => loss);
  const low = Math.min(...values);
  const high = Math.max(...values);
  const y = log
    ? scaleLog().domain([low, high]).range([innerHeight, 0]).nice()
    : scaleLinear()
        .domain([Math.min(0, low), high > low ? high : low + 1])
        .range([innerHeight, 0])
        .nice();
  plot
    .append('g')
    .attr('class', 'axis axis-x')
    .attr('transform', `translate(0,${innerHeight})`)
    .call(axisBottom(x).ticks(Math.max(2, Math.floor(innerWidth / 80)), 'd'));
  plot
    .append('g')
    .attr('class', 'axis axis-y')
    .call(log ? axisLeft(y).ticks(4, '~g') : axisLeft(y).ticks(5));
  plot
    .append('text')
    .attr('class', 'axis-title')
    .attr('x', innerWidth)
    .attr('y', innerHeight + 26)
    .attr('text-anchor', 'end')
    .attr('font-size', 11)
    .attr('fill', 'currentColor')
    .text(xLabel);
  plot
    .append('path')
    .attr('class', 'loss-line')
    .attr('fill', 'none')
    .attr('stroke', 'var(--ds-accent, #2166ac)')
    .attr('stroke-width', 1.5)
    .attr(
      'd',
      line<[number, number]>()
        .defined(([, loss]) => Number.isFinite(loss))
        .x(([k]) => x(k))
        .y(([, loss]) => y(loss))(points),
    );
  const last = losses[losses.length - 1] as number;
  const labelY = Number.isFinite(last) ? y(last) : 0;
  plot
    .append('circle')
    .attr('class', 'loss-last-dot')
    .attr('cx', x(losses.length))
    .attr('cy', labelY)
    .attr('r', 3)
    .attr('fill', 'var(--ds-accent, #2166ac)');
  plot
    .append('text')
    .attr('class', 'loss-last')
    .attr('data-value', String(last))
    .attr('x', x(losses.length) + 6)
    .attr('y', Math.min(innerHeight, Math.max(8, labelY)))
    .attr('dy', '0.32em')
    .attr('font-size', 11)
    .attr('fill', 'currentColor')
    .text(`J = ${formatLoss(last)}`);
}
