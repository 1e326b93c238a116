import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { selectGraphDigits, useGraphFontSize } from '../ui/present/graphScale';
import { useDeltascope, useStoreApi } from '../ui/StoreContext';
import { neighbourSteps } from '../store/selectors';
import { drawFlow, flowing, flowTiming, stopFlow, syncPulseLayer, zoomPulseLayer } from './drawFlow';
import { drawHighlight, edgeId } from './drawHighlight';
import { drawStructure } from './drawStructure';
import { drawValues } from './drawValues';
import { frameAt } from './frame';
import { attachZoom, type GraphZoom } from './graphZoom';
import { fitLayout } from './fitLayout';
import { AmplificationLine } from './Amplification';
import { GraphToolbar } from './GraphToolbar';
import { GraphTooltip } from './GraphTooltip';
import { parseElementId } from './explain';
import { useGraphPointer } from './useGraphPointer';
import { usePaintOnChange, viewKeys } from './usePaintOnChange';
import { useElementSize } from './useElementSize';
import { createCanvasEdges, drawsEdgesOnCanvas, svgPart, type CanvasEdges } from './canvasEdges';
import { drawHandles, zoomHandles } from './drawHandles';
import { expandedView } from './expandView';
import type { GraphLayout } from './layout';
import { stableSize } from './stableSize';
import { createZoomLabels, maxZoomFor } from './zoomLabels';
import { useFollowStep } from './useFollowStep';
import { whenIdle, type Cancel } from '../ui/whenIdle';
import { GraphSlots } from './graphSlots';
import './scale.css';
import './graph.css';

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
  const fontSize = useGraphFontSize();
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

  // Collapsed layers shown whole (collapse.ts), forgotten when another network is loaded.
  const [expanded, setExpanded] = useState<ReadonlySet<number>>(() => new Set());
  // The layer whose handle was just clicked, with the drawing it was clicked on, until the new drawing is made.
  const expanding = useRef<{ layer: number; before: GraphLayout } | null>(null);
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
      drawHandles(svg, layout, (h) => {
        expanding.current = { layer: h, before: layout };
        setExpanded((e) => new Set(e).add(h));
      });
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
    // A layer just expanded by its handle: shown near the handle at the scale the reader had (expandView.ts).
    const opened = expanding.current;
    expanding.current = null;
    const view =
      opened && sizeRef.current && expandedView(opened.before, layout, opened.layer, sizeRef.current);
    if (view) {
      setFollowing(false);
      zoomRef.current?.show(view, true);
    }
  }, [store, layout, svgLayout, paint, slotted, slotsOf, viewNewDrawing, setFollowing]);

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

  usePaintOnChange(store, network, (moved) => {
    paint(moved);
    if (moved) latestFollow.current(false);
  });

  useEffect(() => {
    const slots = slotsOf();
    if (!slots) return;
    const z = attachZoom(
      slots.svgs,
      () => slots.current(),
      (transform, settled, byHand) => {
        if (byHand) setFollowing(false);
        if (pulseRef.current) zoomPulseLayer(pulseRef.current, transform);
        for (const svg of slots.svgs) zoomHandles(svg);
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

  // A zoom button or key: the reader's view from now on, no longer the steps'.
  const zoomByHand = useCallback(
    (act: (zoom: GraphZoom) => void) => {
      setFollowing(false);
      if (zoomRef.current) act(zoomRef.current);
    },
    [setFollowing],
  );
  const { tip, focusId, show, hide, select, onKeyDown } = useGraphPointer(store, boxRef, zoomByHand);

  return (
    <div className="graph-view">
      <GraphToolbar
        followable={followable}
        following={following}
        onFollow={() => {
          setFollowing(true);
          follow(false);
        }}
        onFold={expanded.size > 0 ? () => setExpanded(new Set()) : null}
        onZoom={zoomByHand}
      />
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
