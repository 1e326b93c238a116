import { layerNumber, symbolFor, type NamedQuantity, type NotationName } from '../engine/notation';
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

const SUBSCRIPT: Record<string, string> = {
  ...Object.fromEntries([...'0123456789'].map((d, k) => [d, String.fromCodePoint(0x2080 + k)])),
  ',': '‚',
  i: 'ᵢ',
};
const subscript = (s: string) => [...s].map((c) => SUBSCRIPT[c] ?? c).join('');

/**
 * Cheng's α_{l,i→L,o} (neuron i of layer l to output o), layers numbered as the notation numbers them; i is
 * 0-based (null writes the letter i, for captions).
 */
export function alphaName(
  notation: NotationName,
  h: number,
  i: number | null,
  L: number,
  o: number,
): { tex: string; text: string } {
  const from = `${layerNumber(notation, h)},${i === null ? 'i' : i + 1}`;
  const to = `${layerNumber(notation, L)},${o + 1}`;
  return { tex: `\\alpha_{${from}\\to ${to}}`, text: `α${subscript(from)}→${subscript(to)}` };
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
  const L = frame.nodeQuantities.length - 1;
  const layers = frame.nodeQuantities.map(({ main, sub }, h): LayerCaption => {
    if (amplificationOutput !== null && h > 0) {
      return { main: alphaName(notation, h, null, L, amplificationOutput).text, sub: null, pending: false };
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
