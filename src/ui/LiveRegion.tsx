import { selectStepName } from '../store/selectors';
import { useDeltascope } from './StoreContext';
import { useNarration } from './present/Narration';

/** Announces each step to screen readers: its name, then the one-line narration of what it computes. */
export function LiveRegion() {
  const stepName = useDeltascope(selectStepName);
  const narration = useNarration();
  return (
    <div className="visually-hidden" aria-live="polite" data-testid="live-region">
      {stepName}: {narration}
    </div>
  );
}
