import { symbolFor } from '../engine/notation';
import type { Step } from '../engine/types';
import { selectStep } from '../store/selectors';
import { useDeltascope } from './StoreContext';

/**
 * Boughammoura's two-step mapping around layer h: forward X^{h-1} → Y^h → X^h, backward
 * δup_h → δdown_h → δup_{h-1} and δW^h, with the current step's arrow lit. It follows the step itself, so the
 * equation panel around it renders nothing at a step (issue 6).
 */
export function MappingDiagram() {
  const step = useDeltascope(selectStep);
  const notation = useDeltascope((s) => s.notation);
  const h = step?.layer ?? 1;
  const name = (q: Parameters<typeof symbolFor>[1], layer: number) => symbolFor(notation, q, { layer }).text;
  const lit = (kind: Step['kind']) => (step?.kind === kind ? 'arrow lit' : 'arrow');
  return (
    <div className="mapping" aria-label="Two-step mapping diagram">
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
}
