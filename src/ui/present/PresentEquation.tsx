import { useMemo } from 'react';
import { stepEquation } from '../../engine/formula';
import { selectStep } from '../../store/selectors';
import { useDeltascope } from '../StoreContext';
import { Tex } from '../Tex';
import { splitEquation } from './splitEquation';

/** The current step's equation, then the numbers, in parts that wrap to new lines instead of shrinking. */
export function PresentEquation() {
  const trace = useDeltascope((s) => s.trace);
  const step = useDeltascope(selectStep);
  const notation = useDeltascope((s) => s.notation);
  const digits = useDeltascope((s) => s.digits);
  const equation = useMemo(
    () => (step === undefined ? null : stepEquation(trace, step, notation, digits)),
    [trace, step, notation, digits],
  );
  if (equation === null) return null;
  return (
    <div className="present-equation" data-testid="equation">
      <Tex tex={equation.symbolic} className="present-symbolic" />
      {splitEquation(equation.substituted).map((part, k) => (
        // `{}` gives a leading − or + its binary spacing: "− 0.1 [...]" continues the sum, not a negative.
        <Tex key={k} tex={part.replace(/^([-+])/, '{}$1')} />
      ))}
    </div>
  );
}
