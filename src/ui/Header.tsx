import { selectArchitecture, selectStepName } from '../store/selectors';
import { ShareTools } from './export/ShareTools';
import { useDeltascope, useStoreApi } from './StoreContext';
import { enterPresent } from './present/presentMode';

/** The name, the architecture as text and the current step in words. */
export function Header() {
  const architecture = useDeltascope(selectArchitecture);
  const stepName = useDeltascope(selectStepName);
  const cursor = useDeltascope((s) => s.cursor);
  const count = useDeltascope((s) => s.trace.steps.length);
  const store = useStoreApi();
  return (
    <header className="header">
      <h1 className="brand">Deltascope</h1>
      <span className="architecture" title="Neurons per layer, input first, bias not counted">
        {architecture}
      </span>
      <span className="step-name" data-testid="step-name">
        <span className="step-count">
          {cursor + 1}/{count}
        </span>{' '}
        {stepName}
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
