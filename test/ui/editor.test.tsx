// @vitest-environment jsdom
// The network editor in jsdom: each field refuses a bad value with a message at the field and leaves the file
// as it was; edits, presets, random weights and pasted files go through the store and undo/redo walk them back.
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { setLearningRate } from '../../src/engine/edit';
import { initWeights } from '../../src/engine/random';
import type { NetworkFile } from '../../src/engine/networkFile';
import { PRESETS, findPreset } from '../../src/presets';
import { createDeltascopeStore, type InitialState } from '../../src/store/store';
import { parseUrl, serializeUrl } from '../../src/store/urlState';
import { EditorPanel } from '../../src/ui/editor/EditorPanel';
import { MatrixPanel } from '../../src/ui/MatrixPanel';
import { StoreContext } from '../../src/ui/StoreContext';

afterEach(cleanup);

const dyda = findPreset('dyda')!.file;

/** The editor (drawer open) and the matrix panel on a fresh store, with nothing saved between tests. */
async function renderEditor(initial: InitialState = { file: dyda }) {
  const store = createDeltascopeStore(initial);
  render(
    <StoreContext value={store}>
      <EditorPanel persist={false} />
      <MatrixPanel />
    </StoreContext>,
  );
  fireEvent.click(screen.getByRole('button', { name: /Edit network/ }));
  await screen.findByRole('complementary', { name: 'Network editor' }); // its sections load lazily
  return store;
}

/** Types into a field and presses Enter, as a user commits a value. */
function typeAndEnter(field: HTMLElement, text: string) {
  fireEvent.change(field, { target: { value: text } });
  fireEvent.keyDown(field, { key: 'Enter' });
}

/** The message a field points at with aria-describedby, or null. */
function messageOf(field: HTMLElement): string | null {
  const id = field.getAttribute('aria-describedby');
  return id === null ? null : (document.getElementById(id)?.textContent ?? null);
}

describe('the editor panel', () => {
  test('Esc closes it from a button or a list inside, not from a text field; focus goes back to its toggle', async () => {
    await renderEditor();
    const drawer = () => screen.queryByRole('complementary', { name: 'Network editor' });
    // in a text field Esc puts the value back (above) and the panel stays
    fireEvent.keyDown(screen.getByRole('textbox', { name: 'input[1]' }), { key: 'Escape' });
    expect(drawer()).not.toBeNull();
    fireEvent.keyDown(within(drawer()!).getByRole('combobox', { name: /Bias/ }), { key: 'Escape' });
    expect(drawer()).toBeNull();
    const toggle = screen.getByRole('button', { name: /Edit network/ });
    expect(document.activeElement).toBe(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
  });
});

describe('editor fields: a bad value shows a message at the field and changes nothing', () => {
  test('learning rate: not a number, then not > 0, then a good value', async () => {
    const store = await renderEditor();
    const field = screen.getByRole('textbox', { name: 'learning rate' });
    typeAndEnter(field, 'fast');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(messageOf(field)).toBe('learning rate: expected a number such as 0.25, got "fast"');
    expect(store.getState().file).toBe(dyda);
    typeAndEnter(field, '-1');
    expect(messageOf(field)).toBe('learning rate: expected a finite number > 0, got -1');
    expect(store.getState().file).toBe(dyda);
    expect(store.getState().history.past).toHaveLength(0);
    typeAndEnter(field, '0.5');
    expect(field.getAttribute('aria-invalid')).toBe('false');
    expect(messageOf(field)).toBeNull();
    expect(store.getState().file.learningRate).toBe(0.5);
    expect(store.getState().trace.network.learningRate).toBe(0.5);
  });

  test('input coordinate: a bad value is refused; Escape brings the current value back; a good one retraces', async () => {
    const store = await renderEditor();
    const field = screen.getByRole('textbox', { name: 'input[1]' });
    typeAndEnter(field, '0..5');
    expect(messageOf(field)).toBe('input[1]: expected a number such as 0.25, got "0..5"');
    expect(store.getState().file).toBe(dyda);
    fireEvent.keyDown(field, { key: 'Escape' });
    expect((field as HTMLInputElement).value).toBe('0');
    expect(field.getAttribute('aria-invalid')).toBe('false');
    typeAndEnter(field, '−0.5'); // a typographic minus, as copied from the page
    expect(store.getState().file.input).toEqual([1, -0.5]);
    expect([...store.getState().trace.layers[0]!.X]).toEqual([1, -0.5]);
  });

  test('the activation list allows softmax on the last layer only', async () => {
    await renderEditor();
    const hidden = screen.getByRole('combobox', { name: 'Activation of layer 1' }) as HTMLSelectElement;
    const output = screen.getByRole('combobox', { name: 'Activation of layer 2' }) as HTMLSelectElement;
    expect(within(hidden).getByRole('option', { name: 'softmax' }).hasAttribute('disabled')).toBe(true);
    expect(within(output).getByRole('option', { name: 'softmax' }).hasAttribute('disabled')).toBe(false);
  });

  test('a refused architecture edit shows the engine message at the select and changes nothing', async () => {
    const store = await renderEditor();
    const hidden = screen.getByRole('combobox', { name: 'Activation of layer 1' });
    // The option is disabled in the list; a value forced in (as a script could) is still refused by the engine.
    fireEvent.change(hidden, { target: { value: 'softmax' } });
    expect(messageOf(hidden)).toBe(
      'activation: softmax is allowed on the last layer only (layer 2), not layer 1',
    );
    expect(hidden.getAttribute('aria-invalid')).toBe('true');
    expect(store.getState().file).toBe(dyda);
  });

  test('a layer keeps at least one neuron: its − is disabled', async () => {
    await renderEditor({ file: findPreset('boughammoura-111')!.file });
    const minus = screen.getByRole('button', { name: 'Remove a neuron from layer 1' }) as HTMLButtonElement;
    expect(minus.disabled).toBe(true);
  });
});

describe('architecture edits and undo/redo', () => {
  test('add a neuron, a layer, change σ; undo walks back each; redo forward; buttons follow', async () => {
    const store = await renderEditor();
    const s = () => store.getState();
    const undoButton = screen.getByRole('button', { name: /Undo/ }) as HTMLButtonElement;
    const redoButton = screen.getByRole('button', { name: /Redo/ }) as HTMLButtonElement;
    expect(undoButton.disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Add a neuron to layer 1' }));
    expect(s().file.layers).toEqual([2, 3, 2]);
    fireEvent.click(screen.getByRole('button', { name: '+ hidden layer' }));
    expect(s().file.layers).toEqual([2, 3, 3, 2]);
    fireEvent.change(screen.getByRole('combobox', { name: 'Activation of layer 2' }), {
      target: { value: 'tanh' },
    });
    expect(s().network.activations).toEqual(['sigmoid', 'tanh', 'sigmoid']);
    expect(screen.getByText('A[2,3,3,2]')).toBeTruthy();
    expect(undoButton.disabled).toBe(false);
    fireEvent.click(undoButton);
    expect(s().network.activations).toEqual(['sigmoid', 'sigmoid', 'sigmoid']);
    fireEvent.click(undoButton);
    expect(s().file.layers).toEqual([2, 3, 2]);
    fireEvent.click(undoButton);
    expect(s().file).toBe(dyda);
    expect(undoButton.disabled).toBe(true);
    fireEvent.click(redoButton);
    fireEvent.click(redoButton);
    expect(s().file.layers).toEqual([2, 3, 3, 2]);
    fireEvent.click(screen.getByRole('button', { name: 'Remove layer 2' }));
    expect(s().file.layers).toEqual([2, 3, 2]);
    expect(redoButton.disabled).toBe(true); // a new edit ends the redo line
  });

  test('Ctrl+Z undoes, Ctrl+Shift+Z and Ctrl+Y redo; not while typing in a field', async () => {
    const store = await renderEditor();
    const s = () => store.getState();
    fireEvent.click(screen.getByRole('button', { name: 'Add a neuron to layer 0' }));
    expect(s().file.layers).toEqual([3, 2, 2]);
    const field = screen.getByRole('textbox', { name: 'learning rate' });
    fireEvent.keyDown(field, { key: 'z', ctrlKey: true });
    expect(s().file.layers).toEqual([3, 2, 2]); // the field's own undo, not the network's
    fireEvent.keyDown(window, { key: 'z', ctrlKey: true });
    expect(s().file).toBe(dyda);
    fireEvent.keyDown(window, { key: 'Z', ctrlKey: true, shiftKey: true });
    expect(s().file.layers).toEqual([3, 2, 2]);
    fireEvent.keyDown(window, { key: 'z', metaKey: true });
    fireEvent.keyDown(window, { key: 'y', ctrlKey: true });
    expect(s().file.layers).toEqual([3, 2, 2]);
  });
});

describe('weight popover', () => {
  const entry = (h: number, i: number, j: number) =>
    document.querySelector<HTMLButtonElement>(`[data-weight="${h}-${i}-${j}"]`)!;

  test('a W entry of the matrix panel opens it; a bad number is refused at the field; Enter sets a good one', async () => {
    const store = await renderEditor({ file: dyda, cursor: 13 });
    fireEvent.click(entry(2, 0, 1));
    const dialog = screen.getByRole('dialog', { name: /Edit weight/ });
    const field = within(dialog).getByRole('textbox');
    expect((field as HTMLInputElement).value).toBe('-0.25');
    typeAndEnter(field, '0.9x');
    expect(messageOf(field)).toMatch(/expected a number such as 0.25, got "0.9x"/);
    expect(store.getState().file).toBe(dyda);
    typeAndEnter(field, '0.9');
    expect(store.getState().file.weights[1]![0]![1]).toBe(0.9);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(store.getState().cursor).toBe(13);
    // The matrix panel shows the new W² entry and the recomputed update W̃² = W² − c δW².
    expect(entry(2, 0, 1).textContent).toBe('0.9');
    const updated = store.getState().trace.layers[2]!.updatedW!;
    expect(screen.getByTestId('matrix-updatedW-2').textContent).toContain(updated.data[1]!.toFixed(8));
  });

  test('Escape cancels what was typed', async () => {
    const store = await renderEditor({ file: dyda, cursor: 2 }); // a step of layer 2: W² in the panel
    fireEvent.click(entry(2, 1, 2));
    const field = within(screen.getByRole('dialog')).getByRole('textbox');
    fireEvent.change(field, { target: { value: '5' } });
    fireEvent.keyDown(field, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(store.getState().file).toBe(dyda);
  });

  test('dragging the scrubber moves the weight 0.01 a pixel (0.001 with Shift), and one drag is one undo', async () => {
    const store = await renderEditor({ file: dyda, cursor: 2 });
    fireEvent.click(entry(2, 0, 0));
    const slider = screen.getByRole('slider');
    fireEvent.pointerDown(slider, { clientX: 100, pointerId: 1 });
    fireEvent.pointerMove(slider, { clientX: 130, pointerId: 1 });
    expect(store.getState().file.weights[1]![0]![0]).toBe(0.45);
    fireEvent.pointerMove(slider, { clientX: 90, pointerId: 1 });
    expect(store.getState().file.weights[1]![0]![0]).toBe(0.05);
    fireEvent.pointerMove(slider, { clientX: 107, pointerId: 1, shiftKey: true });
    expect(store.getState().file.weights[1]![0]![0]).toBe(0.157);
    fireEvent.pointerUp(slider, { pointerId: 1 });
    fireEvent.keyDown(slider, { key: 'ArrowRight' });
    expect(store.getState().file.weights[1]![0]![0]).toBe(0.167);
    act(() => store.getState().undo());
    expect(store.getState().file.weights[1]![0]![0]).toBe(0.157);
    act(() => store.getState().undo());
    expect(store.getState().file).toBe(dyda);
  });
});

describe('presets, random weights, paste', () => {
  test('every preset is listed with its description; choosing one loads it (undoable)', async () => {
    const store = await renderEditor();
    fireEvent.click(screen.getByText('Presets'));
    const buttons = within(screen.getByRole('list', { name: 'Presets' })).getAllByRole('button');
    expect(buttons.map((b) => b.textContent)).toEqual(PRESETS.map((p) => `${p.name}${p.description}`));
    expect(buttons[0]!.getAttribute('aria-current')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: /^xor/ }));
    expect(store.getState().file).toBe(findPreset('xor')!.file);
    fireEvent.click(screen.getByRole('button', { name: /Undo/ }));
    expect(store.getState().file).toBe(dyda);
  });

  test('Draw weights: the seed and scheme give initWeights’ numbers and are kept in the file', async () => {
    const store = await renderEditor();
    const seed = screen.getByRole('textbox', { name: 'seed' });
    typeAndEnter(seed, '2.5');
    expect(messageOf(seed)).toBe('seed: expected a whole number, got "2.5"');
    typeAndEnter(seed, '7');
    fireEvent.change(screen.getByRole('combobox', { name: 'Scheme' }), { target: { value: 'he' } });
    fireEvent.click(screen.getByRole('button', { name: /Draw weights/ }));
    const file = store.getState().file;
    expect(file.weights).toEqual(initWeights([2, 2, 2], 'first', { seed: 7, scheme: 'he' }));
    expect([file.seed, file.init, file.input, file.target]).toEqual([7, 'he', dyda.input, dyda.target]);
    expect(screen.getByText('These weights were drawn with seed 7 (he).')).toBeTruthy();
  });

  test('New network from layers makes what the ?layers= link makes, and shares as that link', async () => {
    const store = await renderEditor();
    const layers = screen.getByRole('textbox', { name: 'New network' });
    typeAndEnter(layers, '4,x,3');
    expect(messageOf(layers)).toBe(
      'layers: expected at least two positive whole numbers separated by commas, such as 4,8,8,3; got "4,x,3"',
    );
    expect(store.getState().file).toBe(dyda);
    fireEvent.change(layers, { target: { value: '4,8,8,3' } });
    typeAndEnter(screen.getByRole('textbox', { name: 'seed' }), '7');
    fireEvent.change(screen.getByRole('combobox', { name: 'Activation' }), { target: { value: 'tanh' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create from seed 7' }));
    const link = '?layers=4,8,8,3&seed=7&init=xavier&activation=tanh';
    expect(store.getState().file).toEqual(parseUrl(link).initial.file);
    expect(serializeUrl(store.getState())).toContain(
      'layers=4%2C8%2C8%2C3&seed=7&init=xavier&activation=tanh',
    );
  });

  test('pasted JSON: the validator’s message names the path; a good file loads', async () => {
    const store = await renderEditor();
    fireEvent.click(screen.getByText('File and link'));
    const area = screen.getByRole('textbox', { name: /paste a network file/ });
    const bad = {
      ...dyda,
      weights: [
        dyda.weights[0],
        [
          [0.1, 0.2],
          [0.3, 0.4],
        ],
      ],
    };
    fireEvent.change(area, { target: { value: JSON.stringify(bad) } });
    fireEvent.click(screen.getByRole('button', { name: 'Load pasted JSON' }));
    expect(messageOf(area)).toMatch(/^pasted JSON: weights\[1\]\[0\]: expected 3 numbers/);
    expect(store.getState().file).toBe(dyda);
    const good: NetworkFile = { ...findPreset('lecture-342')!.file, name: 'mine' };
    fireEvent.change(area, { target: { value: JSON.stringify(good) } });
    fireEvent.click(screen.getByRole('button', { name: 'Load pasted JSON' }));
    expect(store.getState().file).toEqual(good);
    expect(messageOf(area)).toBeNull();
  });

  test('share link without a clipboard: the link is shown selected in a field, and reopens this view', async () => {
    const store = await renderEditor({ file: dyda, cursor: 4, notation: 'cheng' });
    act(() => void store.getState().applyEdit((f) => setLearningRate(f, 0.3)));
    fireEvent.click(screen.getByText('File and link'));
    expect(navigator.clipboard).toBeUndefined(); // jsdom has none
    fireEvent.click(screen.getByRole('button', { name: 'Copy share link' }));
    const field = (await screen.findByRole('textbox', { name: /Copy this link/ })) as HTMLInputElement;
    expect(document.activeElement === field || field.selectionEnd === field.value.length).toBe(true);
    const { initial } = parseUrl(new URL(field.value).search);
    expect(initial.file).toEqual(store.getState().file);
    expect([initial.cursor, initial.notation]).toEqual([4, 'cheng']);
  });

  test('share link of a network too large for a link: a message saying why and what to do, no link', async () => {
    const big = parseUrl('?layers=30,30,10&seed=1').initial.file!;
    const store = await renderEditor({ file: { ...big, input: big.input.map(() => 0.5) } });
    fireEvent.click(screen.getByText('File and link'));
    fireEvent.click(screen.getByRole('button', { name: 'Copy share link' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /^This network is too large for a link: .* Save network\.json \(the button above\) to keep or share it/,
    );
    expect(screen.queryByRole('textbox', { name: /Copy this link/ })).toBeNull();
    expect(store.getState().file.layers).toEqual([30, 30, 10]);
  });
});
