import type { Matrix, Vector } from './types';

/** A rows × cols matrix of zeros, or over the given row-major data. */
export function createMatrix(rows: number, cols: number, data?: Float64Array): Matrix {
  return { rows, cols, data: data ?? new Float64Array(rows * cols) };
}

/** A matrix from nested rows `[out][in]`, as the network file writes it. */
export function matrixFromRows(rows: readonly (readonly number[])[]): Matrix {
  const cols = rows[0]?.length ?? 0;
  const data = new Float64Array(rows.length * cols);
  rows.forEach((row, i) => data.set(row, i * cols));
  return createMatrix(rows.length, cols, data);
}

/** Nested rows `[out][in]` of a matrix. */
export function matrixToRows(matrix: Matrix): number[][] {
  const rows: number[][] = [];
  for (let i = 0; i < matrix.rows; i++) {
    rows.push(Array.from(matrix.data.subarray(i * matrix.cols, (i + 1) * matrix.cols)));
  }
  return rows;
}

/** Entry (i, j). */
export function entry(matrix: Matrix, i: number, j: number): number {
  return matrix.data[i * matrix.cols + j] as number;
}

/** A copy of the matrix with entry (i, j) set to value. */
export function withEntry(matrix: Matrix, i: number, j: number, value: number): Matrix {
  const data = matrix.data.slice();
  data[i * matrix.cols + j] = value;
  return createMatrix(matrix.rows, matrix.cols, data);
}

/** A vector from plain numbers. */
export function vector(values: ArrayLike<number>): Vector {
  return Float64Array.from(values);
}

/** Row i of a matrix, as a view (not a copy). */
export function row(matrix: Matrix, i: number): Vector {
  return matrix.data.subarray(i * matrix.cols, (i + 1) * matrix.cols);
}
