import { select, zoomTransform } from 'd3';
import { handleLabel } from './collapse';
import { viewportOf } from './drawStructure';
import type { GraphLayout, HandleSpot } from './layout';
import { viewBoxFit } from './viewFit';

/** Where a handle sits, scaled against the zoom: zoomed in 6×, a pill 6× its size ran off the panel ("eurons"). */
const placement = (d: HandleSpot, svg: SVGSVGElement) =>
  `translate(${d.x},${d.y}) scale(${1 / zoomTransform(svg).k})`;

/** Keeps the handles of `svg` at their size on screen at its zoom, as the value labels keep theirs (called on
 * every zoom event, after graphZoom.ts has given the svg its transform). */
export function zoomHandles(svg: SVGSVGElement): void {
  select(svg)
    .selectAll<SVGGElement, HandleSpot>('g.layer-handle')
    .attr('transform', (d) => placement(d, svg));
}

/**
 * The "+N neurons" handles of collapsed layers (collapse.ts): a pill where the hidden neurons would be, a
 * button that expands its layer on click, Enter or Space.
 */
export function drawHandles(
  svg: SVGSVGElement,
  layout: GraphLayout,
  onExpand: (layer: number) => void,
): void {
  const { handles } = layout;
  // The svg shrinks a tall drawing to fit the panel: the handle keeps a readable size on screen (up to 2.5×).
  const fit = viewBoxFit(svg.clientWidth, svg.clientHeight, layout.width, layout.height).scale;
  const fontSize = layout.fontSize / Math.max(0.4, Math.min(1, fit || 1));
  const pillHeight = fontSize + 8;
  const pillWidth = (text: string) => text.length * fontSize * 0.6 + 16;
  // Where two pills side by side would meet (a phone's narrow drawing of A[784,128,…]), the number alone.
  const xs = handles.map((h) => h.x).sort((a, b) => a - b);
  const widest = Math.max(0, ...handles.map((h) => pillWidth(handleLabel(h.hidden))));
  const short = xs.some((x, k) => k > 0 && x - xs[k - 1]! < widest + 6);
  const labelOf = (hidden: number) => (short ? `+${hidden}` : handleLabel(hidden));
  viewportOf(svg)
    .selectAll<SVGGElement, null>('g.handles')
    .data([null])
    .join('g')
    .attr('class', 'handles')
    .selectAll<SVGGElement, HandleSpot>('g.layer-handle')
    .data(handles, (d) => String(d.layer))
    .join((enter) => {
      const g = enter
        .append('g')
        .attr('class', 'layer-handle')
        .attr('role', 'button')
        .attr('data-tab-stop', '');
      g.append('rect');
      g.append('text').attr('text-anchor', 'middle').attr('dominant-baseline', 'central');
      return g;
    })
    .attr('data-layer', (d) => d.layer)
    .attr('aria-label', (d) => `${handleLabel(d.hidden)} hidden in layer ${d.layer}: show them all`)
    .attr('transform', (d) => placement(d, svg))
    .each(function (d) {
      const g = select(this);
      const text = labelOf(d.hidden);
      const width = pillWidth(text);
      // centred on its column, but moved in where the first or last column would push it off the drawing
      const left = Math.min(Math.max(-width / 2, 2 - d.x), layout.width - 2 - d.x - width);
      g.select('rect')
        .attr('x', left)
        .attr('y', -pillHeight / 2)
        .attr('width', width)
        .attr('height', pillHeight)
        .attr('rx', pillHeight / 2);
      g.select('text')
        .text(text)
        .attr('x', left + width / 2)
        .style('font-size', `${fontSize}px`);
    })
    .on('click', (event: MouseEvent, d) => {
      event.stopPropagation();
      onExpand(d.layer);
    })
    .on('keydown', (event: KeyboardEvent, d) => {
      if (event.key !== 'Enter' && event.key !== ' ') return;
      event.preventDefault();
      event.stopPropagation();
      onExpand(d.layer);
    });
}
