import { memo } from 'react';
import { activationSymbol, biasApart, sharpText, symbolFor } from '../engine/notation';
import type { Step } from '../engine/types';
import { useDeltascope } from './StoreContext';
import { slotAttributes } from './useStepSlots';

/**
 * Boughammoura's two-step mapping around layer h at step `index`: forward X^{h-1} → Y^h → X^h, backward
 * δup_h → δdown_h → δup_{h-1}, and the gradient δdown_h → δW^h, with the step's arrow lit. One per step slot of the equation panel
 * (useStepSlots.ts), so a step shows another diagram, made while idle, instead of lighting an arrow and
 * renaming the layer's symbols while the reader waits (issue 6).
 */
export const MappingDiagram = memo(function MappingDiagram({ index }: { index: number }) {
  const step = useDeltascope((s) => s.trace.steps[index]);
  return (
    <div {...slotAttributes(index, 'mapping', 'mapping-diagram')} aria-label="Two-step mapping diagram">
      <MappingRows layer={step?.layer ?? 1} lit={step?.kind} />
    </div>
  );
});

/**
 * Every layer's diagram, unseen, in the cell the shown one takes: the labels differ from layer to layer (softmax
 * beside φ), and a cell as wide as the slots kept made would change the equation's room from step to step, while
 * an equation's type is fitted to its room once, when it is laid out (useFitType).
 */
export const MappingRoom = memo(function MappingRoom() {
  const layers = useDeltascope((s) => s.trace.layers.length - 1);
  return Array.from({ length: layers }, (_, k) => (
    <div key={k} className="mapping mapping-room" aria-hidden="true">
      <MappingRows layer={k + 1} />
    </div>
  ));
});

/** The two rows of layer `layer`'s diagram, the arrow of step kind `lit` lit. */
function MappingRows({ layer: h, lit: litKind }: { layer: number; lit?: Step['kind'] }) {
  const notation = useDeltascope((s) => s.notation);
  const softmax = useDeltascope((s) => s.trace.network.activations[h - 1] === 'softmax');
  const name = (q: Parameters<typeof symbolFor>[1], layer: number) => symbolFor(notation, q, { layer }).text;
  // The arrows' labels follow the layer and the notation, as the equation beside the diagram does: φ in Dyda's
  // and Cheng's, σ in Boughammoura's and the lecture note's; softmax's derivative is its Jacobian, not ⊙φ′;
  const activation = softmax ? 'softmax' : activationSymbol(notation).text;
  const backThrough = softmax ? '·softmax′' : `⊙${activation}′`;
  // W♯ where the equation drops the bias column (Boughammoura's (21), Dyda's "first entry dropped"); the lecture
  // note's W has none. Transposes in parentheses: W²ᵀ reads as a power.
  const hasBias = useDeltascope((s) => s.trace.network.bias !== 'none');
  const weights = name('W', h);
  const transposed = `(${hasBias && !biasApart(notation) ? sharpText(weights) : weights})ᵀ`;
  // δW^h = δdown_h (X^{h-1})^T with the 1 of the bias where the equation writes it (Dyda's X^{[h]}, the input
  // after prepending 1; Boughammoura's X̂): a^{h-1} alone would make δW a column short.
  const input = name(hasBias && !biasApart(notation) ? 'XWithBias' : 'X', h - 1);
  const lit = (kind: Step['kind']) => (litKind === kind ? 'arrow lit' : 'arrow');
  return (
    <>
      <div className="mapping-row">
        <span className="mapping-label">forward</span>
        <span className="node">{name('X', h - 1)}</span>
        <span className={lit('preActivation')}>
          →
          <small>
            {weights}·{hasBias && biasApart(notation) ? ` + ${name('bias', h)}` : ''}
          </small>
        </span>
        <span className="node">{name('Y', h)}</span>
        <span className={lit('activation')}>
          →<small>{activation}</small>
        </span>
        <span className="node">{name('X', h)}</span>
      </div>
      <div className="mapping-row">
        <span className="mapping-label">backward</span>
        <span className="node">{name('deltaUp', h)}</span>
        <span className={lit('deltaDown')}>
          →<small>{backThrough}</small>
        </span>
        <span className="node">{name('deltaDown', h)}</span>
        <span className={lit('deltaUp')}>
          →<small>{transposed}</small>
        </span>
        <span className="node">{name('deltaUp', h - 1)}</span>
      </div>
      {/* δW^h = δdown_h (X^{h-1})^T (Boughammoura (20)): a branch from δdown, computed before δup_{h-1}. At the
          end of the backward row it read as if made from δup_{h-1}. */}
      <div className="mapping-row">
        <span className="mapping-label">gradient</span>
        <span className="node">{name('deltaDown', h)}</span>
        <span className={lit('gradW')}>
          →<small>·({input})ᵀ</small>
        </span>
        <span className="node">{name('gradW', h)}</span>
      </div>
    </>
  );
}
