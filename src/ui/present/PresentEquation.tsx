import { Fragment, memo, useRef } from 'react';
import type { StepEquation } from '../../engine/formula';
import { useEquationAt } from '../equationAt';
import { Tex } from '../Tex';
import { slotAttributes, useShownSlot, useStepSlots } from '../useStepSlots';
import { splitEquation } from './splitEquation';

/**
 * The current step's equation: the rule in symbols, then its result; with `working`, every substituted part,
 * wrapping to new lines instead of shrinking below a readable size. The previous and the next step's equations
 * are kept laid out beside it, hidden (useStepSlots.ts), as in the Step view.
 */
export function PresentEquation({ working }: { working: boolean }) {
  const slots = useStepSlots();
  const container = useRef<HTMLDivElement>(null);
  useShownSlot(container);
  return (
    <div className="step-slots" ref={container}>
      {slots.map((index) => (
        <PresentSlot key={index} index={index} working={working} />
      ))}
    </div>
  );
}

/** One step's equation, shown when current, else laid out but hidden; nothing before the first step. */
const PresentSlot = memo(function PresentSlot({ index, working }: { index: number; working: boolean }) {
  const equation = useEquationAt(index);
  if (equation === null) return null;
  return (
    <div {...slotAttributes(index, 'present-equation', 'equation')}>
      <Tex tex={equation.symbolic} className="present-symbolic" />
      {substitutedParts(equation, working).map((part, k) => (
        <Fragment key={k}>
          {startsStatement(part) && <span className="present-break" />}
          <Tex tex={part} />
        </Fragment>
      ))}
    </div>
  );
});

/** The substituted parts shown, each as typeset. */
function substitutedParts(equation: StepEquation, working: boolean): string[] {
  // `{}` gives a leading − or + its binary spacing: "− 0.1 [...]" continues the sum, not a negative.
  return shownParts(splitEquation(equation.substituted), working).map((part) =>
    part.replace(/^([-+])/, '{}$1'),
  );
}

/** All the parts with the working shown; else only the result (the last `= …`), so the graph keeps its room. */
function shownParts(parts: readonly string[], working: boolean): readonly string[] {
  return working ? parts : parts.slice(-1);
}

/**
 * Whether a part starts a statement of its own (its own left-hand side, as Dyda's ∂L/∂X⁽²⁾ = (W⁽²⁾)ᵀ δ⁽²⁾ before
 * the bias row is dropped) rather than continuing the line with =, ⇒ or a sign: such a part starts a new line,
 * or it ran on from the rule before it with nothing between them.
 */
export function startsStatement(part: string): boolean {
  return !/^(\\[;,:!]\s*)*(=|\\Rightarrow|\{\}[-+]|[-+])/.test(part);
}
