import type { Network } from '../engine/types';
import type { Frame } from './frame';
import type { EdgeSpot } from './layout';
import { setAttribute, setClass } from './writeIfChanged';
import { viewportOf } from './drawStructure';

/** What is marked besides the step's writes and reads. */
export interface Marks {
  /** The edge id of the weight picked for editing, or null. */
  readonly selected: string | null;
  /** Cheng's view: the output o whose α is shown (its carrying edges are lit), or null. */
  readonly amplificationOutput: number | null;
}

/**
 * Whether an edge carries α_{l,i→L,o} (Corollary 3: α flows back through the weights of layers l+1…L, the bias
 * columns excluded; in W^L only row o reaches output o).
 */
export function carriesAlpha(network: Network, edge: EdgeSpot, output: number): boolean {
  const L = network.layers.length - 1;
  if (edge.fromBias || edge.layer < 2) return false;
  return edge.layer < L || edge.i === output;
}

/**
 * Paint order: the marked edges above the rest, so a highlight is never hidden under a neighbour. Moved only when
 * they are not already the last children of their group (moving hundreds of elements restyles them all).
 */
function raiseAll(edges: readonly SVGGElement[]): void {
  const group = edges[0]?.parentElement;
  if (!group) return;
  const first = group.children.length - edges.length;
  if (edges.every((edge, k) => group.children[first + k] === edge)) return;
  for (const edge of edges) group.appendChild(edge);
}

/**
 * Marks what the current step writes (`write`) and reads (`read`), the selected weight and, in Cheng's view,
 * the edges that carry α (`lit`): classes only, the look lives in graph.css. Only the elements whose marks change
 * are touched (issue 6: a step of A[784,128,64,10] changes a few of its thousand drawn edges).
 */
export function drawHighlight(svg: SVGSVGElement, network: Network, frame: Frame, marks: Marks): void {
  const viewport = viewportOf(svg);
  // δup_{h-1} = (W♯^h)^T δdown_h reads W♯: the bias column (its edges) is not used.
  const sharp = frame.step?.kind === 'deltaUp';
  const role = (id: string, fromBias = false) => ({
    write: frame.writes.has(id),
    read: frame.reads.has(id) && !(sharp && fromBias),
  });
  viewport.selectAll<SVGGElement, { id: string }>('g.node').each(function (d) {
    const { write, read } = role(d.id);
    setClass(this, 'write', write);
    setClass(this, 'read', read);
  });
  const o = marks.amplificationOutput;
  const marked: SVGGElement[] = [];
  viewport.selectAll<SVGGElement, EdgeSpot>('g.edge, g.edge-label').each(function (d) {
    const { write, read } = role(d.id, d.fromBias);
    const selected = d.id === marks.selected;
    const lit = o !== null && carriesAlpha(network, d, o);
    setClass(this, 'write', write);
    setClass(this, 'read', read);
    setClass(this, 'selected', selected);
    setClass(this, 'lit', lit);
    if ((write || read || selected || lit) && this.classList.contains('edge')) marked.push(this);
    // Only a weight that is a button (a labelled graph's) says whether it is the selected one.
    setAttribute(this, 'aria-pressed', this.getAttribute('role') === 'button' ? String(selected) : null);
  });
  raiseAll(marked);
  const loss = viewport.select<SVGTextElement>('text.loss').node();
  if (loss) setClass(loss, 'write', frame.writes.has('loss'));
}

/** The edge id `h:j->i` of a weight. */
export const edgeId = (layer: number, i: number, j: number) => `${layer}:${j}->${i}`;
