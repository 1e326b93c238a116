import { useRef } from 'react';
import { selectStep } from '../store/selectors';
import { MappingDiagram } from './MappingDiagram';
import { useDeltascope } from './StoreContext';
import { splitEquation } from './present/splitEquation';
import { Tex } from './Tex';
import { useFitWidth } from './useFitWidth';
import { useStepEquation } from './useStepEquation';

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

/** The current step's equation, symbolic then with the numbers substituted, and the mapping diagram. */
export function EquationPanel() {
  const step = useDeltascope(selectStep);
  const notation = useDeltascope((s) => s.notation);
  const equation = useStepEquation();
  const box = useRef<HTMLDivElement>(null);
  useFitWidth(box);
  return (
    <section className="panel equation-panel" aria-label="Equation">
      <h2>Equation</h2>
      <div className="equation" data-testid={equation === null ? undefined : 'equation'} ref={box}>
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
      <MappingDiagram step={step} notation={notation} />
    </section>
  );
}
