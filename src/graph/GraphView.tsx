import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { selectGraphDigits, selectGraphFontSize } from '../ui/present/graphScale';
import { useDeltascope, useStoreApi } from '../ui/StoreContext';
import type { DeltascopeState } from '../store/store';
import { neighbourSteps } from '../store/selectors';
import { drawFlow, stopFlow, syncPulseLayer, zoomPulseLayer } from './drawFlow';
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
import { createCanvasEdges, svgPart, type CanvasEdges } from './canvasEdges';
import { drawHandles } from './drawHandles';
import { stableSize } from './stableSize';
import { createZoomLabels, maxZoomFor } from './zoomLabels';
import { whenIdle, type Cancel } from '../ui/whenIdle';
import './scale.css';
import './graph.css';

/** The zoom toolbar: what each button shows, says, its key, and what it does. */
const ZOOM_BUTTONS: readonly { text: string; label: string; key: string; act: (z: GraphZoom) => void }[] = [
  { text: '+', label: 'Zoom in', key: '+', act: (z) => z.zoomBy(1.25) },
  { text: '−', label: 'Zoom out', key: '−', act: (z) => z.zoomBy(0.8) },
  { text: 'Fit', label: 'Fit to view', key: '0', act: (z) => z.fit() },
];

/** The slices of the store a repaint depends on (the trace only through the layout's redraw). */
const paintKeys = (s: DeltascopeState) =>
  [s.trace, s.cursor, s.notation, s.digits, s.amplificationOutput, s.selectedWeight, s.theme] as const;

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
  const svgRef = useRef<SVGSVGElement>(null);
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

  const paint = useCallback(
    (withFlow: boolean) => {
      const svg = svgRef.current;
      if (!svg) return;
      const s = store.getState();
      const frame = frameAt(s.trace, s.cursor);
      drawValues(svg, svgLayout, s.trace, frame, { ...s, digits: selectGraphDigits(s) });
      const selected = s.selectedWeight
        ? edgeId(s.selectedWeight.layer, s.selectedWeight.i, s.selectedWeight.j)
        : null;
      scale.current?.edges.paint(frame, selected);
      scale.current?.labels.update({
        layout,
        frame,
        digits: selectGraphDigits(s),
        ...(sizeRef.current ?? { width: 1, height: 1 }),
      });
      drawHighlight(svg, s.trace.network, frame, {
        selected,
        amplificationOutput: s.amplificationOutput,
      });
      // Pulses run in their own layer over the graph, over canvas edges as over svg ones.
      if (withFlow && pulseRef.current) drawFlow(pulseRef.current, layout, frame.flow);
      // The frames of the next and the previous step are made (and their canvas pictures painted) while the page
      // is idle, one per idle period, so the step the reader takes next only puts them on screen (issue 6).
      preparing.current();
      const edges = scale.current?.edges;
      const queue = neighbourSteps(s.cursor, s.trace.steps.length);
      const next = () => {
        const k = queue.shift();
        if (k === undefined) return;
        const frame = frameAt(s.trace, k);
        if (edges?.active) edges.prepare(frame);
        preparing.current = whenIdle(next);
      };
      preparing.current = whenIdle(next);
    },
    [store, layout, svgLayout],
  );

  useLayoutEffect(() => {
    if (!svgRef.current || !canvasRef.current) return;
    scale.current ??= {
      edges: createCanvasEdges(canvasRef.current, svgRef.current),
      labels: createZoomLabels(svgRef.current),
    };
    scale.current.edges.setLayout(layout, sizeRef.current?.width ?? 1, sizeRef.current?.height ?? 1);
    drawStructure(svgRef.current, svgLayout);
    // Pulses of the old layout would run off their edges.
    if (pulseRef.current) stopFlow(pulseRef.current);
    drawHandles(svgRef.current, layout, (h) => setExpanded((e) => new Set(e).add(h)));
    zoomRef.current?.setMaxZoom(maxZoomFor(layout, sizeRef.current));
    paint(false);
    zoomRef.current?.fit();
  }, [layout, svgLayout, paint]);

  useLayoutEffect(() => {
    if (!size || !scale.current) return;
    scale.current.edges.resize(size.width, size.height);
    paint(false);
  }, [size, paint]);

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

  useEffect(() => {
    let last = paintKeys(store.getState());
    return store.subscribe((s) => {
      const next = paintKeys(s);
      if (next.every((v, k) => v === last[k])) return;
      const moved = next[1] !== last[1];
      last = next;
      paint(moved);
    });
  }, [store, paint]);

  useEffect(() => {
    if (!svgRef.current) return;
    const z = attachZoom(svgRef.current, (transform, settled) => {
      if (pulseRef.current) zoomPulseLayer(pulseRef.current, transform);
      scale.current?.edges.zoom(transform, settled);
      if (settled) scale.current?.labels.zoom(transform);
    });
    zoomRef.current = z;
    return () => {
      z.destroy();
      zoomRef.current = null;
    };
  }, []);

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
  const onKeyDown = useCallback(
    (event: React.KeyboardEvent) => {
      const z = zoomRef.current;
      const keys: Record<string, () => void> = {
        '+': () => z?.zoomBy(1.25),
        '=': () => z?.zoomBy(1.25),
        '-': () => z?.zoomBy(0.8),
        '0': () => z?.fit(),
        Escape: hide,
        Enter: () => select(event.target),
      };
      const action = keys[event.key];
      if (!action) return;
      event.preventDefault();
      action();
    },
    [hide, select],
  );

  return (
    <div className="graph-view">
      <div className="graph-toolbar">
        <GraphLegend />
        <AmplificationControl />
        <div className="graph-zoom buttons" role="group" aria-label="Zoom">
          {ZOOM_BUTTONS.map(({ text, label, key, act }) => (
            <button
              key={key}
              type="button"
              aria-label={label}
              title={`${label} (${key})`}
              onClick={() => zoomRef.current && act(zoomRef.current)}
            >
              {text}
            </button>
          ))}
        </div>
      </div>
      <div className="graph-box" ref={boxRef}>
        <canvas ref={canvasRef} className="graph-edges-canvas" aria-hidden="true" hidden />
        <svg
          ref={svgRef}
          className="network-graph"
          data-testid="network-graph"
          role="group"
          aria-label="Network graph: neurons and weights with their current values"
          tabIndex={0}
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
