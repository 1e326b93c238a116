import { useEffect } from 'react';
import type { StepEquation } from '../engine/formula';
import { typesetTex, useKatex } from './katexLoader';
import { useDeltascope } from './StoreContext';
import { equationAt } from './useStepEquation';
import { whenIdle, type Cancel } from './whenIdle';

/**
 * Typesets the next and the previous step's equation while the page is idle, so that pressing → or ← finds
 * KaTeX's HTML already made (katexLoader.ts keeps it): typesetting a step of matrices takes KaTeX several
 * milliseconds, a third of a Dyda step's work (issue 6's step latency). One formula per idle period, so a key
 * pressed meanwhile waits for at most one. `partsOf` says which formulas a panel typesets (a stable function).
 */
export function usePretypeset(partsOf: (equation: StepEquation) => readonly string[]): void {
  const katex = useKatex();
  const trace = useDeltascope((s) => s.trace);
  const cursor = useDeltascope((s) => s.cursor);
  const notation = useDeltascope((s) => s.notation);
  const digits = useDeltascope((s) => s.digits);
  useEffect(() => {
    if (!katex) return;
    // Work for idle time only: effects of a key press run before its frame is painted.
    const neighbours = [cursor + 1, cursor - 1].flatMap((k) => trace.steps[k] ?? []);
    const queue: (() => void)[] = neighbours.map((step) => () => {
      const parts = partsOf(equationAt(trace, step, notation, digits));
      queue.unshift(...parts.map((tex) => () => void typesetTex(katex, tex, true)));
    });
    let cancel: Cancel = () => {};
    const next = () => {
      queue.shift()?.();
      if (queue.length > 0) cancel = whenIdle(next);
    };
    cancel = whenIdle(next);
    return () => cancel();
  }, [katex, trace, cursor, notation, digits, partsOf]);
}
