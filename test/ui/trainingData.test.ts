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

test('examples that do not fit the network are refused with what was expected', () => {
  const bad = { ...xor, dataset: { inputs: [[0, 0, 1]], targets: [[1]] } };
  expect(fileDataset(bad)).toEqual({
    ok: false,
    error: 'dataset: expected {inputs, targets} with rows of 2 and 1 numbers, as many of each',
  });
});
