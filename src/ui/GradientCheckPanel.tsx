import { useMemo } from 'react';
import { formatNumber } from '../engine/format';
import { gradientCheck } from '../engine/gradientCheck';
import type { Network, Sample } from '../engine/types';

/** Props of GradientCheckPanel. */
export interface GradientCheckPanelProps {
  readonly network: Network;
  readonly sample: Sample;
  /** Rows shown before "show all"; the worst come first. */
  readonly limit?: number;
}

/** Relative errors above this are wrong (red); above WARN, suspicious (amber). Central differences reach ~1e-8. */
export const BAD_RELATIVE_ERROR = 1e-4;
const WARN_RELATIVE_ERROR = 1e-6;

/** How a relative error reads: 'bad', 'warn' or 'good'. */
export function errorGrade(relativeError: number): 'bad' | 'warn' | 'good' {
  if (!(relativeError <= BAD_RELATIVE_ERROR)) return 'bad'; // NaN is bad too
  return relativeError > WARN_RELATIVE_ERROR ? 'warn' : 'good';
}

const SUPERSCRIPTS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
/** The layer index as superscript digits, W¹² for layer 12. */
function superscript(n: number): string {
  return String(n).replace(/\d/g, (d) => SUPERSCRIPTS[Number(d)] as string);
}
/** 1.5e−9, with a true minus sign. */
function scientific(x: number): string {
  return x.toExponential(1).replace('-', '\u2212');
}

const GRADE_STYLE = {
  bad: { background: 'var(--ds-bad-bg, #fde0dc)', color: 'var(--ds-bad, #b2182b)', fontWeight: 600 },
  warn: { background: 'var(--ds-warn-bg, #fff4d6)' },
  good: {},
} as const;

/**
 * For each weight W^h_ij, backprop's δW^h_ij beside the central finite difference of J and their relative error,
 * worst first, so a wrong derivative is the first line a reader sees; then δup_0 against ∂J/∂X^0 likewise.
 */
export function GradientCheckPanel({ network, sample, limit = 50 }: GradientCheckPanelProps) {
  const check = useMemo(() => gradientCheck(network, sample), [network, sample]);
  const rows = useMemo(
    () =>
      [
        ...check.weights.map((w) => ({
          key: `W${w.layer}-${w.i}-${w.j}`,
          name: `δW${superscript(w.layer)}[${w.i}][${w.j}]`,
          ...w,
        })),
        ...check.input.map((x) => ({ key: `X-${x.i}`, name: `δup₀[${x.i}]`, ...x })),
      ].sort((a, b) => b.relativeError - a.relativeError),
    [check],
  );
  const bad = rows.filter((row) => errorGrade(row.relativeError) === 'bad').length;
  return (
    <section className="gradient-check" aria-label="Gradient check">
      <h2>Gradient check</h2>
      <p>
        {bad === 0
          ? `All ${rows.length} derivatives agree with finite differences (worst relative error ${scientific(check.maxRelativeError)}).`
          : `${bad} of ${rows.length} derivatives disagree with finite differences.`}
      </p>
      <table
        className="gradient-check-table"
        style={{ fontVariantNumeric: 'tabular-nums', borderCollapse: 'collapse', textAlign: 'right' }}
        cellPadding={4}
      >
        <thead>
          <tr>
            <th scope="col">entry</th>
            <th scope="col">backprop</th>
            <th scope="col" title="(J(w + ε) − J(w − ε)) / 2ε">
              finite difference
            </th>
            <th scope="col">relative error</th>
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, limit).map((row) => {
            const grade = errorGrade(row.relativeError);
            return (
              <tr key={row.key} className={`grade-${grade}`} style={GRADE_STYLE[grade]}>
                <th scope="row">{row.name}</th>
                <td>{formatNumber(row.backprop, 8)}</td>
                <td>{formatNumber(row.numeric, 8)}</td>
                <td>{scientific(row.relativeError)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {rows.length > limit && <p>… and {rows.length - limit} more, all with smaller relative errors.</p>}
    </section>
  );
}
