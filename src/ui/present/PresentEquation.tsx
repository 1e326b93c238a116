import { Fragment, memo, useRef } from 'react';
import type { StepEquation } from '../../engine/formula';
import { useEquationAt } from '../equationAt';
import { Tex } from '../Tex';
import { slotAttributes, useShownSlot, useStepSlots } from '../useStepSlots';
import { splitEquation, workingParts } from './splitEquation';

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
      <EquationLines equation={equation} working={working} />
    </div>
  );
});

/** The rule in symbols, then the substituted parts shown, wrapping (inside a `.present-equation` row). */
export function EquationLines({ equation, working }: { equation: StepEquation; working: boolean }) {
  return (
    <>
      <Tex tex={equation.symbolic} className="present-symbolic" />
      {substitutedParts(equation, working).map((part, k) => (
        <Fragment key={k}>
          {startsStatement(part) && <span className="present-break" />}
          <Tex tex={part} />
        </Fragment>
      ))}
    </>
  );
}

/**
 * The substituted parts shown, each as typeset: with the working, every piece (workingParts: a left-hand side
 * kept with its "="); else only the result (the last `= …`), so the graph keeps its room.
 */
function substitutedParts(equation: StepEquation, working: boolean): string[] {
  const parts = working ? workingParts(equation.substituted) : splitEquation(equation.substituted).slice(-1);
  // `{}` gives a leading − or + its binary spacing: "− 0.1 [...]" continues the sum, not a negative.
  return parts.map((part) => part.replace(/^([-+])/, '{}$1'));
}

/**
 * Whether a part starts a statement of its own (its own left-hand side, as Dyda's ∂L/∂X⁽²⁾ = (W⁽²⁾)ᵀ δ⁽²⁾ before
 * the bias row is dropped) rather than continuing the line with =, ⇒ or a sign: such a part starts a new line,
 * or it ran on from the rule before it with nothing between them.
 */
export function startsStatement(part: string): boolean {
  return !/^(\\[;,:!]\s*)*(=|\\Rightarrow|\{\}[-+]|[-+])/.test(part);
}
