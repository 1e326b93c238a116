import { interpolateRgb, interpolateRgbBasis, scaleLinear, select } from 'd3';
import type { Dataset } from '../engine/datasets';
import { labelOf } from '../engine/datasets';
import type { OutputGrid } from '../engine/outputGrid';

/**
 * Class 0, the undecided middle, class 1: TensorFlow Playground's blue and orange (safe for red–green), in the
 * order the rest of the app uses them (blue low/negative, orange high/positive) so one colour means one thing.
 */
export const CLASS_COLOURS = ['#0877bd', '#e8eaeb', '#f59322'] as const;
const interpolate = interpolateRgbBasis([...CLASS_COLOURS]);

/** The part of the input plane to show: the data's extent with a margin, so points never sit on the edge. */
export function planeDomains(dataset: Dataset): { x: [number, number]; y: [number, number] } {
  const extent = (axis: number): [number, number] => {
    let min = Infinity;
    let max = -Infinity;
    for (const point of dataset.inputs) {
      const v = point[axis] as number;
      if (v < min) min = v;
      if (v > max) max = v;
    }
    if (!Number.isFinite(min)) return [-1, 1];
    const pad = Math.max(0.25, 0.1 * (max - min));
    return [min - pad, max + pad];
  };
  return { x: extent(0), y: extent(1) };
}

/**
 * Maps an output to a background colour: [0, 1] for a sigmoid or softmax score, else the grid's own extent. The
 * class colours are washed 40% towards white so that a data point of the same class still stands out on them.
 */
export function outputColour(extent: readonly [number, number]): (value: number) => string {
  const [low, high] = extent[0] >= 0 && extent[1] <= 1 ? [0, 1] : extent;
  const t = scaleLinear().domain([low, high]).range([0, 1]).clamp(true);
  return (value) => interpolateRgb(interpolate(t(value)), '#ffffff')(0.4);
}

/**
 * Paints the grid's cells on `canvas` (row 0 at the top) and the data points as circles in `svg`, coloured by
 * class, with a thin outline so a point on its own colour stays visible.
 */
export function drawDecisionMap(
  canvas: HTMLCanvasElement,
  svg: SVGSVGElement,
  grid: OutputGrid,
  dataset: Dataset,
  size: { width: number; height: number },
): void {
  const { width, height } = size;
  canvas.width = grid.resolution;
  canvas.height = grid.resolution;
  const context = canvas.getContext('2d');
  if (context) {
    const colour = outputColour(grid.extent);
    const image = context.createImageData(grid.resolution, grid.resolution);
    for (let k = 0; k < grid.values.length; k++) {
      const rgb = colour(grid.values[k] as number).match(/\d+/g) ?? ['0', '0', '0'];
      image.data[4 * k] = Number(rgb[0]);
      image.data[4 * k + 1] = Number(rgb[1]);
      image.data[4 * k + 2] = Number(rgb[2]);
      image.data[4 * k + 3] = 255;
    }
    context.putImageData(image, 0, 0);
  }
  const x = scaleLinear().domain(grid.xDomain).range([0, width]);
  const y = scaleLinear().domain(grid.yDomain).range([height, 0]);
  const root = select(svg)
    .attr('viewBox', `0 0 ${width} ${height}`)
    .attr('width', width)
    .attr('height', height);
  root
    .selectAll<SVGCircleElement, number>('circle.data-point')
    .data(dataset.inputs.map((_, k) => k))
    .join('circle')
    .attr('class', (k) => `data-point class-${labelOf(dataset.targets[k] as number[])}`)
    .attr('cx', (k) => x(dataset.inputs[k]?.[0] as number))
    .attr('cy', (k) => y(dataset.inputs[k]?.[1] as number))
    .attr('r', dataset.inputs.length > 50 ? 3.5 : 6)
    .attr('fill', (k) =>
      labelOf(dataset.targets[k] as number[]) === 1 ? CLASS_COLOURS[2] : CLASS_COLOURS[0],
    )
    .attr('stroke', '#fff')
    .attr('stroke-width', 1.25);
}
