/**
 * Which neurons of a layer the graph draws. A layer taller than `collapseAbove` neurons is drawn collapsed: its
 * first `head` and last `tail` neurons, and between them a handle "+N neurons" that expands it on click (TF
 * Playground and Netron summarise big layers the same way). Its hidden neurons have no circles and no edges.
 */
export interface ShownLayer {
  /** Neuron indices drawn, top to bottom, in order. */
  readonly neurons: readonly number[];
  /** How many neurons the handle stands for (0: the layer is drawn whole). */
  readonly hidden: number;
  /** The handle sits after this many of `neurons` (null without a handle). */
  readonly handleAfter: number | null;
}

export interface CollapseOptions {
  /** Layers with more neurons than this collapse. */
  readonly collapseAbove?: number;
  /** Neurons kept at the top and the bottom of a collapsed layer. */
  readonly head?: number;
  readonly tail?: number;
}

/** Past this many neurons a layer is too tall to show whole at once: 128 → 4 + "+120 neurons" + 4. */
export const COLLAPSE_ABOVE = 100;
const HEAD = 4;
const TAIL = 4;

/** The neurons of a layer of `n` drawn, whole when `expanded` or small enough, else its ends around a handle. */
export function shownNeurons(n: number, expanded: boolean, options: CollapseOptions = {}): ShownLayer {
  const { collapseAbove = COLLAPSE_ABOVE, head = HEAD, tail = TAIL } = options;
  const all = Array.from({ length: n }, (_, i) => i);
  if (expanded || n <= collapseAbove || head + tail >= n)
    return { neurons: all, hidden: 0, handleAfter: null };
  return {
    neurons: [...all.slice(0, head), ...all.slice(n - tail)],
    hidden: n - head - tail,
    handleAfter: head,
  };
}

/** The handle's words: "+120 neurons". */
export function handleLabel(hidden: number): string {
  return `+${hidden} neuron${hidden === 1 ? '' : 's'}`;
}

/** Layers h whose neurons are not all drawn (the output layer too, if it is that big). */
export function collapsedLayers(
  layers: readonly number[],
  expanded: ReadonlySet<number>,
  options: CollapseOptions = {},
): number[] {
  return layers.flatMap((n, h) => (shownNeurons(n, expanded.has(h), options).hidden > 0 ? [h] : []));
}
