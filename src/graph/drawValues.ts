import { scaleSqrt, select } from 'd3';
import { formatNumber } from '../engine/format';
import { symbolFor, type NotationName } from '../engine/notation';
import type { Trace } from '../engine/types';
import { edgeColor, inkOn, valueColor } from './colors';
import type { Frame, Shown } from './frame';
import { edgeMaxAbs } from './lazyFrame';
import type { EdgeSpot, GraphLayout, NodeSpot } from './layout';
import { alphaName, captions, entryName, weightName } from './names';
import { viewportOf } from './drawStructure';
import { setAttribute, setClass, setStyle, setText } from './writeIfChanged';

/** How values are written: the notation (names in aria labels and captions), digits, Cheng's view. */
export interface ValueView {
  readonly notation: NotationName;
  readonly digits: number;
  /** The output o whose α_{l,i→L,o} the neurons show, or null. */
  readonly amplificationOutput: number | null;
  /** The app's theme: circles colour zero dark on the dark theme. */
  readonly theme?: string;
}

/** α_{h,i→L,o} from the layer's amplification matrix (a getter on the trace layer: computed on first read). */
export function alphaOf(trace: Trace, h: number, i: number, o: number): number | null {
  const alpha = h > 0 ? trace.layers[h]?.amplification : null;
  return alpha ? alpha.data[i * alpha.cols + o]! : null;
}

/** What a neuron shows: the frame's lines, or α on top (the frame's value below) in Cheng's view. */
function nodeLines(
  trace: Trace,
  frame: Frame,
  node: NodeSpot,
  view: ValueView,
): { main: { label: string; value: number } | null; sub: { label: string; value: number } | null } {
  const shown = frame.nodes.get(node.id);
  const line = (s: Shown | null | undefined) =>
    s ? { label: entryName(view.notation, s.quantity, s.layer, s.i), value: s.value } : null;
  const o = view.amplificationOutput;
  const alpha = o === null ? null : alphaOf(trace, node.layer, node.index, o);
  if (alpha !== null && o !== null) {
    const label = alphaName(view.notation, node.layer, node.index, trace.layers.length - 1, o).text;
    return { main: { label, value: alpha }, sub: line(shown?.main) };
  }
  // Y^h alone (X^h not computed yet) is written where the main value goes.
  return shown?.main
    ? { main: line(shown.main), sub: line(shown.sub) }
    : { main: line(shown?.sub), sub: null };
}

/** The largest |value| per key, for one colour and width scale per quantity. */
function maxAbsBy<T>(
  items: Iterable<T>,
  key: (t: T) => string,
  value: (t: T) => number,
): Map<string, number> {
  const max = new Map<string, number>();
  for (const item of items) {
    const k = key(item);
    max.set(k, Math.max(max.get(k) ?? 0, Math.abs(value(item))));
  }
  return max;
}

/** The edges' colour and width scales, one per quantity so small gradients still show (the canvas layer's too). */
export function edgeScales(frame: Frame, layout: GraphLayout) {
  const max = edgeMaxAbs(frame.edges);
  const strokes = new Map([...max].map(([k, m]) => [k, edgeColor(m)]));
  const widths = new Map(
    [...max].map(([k, m]) => [
      k,
      scaleSqrt()
        .domain([0, m || 1])
        .range(layout.nodeLabels ? [1, 7] : [0.5 * layout.lineScale, 2.5 * layout.lineScale]),
    ]),
  );
  return { max, strokes, widths };
}

const signClass = (v: number) => (v > 0 ? 'pos' : v < 0 ? 'neg' : 'zero');

/**
 * Writes the values of a frame onto the drawn structure: numbers in the circles and edge labels (U+2212 for
 * the sign), fills and strokes by the diverging scale (one scale per quantity, so small gradients still show),
 * edge widths by |value|, aria labels naming each number, and the captions in the notation. No elements are
 * created or removed here, so stepping costs one pass over existing nodes and edges.
 */
export function drawValues(
  svg: SVGSVGElement,
  layout: GraphLayout,
  trace: Trace,
  frame: Frame,
  view: ValueView,
): void {
  const viewport = viewportOf(svg);
  const fmt = (v: number) => formatNumber(v, view.digits);
  const lineGap = layout.fontSize * 0.62;

  const lines = new Map(layout.nodes.map((n) => [n.id, nodeLines(trace, frame, n, view)]));
  const nodeMax = maxAbsBy(
    layout.nodes.filter((n) => lines.get(n.id)?.main),
    (n) => {
      const shown = frame.nodes.get(n.id);
      return view.amplificationOutput !== null && n.layer > 0
        ? 'alpha'
        : (shown?.main ?? shown?.sub)!.quantity;
    },
    (n) => lines.get(n.id)!.main!.value,
  );
  const dark = view.theme === 'dark';
  const nodeScale = new Map([...nodeMax].map(([k, m]) => [k, valueColor(m, dark)]));
  viewport.selectAll<SVGGElement, NodeSpot>('g.node').each(function (node) {
    if (node.bias) {
      setAttribute(this, 'aria-label', `bias unit: constant 1 of layer ${node.layer}`);
      return;
    }
    const { main, sub } = lines.get(node.id) ?? { main: null, sub: null };
    const shown = frame.nodes.get(node.id);
    const key =
      view.amplificationOutput !== null && node.layer > 0 ? 'alpha' : (shown?.main ?? shown?.sub)?.quantity;
    const fill = main && key ? nodeScale.get(key)!(main.value) : null;
    setClass(this, 'unknown', main === null);
    const disc = this.querySelector<SVGCircleElement>('circle.disc');
    if (disc) setStyle(disc, 'fill', fill ?? '');
    const ink = fill ? inkOn(fill) : '';
    const showSub = layout.nodeLabels && sub !== null;
    const mainText = this.querySelector<SVGTextElement>('.node-main');
    if (mainText) {
      setText(mainText, layout.nodeLabels && main ? fmt(main.value) : '');
      setAttribute(mainText, 'y', String(showSub ? -lineGap : 0));
      setStyle(mainText, 'fill', ink);
    }
    const subText = this.querySelector<SVGTextElement>('.node-sub');
    if (subText) {
      setText(subText, showSub ? fmt(sub.value) : '');
      setStyle(subText, 'fill', ink);
    }
    const said = [main, sub].filter((l) => l !== null).map((l) => `${l.label} = ${fmt(l.value)}`);
    setAttribute(
      this,
      'aria-label',
      said.length ? said.join(', ') : `neuron ${node.index + 1} of layer ${node.layer}: not computed yet`,
    );
  });

  const { strokes, widths } = edgeScales(frame, layout);
  viewport.selectAll<SVGGElement, EdgeSpot>('g.edge').each(function (edge) {
    const shown = frame.edges.get(edge.id);
    if (!shown) return;
    const line = this.querySelector<SVGLineElement>('.edge-line');
    if (line) {
      // Written only when it changes: most steps leave most of a big graph's edges as they were (issue 6).
      setStyle(line, 'stroke', strokes.get(shown.quantity)!(shown.value));
      setStyle(line, 'stroke-width', `${widths.get(shown.quantity)!(Math.abs(shown.value))}px`);
    }
    // A compact graph's thousands of weights are read through the tooltip, not one aria label each.
    // (A label left from a labelled drawing of the same network is removed with its role.)
    if (!layout.nodeLabels) {
      if (this.hasAttribute('aria-label')) this.removeAttribute('aria-label');
      return;
    }
    const name = weightName(trace.network, view.notation, shown.quantity, edge.layer, edge.i, edge.j);
    setAttribute(this, 'aria-label', `${name} = ${fmt(shown.value)}`);
  });
  viewport.selectAll<SVGGElement, EdgeSpot>('g.edge-label').each(function (edge) {
    const shown = frame.edges.get(edge.id);
    const label = this.querySelector('text');
    if (!label) return;
    setText(label, shown ? fmt(shown.value) : '');
    setAttribute(label, 'class', shown ? signClass(shown.value) : null);
  });

  const text = captions(frame, view.notation, view.amplificationOutput);
  viewport.selectAll<SVGTextElement, { layer: number }>('text.caption').each(function (d) {
    const caption = text.layers[d.layer]!;
    setClass(this, 'pending', caption.pending);
    const parts = caption.sub ? [caption.main, ` · ${caption.sub}`] : [caption.main];
    const spans = select(this)
      .selectAll<SVGTSpanElement, string>('tspan')
      .data(parts)
      .join((enter) =>
        enter.append('tspan').attr('class', (_, k) => (k === 0 ? 'caption-main' : 'caption-sub')),
      )
      .nodes();
    spans.forEach((span, k) => setText(span, parts[k]!));
  });
  viewport.selectAll<SVGTextElement, { layer: number }>('text.edge-caption').each(function (d) {
    setText(this, text.edges[d.layer - 1] ?? '');
  });
  const loss = symbolFor(view.notation, 'loss', { layer: trace.layers.length - 1 }).text;
  const J = frame.loss === null ? '' : `${loss} = ${fmt(frame.loss)}`;
  const lossText = viewport.select<SVGTextElement>('text.loss').node();
  if (lossText) {
    setText(lossText, J);
    setAttribute(lossText, 'aria-label', J || null);
    setAttribute(lossText, 'role', J ? 'img' : null);
    setAttribute(lossText, 'data-tab-stop', J ? '' : null);
  }
}
