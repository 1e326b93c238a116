import { select, type Selection } from 'd3';
import { ringGap, type EdgeSpot, type GraphLayout, type NodeSpot } from './layout';

const LAYERS = ['edges', 'edge-labels', 'nodes', 'captions'] as const;

/** The zoomable group holding everything drawn (created once per svg). */
export function viewportOf(svg: SVGSVGElement): Selection<SVGGElement, null, null, undefined> {
  return select(svg)
    .selectAll<SVGGElement, null>('g.viewport')
    .data([null])
    .join((enter) => {
      const g = enter.append('g').attr('class', 'viewport');
      for (const name of LAYERS) g.append('g').attr('class', name);
      return g;
    }) as unknown as Selection<SVGGElement, null, null, undefined>;
}

/**
 * Draws the network's skeleton into `svg` (keyed joins, so a redraw keeps elements that stay): a viewport group
 * for zoom, edges (a wide transparent hit line, a halo for highlights, the line), weight label boxes, neurons,
 * bias units with "1", and caption slots. Values, colours and caption texts come later from drawValues. What a
 * keyboard can reach is marked `data-tab-stop`; GraphSlots makes it a tab stop in the svg shown (graphSlots.ts).
 */
export function drawStructure(svg: SVGSVGElement, layout: GraphLayout): void {
  select(svg)
    .attr('viewBox', `0 0 ${layout.width} ${layout.height}`)
    .attr('preserveAspectRatio', 'xMidYMid meet')
    .classed('compact', !layout.nodeLabels)
    .style('--graph-font', `${layout.fontSize}px`)
    .style('--line-scale', String(layout.lineScale));
  const viewport = viewportOf(svg);

  viewport
    .select('g.edges')
    .selectAll<SVGGElement, EdgeSpot>('g.edge')
    .data(layout.edges, (d) => d.id)
    .join((enter) => {
      const g = enter.append('g').attr('class', 'edge');
      for (const name of ['edge-hit', 'edge-halo', 'edge-line']) g.append('line').attr('class', name);
      return g;
    })
    .attr('data-id', (d) => d.id)
    // Keyboard users reach every weight of a labelled graph; a compact one's thousands are left to the pointer
    // (no role either: a button needs a name, and those weights get theirs only in the tooltip).
    .attr('data-tab-stop', layout.nodeLabels ? '' : null)
    .attr('role', layout.nodeLabels ? 'button' : null)
    .classed('from-bias', (d) => d.fromBias)
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
        .attr('y', box.y + box.height / 2 + 0.5);
    });

  const lineGap = layout.fontSize * 0.62;
  viewport
    .select('g.nodes')
    .selectAll<SVGGElement, NodeSpot>('g.node')
    .data(layout.nodes, (d) => d.id)
    .join((enter) => {
      const g = enter.append('g').attr('data-tab-stop', '').attr('role', 'img');
      g.append('circle').attr('class', 'ring');
      g.append('circle').attr('class', 'disc');
      for (const name of ['node-main', 'node-sub'])
        g.append('text')
          .attr('class', name)
          .attr('text-anchor', 'middle')
          .attr('dominant-baseline', 'central');
      return g;
    })
    .attr('class', (d) => (d.bias ? 'node bias' : 'node'))
    .attr('data-id', (d) => d.id)
    .attr('transform', (d) => `translate(${d.x},${d.y})`)
    .each(function (d) {
      const g = select(this);
      g.select('circle.disc').attr('r', d.r);
      g.select('circle.ring').attr('r', d.r + ringGap(layout));
      g.select('.node-main').attr('y', 0);
      g.select('.node-sub').attr('y', lineGap);
      if (d.bias) g.select('.node-main').text(layout.nodeLabels ? '1' : '');
    });

  const captions = viewport.select('g.captions');
  captions
    .selectAll<SVGTextElement, { layer: number; x: number }>('text.caption')
    .data(layout.columns, (d) => String(d.layer))
    .join('text')
    .attr('class', 'caption')
    .attr('text-anchor', 'middle')
    .attr('x', (d) => d.x)
    .attr('y', layout.captionY);
  captions
    .selectAll<SVGTextElement, { layer: number; x: number }>('text.edge-caption')
    .data(layout.columns.slice(1), (d) => String(d.layer))
    .join('text')
    .attr('class', 'edge-caption')
    .attr('text-anchor', 'middle')
    .attr('x', (d, k) => (d.x + layout.columns[k]!.x) / 2)
    .attr('y', layout.edgeCaptionY);
  // J, once the loss step is done, top right (an element the loss step can highlight).
  captions
    .selectAll<SVGTextElement, null>('text.loss')
    .data([null])
    .join('text')
    .attr('class', 'loss')
    .attr('data-id', 'loss')
    .attr('text-anchor', 'end')
    .attr('x', layout.width - 4)
    .attr('y', layout.lossY);
}
