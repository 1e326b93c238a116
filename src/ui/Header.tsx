import { memo, useRef } from 'react';
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
