// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { NetworkFile } from '../../src/engine';
import { dyda } from '../../src/presets/dyda';
import { TrainingPanel } from '../../src/ui/training/TrainingPanel';

// 2-3-1 sigmoid, bias last, c = 2: the XOR network of test/engine/train.test.ts.
const xorFile: NetworkFile = {
  layers: [2, 3, 1],
  bias: 'last',
  activation: 'sigmoid',
  loss: 'half-sse',
  weights: [
    [
      [0.5, -0.4, 0.1],
      [-0.3, 0.8, -0.2],
      [0.7, 0.6, -0.5],
    ],
    [[0.4, -0.6, 0.9, 0.1]],
  ],
  input: [0, 0],
  target: [0],
  learningRate: 2,
};

beforeAll(() => {
  // jsdom has no canvas; the decision map skips painting when getContext gives null
  HTMLCanvasElement.prototype.getContext = (() => null) as typeof HTMLCanvasElement.prototype.getContext;
});
afterEach(cleanup);

const select = (label: RegExp, value: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
const lastLabelled = (container: HTMLElement) =>
  Number(container.querySelector('.loss-curve .loss-last')?.getAttribute('data-value'));

describe('TrainingPanel', () => {
  it('trains XOR from a fixed seed below J = 0.05 and the curve shows it', async () => {
    const { container } = render(<TrainingPanel file={xorFile} />);
    select(/^Dataset/, 'xor');
    select(/^Epochs/, '2000');
    select(/^Speed/, '1000');
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    expect(screen.getByRole('button', { name: 'Pause' })).toBeTruthy();
    await waitFor(() => expect(screen.getByText(/done/)).toBeTruthy(), { timeout: 10_000 });
    expect(screen.getByText(/epoch 2000 of 2000 · iteration 8000/)).toBeTruthy();
    expect(lastLabelled(container)).toBeLessThan(0.05);
    expect(container.querySelectorAll('.decision-map circle.data-point')).toHaveLength(4);
    expect(container.querySelectorAll('.decision-map circle.class-1')).toHaveLength(2);
    expect(screen.getByRole('button', { name: 'Play' })).toHaveProperty('disabled', true);
  });

  it('refuses a pasted CSV with a bad row, naming the row', () => {
    render(<TrainingPanel file={xorFile} />);
    select(/^Dataset/, 'csv');
    fireEvent.change(screen.getByLabelText(/^CSV/), { target: { value: '0,0,0\n0,1,1\n1,0\n' } });
    expect(screen.getByRole('alert').textContent).toBe(
      'CSV row 3: expected 3 numbers (2 inputs + 1 target), got "1,0" (2 values)',
    );
    expect(screen.getByRole('button', { name: 'Play' })).toHaveProperty('disabled', true);
    fireEvent.change(screen.getByLabelText(/^CSV/), { target: { value: '0,0,0\n0,1,1\n1,0,1\n' } });
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says why a toy set does not fit the network', () => {
    render(
      <TrainingPanel
        file={{
          ...dyda,
          layers: [2, 2, 3],
          weights: [
            dyda.weights[0] as number[][],
            [
              [0, 0, 0],
              [0, 0, 0],
              [0, 0, 0],
            ],
          ],
          target: [1, 0, 0],
        }}
      />,
    );
    select(/^Dataset/, 'spiral');
    expect(screen.getByRole('alert').textContent).toMatch(
      /spiral needs a network with 2 inputs and 1 or 2 outputs; this one is A\[2,2,3\]/,
    );
  });

  it('steps one iteration at a time and hands the current network to the stepper', () => {
    const onInspect = vi.fn();
    render(<TrainingPanel file={xorFile} onInspect={onInspect} />);
    select(/^Dataset/, 'xor');
    fireEvent.click(screen.getByRole('button', { name: 'Step 1 iteration' }));
    fireEvent.click(screen.getByRole('button', { name: 'Step 1 iteration' }));
    expect(screen.getByText(/epoch 0 of 1000 · iteration 2/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Step through this iteration' }));
    const inspected = onInspect.mock.calls[0]?.[0] as NetworkFile;
    expect(inspected.layers).toEqual([2, 3, 1]);
    expect(inspected.weights).not.toEqual(xorFile.weights);
    expect(inspected.input).toEqual([0, 0]);
    expect(inspected.learningRate).toBe(2);
    fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
    expect(screen.getByText(/epoch 0 of 1000 · iteration 0/)).toBeTruthy();
  });

  it('makes a new seeded network for a dataset and trains it in mini-batches', async () => {
    const { container } = render(<TrainingPanel file={xorFile} />);
    select(/^Dataset/, 'xor');
    select(/^Batch size/, '4');
    fireEvent.change(screen.getByLabelText(/^Hidden layers/), { target: { value: '4' } });
    fireEvent.click(screen.getByRole('button', { name: /New network \(seed 1\)/ }));
    expect(screen.getByText(/A\[2,4,1\]/)).toBeTruthy();
    select(/^Epochs/, '5');
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Play' })));
    // (generous: the loop paces itself by frames, and a loaded 2-core machine gives it few)
    await waitFor(() => expect(screen.getByText(/epoch 5 of 5 · iteration 5 · J = /)).toBeTruthy(), {
      timeout: 5000,
    });
    // The curve is drawn in an effect after the status line's render: on a loaded machine, a poll between them.
    await waitFor(() => expect(container.querySelector('.loss-curve .loss-line')).not.toBeNull());
    expect(Number.isFinite(lastLabelled(container))).toBe(true);
  });

  it("says at once that a file's own examples are malformed, naming the field, and trains on the sample", () => {
    for (const [dataset, error] of [
      ['oops', 'dataset: expected {"inputs": [rows of 2], "targets": [rows of 1]}, got "oops"'],
      [
        {
          inputs: [
            [0, 0],
            [0, 1, 1],
          ],
          targets: [[0], [1]],
        },
        'dataset.inputs[1]: expected 2 numbers (N0 = 2 inputs), got 3',
      ],
    ] as const) {
      render(<TrainingPanel file={{ ...xorFile, dataset }} />);
      // Without choosing "The network's own examples": the message is there when the view opens.
      expect(screen.getByRole('alert').textContent).toBe(
        `The network file's own examples cannot be used: ${error}. Training uses “The sample alone” instead. ` +
          'The file keeps its dataset as it is.',
      );
      expect((screen.getByLabelText(/^Dataset/) as HTMLSelectElement).value).toBe('sample');
      expect(screen.getByRole('button', { name: 'Play' })).toHaveProperty('disabled', false);
      // Choosing them says it once, with what to do.
      select(/^Dataset/, 'file');
      expect(screen.getAllByRole('alert').map((alert) => alert.textContent)).toEqual([
        `The network file's own examples cannot be used: ${error}. Choose another dataset to train. ` +
          'The file keeps its dataset as it is.',
      ]);
      expect(screen.getByRole('button', { name: 'Play' })).toHaveProperty('disabled', true);
      cleanup();
    }
  });

  it('says why a Seed, Batch size or Epochs is refused, with the range, and keeps the last good value', () => {
    render(<TrainingPanel file={xorFile} />);
    const field = (label: RegExp) => screen.getByLabelText(label) as HTMLInputElement;
    select(/^Batch size/, '4');
    for (const [label, typed, message] of [
      [/^Batch size/, '0', 'Batch size: expected a whole number from 1 to 100,000, got 0; training keeps 4.'],
      [
        /^Batch size/,
        '-3',
        'Batch size: expected a whole number from 1 to 100,000, got -3; training keeps 4.',
      ],
      [
        /^Batch size/,
        '2.5',
        'Batch size: expected a whole number from 1 to 100,000, got 2.5; training keeps 4.',
      ],
      [/^Epochs/, '0', 'Epochs: expected a whole number from 1 to 10,000,000, got 0; training keeps 1000.'],
      [/^Seed/, '-1', 'Seed: expected a whole number from 0 to 2,147,483,648, got -1; training keeps 1.'],
      [/^Seed/, '', 'Seed: expected a whole number from 0 to 2,147,483,648; training keeps 1.'],
    ] as const) {
      select(label, typed);
      // What was typed stays, marked, with the message it points to; nothing is put back behind the reader's back.
      expect(field(label).value).toBe(typed);
      expect(field(label).getAttribute('aria-invalid')).toBe('true');
      const alert = screen.getByRole('alert');
      expect(alert.textContent).toBe(message);
      expect(field(label).getAttribute('aria-describedby')).toBe(alert.id);
      select(label, label.source.includes('Seed') ? '1' : label.source.includes('Epochs') ? '1000' : '4');
      expect(screen.queryByRole('alert')).toBeNull();
      expect(field(label).getAttribute('aria-invalid')).toBe('false');
    }
    // The last good values are what training uses: 1000 epochs, mini-batches of 4 (one per epoch of XOR's 4).
    select(/^Dataset/, 'xor');
    select(/^Batch size/, '0');
    fireEvent.click(screen.getByRole('button', { name: 'Step 1 iteration' }));
    expect(screen.getByText(/epoch 1 of 1000 · iteration 1/)).toBeTruthy();
  });
});
