import { memo, useMemo } from 'react';
import type { StepEquation } from '../../engine/formula';
import { narrate } from '../../engine/narration';
import { equationAt } from '../equationAt';
import { useDeltascope } from '../StoreContext';
import { START_NARRATION } from './Narration';
import { EquationLines } from './PresentEquation';

/**
 * The most TeX (every step's rule and working, in characters) laid out for the room: the presets write 2,700 to
 * 5,700. Past it the room is left out and the graph is sized by the shown step's text, as without the working:
 * laying out every step of a network of 784, 128, 64 and 10 neurons (26,000 characters) took half a second, of 30
 * layers of 3 (87,000) two seconds, on pressing w.
 */
export const ROOM_TEX_BUDGET = 12_000;

/**
 * Every step's working and narration, laid out unseen in the row of the shown step's (present.css), as the desk
 * lays out every layer's mapping diagram (MappingRoom): the row is then as tall at every step as at the step with
 * the most lines of working, and the graph's box, with the scale its drawing is fitted to, stays the same while the
 * lecture steps on. Sized by the shown step alone, the picture zoomed out and back and moved (Dyda's at 1280×720:
 * labels 25 px at a forward step's one line of working, 17 px at δup's three).
 */
export const WorkingRoom = memo(function WorkingRoom() {
  const trace = useDeltascope((s) => s.trace);
  const notation = useDeltascope((s) => s.notation);
  const digits = useDeltascope((s) => s.digits);
  const written = useMemo(() => {
    const steps: { equation: StepEquation | null; narration: string }[] = [
      { equation: null, narration: START_NARRATION },
    ];
    let tex = 0;
    for (const step of trace.steps) {
      const equation = equationAt(trace, step, notation, digits);
      tex += equation.symbolic.length + equation.substituted.length;
      if (tex > ROOM_TEX_BUDGET) return [];
      steps.push({ equation, narration: narrate(trace, step, notation) });
    }
    return steps;
  }, [trace, notation, digits]);
  return written.map(({ equation, narration }, k) => (
    <div key={k} className="present-room" aria-hidden="true">
      {equation !== null && (
        <div className="present-equation">
          <EquationLines equation={equation} working />
        </div>
      )}
      <p className="narration">{narration}</p>
    </div>
  ));
});
