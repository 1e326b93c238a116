import { formatAscii } from './format';

/** How many rows and columns a written-out matrix shows before it elides the rest with dots. */
export const MAX_SHOWN_ROWS = 10;
export const MAX_SHOWN_COLS = 8;

/**
 * A number for TeX: ASCII minus (TeX typesets it as a minus sign in math mode). Exponent form is written as a
 * power of ten: in math mode "1.5e-7" would read as the variable e minus 7.
 */
export function texNumber(value: number, digits: number): string {
  const text = formatAscii(value, digits);
  if (text === 'Infinity' || text === '-Infinity') return text.replace('Infinity', '\\infty');
  if (text === 'NaN') return '\\text{NaN}';
  const [mantissa, exponent] = text.split('e');
  return exponent === undefined ? text : `${mantissa}\\times 10^{${exponent}}`;
}

/** Indices to show out of n, with null where the elided run goes (first ones, a gap, the last). */
export function shownIndices(n: number, max: number): (number | null)[] {
  if (n <= max) return Array.from({ length: n }, (_, k) => k);
  const head = Array.from({ length: max - 2 }, (_, k) => k);
  return [...head, null, n - 1];
}

/**
 * A bracketed matrix in TeX with entries from `cell` (already TeX). Large matrices keep their first rows and
 * columns and the last one, with ⋮ ⋯ ⋱ where the rest is elided, so an equation stays readable at any size.
 */
export function texMatrix(
  rows: number,
  cols: number,
  cell: (i: number, j: number) => string,
  rowGap = '',
): string {
  const rowIndices = shownIndices(rows, MAX_SHOWN_ROWS);
  const colIndices = shownIndices(cols, MAX_SHOWN_COLS);
  const lines = rowIndices.map((i) =>
    colIndices
      .map((j) => {
        if (i === null && j === null) return '\\ddots';
        if (i === null) return '\\vdots';
        if (j === null) return '\\cdots';
        return cell(i, j);
      })
      .join(' & '),
  );
  return `\\begin{bmatrix} ${lines.join(` \\\\${rowGap} `)} \\end{bmatrix}`;
}

/** A column vector in TeX. */
export function texColumn(values: ArrayLike<number>, digits: number, cell?: (i: number) => string): string {
  return texMatrix(values.length, 1, (i) => (cell ? cell(i) : texNumber(values[i] as number, digits)));
}

/**
 * A column whose entries hold display fractions (\\dfrac), in TeX. A matrix's rows are set at the text's line
 * height, so stacked fractions would touch, one's denominator on the next one's numerator: the rows get a gap.
 */
export function texFractionColumn(n: number, cell: (i: number) => string): string {
  return texMatrix(n, 1, (i) => cell(i), '[1.2em]');
}

/** A row-major matrix of numbers in TeX. */
export function texNumbers(rows: number, cols: number, data: ArrayLike<number>, digits: number): string {
  return texMatrix(rows, cols, (i, j) => texNumber(data[i * cols + j] as number, digits));
}

/** A TeX group greyed out: what the two-step rule computes and then drops (the bias coordinate). */
export function texGrey(tex: string): string {
  return `\\textcolor{gray}{${tex}}`;
}

/** A number wrapped in parentheses when negative, for products such as 0.1 · (−0.2). */
export function texFactor(value: number, digits: number): string {
  const text = texNumber(value, digits);
  return value < 0 ? `(${text})` : text;
}
