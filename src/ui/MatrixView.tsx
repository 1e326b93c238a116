import { memo } from 'react';
import { formatNumber } from '../engine/format';
import { MAX_SHOWN_COLS, MAX_SHOWN_ROWS, shownIndices } from '../engine/tex';
import type { Matrix, Vector } from '../engine/types';

export type Role = 'read' | 'write' | 'none';

export interface MatrixViewProps {
  label: string;
  /** A Matrix, or a Vector drawn as a column. */
  value: Matrix | Vector | null;
  digits: number;
  /** False: not yet computed at this step, entries shown as "·". */
  known: boolean;
  role: Role;
  /** Row of a column vector to grey out (the bias coordinate δup drops). */
  greyRow?: number | null;
  /** Row of a column vector that is the constant 1 of the bias. */
  biasRow?: number | null;
  /** What names it for tests (data-testid), given by its step slot when shown (showSlot.ts). */
  testId?: string;
  /**
   * Entries that open the weight editor (W^h): `id(i, j)` names entry (i, j), `selected` is the open one. Each
   * button's id is kept in `data-entry`; its step slot makes it focusable and names it by `data-weight` when shown
   * (showSlot.ts), so showing or hiding a slot renders none of its matrices again.
   */
  editable?: {
    id: (i: number, j: number) => string;
    selected: string | null;
    onSelect: (i: number, j: number) => void;
  };
  /**
   * Entry (i, j)'s formula with its numbers, as the graph's numbers give theirs: the entry's tooltip, written when
   * the pointer comes over it (a matrix of W¹ would otherwise work out hundreds of formulas at each render).
   */
  formula?: (i: number, j: number) => string;
}

function asMatrix(value: Matrix | Vector): Matrix {
  return value instanceof Float64Array ? { rows: value.length, cols: 1, data: value } : value;
}

/**
 * A bracketed matrix of numbers; what the step reads and writes is marked by role. Memoised: a step changes the
 * role or the revealed state of two or three of the panel's matrices, and only those render again (issue 6).
 */
export const MatrixView = memo(function MatrixView({
  label,
  value,
  digits,
  known,
  role,
  greyRow,
  biasRow,
  testId,
  editable,
  formula,
}: MatrixViewProps) {
  if (value === null) return null;
  const m = asMatrix(value);
  // Large matrices (W¹ of A[784,…] has 100,480 entries) keep their first rows/columns and the last, as the
  // typeset equations do: a table of every entry would take seconds to render on each step.
  const rows = shownIndices(m.rows, MAX_SHOWN_ROWS);
  const cols = shownIndices(m.cols, MAX_SHOWN_COLS);
  const elided = rows.length < m.rows || cols.length < m.cols;
  return (
    <figure className={`matrix role-${role}${known ? '' : ' unknown'}`} data-test-name={testId}>
      <figcaption>
        {label}
        {elided && <span className="matrix-size"> {`${m.rows}×${m.cols}`}</span>}
        {role !== 'none' && (
          <span className={`role-tag role-tag-${role}`}>{role === 'read' ? 'reads' : 'writes'}</span>
        )}
      </figcaption>
      <table className="bracket">
        <tbody>
          {rows.map((i, r) =>
            i === null ? (
              <tr key={`gap${r}`} className="gap">
                {cols.map((j, c) => (
                  <td key={j ?? `gap${c}`}>{j === null ? '⋱' : '⋮'}</td>
                ))}
              </tr>
            ) : (
              <tr key={i} className={i === greyRow ? 'grey' : i === biasRow ? 'bias' : undefined}>
                {cols.map((j, c) => {
                  if (j === null) return <td key={`gap${c}`}>⋯</td>;
                  const x = m.data[i * m.cols + j] as number;
                  return (
                    <td
                      key={j}
                      className={known ? (x < 0 ? 'neg' : x > 0 ? 'pos' : undefined) : undefined}
                      onPointerEnter={
                        known && formula
                          ? (event) => {
                              // Every time: a change of notation or digits renders no entry again (memo).
                              event.currentTarget.title = formula(i, j);
                            }
                          : undefined
                      }
                    >
                      {!known ? (
                        '·'
                      ) : editable ? (
                        <button
                          type="button"
                          className="entry"
                          data-entry={editable.id(i, j)}
                          aria-pressed={editable.selected === editable.id(i, j)}
                          aria-label={`${label} row ${i + 1}, column ${j + 1}: ${formatNumber(x, digits)}. Edit`}
                          onClick={() => editable.onSelect(i, j)}
                        >
                          {formatNumber(x, digits)}
                        </button>
                      ) : (
                        formatNumber(x, digits)
                      )}
                    </td>
                  );
                })}
              </tr>
            ),
          )}
        </tbody>
      </table>
    </figure>
  );
});
