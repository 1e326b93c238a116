import { useMemo } from 'react';
import { stepEquation } from '../engine/formula';
import { selectStep } from '../store/selectors';
import { MappingDiagram } from './MappingDiagram';
import { useDeltascope } from './StoreContext';
import { Tex } from './Tex';

/** The current step's equation, symbolic then with the numbers substituted, and the mapping diagram. */
export function EquationPanel() {
  const trace = useDeltascope((s) => s.trace);
  const step = useDeltascope(selectStep);
  const notation = useDeltascope((s) => s.notation);
  const digits = useDeltascope((s) => s.digits);
  const equation = useMemo(
    () => (step === undefined ? null : stepEquation(trace, step, notation, digits)),
    [trace, step, notation, digits],
  );
  return (
    <section className="panel equation-panel" aria-label="Equation">
      <h2>Equation</h2>
      {equation === null ? (
        <p className="hint">Press → (or Next) to compute the first step.</p>
      ) : (
        <div className="equation" data-testid="equation">
          <Tex tex={equation.symbolic} className="symbolic" />
          <Tex tex={equation.substituted} className="substituted" />
        </div>
      )}
      <MappingDiagram step={step} notation={notation} />
    </section>
  );
}
