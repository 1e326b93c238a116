import { expect, test } from 'vitest';
import { findPreset } from '../../src/presets';
import { fileDataset, resolveDataset } from '../../src/ui/training/trainingData';

const xor = findPreset('xor')!.file;
const dyda = findPreset('dyda')!.file;

test("xor's own four examples are offered as its dataset", () => {
  const result = fileDataset(xor);
  expect(result).toEqual({
    ok: true,
    dataset: {
      inputs: [
        [0, 0],
        [0, 1],
        [1, 0],
        [1, 1],
      ],
      targets: [[0], [1], [1], [0]],
    },
  });
  expect(resolveDataset('file', 1, '', xor)).toEqual(result);
});

test('a file without examples has none; asking for them says so', () => {
  expect(fileDataset(dyda)).toBeNull();
  expect(resolveDataset('file', 1, '', dyda)).toEqual({
    ok: false,
    error: 'dataset: this network file carries no examples',
  });
});

test('examples that do not fit the network are refused naming the field, the row and what was expected', () => {
  const refused = (dataset: unknown) => {
    const result = fileDataset({ ...xor, dataset });
    return result?.ok === false ? result.error : result;
  };
  expect(refused({ inputs: [[0, 0, 1]], targets: [[1]] })).toBe(
    'dataset.inputs[0]: expected 2 numbers (N0 = 2 inputs), got 3',
  );
  expect(refused('oops')).toBe(
    'dataset: expected {"inputs": [rows of 2], "targets": [rows of 1]}, got "oops"',
  );
  expect(refused([[0, 0, 1]])).toBe(
    'dataset: expected {"inputs": [rows of 2], "targets": [rows of 1]}, got a list of 1',
  );
  expect(refused({ inputs: [[0, 0]] })).toBe(
    'dataset.targets: expected a list of rows of 1 number (NL = 1 output), got nothing',
  );
  expect(refused({ inputs: [], targets: [] })).toBe(
    'dataset.inputs: expected a list of rows of 2 numbers (N0 = 2 inputs), got an empty list',
  );
  expect(
    refused({
      inputs: [
        [0, 0],
        [1, 'one'],
      ],
      targets: [[0], [1]],
    }),
  ).toBe('dataset.inputs[1][1]: expected a finite number, got "one"');
  expect(
    refused({
      inputs: [
        [0, 0],
        [1, 1],
      ],
      targets: [[0], [1, 0]],
    }),
  ).toBe('dataset.targets[1]: expected 1 number (NL = 1 output), got 2');
  expect(
    refused({
      inputs: [
        [0, 0],
        [1, 1],
      ],
      targets: [[0]],
    }),
  ).toBe(
    'dataset: expected one row of targets for each row of inputs, got 2 rows of inputs and 1 of targets',
  );
});
