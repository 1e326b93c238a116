// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, expect, test } from 'vitest';
import { formatNumber } from '../../src/engine/format';
import { MAX_SHOWN_COLS, MAX_SHOWN_ROWS } from '../../src/engine/tex';
import { MatrixView } from '../../src/ui/MatrixView';
import { showSlot } from '../../src/ui/showSlot';

afterEach(cleanup);

test('a large matrix shows its first and last rows and columns with the rest elided, and its size', () => {
  const rows = 128;
  const cols = 785;
  const data = Float64Array.from({ length: rows * cols }, (_, k) => (k % 7) - 3 + k / 1e6);
  const { container } = render(
    <MatrixView label="W" value={{ rows, cols, data }} digits={4} known role="none" testId="m" />,
  );
  showSlot(container, true);
  const table = screen.getByTestId('m').querySelector('table')!;
  const trs = table.querySelectorAll('tr');
  expect(trs).toHaveLength(MAX_SHOWN_ROWS);
  expect(trs[0]!.querySelectorAll('td')).toHaveLength(MAX_SHOWN_COLS);
  expect(screen.getByTestId('m').textContent).toContain('128×785');
  // The last shown entry is W[127][784], not some entry in between.
  const last = trs[trs.length - 1]!.querySelectorAll('td');
  expect(last[last.length - 1]!.textContent).toBe(formatNumber(data[rows * cols - 1]!, 4));
  expect(table.textContent).toContain('⋮');
  expect(table.textContent).toContain('⋯');
});

test('a small matrix shows every entry and no size tag', () => {
  const data = Float64Array.from([0.1, -0.2, 0.3, -0.4, 0.5, -0.6]);
  const { container } = render(
    <MatrixView label="W" value={{ rows: 2, cols: 3, data }} digits={8} known role="none" testId="m" />,
  );
  showSlot(container, true);
  expect(screen.getByTestId('m').querySelectorAll('td')).toHaveLength(6);
  expect(screen.getByTestId('m').textContent).not.toContain('×');
});

test("a hidden slot's matrix has no test name and its weight buttons are out of the tab order and unnamed; shown, they are back", () => {
  const data = Float64Array.from([0.1, -0.2, 0.3, -0.4]);
  const editable = { id: (i: number, j: number) => `1-${i}-${j}`, selected: null, onSelect: () => {} };
  const { container } = render(
    <MatrixView
      label="W"
      value={{ rows: 2, cols: 2, data }}
      digits={4}
      known
      role="none"
      testId="m"
      editable={editable}
    />,
  );
  showSlot(container, false);
  expect(screen.queryByTestId('m')).toBeNull();
  const buttons = [...container.querySelectorAll('button')];
  expect(buttons).toHaveLength(4);
  expect(buttons.every((b) => b.tabIndex === -1 && !b.hasAttribute('data-weight'))).toBe(true);
  showSlot(container, true);
  expect(screen.getByTestId('m')).toBeTruthy();
  expect(buttons.map((b) => b.getAttribute('data-weight'))).toEqual(['1-0-0', '1-0-1', '1-1-0', '1-1-1']);
  expect(buttons.every((b) => !b.hasAttribute('tabindex'))).toBe(true);
});
