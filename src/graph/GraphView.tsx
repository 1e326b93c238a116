import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Network } from '../engine/types';
import { selectGraphDigits, selectGraphFontSize } from '../ui/present/graphScale';
import { useDeltascope, useStoreApi } from '../ui/StoreContext';
import type { DeltascopeState } from '../store/store';
import { neighbourSteps } from '../store/selectors';
import { drawFlow, flowing, flowTiming, stopFlow, syncPulseLayer, zoomPulseLayer } from './drawFlow';
import { drawHighlight, edgeId } from './drawHighlight';
import { drawStructure } from './drawStructure';
import { drawValues } from './drawValues';
import { frameAt } from './frame';
import { attachZoom, type GraphZoom } from './graphZoom';
import { fitLayout } from './fitLayout';
import { AmplificationControl, AmplificationLine } from './Amplification';
import { GraphLegend } from './GraphLegend';
import { GraphTooltip, type TipAnchor } from './GraphTooltip';
import { parseElementId } from './explain';
import { useElementSize } from './useElementSize';
import { createCanvasEdges, drawsEdgesOnCanvas, svgPart, type CanvasEdges } from './canvasEdges';
import { drawHandles } from './drawHandles';
import { stableSize } from './stableSize';
import { createZoomLabels, maxZoomFor } from './zoomLabels';
import { useFollowStep } from './useFollowStep';
import { whenIdle, type Cancel } from '../ui/whenIdle';
import { GraphSlots } from './graphSlots';
import './scale.css';
import './graph.css';

/** The zoom toolbar: what each button shows, says, its key, and what it does. */
const ZOOM_BUTTONS: readonly { text: string; label: string; key: string; act: (z: GraphZoom) => void }[] = [
  { text: '+', label: 'Zoom in', key: '+', act: (z) => z.zoomBy(1.25) },
  { text: '−', label: 'Zoom out', key: '−', act: (z) => z.zoomBy(0.8) },
  { text: 'Fit', label: 'Fit to view', key: '0', act: (z) => z.fit() },
];

/** What a drawing of one step depends on besides the step (the trace only through the layout's redraw). */
const viewKeys = (s: DeltascopeState) =>
  [s.trace, s.notation, s.digits, s.amplificationOutput, s.selectedWeight, s.theme] as const;
/** The slices of the store a repaint depends on: the view and the step. */
const paintKeys = (s: DeltascopeState) => [...viewKeys(s), s.cursor] as const;

/** What the graph says it is, to assistive technology. */
const GRAPH_LABEL = 'Network graph: neurons and weights with their current values';

/**
 * The network graph (issue 3): A[N0..NL] drawn by D3 into one svg that React never renders into. The structure
 * is drawn when the network, digits or panel size change; stepping only repaints values and highlights through
 * a transient store subscription (no React render per step).
 */
export function GraphView() {
  const store = useStoreApi();
  const network = useDeltascope((s) => s.trace.network);
  // Presentation mode (issue 5): bigger labels, fewer decimals, so they read from the back row.
  const digits = useDeltascope(selectGraphDigits);
  const fontSize = useDeltascope(selectGraphFontSize);
  const pulseRef = useRef<HTMLDivElement>(null);
  const boxRef = useRef<HTMLDivElement>(null);
  const zoomRef = useRef<GraphZoom | null>(null);
  const size = useElementSize(boxRef);
  // Laid out for a size that ignores small changes (stableSize.ts); the canvas and the pulses follow the exact size.
  const [layoutSize, setLayoutSize] = useState(size);
  const nextLayoutSize = stableSize(layoutSize, size);
  if (nextLayoutSize !== layoutSize) setLayoutSize(nextLayoutSize);
  const sizeRef = useRef(size);
  useLayoutEffect(() => {
    sizeRef.current = size;
  });
  const [tip, setTip] = useState<TipAnchor | null>(null);
  const [focusId, setFocusId] = useState<string | null>(null);

  // Collapsed layers shown whole (collapse.ts), forgotten when another network is loaded.
  const [expanded, setExpanded] = useState<ReadonlySet<number>>(() => new Set());
  const [expandedIn, setExpandedIn] = useState(network.layers);
  if (expandedIn !== network.layers) {
    setExpandedIn(network.layers);
    setExpanded(new Set());
  }
  const layout = useMemo(
    () =>
      fitLayout(network.layers, network.bias, {
        digits,
        expanded,
        ...(fontSize === undefined ? {} : { fontSize }),
        ...(layoutSize ? { width: layoutSize.width, height: layoutSize.height } : {}),
      }),
    [network.layers, network.bias, digits, layoutSize, expanded, fontSize],
  );
  // Issue 6: past CANVAS_EDGE_THRESHOLD edges they go to a canvas under the svg (canvasEdges.ts); values by zoom
  // (zoomLabels.ts).
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const scale = useRef<{ edges: CanvasEdges; labels: ReturnType<typeof createZoomLabels> } | null>(null);
  const svgLayout = useMemo(() => svgPart(layout), [layout]);
  const preparing = useRef<Cancel>(() => {});
  // On a phone, the view follows the step (followStep.ts).
  const { followable, following, setFollowing, follow, viewNewDrawing, latestFollow } = useFollowStep(
    store,
    network.layers,
    layout,
    sizeRef,
    layoutSize,
    zoomRef,
  );

  // The svgs of the step slots (graphSlots.ts), made once inside the box React renders.
  const slotsRef = useRef<HTMLDivElement>(null);
  const pool = useRef<GraphSlots | null>(null);
  const slotsOf = useCallback(() => {
    if (!pool.current && slotsRef.current) pool.current = new GraphSlots(slotsRef.current, GRAPH_LABEL);
    return pool.current;
  }, []);
  // A small labelled graph keeps its neighbouring steps drawn, each in its own svg; a big one draws in one svg
  // (its edges on a canvas, its labels by zoom) and prepares the canvas pictures instead.
  const slotted = layout.nodeLabels && !drawsEdgesOnCanvas(layout);
  const drawnView = useRef<readonly unknown[]>([]);

  const paint = useCallback(
    (withFlow: boolean) => {
      const slots = slotsOf();
      if (!slots) return;
      const s = store.getState();
      // What a drawing depends on besides its step: a change draws every slot again.
      const view = viewKeys(s);
      if (view.some((v, k) => v !== drawnView.current[k])) {
        drawnView.current = view;
        slots.forget();
      }
      const digits = selectGraphDigits(s);
      const selected = s.selectedWeight
        ? edgeId(s.selectedWeight.layer, s.selectedWeight.i, s.selectedWeight.j)
        : null;
      const drawStep = (svg: SVGSVGElement, k: number) => {
        const frame = frameAt(s.trace, k);
        drawValues(svg, svgLayout, s.trace, frame, { ...s, digits });
        drawHighlight(svg, s.trace.network, frame, { selected, amplificationOutput: s.amplificationOutput });
        slots.assign(svg, k);
      };
      const neighbours = neighbourSteps(s.cursor, s.trace.steps.length);
      const frame = frameAt(s.trace, s.cursor);
      if (slotted) {
        const held = slots.holdingStep(s.cursor);
        if (held) slots.show(held);
        else {
          // A jump: drawn on the spot, in a slot the new neighbours will not want. A new view: redrawn in place.
          const svg = withFlow ? slots.spare(neighbours) : slots.current();
          drawStep(svg, s.cursor);
          slots.show(svg);
        }
      } else {
        drawStep(slots.current(), s.cursor);
        scale.current?.edges.paint(frame, selected);
      }
      scale.current?.labels.update({
        layout,
        frame,
        digits,
        ...(sizeRef.current ?? { width: 1, height: 1 }),
      });
      // Pulses run in their own layer over the graph, over canvas edges as over svg ones.
      if (withFlow && pulseRef.current)
        drawFlow(pulseRef.current, layout, frame.flow, flowTiming(s.playing, s.speed));
      // The next and the previous step are drawn (a small graph's into their svgs, a big one's canvas pictures)
      // while the page is idle, one per idle period, so the step the reader takes next only shows them.
      preparing.current();
      const edges = scale.current?.edges;
      const queue = [...neighbours];
      const next = () => {
        const k = queue.shift();
        if (k === undefined) return;
        if (slotted) {
          if (!slots.holdingStep(k)) drawStep(slots.spare([s.cursor, ...neighbours]), k);
        } else if (edges?.active) edges.prepare(frameAt(s.trace, k));
        preparing.current = whenIdle(next);
      };
      preparing.current = whenIdle(next);
    },
    [store, layout, svgLayout, slotted, slotsOf],
  );

  useLayoutEffect(() => {
    const slots = slotsOf();
    if (!slots || !canvasRef.current) return;
    const first = slots.svgs[0]!;
    scale.current ??= {
      edges: createCanvasEdges(canvasRef.current, first),
      labels: createZoomLabels(first),
    };
    scale.current.edges.setLayout(layout, sizeRef.current?.width ?? 1, sizeRef.current?.height ?? 1);
    // Every drawing is of the old layout. A big graph is drawn in the first svg only; the others are emptied.
    slots.forget();
    slots.show(first);
    slots.setStacked(slotted);
    for (const svg of slots.svgs) {
      if (svg !== first && !slotted) {
        svg.replaceChildren();
        continue;
      }
      drawStructure(svg, svgLayout);
      drawHandles(svg, layout, (h) => setExpanded((e) => new Set(e).add(h)));
      slots.drawn(svg);
    }
    // Pulses of the old layout would run off their edges; the shown step's start again on the new one (after the
    // dwell), so a layout that settles just after a step (the page still loading, a resize) does not drop them.
    const pulses = pulseRef.current;
    const restart = pulses !== null && flowing(pulses);
    if (pulses) stopFlow(pulses);
    zoomRef.current?.setMaxZoom(maxZoomFor(layout, sizeRef.current));
    paint(false);
    if (restart) {
      const s = store.getState();
      drawFlow(pulses, layout, frameAt(s.trace, s.cursor).flow, flowTiming(s.playing, s.speed));
    }
    viewNewDrawing();
  }, [store, layout, svgLayout, paint, slotted, slotsOf, viewNewDrawing]);

  useLayoutEffect(() => {
    if (!size || !scale.current) return;
    scale.current.edges.resize(size.width, size.height);
    paint(false);
    follow(true);
  }, [size, paint, follow]);

  useLayoutEffect(() => {
    if (size && pulseRef.current) syncPulseLayer(pulseRef.current, layout, size);
  }, [size, layout]);

  useEffect(() => {
    const pulses = pulseRef.current;
    return () => {
      preparing.current();
      if (pulses) stopFlow(pulses);
    };
  }, []);

  // The store subscription paints with the paint of the latest render: re-subscribed by a passive effect, it
  // would, for a key press between a new layout's commit and that effect, paint the old layout and start its
  // pulses off the new one's edges.
  const latestPaint = useRef(paint);
  const paintedNetwork = useRef(network);
  useLayoutEffect(() => {
    latestPaint.current = paint;
    paintedNetwork.current = network;
  });
  useEffect(() => {
    let last = paintKeys(store.getState());
    return store.subscribe((s) => {
      const next = paintKeys(s);
      if (next.every((v, k) => v === last[k])) return;
      const moved = next[next.length - 1] !== last[last.length - 1];
      last = next;
      // Another shape of network (a preset, a layer added): its layout comes with the render this change asks
      // for, whose layout effect paints it. Painted here, its trace met the old layout's columns and threw,
      // which left every later listener of the store unnotified (the panels on the old network's last step).
      if (!sameShape(s.trace.network, paintedNetwork.current)) return;
      latestPaint.current(moved);
      if (moved) latestFollow.current(false);
    });
  }, [store, latestFollow]);

  useEffect(() => {
    const slots = slotsOf();
    if (!slots) return;
    const z = attachZoom(
      slots.svgs,
      () => slots.current(),
      (transform, settled, byHand) => {
        if (byHand) setFollowing(false);
        if (pulseRef.current) zoomPulseLayer(pulseRef.current, transform);
        scale.current?.edges.zoom(transform, settled);
        if (settled) scale.current?.labels.zoom(transform);
      },
    );
    zoomRef.current = z;
    latestFollow.current(true);
    return () => {
      z.destroy();
      zoomRef.current = null;
    };
  }, [slotsOf, setFollowing, latestFollow]);

  const anchorOf = useCallback((target: EventTarget | null): TipAnchor | null => {
    const element = target instanceof Element ? target.closest<SVGElement>('[data-id]') : null;
    const box = boxRef.current?.getBoundingClientRect();
    if (!element || !box) return null;
    const r = element.getBoundingClientRect();
    return {
      id: element.dataset.id ?? '',
      x: r.left + r.width / 2 - box.left,
      top: r.top - box.top,
      bottom: r.bottom - box.top,
    };
  }, []);
  const show = useCallback(
    (event: { target: EventTarget | null }) => {
      const anchor = anchorOf(event.target);
      setTip(anchor);
      if (anchor && parseElementId(anchor.id)?.kind === 'neuron') setFocusId(anchor.id);
    },
    [anchorOf],
  );
  const hide = useCallback(() => setTip(null), []);
  const select = useCallback(
    (target: EventTarget | null) => {
      const element =
        target instanceof Element ? target.closest<SVGElement>('g.edge, g.edge-label, .canvas-edge') : null;
      const ref = element ? parseElementId(element.dataset.id ?? '') : null;
      if (ref?.kind === 'weight') store.getState().selectWeight({ layer: ref.layer, i: ref.i, j: ref.j });
    },
    [store],
  );
  // A zoom button or key: the reader's view from now on, no longer the steps'.
  const zoomByHand = useCallback(
    (act: (zoom: GraphZoom) => void) => {
      setFollowing(false);
      if (zoomRef.current) act(zoomRef.current);
    },
    [setFollowing],
  );
  const onKeyDown = useCallback(
    (event: React.KeyboardEvent) => {
      const [zoomIn, zoomOut, fit] = ZOOM_BUTTONS.map(
        ({ act }) =>
          () =>
            zoomByHand(act),
      );
      const keys: Record<string, () => void> = {
        '+': zoomIn!,
        '=': zoomIn!,
        '-': zoomOut!,
        '0': fit!,
        Escape: hide,
        Enter: () => select(event.target),
      };
      const action = keys[event.key];
      if (!action) return;
      event.preventDefault();
      action();
    },
    [hide, select, zoomByHand],
  );

  return (
    <div className="graph-view">
      <div className="graph-toolbar">
        <GraphLegend />
        <AmplificationControl />
        <div className="graph-zoom buttons" role="group" aria-label="Zoom">
          {followable && (
            <button
              type="button"
              aria-pressed={following}
              title="Zoom to the layers of each step (the whole network is too small to read here)"
              onClick={() => {
                setFollowing(true);
                follow(false);
              }}
            >
              Follow
            </button>
          )}
          {ZOOM_BUTTONS.map(({ text, label, key, act }) => (
            <button
              key={key}
              type="button"
              aria-label={label}
              title={`${label} (${key})`}
              onClick={() => zoomByHand(act)}
            >
              {text}
            </button>
          ))}
        </div>
      </div>
      <div className="graph-box" ref={boxRef}>
        <canvas ref={canvasRef} className="graph-edges-canvas" aria-hidden="true" hidden />
        {/* The svgs are made inside by graphSlots.ts (React never renders into them); events bubble up here. */}
        <div
          ref={slotsRef}
          className="graph-slots"
          onMouseOver={show}
          onFocus={show}
          onMouseMove={(event) => {
            // Canvas edges have no elements to hover: the spatial index finds the one under the pointer.
            const edges = scale.current?.edges;
            if (!edges?.active || (event.target as Element).closest('.node, .layer-handle, .edge-label'))
              return;
            const mark = edges.hover(event.clientX, event.clientY);
            if (mark) show({ target: mark });
            else if (tip && parseElementId(tip.id)?.kind === 'weight') hide();
          }}
          onMouseLeave={hide}
          onBlur={hide}
          onClick={(event) => select(event.target)}
          onKeyDown={onKeyDown}
        />
        <div ref={pulseRef} className="pulse-layer" aria-hidden="true" />
        {tip && <GraphTooltip anchor={tip} onClose={hide} />}
      </div>
      <AmplificationLine focusId={focusId} />
    </div>
  );
}

/** Whether two networks have the same layers and bias layout: a layout made for one draws the other. */
function sameShape(a: Network, b: Network): boolean {
  return (
    a.bias === b.bias && a.layers.length === b.layers.length && a.layers.every((n, h) => n === b.layers[h])
  );
}
