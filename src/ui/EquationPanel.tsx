import { memo, useRef } from 'react';
import { MappingDiagram, MappingRoom } from './MappingDiagram';
import { workingParts } from './present/splitEquation';
import { Tex } from './Tex';
import { useFitType } from './useFitType';
import { useEquationAt } from './equationAt';
import { slotAttributes, useShownSlot, useStepSlots } from './useStepSlots';

/**
 * The substitution cut where it may wrap: before each top-level `=`, ⇒, `\quad` and binary `+`/`−` (a term keeps
 * its sign), a bare left-hand side kept with its `= …` (presentation mode's workingParts). Each piece is typeset on
 * its own and the pieces wrap only where the panel is too narrow for them side by side, so W̃ = W − c δW with three
 * matrices breaks after a matrix instead of running off the panel. Cut at `=` alone, a phone's panel ended lines
 * with "∂L/∂X⁽¹⁾" and "⇒ ∂L/∂a⁽⁰⁾" and started the next with their "=", and cut off "= W − 0.1 δW" at its right.
 */
export function equalityParts(tex: string): string[] {
  return workingParts(tex);
}

/**
 * The current step's equation, symbolic then with the numbers substituted, and the mapping diagram.
 * The previous and the next step's equations are kept laid out beside it, hidden (useStepSlots.ts).
 */
export function EquationPanel() {
  const slots = useStepSlots();
  const equation = useRef<HTMLDivElement>(null);
  const mapping = useRef<HTMLDivElement>(null);
  useShownSlot(equation);
  useShownSlot(mapping);
  return (
    <section className="panel equation-panel" aria-label="Equation">
      <h2>Equation</h2>
      <div className="equation" ref={equation}>
        {slots.map((index) => (
          <EquationSlot key={index} index={index} />
        ))}
      </div>
      <div className="mapping-slots step-slots" ref={mapping}>
        <MappingRoom />
        {slots.map((index) => (
          <MappingDiagram key={index} index={index} />
        ))}
      </div>
    </section>
  );
}

/**
 * One step's equation (the hint before the first step), shown when current, else laid out but hidden. The slot
 * fills the panel's cell (in the wide layout, an opaque layer that the shown one covers, app.css); the box inside
 * is the equation's own size, which the type is fitted by.
 */
const EquationSlot = memo(function EquationSlot({ index }: { index: number }) {
  const equation = useEquationAt(index);
  const box = useRef<HTMLDivElement>(null);
  useFitType(box);
  return (
    <div {...slotAttributes(index, 'equation-slot', equation === null ? undefined : 'equation')}>
      <div ref={box} className="equation-fit">
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
    </div>
  );
});
