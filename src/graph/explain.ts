import { biasColumn } from '../engine/bias';
import { entryFormula } from '../engine/entryFormula';
import { texNumber } from '../engine/tex';
import type { NotationName } from '../engine/notation';
import type { Trace } from '../engine/types';
import type { Frame } from './frame';
import { alphaName } from './names';

/** A graph element by id: neuron `n:h:i`, bias unit `b:h`, weight `h:j->i`, or the loss `loss`. */
export type ElementRef =
  | { readonly kind: 'neuron'; readonly layer: number; readonly i: number }
  | { readonly kind: 'bias'; readonly layer: number }
  | { readonly kind: 'weight'; readonly layer: number; readonly i: number; readonly j: number }
  | { readonly kind: 'loss' };

/** Reads an element id back into its parts (null for anything else). */
export function parseElementId(id: string): ElementRef | null {
  let m = /^n:(\d+):(\d+)$/.exec(id);
  if (m) return { kind: 'neuron', layer: Number(m[1]), i: Number(m[2]) };
  m = /^b:(\d+)$/.exec(id);
  if (m) return { kind: 'bias', layer: Number(m[1]) };
  m = /^(\d+):(\d+)->(\d+)$/.exec(id);
  if (m) return { kind: 'weight', layer: Number(m[1]), j: Number(m[2]), i: Number(m[3]) };
  return id === 'loss' ? { kind: 'loss' } : null;
}

/** Where the numbers of one element came from: TeX formulas with the numbers, or a note when none is shown. */
export interface Explanation {
  readonly tex: readonly string[];
  readonly note: string | null;
}

/**
 * The formulas of what an element shows at this frame (no spoilers: only what the frame shows), with the numbers
 * substituted in the notation, via the engine's entryFormula.
 */
export function explain(
  trace: Trace,
  frame: Frame,
  id: string,
  notation: NotationName,
  digits: number,
  amplificationOutput: number | null = null,
): Explanation {
  const ref = parseElementId(id);
  const formula = (q: Parameters<typeof entryFormula>[1], h: number, i: number, j?: number) =>
    entryFormula(trace, q, h, i, j, notation, digits).tex;
  if (!ref) return { tex: [], note: null };
  switch (ref.kind) {
    case 'loss':
      return frame.loss === null
        ? { tex: [], note: 'The loss is computed after the forward pass.' }
        : { tex: [formula('loss', trace.layers.length - 1, 0)], note: null };
    case 'bias': {
      const inputs = trace.network.layers[ref.layer] ?? 0;
      return {
        tex: [formula('XWithBias', ref.layer, biasColumn(trace.network.bias, inputs) ?? 0)],
        note: null,
      };
    }
    case 'weight': {
      const shown = frame.edges.get(id);
      return shown
        ? { tex: [formula(shown.quantity, ref.layer, ref.i, ref.j)], note: null }
        : { tex: [], note: null };
    }
    case 'neuron': {
      const shown = frame.nodes.get(id);
      const tex = [shown?.main, shown?.sub]
        .filter((s) => s != null)
        .map((s) => formula(s.quantity, s.layer, s.i));
      if (amplificationOutput !== null && ref.layer > 0) {
        // α_{l,i→L,o} = ∂u_{L,o}/∂u_{l,i}: Cheng's Corollary 3, computed backwards layer by layer.
        const L = trace.layers.length - 1;
        const alpha = trace.layers[ref.layer]!.amplification!;
        const value = alpha.data[ref.i * alpha.cols + amplificationOutput]!;
        const name = alphaName(notation, ref.layer, ref.i, L, amplificationOutput).tex;
        tex.unshift(`${name} = ${texNumber(value, digits)}`);
      }
      return { tex, note: tex.length ? null : 'Not computed yet at this step.' };
    }
  }
}
