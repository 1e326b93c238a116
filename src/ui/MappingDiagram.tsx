import { memo } from 'react';
import { symbolFor } from '../engine/notation';
import type { Step } from '../engine/types';
import { useDeltascope } from './StoreContext';
import { slotAttributes } from './useStepSlots';

/**
 * Boughammoura's two-step mapping around layer h at step `index`: forward X^{h-1} → Y^h → X^h, backward
 * δup_h → δdown_h → δup_{h-1} and δW^h, with the step's arrow lit. One per step slot of the equation panel
 * (useStepSlots.ts), so a step shows another diagram, made while idle, instead of lighting an arrow and
 * renaming the layer's symbols while the reader waits (issue 6).
 */
export const MappingDiagram = memo(function MappingDiagram({ index }: { index: number }) {
  const step = useDeltascope((s) => s.trace.steps[index]);
  const notation = useDeltascope((s) => s.notation);
  const h = step?.layer ?? 1;
  const name = (q: Parameters<typeof symbolFor>[1], layer: number) => symbolFor(notation, q, { layer }).text;
  const lit = (kind: Step['kind']) => (step?.kind === kind ? 'arrow lit' : 'arrow');
  return (
    <div {...slotAttributes(index, 'mapping', 'mapping-diagram')} aria-label="Two-step mapping diagram">
      <div className="mapping-row">
        <span className="mapping-label">forward</span>
        <span className="node">{name('X', h - 1)}</span>
        <span className={lit('preActivation')}>
          →<small>{name('W', h)}·</small>
        </span>
        <span className="node">{name('Y', h)}</span>
        <span className={lit('activation')}>
          →<small>σ</small>
        </span>
        <span className="node">{name('X', h)}</span>
      </div>
      <div className="mapping-row">
        <span className="mapping-label">backward</span>
        <span className="node">{name('deltaUp', h)}</span>
        <span className={lit('deltaDown')}>
          →<small>⊙σ′</small>
        </span>
        <span className="node">{name('deltaDown', h)}</span>
        <span className={lit('deltaUp')}>
          →<small>W♯ᵀ</small>
        </span>
        <span className="node">{name('deltaUp', h - 1)}</span>
        <span className={lit('gradW')}>
          ↘<small>·Xᵀ</small>
        </span>
        <span className="node">{name('gradW', h)}</span>
      </div>
    </div>
  );
});
