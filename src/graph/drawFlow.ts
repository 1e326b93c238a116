import type { Frame } from './frame';
import type { ViewTransform } from './drawEdgesCanvas';
import type { GraphLayout } from './layout';
import { viewBoxFit } from './viewFit';
import { afterPaint } from '../ui/whenIdle';

/**
 * The pulses run in an html layer over the graph, as elements animated on `transform` and `opacity` with the Web
 * Animations API: Chromium runs such animations on its compositor, so a pulse moving for a second after each step
 * costs the page neither a frame of script, nor a layout, nor a repaint of the graph (issue 6's step latency).
 * Circles moved by d3 transitions in an svg needed all three at every frame, and the next key press waited for
 * them. The layer places things as the graph's svg does: its viewBox fit, then d3-zoom's transform.
 */
interface PulsePlacement {
  fit: { scale: number; offsetX: number; offsetY: number };
  zoom: ViewTransform;
}
const placements = new WeakMap<HTMLElement, PulsePlacement>();
/**
 * Each layer's pulses, running or about to start: stopping them cancels both (asking the document for its
 * animations costs more than the step).
 */
const running = new WeakMap<
  HTMLElement,
  { animations: Animation[]; cancelStart: () => void; pending: boolean }
>();

/** The group of the pulse layer that carries the fit and the zoom (layout units inside it). */
function pulseViewport(layer: HTMLElement): HTMLElement {
  const found = layer.querySelector<HTMLElement>(':scope > .pulses');
  if (found) return found;
  const group = layer.ownerDocument.createElement('div');
  group.className = 'pulses';
  layer.append(group);
  return group;
}

function place(layer: HTMLElement, placement: PulsePlacement): void {
  placements.set(layer, placement);
  const { fit, zoom } = placement;
  pulseViewport(layer).style.transform =
    `translate(${fit.offsetX}px, ${fit.offsetY}px) scale(${fit.scale}) ` +
    `translate(${zoom.x}px, ${zoom.y}px) scale(${zoom.k})`;
}

/** Fits the pulse layer to the graph's layout in a panel of the given size, as the svg's viewBox does. */
export function syncPulseLayer(
  layer: HTMLElement,
  layout: GraphLayout,
  size: { width: number; height: number },
): void {
  place(layer, {
    fit: viewBoxFit(size.width, size.height, layout.width, layout.height),
    zoom: placements.get(layer)?.zoom ?? { k: 1, x: 0, y: 0 },
  });
}

/** Moves the pulses with the graph's zoom or pan. */
export function zoomPulseLayer(layer: HTMLElement, zoom: ViewTransform): void {
  place(layer, { fit: placements.get(layer)?.fit ?? { scale: 1, offsetX: 0, offsetY: 0 }, zoom });
}

/** How long one pulse takes to run along an edge, and then to fade. */
const PULSE_MS = 900;
const FADE_MS = 200;
/** Close to d3's easeCubicInOut, as a CSS timing function (the compositor runs CSS easings only). */
const EASE_CUBIC_IN_OUT = 'cubic-bezier(0.65, 0, 0.35, 1)';
/**
 * At most this many pulses at once, evenly spread over a bigger layer's edges (a layer of A[784,128,64,10] has
 * 100,000): enough to show the direction of the flow, each one a composited layer of its own.
 */
export const MAX_PULSES = 48;

/** At most `count` of `items`, evenly spread over them (all of them when there are few enough). */
export function spread<T>(items: readonly T[], count: number): T[] {
  if (items.length <= count) return [...items];
  return Array.from({ length: count }, (_, k) => items[Math.floor(((k + 0.5) * items.length) / count)]!);
}

/** True when the reader asked the system for less motion. */
export function prefersReducedMotion(): boolean {
  return (
    typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true
  );
}

/**
 * How long the reader stays on a step before its dots start. A reader pressing through steps faster than this
 * sees none: dots restarted at every press would only flicker, and while they run Chromium draws the page at the
 * display's pace, so the next press waits for the next frame slot, up to 16.7 ms (issue 6). While playing, the dots
 * start at once and fit the step's time.
 */
export const FLOW_DWELL_MS = 350;

/** When a step's dots start after its frame, how long they run along their edges, and then fade. */
export interface FlowTiming {
  readonly delayMs: number;
  readonly runMs: number;
  readonly fadeMs: number;
}

/** A run shorter than this is a flicker, not a movement: no dots then. */
const SHORTEST_RUN_MS = 120;

/**
 * The dots' timing: after a dwell when stepping by hand; while playing, at once and done (faded too) within 90% of
 * the step's time, or none when steps come too fast for a run to be seen.
 */
export function flowTiming(playing: boolean, stepsPerSecond: number): FlowTiming | null {
  if (!playing) return { delayMs: FLOW_DWELL_MS, runMs: PULSE_MS, fadeMs: FADE_MS };
  const total = (0.9 * 1000) / stepsPerSecond;
  const fadeMs = Math.min(FADE_MS, 0.25 * total);
  const runMs = Math.min(PULSE_MS, total - fadeMs);
  return runMs < SHORTEST_RUN_MS ? null : { delayMs: 0, runMs, fadeMs };
}

/**
 * A dot running along the edges of the current step's layer, left to right for Y^h = W^h X^{h-1} and right to
 * left for δup_{h-1} = (W♯^h)^T δdown_h, so the direction of the flow is seen. The previous step's dots go.
 * Nothing under reduced motion, nor where the browser has no Web Animations (jsdom), nor when `timing` is null.
 */
export function drawFlow(
  layer: HTMLElement,
  layout: GraphLayout,
  flow: Frame['flow'],
  timing: FlowTiming | null,
): void {
  stopFlow(layer);
  if (!flow || !timing || prefersReducedMotion() || typeof layer.animate !== 'function') return;
  const group = pulseViewport(layer);
  // Started after the step's frame is painted (and the dwell): making the dots (up to 48 composited layers)
  // inside that frame would delay the numbers the reader asked for (issue 6).
  let timer: ReturnType<typeof setTimeout> | undefined;
  const start = () =>
    running.set(layer, {
      animations: startPulses(group, layout, flow, timing),
      cancelStart: () => {},
      pending: false,
    });
  const cancelPaint = afterPaint(() => (timer = setTimeout(start, timing.delayMs)));
  running.set(layer, {
    animations: [],
    cancelStart: () => {
      cancelPaint();
      clearTimeout(timer);
    },
    pending: true,
  });
}

/** True while a layer's pulses are about to start or still running. */
export function flowing(layer: HTMLElement): boolean {
  const flow = running.get(layer);
  return flow !== undefined && (flow.pending || flow.animations.some((a) => a.playState === 'running'));
}

/** Stops a layer's pulses, running or about to start (a new step, a new layout, the graph going away). */
export function stopFlow(layer: HTMLElement): void {
  const previous = running.get(layer);
  previous?.cancelStart();
  for (const pulse of previous?.animations ?? []) pulse.cancel();
  running.delete(layer);
  pulseViewport(layer).replaceChildren();
}

/** The dots of one step's flow, running. */
function startPulses(
  group: HTMLElement,
  layout: GraphLayout,
  flow: NonNullable<Frame['flow']>,
  { runMs, fadeMs }: FlowTiming,
): Animation[] {
  const forward = flow.direction === 'forward';
  // δup_{h-1} = (W♯^h)^T δdown_h: W♯ drops the bias column, so nothing flows back along a bias edge.
  const edges = spread(
    layout.edges.filter((e) => e.layer === flow.layer && (forward || !e.fromBias)),
    MAX_PULSES,
  );
  const radius = Math.max(3, layout.fontSize * 0.45);
  const rim = new Map(layout.nodes.map((n) => [n.id, n.r]));
  const document = group.ownerDocument;
  const pulses = edges.map((edge) => {
    // From rim to rim: a dot on a neuron's centre would sit on its number at the start and the end of its run.
    const dx = edge.x2 - edge.x1;
    const dy = edge.y2 - edge.y1;
    const length = Math.hypot(dx, dy) || 1;
    const at = (distance: number) => {
      const t = Math.min(Math.max(distance / length, 0), 1);
      return `translate(${edge.x1 + t * dx - radius}px, ${edge.y1 + t * dy - radius}px)`;
    };
    const start = at(rim.get(edge.source) ?? 0);
    const end = at(length - (rim.get(edge.target) ?? 0));
    const pulse = document.createElement('span');
    pulse.className = `pulse ${flow.direction}`;
    pulse.dataset.edge = edge.id;
    pulse.style.width = pulse.style.height = `${2 * radius}px`;
    const [from, to] = forward ? [start, end] : [end, start];
    return { pulse, from, to };
  });
  group.append(...pulses.map((p) => p.pulse));
  return pulses.map(({ pulse, from, to }) => {
    const run = pulse.animate(
      [
        { transform: from, opacity: 0.9, easing: EASE_CUBIC_IN_OUT },
        { transform: to, opacity: 0.9, offset: runMs / (runMs + fadeMs) },
        { transform: to, opacity: 0 },
      ],
      { duration: runMs + fadeMs },
    );
    run.onfinish = () => pulse.remove();
    return run;
  });
}
