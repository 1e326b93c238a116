import { execFile, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { dyda } from '../../src/presets/dyda';
import { HUGE_NETWORK, HUGE_REFUSAL } from './hugeNetwork';

// The CLI end to end, as a user runs it: a child process of node with tsx, its stdout, stderr and exit code.
const main = join(__dirname, '../../src/cli/main.ts');
const run = (args: string[], input?: string) => {
  const result = spawnSync(process.execPath, ['--import', 'tsx', main, ...args], { input, encoding: 'utf8' });
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
};
const runAsync = promisify(execFile);
const directory = mkdtempSync(join(tmpdir(), 'deltascope-cli-'));
const fileWith = (name: string, text: string): string => {
  const path = join(directory, name);
  writeFileSync(path, text);
  return path;
};
const dydaPath = fileWith('dyda.json', JSON.stringify(dyda));

interface JsonLayer {
  X: number[];
  Y?: number[];
  deltaUp: number[];
  deltaDown?: number[];
  gradW?: number[][];
  updatedW?: number[][];
  amplification?: number[][];
}
const round = (x: number) => Number(x.toFixed(8));
const rounded = (values: number[]) => values.map(round);

/** The Dyda handout's numbers (seed 004) in the trace JSON, at its 8 printed decimals. */
function expectDydaJson(stdout: string): void {
  const json = JSON.parse(stdout) as { loss: number; layers: JsonLayer[] };
  expect(round(json.loss)).toBe(0.16830644);
  expect(json.layers).toHaveLength(3);
  const [input, hidden, output] = json.layers as [JsonLayer, JsonLayer, JsonLayer];
  expect(input.X).toEqual([1, 0]);
  expect(Object.keys(input)).not.toContain('Y');
  expect(rounded(input.deltaUp)).toEqual([-0.01556547, 0.01980247]);
  expect(rounded(hidden.X)).toEqual([0.47502081, 0.52497919]);
  expect(rounded(output.X)).toEqual([0.55354082, 0.37052271]);
  expect(rounded(output.deltaDown!)).toEqual([-0.11033497, 0.0864191]);
  expect(output.gradW!.map(rounded)).toEqual([
    [-0.11033497, -0.05241141, -0.05792356],
    [0.0864191, 0.04105087, 0.04536823],
  ]);
  expect(output.updatedW!.map(rounded)).toEqual([
    [0.1610335, -0.24475886, 0.35579236],
    [-0.45864191, 0.54589491, -0.65453682],
  ]);
  expect(hidden.gradW!.map(rounded)).toEqual([
    [0.01873169, 0.01873169, 0],
    [-0.02363827, -0.02363827, 0],
  ]);
  // amplification[i][o] is N_h × N_L, the identity at h = L.
  expect(hidden.amplification!.map((row) => row.length)).toEqual([2, 2]);
  expect(output.amplification).toEqual([
    [1, 0],
    [0, 1],
  ]);
}

// Each case starts node with tsx (a second or two on a busy machine), hence the generous timeout.
describe('npm run trace (src/cli/main.ts)', { timeout: 30_000 }, () => {
  it('prints the trace JSON of a file with full-precision numbers', () => {
    const { stdout, stderr, status } = run([dydaPath]);
    expect([status, stderr]).toEqual([0, '']);
    expectDydaJson(stdout);
    expect(stdout).toContain('0.1683064414643');
    expect(stdout).not.toMatch(/-0[,\n]/);
  });

  it('reads stdin with -', () => {
    const { stdout, status } = run(['-'], JSON.stringify(dyda));
    expect(status).toBe(0);
    expectDydaJson(stdout);
  });

  it('reads a file and stdin saved with a UTF-8 byte-order mark (Windows Notepad), as the app opens them', () => {
    const bom = fileWith('dyda-bom.json', `\uFEFF${JSON.stringify(dyda, null, 2)}`);
    const fromFile = run([bom]);
    expect([fromFile.status, fromFile.stderr]).toEqual([0, '']);
    expectDydaJson(fromFile.stdout);
    const fromStdin = run(['-'], `\uFEFF${JSON.stringify(dyda)}`);
    expect([fromStdin.status, fromStdin.stderr]).toEqual([0, '']);
    expectDydaJson(fromStdin.stdout);
  });

  it('traces a preset by name', () => {
    const { stdout, status } = run(['--preset', 'dyda']);
    expect(status).toBe(0);
    expectDydaJson(stdout);
    const softmax = JSON.parse(run(['--preset=dyda-softmax']).stdout) as { layers: JsonLayer[] };
    expect(softmax.layers[2]!.X.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 12);
  });

  it('prints the worked example as markdown in the order of design.md, with the handout numbers', () => {
    const { stdout, status } = run(['--preset', 'dyda', '--format', 'markdown', '--notation', 'dyda']);
    expect(status).toBe(0);
    for (const number of [
      '0.47502081',
      '0.16830644',
      '-0.44645918',
      '-0.11033497',
      '0.0864191',
      '-0.05543884',
      '-0.01556547',
      '0.1610335',
      '0.09812683',
    ])
      expect(stdout).toContain(number);
    expect(stdout).not.toContain('−'); // ASCII minus throughout
    const order = ['## Given', '## Forward pass', '## Loss', '## Backward pass', '## Update'].map((h) =>
      stdout.indexOf(h),
    );
    expect(order.every((at, k) => at >= 0 && (k === 0 || at > (order[k - 1] as number)))).toBe(true);
    expect(stdout.match(/\$\$\n\\begin\{gathered\}/g)).toHaveLength(14);
    expect(stdout).toContain('\\mathit{net}^{[1]}');
    expect(stdout).toContain('\\textcolor{gray}{-0.05543884}'); // the bias coordinate, shown then dropped
    expect(stdout).toContain('\\begin{bmatrix}');
  });

  it('uses the notation asked for, boughammoura by default', () => {
    const plain = run(['--preset', 'dyda', '--format', 'markdown']).stdout;
    expect(plain).toContain('Y^{1} = W^{1}');
    expect(plain).not.toContain('\\mathit{net}');
    expect(run(['--preset', 'dyda', '--format', 'markdown', '--notation', 'cheng']).stdout).toContain(
      'u_{1} = w_{1}',
    );
  });

  it('rounds to --digits', () => {
    const { stdout } = run(['--preset', 'dyda', '--format', 'markdown', '--digits', '4']);
    expect(stdout).toContain('0.475 \\\\');
    expect(stdout).toContain('-0.1103');
    expect(stdout).not.toContain('0.47502081');
  });

  it('prints a complete LaTeX document', () => {
    const { stdout, status } = run(['--preset', 'lecture-342', '--format', 'latex']);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^\\documentclass/);
    expect(stdout).toContain('\\usepackage{amsmath,amssymb}');
    expect(stdout.trimEnd()).toMatch(/\\end\{document\}$/);
    expect(stdout.match(/\\\[/g)?.length).toBe(stdout.match(/\\\]/g)?.length);
    expect(stdout).toMatch(/^[\x20-\x7e\n]*$/); // the report's own text is ASCII: only a name brings more
  });

  it('prints --help', () => {
    const { stdout, status } = run(['--help']);
    expect(status).toBe(0);
    expect(stdout).toContain('--notation');
  });

  const bad = (name: string, text: string) => fileWith(name, text);
  const failures: [string, string[], string | undefined, string][] = [
    [
      'a missing file',
      [join(directory, 'nope.json')],
      undefined,
      `trace: ${join(directory, 'nope.json')}: file not found`,
    ],
    ['a directory', [directory], undefined, `trace: ${directory}: is a directory, expected a network file`],
    [
      'bad JSON',
      [bad('bad.json', '{"layers": [2, 2')],
      undefined,
      `trace: ${join(directory, 'bad.json')}: invalid JSON at line 1, column 17 (position 16): the text ends too early`,
    ],
    [
      // weights of 1e308 times inputs of 10: the loss is Infinity, which JSON would write as null
      'a network whose trace overflows',
      [
        bad(
          'overflow.json',
          JSON.stringify({
            layers: [2, 1],
            bias: 'none',
            activation: 'identity',
            loss: 'half-sse',
            weights: [[[1e308, 1e308]]],
            input: [10, 10],
            target: [1],
          }),
        ),
      ],
      undefined,
      'trace: the trace overflows double precision at loss (Infinity): JSON has no Infinity or NaN, so the trace format cannot hold it; expected weights, input and target small enough for every number to be finite',
    ],
    [
      // Y²₀ overflows while the loss does not: the message names the number, as the app's Export menu does
      'a network whose trace overflows inside a layer',
      ['-'],
      JSON.stringify(HUGE_NETWORK),
      `trace: ${HUGE_REFUSAL}`,
    ],
    [
      'bad JSON on stdin',
      ['-'],
      '{"layers": ',
      'trace: stdin: invalid JSON at line 1, column 12 (position 11): the text ends too early',
    ],
    [
      'an empty file',
      [bad('empty.json', '')],
      undefined,
      `trace: ${join(directory, 'empty.json')}: invalid JSON: the input is empty`,
    ],
    [
      'a short weight row',
      [
        bad(
          'row.json',
          JSON.stringify({ ...dyda, weights: [dyda.weights[0], [[0.15, -0.25], dyda.weights[1]![1]]] }),
        ),
      ],
      undefined,
      `trace: ${join(directory, 'row.json')}: weights[1][0]: expected 3 numbers (2 inputs + bias first), got 2`,
    ],
    [
      'one layer',
      [bad('layers.json', JSON.stringify({ ...dyda, layers: [2] }))],
      undefined,
      `trace: ${join(directory, 'layers.json')}: layers: expected at least 2 positive whole numbers, got [2]`,
    ],
    [
      'an unknown loss',
      ['-'],
      JSON.stringify({ ...dyda, loss: 'mse' }),
      'trace: stdin: loss: expected one of half-sse, difference, cross-entropy, got "mse"',
    ],
    [
      'softmax in a hidden layer',
      ['-'],
      JSON.stringify({ ...dyda, activation: ['softmax', 'sigmoid'] }),
      'trace: stdin: activation[0]: softmax is allowed on the last layer only',
    ],
    [
      'a negative learning rate',
      ['-'],
      JSON.stringify({ ...dyda, learningRate: -1 }),
      'trace: stdin: learningRate: expected a positive finite number, got -1',
    ],
    [
      'a missing field',
      ['-'],
      JSON.stringify({ ...dyda, input: undefined }),
      'trace: stdin: input: missing (a network file needs layers, bias, activation, loss, weights, input and target)',
    ],
    [
      'too many weights',
      ['-'],
      JSON.stringify({ ...dyda, layers: [2000, 2000, 2] }),
      'trace: stdin: layers: at most 2,000,000 weights, got 4,006,002',
    ],
    [
      'an unknown preset',
      ['--preset', 'dida'],
      undefined,
      'trace: unknown preset "dida"; valid names: dyda, dyda-softmax, boughammoura-111, boughammoura-121, cheng-2321, lecture-342, xor',
    ],
    [
      'an unknown flag',
      ['--preset', 'dyda', '--colour'],
      undefined,
      'trace: unknown option --colour; expected --preset, --format, --digits, --notation or --help',
    ],
    [
      'an unknown format',
      ['--preset', 'dyda', '--format', 'html'],
      undefined,
      'trace: --format: expected one of json, markdown, latex, got "html"',
    ],
    [
      'bad digits',
      ['--preset', 'dyda', '--digits', '-3'],
      undefined,
      'trace: --digits: expected a whole number from 0 to 17, got "-3"',
    ],
    [
      'too many digits',
      ['--preset', 'dyda', '--digits=40'],
      undefined,
      'trace: --digits: expected a whole number from 0 to 17, got "40"',
    ],
    [
      'an unknown notation',
      ['--preset', 'dyda', '--notation', 'greek'],
      undefined,
      'trace: --notation: expected one of boughammoura, dyda, lecture, cheng, got "greek"',
    ],
    [
      'no network',
      ['--format', 'json'],
      undefined,
      'trace: expected a network: a FILE, - for stdin, or --preset NAME (see --help)',
    ],
    [
      'two networks',
      [dydaPath, '--preset', 'dyda'],
      undefined,
      'trace: expected one network (a FILE, - or --preset NAME), got more than one',
    ],
  ];

  it.each(failures)(
    'refuses %s: exit code 1, one line on stderr, nothing on stdout',
    async (_, args, input, message) => {
      const child = runAsync(process.execPath, ['--import', 'tsx', main, ...args], { encoding: 'utf8' });
      if (input !== undefined) child.child.stdin?.end(input);
      else child.child.stdin?.end();
      const outcome = await child.then(
        () => ({ status: 0, stdout: '', stderr: '' }),
        (error: { code: number; stdout: string; stderr: string }) => ({
          status: error.code,
          stdout: error.stdout,
          stderr: error.stderr,
        }),
      );
      expect(outcome).toEqual({ status: 1, stdout: '', stderr: `${message}\n` });
    },
  );
});
