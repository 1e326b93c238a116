import { select } from 'd3';
import type { EdgeSpot, GraphLayout, NodeSpot } from './layout';

/**
 * Draws the network's skeleton into `svg` (keyed joins, so a redraw keeps elements that stay): a viewport group
 * for zoom, edges (each with a pulse layer), neurons, bias units with "1", and layer captions. Values come later
 * from drawValues.
 */
export function drawStructure(svg: SVGSVGElement, layout: GraphLayout): void {
  const root = select(svg)
    .attr('viewBox', `0 0 ${layout.width} ${layout.height}`)
    .attr('preserveAspectRatio', 'xMidYMid meet')
    .style('--graph-font', `${layout.fontSize}px`);
  const viewport = root
    .selectAll<SVGGElement, null>('g.viewport')
    .data([null])
    .join((enter) => {
      const g = enter.append('g').attr('class', 'viewport');
      for (const name of ['edges', 'pulses', 'edge-labels', 'nodes', 'captions'])
        g.append('g').attr('class', name);
      return g;
    });

  viewport
    .select('g.edges')
    .selectAll<SVGGElement, EdgeSpot>('g.edge')
    .data(layout.edges, (d) => d.id)
    .join((enter) => {
      const g = enter.append('g').attr('class', 'edge').attr('tabindex', 0).attr('role', 'img');
      g.append('line').attr('class', 'edge-hit');
      g.append('line').attr('class', 'edge-line');
      return g;
    })
    .attr('data-id', (d) => d.id)
    .each(function (d) {
      select(this).selectAll('line').attr('x1', d.x1).attr('y1', d.y1).attr('x2', d.x2).attr('y2', d.y2);
    });

  viewport
    .select('g.edge-labels')
    .selectAll<SVGGElement, EdgeSpot>('g.edge-label')
    .data(
      layout.edges.filter((e) => e.label),
      (d) => d.id,
    )
    .join((enter) => {
      const g = enter.append('g').attr('class', 'edge-label');
      g.append('rect').attr('rx', 4);
      g.append('text').attr('text-anchor', 'middle').attr('dominant-baseline', 'central');
      return g;
    })
    .attr('data-id', (d) => d.id)
    .each(function (d) {
      const box = d.label!;
      const g = select(this);
      g.select('rect').attr('x', box.x).attr('y', box.y).attr('width', box.width).attr('height', box.height);
      g.select('text')
        .attr('x', box.x + box.width / 2)
        .attr('y', box.y + box.height / 2);
    });

  viewport
    .select('g.nodes')
    .selectAll<SVGGElement, NodeSpot>('g.node')
    .data(layout.nodes, (d) => d.id)
    .join((enter) => {
      const g = enter.append('g').attr('tabindex', 0).attr('role', 'img');
      g.append('circle');
      g.append('text')
        .attr('class', 'node-main')
        .attr('text-anchor', 'middle')
        .attr('dominant-baseline', 'central');
      g.append('text')
        .attr('class', 'node-sub')
        .attr('text-anchor', 'middle')
        .attr('dominant-baseline', 'central');
      return g;
    })
    .attr('class', (d) => (d.bias ? 'node bias' : 'node'))
    .attr('data-id', (d) => d.id)
    .attr('transform', (d) => `translate(${d.x},${d.y})`)
    .each(function (d) {
      const g = select(this);
      g.select('circle').attr('r', d.r);
      g.select('.node-main').attr('y', layout.nodeLabels && !d.bias ? -layout.fontSize * 0.55 : 0);
      g.select('.node-sub').attr('y', layout.fontSize * 0.75);
      if (d.bias) g.select('.node-main').text('1');
    });

  viewport
    .select('g.captions')
    .selectAll<SVGTextElement, { layer: number; x: number }>('text.caption')
    .data(layout.columns, (d) => String(d.layer))
    .join('text')
    .attr('class', 'caption')
    .attr('text-anchor', 'middle')
    .attr('x', (d) => d.x)
    .attr('y', layout.captionY);

  viewport
    .select('g.captions')
    .selectAll<SVGTextElement, { layer: number; x: number }>('text.edge-caption')
    .data(layout.columns.slice(1), (d) => String(d.layer))
    .join('text')
    .attr('class', 'edge-caption')
    .attr('text-anchor', 'middle')
    .attr('x', (d, k) => (d.x + layout.columns[k]!.x) / 2)
    .attr('y', 20);
}
