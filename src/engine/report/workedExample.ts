import { givenWeights, namer, stepEquation } from '../formula';
import { formatAscii } from '../format';
import { NOTATION_LABELS, type NotationName } from '../notation';
import { texColumn, texNumber } from '../tex';
import type { Phase, Step, Trace } from '../types';

/** One part of the worked example: a heading, prose lines and display equations (TeX). */
export interface Section {
  readonly heading: string;
  readonly level: 2 | 3;
  readonly text?: string;
  readonly equations: readonly string[];
}

/** Text on one line, for a title or heading: each run of whitespace (a newline, a tab) one space, none at the ends. */
export const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();

const PHASE_HEADINGS: Record<Phase, string> = {
  forward: 'Forward pass',
  loss: 'Loss',
  backward: 'Backward pass',
  update: 'Update',
};

const STEP_TITLES: Record<Step['kind'], string> = {
  preActivation: 'weighted sum',
  activation: 'activation',
  loss: 'loss',
  outputError: 'error at the output',
  deltaDown: 'error before the activation',
  gradW: 'gradient of the weights',
  deltaUp: 'error one layer back (the bias coordinate computed, then dropped)',
  update: 'updated weights',
};

/** Two lines of one display: the rule in symbols, then the numbers. */
const display = (symbolic: string, substituted: string) =>
  `\\begin{gathered} ${symbolic} \\\\ ${substituted} \\end{gathered}`;

/**
 * The whole worked example in the order of ../shared/design.md, as the Dyda handout lays it out: the given
 * weights, input and target, then every step's equation with each vector and matrix written out.
 */
export function workedExample(trace: Trace, notation: NotationName, digits: number): Section[] {
  const name = namer(trace, notation);
  const { network, sample } = trace;
  const given: string[] = network.weights.map((_, k) => givenWeights(trace, notation, k + 1, digits));
  given.push(
    `${name('X', 0).tex} = ${texColumn(sample.input, digits)}, \\quad ${name('target', network.layers.length - 1).tex} = ${texColumn(sample.target, digits)}, \\quad c = ${texNumber(network.learningRate, digits)}`,
  );
  const activations = network.activations.join(', ');
  const sections: Section[] = [
    {
      heading: 'Given',
      level: 2,
      text: `A[${network.layers.join(', ')}], activation ${activations}, bias ${network.bias}, loss ${network.loss}; notation: ${NOTATION_LABELS[notation]}; numbers rounded to ${digits} decimals.`,
      equations: given,
    },
  ];
  let phase: Phase | undefined;
  for (const step of trace.steps) {
    if (step.phase !== phase) {
      phase = step.phase;
      sections.push({ heading: PHASE_HEADINGS[phase], level: 2, equations: [] });
    }
    const equation = stepEquation(trace, step, notation, digits);
    const where = step.kind === 'loss' || step.kind === 'outputError' ? '' : `layer ${step.layer}: `;
    sections.push({
      heading: `${step.index + 1}. ${where}${STEP_TITLES[step.kind]}`,
      level: 3,
      equations: [display(equation.symbolic, equation.substituted)],
    });
  }
  sections.push({
    heading: 'Result',
    level: 2,
    text: `Loss ${formatAscii(trace.loss, digits)}; the updated weights are those of the update steps above.`,
    equations: [],
  });
  return sections;
}
