import { Tex } from '../Tex';
import type { StepEquation } from '../../engine/formula';
import { usePretypeset } from '../usePretypeset';
import { useStepEquation } from '../useStepEquation';
import { splitEquation } from './splitEquation';

/**
 * The current step's equation: the rule in symbols, then its result; with `working`, every substituted part,
 * wrapping to new lines instead of shrinking below a readable size.
 */
export function PresentEquation({ working }: { working: boolean }) {
  const equation = useStepEquation();
  usePretypeset(working ? withWorking : resultOnly);
  if (equation === null) return null;
  return (
    <div className="present-equation" data-testid="equation">
      <Tex tex={equation.symbolic} className="present-symbolic" />
      {substitutedParts(equation, working).map((part, k) => (
        <Tex key={k} tex={part} />
      ))}
    </div>
  );
}

/** The substituted parts shown, each as typeset. */
function substitutedParts(equation: StepEquation, working: boolean): string[] {
  // `{}` gives a leading − or + its binary spacing: "− 0.1 [...]" continues the sum, not a negative.
  return shownParts(splitEquation(equation.substituted), working).map((part) =>
    part.replace(/^([-+])/, '{}$1'),
  );
}

/** What presentation mode typesets for an equation, with and without the working (for usePretypeset). */
const withWorking = (equation: StepEquation) => [equation.symbolic, ...substitutedParts(equation, true)];
const resultOnly = (equation: StepEquation) => [equation.symbolic, ...substitutedParts(equation, false)];

/** All the parts with the working shown; else only the result (the last `= …`), so the graph keeps its room. */
function shownParts(parts: readonly string[], working: boolean): readonly string[] {
  return working ? parts : parts.slice(-1);
}
