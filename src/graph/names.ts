import { symbolFor, type NamedQuantity, type NotationName } from '../engine/notation';
import type { Network } from '../engine/types';
import type { Frame } from './frame';

/** The name of entry i of a vector quantity at layer h, e.g. a⁽¹⁾₂ or δdown₂‚₁. */
export function entryName(notation: NotationName, quantity: NamedQuantity, h: number, i: number): string {
  return symbolFor(notation, quantity, { layer: h, i }).text;
}

/** The name of weight entry (i, j) of a matrix quantity at layer h, in the network's bias layout. */
export function weightName(
  network: Network,
  notation: NotationName,
  quantity: NamedQuantity,
  h: number,
  i: number,
  j: number,
): string {
  const inputs = network.layers[h - 1] ?? 0;
  return symbolFor(notation, quantity, { layer: h, i, j, bias: network.bias, inputs }).text;
}

/** A layer's caption: what its nodes show (main, then the second line), in the notation. */
export interface LayerCaption {
  readonly main: string;
  readonly sub: string | null;
  /** True while nothing of the layer is computed: the caption names what will come. */
  readonly pending: boolean;
}

/** Captions of every layer column and of every weight gap (index h − 1 for W^h), relabelled per notation. */
export function captions(
  frame: Frame,
  notation: NotationName,
  amplificationOutput: number | null,
): { layers: LayerCaption[]; edges: string[] } {
  const layers = frame.nodeQuantities.map(({ main, sub }, h): LayerCaption => {
    if (amplificationOutput !== null && h > 0) {
      const alpha = symbolFor(notation, 'amplification', { layer: h }).text;
      return { main: `${alpha}→${amplificationOutput + 1}`, sub: null, pending: false };
    }
    const name = (q: NamedQuantity) => symbolFor(notation, q, { layer: h }).text;
    // Y^h alone (X^h still to come) is captioned as the node writes it: in the main place.
    if (main === null) return { main: name(sub ?? 'X'), sub: null, pending: sub === null };
    return { main: name(main), sub: sub ? name(sub) : null, pending: false };
  });
  const edges = frame.edgeQuantities
    .slice(1)
    .map((q, k) => symbolFor(notation, q ?? 'W', { layer: k + 1 }).text);
  return { layers, edges };
}
