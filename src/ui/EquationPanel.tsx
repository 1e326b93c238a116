import { memo, useEffect, useRef, useState } from 'react';
import { selectStep } from '../store/selectors';
import { MappingDiagram } from './MappingDiagram';
import { useDeltascope } from './StoreContext';
import { splitEquation } from './present/splitEquation';
import { Tex } from './Tex';
import { useFitType } from './useFitType';
import { equationAt } from './useStepEquation';
import { whenIdle } from './whenIdle';

/**
 * The substitution cut at its top-level `=` only (a `+`/`−` stays with its term): each piece is typeset on its own
 * and the pieces wrap, so W̃ = W − c δW with three matrices breaks after a matrix instead of running off the panel.
 */
export function equalityParts(tex: string): string[] {
  const parts: string[] = [];
  for (const part of splitEquation(tex)) {
    if (parts.length === 0 || part.startsWith('=')) parts.push(part);
    else parts[parts.length - 1] += ` ${part}`;
  }
  return parts;
}

/** The steps whose equations are in the panel: the current one, and the settled cursor's neighbours. */
export function slotSteps(cursor: number, settled: number, stepCount: number): number[] {
  const wanted = new Set([settled - 1, settled, settled + 1, cursor]);
  return [...wanted].filter((k) => k >= -1 && k < stepCount).sort((a, b) => a - b);
}

/**
 * The current step's equation, symbolic then with the numbers substituted, and the mapping diagram.
 *
 * Issue 6's step latency: typesetting and laying out an equation of matrices is most of a step's work, so the
 * panel keeps the previous and the next step's equations laid out beside the current one, hidden in the same
 * place. A step then only shows one and hides another; the equation that becomes a neighbour is made once the
 * step is painted and the page is idle, not while the reader waits for it.
 */
export function EquationPanel() {
  const step = useDeltascope(selectStep);
  const notation = useDeltascope((s) => s.notation);
  const cursor = useDeltascope((s) => s.cursor);
  const stepCount = useDeltascope((s) => s.trace.steps.length);
  const settled = useSettled(cursor);
  return (
    <section className="panel equation-panel" aria-label="Equation">
      <h2>Equation</h2>
      <div className="equation">
        {slotSteps(cursor, settled, stepCount).map((k) => (
          <EquationSlot key={k} index={k} current={k === cursor} />
        ))}
      </div>
      <MappingDiagram step={step} notation={notation} />
    </section>
  );
}

/** `value`, caught up with only when the page is idle after it changed. */
function useSettled<T>(value: T): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => whenIdle(() => setSettled(value)), [value]);
  return settled;
}

/** One step's equation (the hint before the first step), shown when current, else laid out but hidden. */
const EquationSlot = memo(function EquationSlot({ index, current }: { index: number; current: boolean }) {
  const trace = useDeltascope((s) => s.trace);
  const notation = useDeltascope((s) => s.notation);
  const digits = useDeltascope((s) => s.digits);
  const step = trace.steps[index];
  const equation = step === undefined ? null : equationAt(trace, step, notation, digits);
  const box = useRef<HTMLDivElement>(null);
  useFitType(box);
  return (
    <div
      ref={box}
      className={current ? 'equation-slot current' : 'equation-slot'}
      aria-hidden={current ? undefined : true}
      data-testid={current && equation !== null ? 'equation' : undefined}
    >
      {equation === null ? (
        <p className="hint">Press → (or Next) to compute the first step.</p>
      ) : (
        <>
          <Tex tex={equation.symbolic} className="symbolic" />
          <div className="substituted-row">
            {equalityParts(equation.substituted).map((part, k) => (
              <Tex key={k} tex={part} className="substituted" />
            ))}
          </div>
        </>
      )}
    </div>
  );
});
