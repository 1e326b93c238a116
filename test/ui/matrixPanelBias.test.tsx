// @vitest-environment jsdom
// The matrix panel writes the bias as the notation does: the lecture note's b^l apart from W^l (z = W a + b), the
// other notations' bias column of W against a constant 1. The engine keeps the bias as a column of W either way;
// the panel slices it out, and its entries still edit that column's weights.
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { formatNumber } from '../../src/engine/format';
import type { NetworkFile } from '../../src/engine/networkFile';
import type { Matrix, Vector } from '../../src/engine/types';
import { findPreset } from '../../src/presets';
import { createDeltascopeStore, type InitialState } from '../../src/store/store';
import { MatrixPanel } from '../../src/ui/MatrixPanel';
import { StoreContext } from '../../src/ui/StoreContext';

afterEach(cleanup);

function renderPanel(initial: InitialState) {
  const store = createDeltascopeStore(initial);
  render(
    <StoreContext value={store}>
      <MatrixPanel />
    </StoreContext>,
  );
  return store;
}

/** A matrix's entries as shown, row by row. */
function cells(testId: string): string[][] {
  return [...screen.getByTestId(testId).querySelectorAll('tr')].map((tr) =>
    [...tr.querySelectorAll('td')].map((td) => td.textContent ?? ''),
  );
}

/** A matrix's caption without its role tag. */
function caption(testId: string): string {
  const figcaption = screen.getByTestId(testId).querySelector('figcaption')!;
  return [...figcaption.childNodes]
    .filter((n) => !(n instanceof HTMLElement && n.classList.contains('role-tag')))
    .map((n) => n.textContent)
    .join('');
}

/** The rows of a matrix, or a vector as a column, formatted as the panel does (8 digits). */
function shown(value: Matrix | Vector, columns?: readonly number[]): string[][] {
  const m = value instanceof Float64Array ? { rows: value.length, cols: 1, data: value } : value;
  const js = columns ?? [...Array(m.cols).keys()];
  return [...Array(m.rows).keys()].map((i) => js.map((j) => formatNumber(m.data[i * m.cols + j]!, 8)));
}

const dyda = findPreset('dyda')!.file;

describe('lecture notation: b^l apart from W^l', () => {
  test('W without its bias column, b its own vector, a^{l-1} without the 1, ∂C/∂W and ∂C/∂b apart', () => {
    const store = renderPanel({ notation: 'lecture', cursor: 7 }); // ∂C/∂W³ of Boughammoura's layer 2
    const layer = store.getState().trace.layers[2]!;
    const below = store.getState().trace.layers[1]!;
    // Dyda's bias is W's column 0 ("first"): W³ keeps columns 1 and 2, b³ is column 0 (0.15, −0.45).
    expect(cells('matrix-W-2')).toEqual(shown(layer.W!, [1, 2]));
    expect(cells('matrix-W-2')).toEqual([
      ['−0.25', '0.35'],
      ['0.55', '−0.65'],
    ]);
    expect(cells('matrix-bias-2')).toEqual(shown(layer.W!, [0]));
    expect(cells('matrix-bias-2')).toEqual([['0.15'], ['−0.45']]);
    expect([caption('matrix-W-2'), caption('matrix-bias-2')]).toEqual(['W³', 'b³']);
    // z³ = W³ a² + b³: a² is X¹ as it is, no constant 1 row, and no â anywhere.
    expect(cells('matrix-X-1')).toEqual(shown(below.X));
    expect(caption('matrix-X-1')).toBe('a²');
    expect(screen.queryByTestId('matrix-XWithBias-1')).toBeNull();
    expect(screen.getByTestId('matrix-X-1').querySelector('tr.bias')).toBeNull();
    // The step writes ∂C/∂W³ and ∂C/∂b³ = Δ³ (both parts of the engine's δW), reading Δ³ and a².
    expect(cells('matrix-gradW-2')).toEqual(shown(layer.gradW!, [1, 2]));
    expect(cells('matrix-gradBias-2')).toEqual(shown(layer.deltaDown!));
    expect([caption('matrix-gradW-2'), caption('matrix-gradBias-2')]).toEqual(['∂C/∂W³', '∂C/∂b³']);
    for (const id of ['matrix-gradW-2', 'matrix-gradBias-2'])
      expect(screen.getByTestId(id).className).toContain('role-write');
    expect(screen.getByTestId('matrix-X-1').className).toContain('role-read');
    // Not computed yet: W̃³ and b̃³ (the update), ∂C/∂a² (the next step), as dots.
    expect(caption('matrix-updatedBias-2')).toBe('b̃³');
    for (const id of ['matrix-updatedW-2', 'matrix-updatedBias-2', 'matrix-deltaUp-1']) {
      expect(screen.getByTestId(id).className).toContain('unknown');
      expect(within(screen.getByTestId(id)).queryAllByText('·').length).toBeGreaterThan(0);
    }
  });

  test('∂C/∂a^{l-1} = (W^l)^T Δ^l with no bias entry computed and dropped; the update writes W̃ and b̃', () => {
    const store = renderPanel({ notation: 'lecture', cursor: 8 });
    const below = store.getState().trace.layers[1]!;
    expect(screen.queryByTestId('matrix-deltaUpWithBias-1')).toBeNull();
    const deltaUp = screen.getByTestId('matrix-deltaUp-1');
    expect(deltaUp.className).toContain('role-write');
    expect(caption('matrix-deltaUp-1')).toBe('∂C/∂a²');
    expect(cells('matrix-deltaUp-1')).toEqual(shown(below.deltaUp));
    expect(deltaUp.querySelector('tr.grey')).toBeNull();
    // It reads W³ and not b³: the note's (W³)^T Δ³ leaves b out of the product, as the graph leaves the bias
    // edges unmarked (the engine's step names W whole, bias column and all).
    expect(screen.getByTestId('matrix-W-2').className).toContain('role-read');
    expect(screen.getByTestId('matrix-bias-2').className).toContain('role-none');
    act(() => store.getState().seek(13)); // W̃³ = W³ − c ∂C/∂W³, b̃³ likewise
    const layer = store.getState().trace.layers[2]!;
    expect(cells('matrix-updatedW-2')).toEqual(shown(layer.updatedW!, [1, 2]));
    expect(cells('matrix-updatedBias-2')).toEqual(shown(layer.updatedW!, [0]));
    for (const id of ['matrix-updatedW-2', 'matrix-updatedBias-2'])
      expect(screen.getByTestId(id).className).toContain('role-write');
    for (const id of ['matrix-W-2', 'matrix-bias-2', 'matrix-gradW-2', 'matrix-gradBias-2'])
      expect(screen.getByTestId(id).className).toContain('role-read');
    // Only W and b are weights to edit: the gradient's and the update's bias parts are plain numbers.
    for (const id of ['matrix-gradBias-2', 'matrix-updatedBias-2'])
      expect(within(screen.getByTestId(id)).queryAllByRole('button')).toEqual([]);
    expect(within(screen.getByTestId('matrix-bias-2')).getAllByRole('button')).toHaveLength(2);
  });

  test('at the start, layer 1: b² is Dyda’s bias column (0.1, −0.4), known as W² is', () => {
    renderPanel({ notation: 'lecture', cursor: -1 });
    expect(cells('matrix-bias-1')).toEqual([['0.1'], ['−0.4']]);
    expect(cells('matrix-W-1')).toEqual([
      ['−0.2', '0.3'],
      ['0.5', '−0.6'],
    ]);
    expect(screen.getByTestId('matrix-bias-1').className).not.toContain('unknown');
    expect(cells('matrix-X-0')).toEqual([['1'], ['0']]);
  });

  test('entries of W and of b open the editor on the full matrix’s weight', () => {
    const store = renderPanel({ notation: 'lecture', cursor: 2 });
    const weight = (id: string) => document.querySelector<HTMLButtonElement>(`[data-weight="${id}"]`)!;
    // W³ row 1, column 1 is w³₁₁, the weight from neuron 1 below: the full matrix's column 1 (after the bias).
    const w = within(screen.getByTestId('matrix-W-2')).getAllByRole('button');
    expect(w.map((b) => b.dataset.weight)).toEqual(['2-0-1', '2-0-2', '2-1-1', '2-1-2']);
    fireEvent.click(w[0]!);
    expect(store.getState().selectedWeight).toEqual({ layer: 2, i: 0, j: 1 });
    expect(weight('2-0-1').getAttribute('aria-pressed')).toBe('true');
    // b³'s entries are the bias column's weights, column 0.
    const b = within(screen.getByTestId('matrix-bias-2')).getAllByRole('button');
    expect(b.map((e) => e.dataset.weight)).toEqual(['2-0-0', '2-1-0']);
    fireEvent.click(b[1]!);
    expect(store.getState().selectedWeight).toEqual({ layer: 2, i: 1, j: 0 });
    expect(b[1]!.getAttribute('aria-pressed')).toBe('true');
    expect(weight('2-0-1').getAttribute('aria-pressed')).toBe('false');
  });

  test('bias last (Boughammoura’s layout): b is the last column', () => {
    const store = renderPanel({ file: findPreset('boughammoura-121')!.file, notation: 'lecture', cursor: 0 });
    const W = store.getState().trace.layers[1]!.W!; // 2 × (1 + 1): weight, then bias
    expect(cells('matrix-W-1')).toEqual(shown(W, [0]));
    expect(cells('matrix-bias-1')).toEqual(shown(W, [1]));
    const b = within(screen.getByTestId('matrix-bias-1')).getAllByRole('button');
    expect(b.map((e) => e.dataset.weight)).toEqual(['1-0-1', '1-1-1']);
    const w = within(screen.getByTestId('matrix-W-1')).getAllByRole('button');
    expect(w.map((e) => e.dataset.weight)).toEqual(['1-0-0', '1-1-0']);
  });

  test('a network without bias: W whole and no b, as before', () => {
    const noBias: NetworkFile = {
      ...dyda,
      bias: 'none',
      weights: dyda.weights.map((W) => W.map((row) => row.slice(1))),
    };
    renderPanel({ file: noBias, notation: 'lecture', cursor: 7 });
    expect(cells('matrix-W-2')).toEqual([
      ['−0.25', '0.35'],
      ['0.55', '−0.65'],
    ]);
    expect(screen.queryByTestId('matrix-bias-2')).toBeNull();
    expect(screen.queryByTestId('matrix-gradBias-2')).toBeNull();
  });
});

describe('the other notations: the bias a column of W, against a constant 1', () => {
  test('Dyda: W 2×3, X̂ with its 1, ∂L/∂X̂ with the bias entry greyed, no b', () => {
    const store = renderPanel({ notation: 'dyda', cursor: 8 });
    const layer = store.getState().trace.layers[2]!;
    expect(cells('matrix-W-2')).toEqual(shown(layer.W!));
    expect(cells('matrix-W-2')[0]).toHaveLength(3);
    expect(caption('matrix-XWithBias-1')).toBe('X⁽²⁾');
    expect(screen.getByTestId('matrix-XWithBias-1').querySelector('tr.bias')?.textContent).toBe('1');
    expect(cells('matrix-gradW-2')).toEqual(shown(layer.gradW!));
    expect(screen.getByTestId('matrix-deltaUpWithBias-1').querySelector('tr.grey')).not.toBeNull();
    expect(screen.getByTestId('matrix-deltaUpWithBias-1').className).toContain('role-write');
    for (const id of ['bias-2', 'gradBias-2', 'updatedBias-2', 'deltaUp-1', 'X-1'])
      expect(screen.queryByTestId(`matrix-${id}`)).toBeNull();
    const w = within(screen.getByTestId('matrix-W-2')).getAllByRole('button');
    expect(w.map((b) => b.dataset.weight)).toEqual(['2-0-0', '2-0-1', '2-0-2', '2-1-0', '2-1-1', '2-1-2']);
  });

  test.each(['boughammoura', 'cheng'] as const)('%s: W with its bias column, X̂ with its 1', (notation) => {
    renderPanel({ notation, cursor: 7 });
    expect(cells('matrix-W-2')[0]).toHaveLength(3);
    expect(cells('matrix-XWithBias-1')).toHaveLength(3);
    expect(screen.queryByTestId('matrix-bias-2')).toBeNull();
  });
});
