import { useCallback } from 'react';
import type { NetworkFile } from '../../engine/networkFile';
import { useDeltascope, useStoreApi } from '../StoreContext';
import { GradientCheckSection } from './GradientCheckSection';
import { TrainingPanel } from './TrainingPanel';

/**
 * The app's Train view: the training panel on the store's network, and the gradient check of that network on its
 * sample (computed only once its section is opened). "Step through this iteration" loads the trained network into the stepper and returns to it.
 */
export function TrainingTab({ onStep }: { onStep: () => void }) {
  const store = useStoreApi();
  const file = useDeltascope((s) => s.file);
  const network = useDeltascope((s) => s.network);
  const sample = useDeltascope((s) => s.sample);
  const inspect = useCallback(
    (trained: NetworkFile) => {
      // From its start: the stepper's cursor, kept from before, put the reader mid-iteration (6/14).
      store.getState().loadNetworkFile(trained, { atStart: true });
      onStep();
    },
    [store, onStep],
  );
  return (
    <main className="training-view">
      <TrainingPanel file={file} onInspect={inspect} />
      <GradientCheckSection network={network} sample={sample} />
    </main>
  );
}
