// @vitest-environment jsdom
// The Train view's hand-over to the stepper: "Step through this iteration" loads the trained network and starts at
// the beginning of its iteration, wherever the stepper's cursor was. And its gradient check, computed only once
// its section is opened, and bounded on a big network.
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import * as gradientCheckModule from '../../src/engine/gradientCheck';
import { randomNetworkFile } from '../../src/engine/random';
import type { NetworkFile } from '../../src/engine/networkFile';
import { findPreset } from '../../src/presets';
import { createDeltascopeStore } from '../../src/store/store';
import { StoreContext } from '../../src/ui/StoreContext';
import { CHECKED_INPUTS, CHECKED_WEIGHTS } from '../../src/ui/training/GradientCheckSection';
import { TrainingTab } from '../../src/ui/training/TrainingTab';

// Spies on the check, calling through: how often it runs, and how much of the network it probes.
vi.mock('../../src/engine/gradientCheck', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/engine/gradientCheck')>();
  return {
    ...actual,
    gradientCheck: vi.fn(actual.gradientCheck),
    gradientCheckProbes: vi.fn(actual.gradientCheckProbes),
  };
});

beforeAll(() => {
  // jsdom has no canvas; the decision map skips painting when getContext gives null
  HTMLCanvasElement.prototype.getContext = (() => null) as typeof HTMLCanvasElement.prototype.getContext;
});
beforeEach(() => vi.clearAllMocks());
afterEach(cleanup);

function renderTab(file: NetworkFile) {
  const store = createDeltascopeStore({ file });
  return render(
    <StoreContext value={store}>
      <TrainingTab onStep={() => {}} />
    </StoreContext>,
  );
}

/** Opens "Gradient check…" as a click on its summary does. */
function openCheck(container: HTMLElement) {
  const details = container.querySelector('details.gradient-check-section') as HTMLDetailsElement;
  details.open = true;
  fireEvent(details, new Event('toggle'));
}

/** How many probes the check has been asked for, over every run. */
const probesRun = () =>
  vi.mocked(gradientCheckModule.gradientCheckProbes).mock.calls.length +
  vi.mocked(gradientCheckModule.gradientCheck).mock.calls.length;

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

  it('computes no gradient check until its section is opened, then checks every weight of a small network', async () => {
    const { container } = renderTab(findPreset('dyda')!.file);
    expect(screen.getByText('Gradient check of the current network on its sample')).toBeTruthy();
    // Closed: nothing computed (the whole check ran on every render, hidden, and froze a big network's view).
    expect(probesRun()).toBe(0);
    expect(screen.queryByRole('region', { name: 'Gradient check' })).toBeNull();
    openCheck(container);
    await screen.findByText(/^All 14 derivatives agree with finite differences/);
    expect(container.querySelectorAll('.gradient-check-table tbody tr')).toHaveLength(12 + 2);
    expect(container.querySelector('.grade-bad')).toBeNull();
  });

  it('checks an evenly spread few hundred weights of A[784,128,64,10], and says how many of how many', async () => {
    const file = randomNetworkFile({ layers: [784, 128, 64, 10], seed: 1 });
    const { container } = renderTab(file);
    expect(probesRun()).toBe(0);
    openCheck(container);
    const verdict = await screen.findByText(/^All 350 derivatives agree/, {}, { timeout: 20_000 });
    expect(verdict.textContent).toMatch(
      new RegExp(
        '^All 350 derivatives agree with finite differences \\(worst relative error \\d\\.\\de\u2212\\d+\\)\\. ' +
          "Checked 350 of the 110,170, evenly spread over every layer's rows and columns: " +
          '100 of the 100,480 weights of W¹, 100 of the 8,256 of W², 100 of the 650 of W³ and 50 of the 784 ' +
          'inputs\\. Each costs two passes through the network, so all of them would hold the page for minutes\\.$',
      ),
    );
    expect(CHECKED_WEIGHTS + CHECKED_INPUTS).toBe(350);
    // The probes asked for are bounded; the run was not the whole check.
    expect(vi.mocked(gradientCheckModule.gradientCheck)).not.toHaveBeenCalled();
    expect(vi.mocked(gradientCheckModule.gradientCheckProbes)).toHaveBeenCalledOnce();
    expect(vi.mocked(gradientCheckModule.gradientCheckProbes).mock.calls[0]?.[2]).toEqual({
      maxWeights: 300,
      maxInputs: 50,
    });
    expect(container.querySelectorAll('.gradient-check-table tbody tr')).toHaveLength(50);
    expect(screen.getByText('… and 300 more checked, all with smaller relative errors.')).toBeTruthy();
  }, 30_000);
});
