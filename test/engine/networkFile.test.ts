import { describe, expect, it } from 'vitest';
import { parseNetworkFile, serializeNetworkFile, validateNetworkFile } from '../../src/engine';
import type { NetworkFile } from '../../src/engine';
import { dyda } from '../../src/presets/dyda';

const base = (): Record<string, unknown> => JSON.parse(JSON.stringify(dyda)) as Record<string, unknown>;
const error = (input: unknown): string => {
  const result = parseNetworkFile(input);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.error;
};
const edited = (edit: (file: Record<string, unknown>) => void): Record<string, unknown> => {
  const file = base();
  edit(file);
  return file;
};

describe('parseNetworkFile', () => {
  it('accepts the design.md example as text and as a value', () => {
    expect(parseNetworkFile(JSON.stringify(dyda))).toEqual({ ok: true, file: dyda });
    expect(validateNetworkFile(dyda)).toEqual({ ok: true, file: dyda });
  });

  it('keeps unknown fields on a round trip', () => {
    const withExtras = {
      ...base(),
      labels: ['x', 'y'],
      dataset: { inputs: [[0, 1]], targets: [[1, 0]] },
      note: 'hi',
    };
    const text = serializeNetworkFile(withExtras as unknown as NetworkFile);
    expect(text).toContain('\n  "labels": [');
    const again = parseNetworkFile(text);
    expect(again.ok && again.file).toEqual(withExtras);
    expect(again.ok && serializeNetworkFile(again.file)).toBe(text);
  });

  const cases: [string, unknown, string][] = [
    [
      'short weight row',
      edited((f) => ((f.weights as number[][][])[1]![0] = [0.15, -0.25])),
      'weights[1][0]: expected 3 numbers (2 inputs + bias first), got 2',
    ],
    [
      'one layer',
      edited((f) => (f.layers = [2])),
      'layers: expected at least 2 positive whole numbers, got [2]',
    ],
    [
      'fractional layer',
      edited((f) => (f.layers = [2, 1.5, 2])),
      'layers: expected at least 2 positive whole numbers, got [2,1.5,2]',
    ],
    [
      'softmax hidden',
      edited((f) => (f.activation = ['softmax', 'sigmoid'])),
      'activation[0]: softmax is allowed on the last layer only',
    ],
    [
      'unknown activation',
      edited((f) => (f.activation = 'swish')),
      'activation: expected one of sigmoid, tanh, relu, leaky-relu, identity, softmax, got "swish"',
    ],
    [
      'activation list length',
      edited((f) => (f.activation = ['sigmoid'])),
      'activation: expected one name or a list of 2 (one per layer 1…2), got 1',
    ],
    [
      'unknown loss',
      edited((f) => (f.loss = 'mse')),
      'loss: expected one of half-sse, difference, cross-entropy, got "mse"',
    ],
    [
      'unknown bias',
      edited((f) => (f.bias = 'middle')),
      'bias: expected one of first, last, none, got "middle"',
    ],
    [
      'missing field',
      edited((f) => delete f.target),
      'target: missing (a network file needs layers, bias, activation, loss, weights, input and target)',
    ],
    [
      'input length',
      edited((f) => (f.input = [1, 0, 1])),
      'input: expected 2 numbers (layers[0] = 2), got 3',
    ],
    ['target length', edited((f) => (f.target = [1])), 'target: expected 2 numbers (layers[2] = 2), got 1'],
    [
      'string weight',
      edited((f) => ((f.weights as unknown[][][])[0]![1]![2] = '0.3')),
      'weights[0][1][2]: expected a finite number, got "0.3"',
    ],
    [
      'null input entry',
      edited((f) => (f.input = [1, null])),
      'input[1]: expected a finite number, got null',
    ],
    [
      'row count',
      edited((f) => (f.weights as number[][][])[0]!.pop()),
      'weights[0]: expected 2 rows (layer 1 has 2 neurons), got 1',
    ],
    [
      'matrix count',
      edited((f) => (f.weights as number[][][]).pop()),
      'weights: expected 2 matrices (one per layer 1…2), got 1',
    ],
    [
      'bias none',
      edited((f) => (f.bias = 'none')),
      'weights[0][0]: expected 2 numbers (2 inputs, no bias), got 3',
    ],
    [
      'zero learning rate',
      edited((f) => (f.learningRate = 0)),
      'learningRate: expected a positive finite number, got 0',
    ],
    [
      'string learning rate',
      edited((f) => (f.learningRate = '0.1')),
      'learningRate: expected a positive finite number, got "0.1"',
    ],
    [
      'negative cross-entropy target',
      edited((f) =>
        Object.assign(f, { activation: ['sigmoid', 'softmax'], loss: 'cross-entropy', target: [1, -1] }),
      ),
      'target[1]: cross-entropy needs target entries ≥ 0 (they weigh −log X^L), got -1',
    ],
    [
      'cross-entropy on tanh',
      edited((f) => Object.assign(f, { activation: 'tanh', loss: 'cross-entropy' })),
      'activation: cross-entropy needs a sigmoid or softmax output (X^L > 0 for log X^L), got "tanh"',
    ],
    [
      'softmax over one output',
      { ...base(), layers: [2, 1], activation: 'softmax', weights: [[[0, 1, 2]]], target: [1] },
      'activation: softmax needs at least 2 output neurons (over one it is the constant 1)',
    ],
    [
      'array, not object',
      [1, 2],
      'expected a JSON object with layers, bias, activation, loss, weights, input and target, got [1,2]',
    ],
    ['empty text', '  ', 'invalid JSON: the input is empty'],
    [
      'non-finite in JSON text',
      JSON.stringify(base()).replace('0.15', '1e999'),
      'weights[1][0][0]: expected a finite number, got a non-finite number',
    ],
  ];
  it.each(cases)('refuses %s with its message', (_, input, message) => {
    expect(error(input)).toBe(message);
  });

  it('names the line and column of a JSON syntax error', () => {
    // The reason is the JavaScript engine's own wording; the place is ours and must be exact.
    expect(error('{\n  "layers": [2, 2],\n  "bias": first\n}')).toMatch(
      /^invalid JSON at line 3, column 12 \(position 33\): ./,
    );
    expect(error('{"a":1,}')).toMatch(/^invalid JSON at line 1, column 8 \(position 7\): ./);
    expect(error('{"layers": [2, 2')).toBe(
      'invalid JSON at line 1, column 17 (position 16): the text ends too early',
    );
  });

  it('says a file is not a network file at all rather than naming its first character', () => {
    const start =
      'not a network file: expected JSON beginning with "{" (as Save network.json and the CLI write it), found';
    expect(error('x,y,label\n0,0,0\n')).toBe(`${start} text beginning "x,y,label" (comma-separated values?)`);
    expect(error('\u0089PNG\r\n\u001a\n\u0000\u0000')).toBe(`${start} binary data`);
    expect(error('\uFEFF  hello world')).toBe(`${start} text beginning "hello world"`);
    expect(error('\uFEFF{"a":1,}')).toMatch(/^invalid JSON at line 1, column 8 \(position 7\): ./); // after the BOM
  });

  it('reads a file saved with a UTF-8 byte-order mark (Windows Notepad) as the same file', () => {
    const text = JSON.stringify(base(), null, 2);
    expect(parseNetworkFile(`\uFEFF${text}`)).toEqual(parseNetworkFile(text));
    expect(parseNetworkFile(`\uFEFF${text}`).ok).toBe(true);
    expect(error('\uFEFF')).toBe('invalid JSON: the input is empty');
    // Only a leading mark: one inside the text is a character like any other.
    expect(error(`{"layers":\uFEFF[2, 2]}`)).toMatch(/^invalid JSON at line 1, column 11 \(position 10\): ./);
  });

  it('refuses sizes past the limits at once', () => {
    expect(error({ ...base(), layers: new Array(66).fill(1) })).toBe(
      'layers: at most 64 layers of weights (65 numbers), got 66 numbers',
    );
    expect(error({ ...base(), layers: [2, 5000, 2] })).toBe(
      'layers[1]: at most 4096 neurons a layer, got 5000',
    );
    // 4096 × 4097 × 2 weights: refused from the layer sizes alone, before looking at any weight.
    expect(error({ ...base(), layers: [4096, 4096, 4096], weights: [] })).toBe(
      'layers: at most 2,000,000 weights, got 33,562,624',
    );
    expect(error(' '.repeat(64 * 1024 * 1024 + 1))).toBe(
      'the network file is larger than the limit of 64 MB',
    );
  });
});
