// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEdgeCanvas, type CanvasEdgeLayer } from '../../src/graph/drawEdgesCanvas';

/** A 2D context that records what is stroked: each stroke's style, width, dash and the segments of its path. */
function recordingContext() {
  const strokes: { style: string; width: number; dashed: boolean; alpha: number; segments: number[][] }[] =
    [];
  let path: number[][] = [];
  let dash: number[] = [];
  const dashes: number[] = [];
  const context = {
    strokeStyle: '',
    lineWidth: 1,
    lineCap: 'butt',
    globalAlpha: 1,
    setTransform: () => {},
    clearRect: () => {},
    drawImage: () => {},
    getImageData: () => ({ data: new Uint8ClampedArray(4) }),
    setLineDash: (d: number[]) => {
      dash = d;
      if (d.length) dashes.push(...d);
    },
    beginPath: () => (path = []),
    moveTo: (x: number, y: number) => path.push([x, y]),
    lineTo: (x: number, y: number) => path[path.length - 1]!.push(x, y),
    stroke() {
      strokes.push({
        style: this.strokeStyle,
        width: this.lineWidth,
        dashed: dash.length > 0,
        alpha: this.globalAlpha,
        segments: path,
      });
    },
  };
  return { context, strokes, dashes };
}

let recorded: ReturnType<typeof recordingContext>[] = [];
const original = HTMLCanvasElement.prototype.getContext;
beforeEach(() => {
  recorded = [];
  const contexts = new WeakMap<HTMLCanvasElement, ReturnType<typeof recordingContext>>();
  HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement) {
    if (!contexts.has(this)) {
      const made = recordingContext();
      contexts.set(this, made);
      recorded.push(made);
    }
    return contexts.get(this)!.context;
  } as unknown as typeof original;
});
afterEach(() => {
  HTMLCanvasElement.prototype.getContext = original;
});

/** A layer of edges from (0, k) to (10, k) with the given values; the colour names the value. */
function layer(h: number, values: number[], key = 'a', fromBias = (k: number) => k === 0): CanvasEdgeLayer {
  return {
    layer: h,
    key,
    edges: values.map((_, k) => ({ x1: 0, y1: k, x2: 10, y2: k, fromBias: fromBias(k) })),
    value: (k) => values[k]!,
    maxAbs: Math.max(...values.map(Math.abs)),
    stroke: (v) => `v${v.toFixed(3)}`,
    width: (m) => 1 + m,
    halo: null,
  };
}

describe('createEdgeCanvas', () => {
  it('strokes every edge once, grouped by value, bias edges dashed, in the colour and width of its value', () => {
    const edges = createEdgeCanvas(document.createElement('canvas'));
    edges.resize(20, 10, 20, 10); // a layout unit a pixel: every width here under the most a line is drawn
    const values = [0.5, -1, 1, 1, -0.25, 0];
    edges.update([layer(1, values)]);
    expect(edges.painted).toBe(1);
    const strokes = recorded.flatMap((r) => r.strokes);
    const drawn = strokes.flatMap((s) => s.segments.map((seg) => ({ ...s, y: seg[1]! })));
    expect(drawn.map((d) => d.y).sort()).toEqual([0, 1, 2, 3, 4, 5]);
    for (const d of drawn) {
      expect(d.style).toBe(`v${values[d.y]!.toFixed(3)}`);
      expect(d.width).toBeCloseTo(1 + Math.abs(values[d.y]!));
      expect(d.dashed).toBe(d.y === 0);
    }
    // the two edges of value 1 share one stroke
    expect(strokes.filter((s) => s.style === 'v1.000')).toHaveLength(1);
  });

  it('a step repaints only the layers whose key changed; a settled zoom repaints all, a moving one none', () => {
    const edges = createEdgeCanvas(document.createElement('canvas'));
    edges.resize(200, 100, 20, 10);
    const layers = [layer(1, [1, 2]), layer(2, [3, -1]), layer(3, [0.5])];
    edges.update(layers);
    expect(edges.painted).toBe(3);
    edges.update(layers);
    expect(edges.painted).toBe(0);
    edges.update([layers[0]!, { ...layers[1]!, key: 'b' }, layers[2]!]);
    expect(edges.painted).toBe(1);
    edges.setTransform({ k: 2, x: -5, y: 0 }, false);
    expect(edges.painted).toBe(0);
    edges.setTransform({ k: 2, x: -5, y: 0 });
    expect(edges.painted).toBe(3);
  });

  it('draws the halo of a written layer under its edges', () => {
    const edges = createEdgeCanvas(document.createElement('canvas'));
    edges.resize(20, 10, 20, 10);
    edges.update([{ ...layer(1, [1, -1]), halo: { colour: 'gold', width: 7, opacity: 0.45 } }]);
    const strokes = recorded.flatMap((r) => r.strokes);
    expect(strokes[0]).toMatchObject({ style: 'gold', width: 7, alpha: 0.45 });
    expect(strokes[0]!.segments).toHaveLength(2);
  });

  it('on screen a line is 1 device pixel to 4 CSS pixels wide, a halo at most 9, a dash 5 and 4, at any zoom', () => {
    // (jsdom's devicePixelRatio is 1: a device pixel is a CSS pixel)
    const halo = { colour: 'gold', width: 11, opacity: 0.45 };
    const drawnAt = (pixelsPerUnit: number) => {
      recorded = [];
      const edges = createEdgeCanvas(document.createElement('canvas'));
      edges.resize(20 * pixelsPerUnit, 10 * pixelsPerUnit, 20, 10);
      edges.update([{ ...layer(1, [0, 1, -3]), halo }]);
      const strokes = recorded.flatMap((r) => r.strokes);
      const [haloStroke, ...lines] = strokes;
      return {
        halo: haloStroke!.width * pixelsPerUnit,
        lines: lines.map((l) => l.width * pixelsPerUnit).sort((a, b) => a - b),
        dash: recorded.flatMap((r) => r.dashes).map((d) => d * pixelsPerUnit),
      };
    };
    // zoomed in to 10 px a unit (a layer shown whole, read up close): widths 1 + |v| units were 10–40 px stripes
    const near = drawnAt(10);
    expect(near.halo).toBeCloseTo(9);
    expect(near.lines.map((w) => +w.toFixed(6))).toEqual([4, 4, 4]);
    expect(near.dash).toEqual([5, 4]);
    // at a unit a pixel the widths are the layout's own, under the caps
    expect(drawnAt(1).lines.map((w) => +w.toFixed(6))).toEqual([1, 2, 4]);
    // zoomed far out, a line stays a pixel wide rather than fading to nothing
    const far = drawnAt(0.05);
    expect(far.lines.map((w) => +w.toFixed(6))).toEqual([1, 1, 1]);
    expect(far.dash.map((d) => +d.toFixed(6))).toEqual([5, 4]);
  });

  it('a mark moving between layers repaints no edges: each halo is painted once and composed after', () => {
    const edges = createEdgeCanvas(document.createElement('canvas'));
    edges.resize(200, 100, 20, 10);
    const read = { colour: 'blue', width: 9, opacity: 0.35 };
    const plain = [layer(1, [1, 2]), layer(2, [3, -1])];
    edges.update(plain);
    expect(edges.painted).toBe(2);
    edges.update([{ ...plain[0]!, halo: read }, plain[1]!]);
    expect(edges.painted).toBe(1); // the halo of layer 1, the edges as they were
    edges.update([plain[0]!, { ...plain[1]!, halo: read }]);
    expect(edges.painted).toBe(1); // the halo of layer 2
    edges.update([{ ...plain[0]!, halo: read }, plain[1]!]);
    expect(edges.painted).toBe(0); // layer 1's halo again: already painted
    const haloStrokes = recorded.flatMap((r) => r.strokes).filter((s) => s.style === 'blue');
    expect(haloStrokes).toHaveLength(2);
    // a settled zoom paints everything shown again, the halo with it
    edges.setTransform({ k: 2, x: 0, y: 0 });
    expect(edges.painted).toBe(3);
  });

  it('pictures prepared for the next step are only put on screen when it is taken', () => {
    const edges = createEdgeCanvas(document.createElement('canvas'));
    edges.resize(200, 100, 20, 10);
    const now = [layer(1, [1, 2]), layer(2, [3, -1])];
    edges.update(now);
    const next = [
      { ...layer(1, [0.5, 2], 'b'), halo: { colour: 'gold', width: 11, opacity: 0.45 } },
      now[1]!,
    ];
    const before = recorded.flatMap((r) => r.strokes).length;
    edges.prepare(next);
    expect(recorded.flatMap((r) => r.strokes).length).toBe(before + 3); // the halo, then two values of layer 1
    edges.update(next);
    expect(edges.painted).toBe(0);
  });
});
