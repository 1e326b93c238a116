// @vitest-environment jsdom
// The Train view's gradient check, opened: backprop's δW beside the central finite difference, worst first, and a
// wrong derivative in red at the top (the table of the panel it replaced, kept to the same account).
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { formatNumber, gradientCheck, networkFromFile, sampleFromFile, trace } from '../../src/engine';
import type { Network, Sample } from '../../src/engine';
import { dyda } from '../../src/presets/dyda';
import { errorGrade } from '../../src/ui/training/errorGrade';
import { GradientCheckSection } from '../../src/ui/training/GradientCheckSection';

afterEach(cleanup);
const network = networkFromFile(dyda);
const sample = sampleFromFile(dyda);

async function opened(net: Network, s: Sample) {
  const { container } = render(<GradientCheckSection network={net} sample={s} />);
  const details = container.querySelector('details') as HTMLDetailsElement;
  details.open = true;
  fireEvent(details, new Event('toggle'));
  await screen.findByText(/derivatives (agree|disagree)/);
  return container;
}

describe('GradientCheckSection', () => {
  it("shows every δW of Dyda's network beside its finite difference, worst first", async () => {
    const container = await opened(network, sample);
    const rows = Array.from(container.querySelectorAll('tbody tr'));
    expect(rows).toHaveLength(12 + 2);
    const gradW2 = trace(network, sample).layers[2]?.gradW;
    const row = rows.find((r) => r.querySelector('th')?.textContent === 'δW²[1][2]');
    expect(row?.querySelectorAll('td')[0]?.textContent).toBe(formatNumber(gradW2?.data[5] ?? NaN, 8));
    const errors = rows.map((r) => Number(r.querySelectorAll('td')[2]?.textContent?.replace('\u2212', '-')));
    expect(errors).toEqual([...errors].sort((a, b) => b - a));
    expect(screen.getByText(/All 14 derivatives agree/)).toBeTruthy();
    expect(container.querySelector('.grade-bad')).toBeNull();
  });

  it('marks a wrong derivative in red at the top', async () => {
    // A network whose loss has a kink at the probe (ReLU at Y = 0): the one-sided slopes differ from backprop's.
    const kinked: Network = networkFromFile({
      ...dyda,
      activation: ['relu', 'sigmoid'],
      weights: [
        [
          [0, 0, 0],
          [-0.4, 0.5, -0.6],
        ],
        dyda.weights[1] as number[][],
      ],
    });
    expect(gradientCheck(kinked, sample).maxRelativeError).toBeGreaterThan(1e-4);
    const container = await opened(kinked, sample);
    expect(container.querySelector('tbody tr')?.className).toBe('grade-bad');
    expect(screen.getByText(/derivatives disagree with finite differences/)).toBeTruthy();
    expect(errorGrade(NaN)).toBe('bad');
    expect(errorGrade(1e-9)).toBe('good');
    expect(errorGrade(1e-5)).toBe('warn');
  });
});
