import { memo, useMemo, useRef } from 'react';
import { selectArchitecture, stepName } from '../store/selectors';
import { ShareTools } from './export/ShareTools';
import { useDeltascope, useStoreApi } from './StoreContext';
import { enterPresent } from './present/presentMode';
import { slotAttributes, useShownSlot, useStepSlots } from './useStepSlots';

/** The name, the architecture as text and the current step in words. */
export function Header() {
  const architecture = useDeltascope(selectArchitecture);
  const slots = useStepSlots();
  const names = useRef<HTMLSpanElement>(null);
  useShownSlot(names);
  const store = useStoreApi();
  return (
    <header className="header">
      <h1 className="brand">Deltascope</h1>
      <span className="architecture" title="Neurons per layer, input first, bias not counted">
        {architecture}
      </span>
      <span className="step-name" ref={names}>
        <StepNameRoom />
        {slots.map((index) => (
          <StepName key={index} index={index} />
        ))}
      </span>
      <button
        type="button"
        className="present-button"
        onClick={() => enterPresent(store)}
        title="Presentation mode (p)"
      >
        Present
      </button>
      <ShareTools />
    </header>
  );
}

/**
 * Every step's name, stacked unseen in the cell the shown name takes: the cell is as wide and as tall as the
 * longest name, whichever step is shown, so the header keeps one size through the walk. Sized by the shown name
 * alone, a header at 1000-1100 px grew a line at the steps whose names wrap and the panels under it jumped
 * (and sized by the slots kept made, it changed size while idle). Presentation mode's bar uses it too.
 */
export const StepNameRoom = memo(function StepNameRoom() {
  const trace = useDeltascope((s) => s.trace);
  const notation = useDeltascope((s) => s.notation);
  const names = useMemo(
    () => [undefined, ...trace.steps].map((step) => stepName(step, notation)),
    [trace, notation],
  );
  return names.map((name, k) => (
    <span key={k} className="step-name-room" aria-hidden="true">
      <span className="step-count">
        {k}/{names.length - 1}
      </span>{' '}
      {name}
    </span>
  ));
});

/**
 * Step `index` named in words with its count, one per step slot (useStepSlots.ts): a step shows the name made
 * while idle, instead of laying out and rastering new text while the reader waits (issue 6).
 */
const StepName = memo(function StepName({ index }: { index: number }) {
  const name = useDeltascope((s) => stepName(s.trace.steps[index], s.notation));
  const count = useDeltascope((s) => s.trace.steps.length);
  return (
    <span {...slotAttributes(index, 'step-name-slot', 'step-name')}>
      <span className="step-count">
        {index + 1}/{count}
      </span>{' '}
      {name}
    </span>
  );
});
