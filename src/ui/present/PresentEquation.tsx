import { useMemo } from 'react';
import { stepEquation } from '../../engine/formula';
import { selectStep } from '../../store/selectors';
import { useDeltascope } from '../StoreContext';
import { Tex } from '../Tex';
import { splitEquation } from './splitEquation';

/**
 * The current step's equation: the rule in symbols, then its result; with `working`, every substituted part,
 * wrapping to new lines instead of shrinking below a readable size.
 */
export function PresentEquation({ working }: { working: boolean }) {
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
      {shownParts(splitEquation(equation.substituted), working).map((part, k) => (
        // `{}` gives a leading − or + its binary spacing: "− 0.1 [...]" continues the sum, not a negative.
        <Tex key={k} tex={part.replace(/^([-+])/, '{}$1')} />
      ))}
    </div>
  );
}

/** All the parts with the working shown; else only the result (the last `= …`), so the graph keeps its room. */
function shownParts(parts: readonly string[], working: boolean): readonly string[] {
  return working ? parts : parts.slice(-1);
}
