import { selectStepName } from '../store/selectors';
import { useDeltascope } from './StoreContext';

/** Announces each step in words to screen readers. */
export function LiveRegion() {
  const stepName = useDeltascope(selectStepName);
  return (
    <div className="visually-hidden" aria-live="polite" data-testid="live-region">
      {stepName}
    </div>
  );
}
