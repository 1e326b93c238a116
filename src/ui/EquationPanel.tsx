import { memo, useRef } from 'react';
import { MappingDiagram, MappingRoom } from './MappingDiagram';
import { workingParts } from './present/splitEquation';
import { Tex } from './Tex';
import { useFitType } from './useFitType';
import { useEquationAt } from './equationAt';
import { slotAttributes, useShownSlot, useStepSlots } from './useStepSlots';

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
              {/* Cut where it may wrap (splitEquation.ts, as presentation's working): the pieces wrap only where the
                  panel is too narrow for them side by side, a left-hand side kept with its "=". */}
              {workingParts(equation.substituted).map((part, k) => (
                <Tex key={k} tex={part} className="substituted" />
              ))}
            </div>
          </>
        )}
      </div>
    </div>
  );
});
