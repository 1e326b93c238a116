import { Tex } from '../Tex';
import { useStepEquation } from '../useStepEquation';
import { splitEquation } from './splitEquation';

/**
 * The current step's equation: the rule in symbols, then its result; with `working`, every substituted part,
 * wrapping to new lines instead of shrinking below a readable size.
 */
export function PresentEquation({ working }: { working: boolean }) {
  const equation = useStepEquation();
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
