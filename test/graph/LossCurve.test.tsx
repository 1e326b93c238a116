// @vitest-environment jsdom
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { formatLoss, thinned, usesLogScale } from '../../src/graph/drawLossCurve';
import { LossCurve } from '../../src/graph/LossCurve';

describe('LossCurve', () => {
  it('says there is nothing yet when empty', () => {
    const { container } = render(<LossCurve losses={[]} />);
    expect(container.querySelector('.loss-empty')?.textContent).toMatch(/No training yet/);
    expect(container.querySelector('.loss-line')).toBeNull();
  });

  it('draws the line through every loss and labels the last', () => {
    const losses = [0.5, 0.4, 0.3, 0.2, 0.1];
    const { container, rerender } = render(<LossCurve losses={losses} width={400} height={200} />);
    const path = container.querySelector('.loss-line')?.getAttribute('d') ?? '';
    expect(path.match(/[ML]/g)).toHaveLength(5);
    const label = container.querySelector('.loss-last');
    expect(label?.textContent).toBe('J = 0.1');
    expect(Number(label?.getAttribute('data-value'))).toBe(0.1);
    expect(container.querySelector('.axis-y.axis')).not.toBeNull();
    // it grows live: a new loss redraws the label
    rerender(<LossCurve losses={[...losses, 0.0421]} width={400} height={200} />);
    expect(container.querySelector('.loss-last')?.textContent).toBe('J = 0.0421');
    expect(container.querySelector('svg')?.getAttribute('aria-label')).toBe(
      'Loss curve: 6 values, last J = 0.0421',
    );
  });

  it('uses a log scale once the losses span more than two decades', () => {
    expect(usesLogScale([1, 0.5, 0.02])).toBe(false);
    expect(usesLogScale([1, 0.1, 0.001])).toBe(true);
    expect(usesLogScale([1, 0, 0.001])).toBe(false); // a 0 cannot go on a log axis
    const { container } = render(<LossCurve losses={[1, 0.1, 0.01, 0.0001]} />);
    const ticks = Array.from(container.querySelectorAll('.axis-y .tick text')).map((t) => t.textContent);
    expect(ticks).toContain('0.01');
    expect(container.querySelector('.loss-last')?.textContent).toBe('J = 1.00e−4');
  });

  it('thins long histories but keeps the last point', () => {
    const losses = Array.from({ length: 10_001 }, (_, k) => 1 / (k + 1));
    const points = thinned(losses, 1000);
    expect(points.length).toBeLessThanOrEqual(1001);
    expect(points.at(-1)).toEqual([10_001, 1 / 10_001]);
    expect(formatLoss(0)).toBe('0');
  });
});
