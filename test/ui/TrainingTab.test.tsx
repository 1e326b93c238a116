// @vitest-environment jsdom
// The Train view's hand-over to the stepper: "Step through this iteration" loads the trained network and starts at
// the beginning of its iteration, wherever the stepper's cursor was.
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { findPreset } from '../../src/presets';
import { createDeltascopeStore } from '../../src/store/store';
import { StoreContext } from '../../src/ui/StoreContext';
import { TrainingTab } from '../../src/ui/training/TrainingTab';

afterEach(cleanup);

describe('TrainingTab', () => {
  it('Step through this iteration: the trained network, from the start, in the Step view', () => {
    const store = createDeltascopeStore({ file: findPreset('xor')!.file, cursor: 5 });
    const onStep = vi.fn();
    render(
      <StoreContext value={store}>
        <TrainingTab onStep={onStep} />
      </StoreContext>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Step 1 iteration' }));
    fireEvent.click(screen.getByRole('button', { name: 'Step through this iteration' }));
    expect(onStep).toHaveBeenCalledOnce();
    expect(store.getState().file.weights).not.toEqual(findPreset('xor')!.file.weights);
    expect(store.getState().cursor).toBe(-1);
  });
});
