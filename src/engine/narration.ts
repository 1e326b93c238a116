import { activationSymbol, biasApart, layerNumber, sharpText, symbolFor } from './notation';
import type { NamedQuantity, NotationName } from './notation';
import type { ActivationName, LossName, Step, Trace } from './types';

/** The plain-language name of σ, as a teacher says it. */
const ACTIVATION_WORDS: Record<ActivationName, string> = {
  sigmoid: 'sigmoid',
  tanh: 'tanh',
  relu: 'ReLU',
  'leaky-relu': 'leaky ReLU',
  identity: 'identity',
  softmax: 'softmax',
};

/** J written out in plain text, with the output symbol and the target symbol. */
function lossFormula(loss: LossName, output: string, target: string, J: string): string {
  switch (loss) {
    case 'half-sse':
      return `${J} = ½‖${output} − ${target}‖²: half the squared distance between the output and the target`;
    case 'difference':
      return `${J} = Σ (${output} − ${target}): the output minus the target, summed`;
    case 'cross-entropy':
      return `${J} = −Σ ${target} log ${output}: the cross-entropy of the output against the target`;
  }
}

/** δup_L = ∂J/∂X^L written out for each loss. */
function outputErrorFormula(loss: LossName, deltaUp: string, output: string, target: string): string {
  switch (loss) {
    case 'half-sse':
      return `${deltaUp} = ${output} − ${target}: the output error, how far each output is from its target`;
    case 'difference':
      return `${deltaUp} = 1: J grows one for one with each output, so the output error is 1`;
    case 'cross-entropy':
      return `${deltaUp} = −${target} ⊘ ${output}: the slope of the cross-entropy at each output`;
  }
}

/**
 * One plain-text sentence for a step, for presentation mode and the aria-live region: the step's equation in
 * the notation's symbols, then what it means, e.g.
 * "δdown₂ = δup₂ ⊙ σ'(Y²): the output error scaled by the slope of the sigmoid".
 */
export function narrate(trace: Trace, step: Step, notation: NotationName): string {
  const network = trace.network;
  const L = network.layers.length - 1;
  const h = step.layer;
  const name = (quantity: NamedQuantity, layer: number) => symbolFor(notation, quantity, { layer }).text;
  const hasBias = network.bias !== 'none';
  // The lecture note writes the bias apart (z^l = W^l a^{l-1} + b^l), as its equations here do (formula.ts).
  const apart = hasBias && biasApart(notation);
  const bias = name('bias', h);
  const gradBias = `∂${name('loss', L)}/∂${bias}`;
  const activation = network.activations[h - 1] ?? 'identity';
  const sigmaWord = ACTIVATION_WORDS[activation];
  const shown = layerNumber(notation, h);
  const target = name('target', L);
  switch (step.kind) {
    case 'preActivation': {
      if (apart)
        return `${name('Y', h)} = ${name('W', h)} ${name('X', h - 1)} + ${bias}: each neuron of layer ${shown} sums its weighted inputs and its bias`;
      const input = name(hasBias ? 'XWithBias' : 'X', h - 1);
      const tail = hasBias ? ', bias included' : '';
      return `${name('Y', h)} = ${name('W', h)} ${input}: each neuron of layer ${shown} sums its weighted inputs${tail}`;
    }
    case 'activation':
      return activation === 'softmax'
        ? `${name('X', h)} = softmax(${name('Y', h)}): the weighted sums of layer ${shown} turned into probabilities that add up to 1`
        : `${name('X', h)} = ${activationSymbol(notation).text}(${name('Y', h)}): each neuron of layer ${shown} passes its sum through the ${sigmaWord}`;
    case 'loss':
      return lossFormula(network.loss, name('X', L), target, name('loss', L));
    case 'outputError':
      return outputErrorFormula(network.loss, name('deltaUp', L), name('X', L), target);
    case 'deltaDown': {
      const down = name('deltaDown', h);
      if (step.rule === 'softmax-cross-entropy') {
        // Dyda remark 5: the softmax Jacobian and the cross-entropy's slope cancel to prediction minus target.
        return `${down} = ${name('X', h)} − ${target}: softmax and cross-entropy together leave just the prediction minus the target`;
      }
      if (step.rule === 'softmax-jacobian') {
        return `${down} = (∂softmax/∂${name('Y', h)})ᵀ ${name('deltaUp', h)}: the error passed through the softmax Jacobian, every output touching every sum`;
      }
      const which = h === L ? 'the output error' : `the error arriving at layer ${shown}`;
      return `${down} = ${name('deltaUp', h)} ⊙ ${name('activationDerivative', h)}: ${which} scaled by the slope of the ${sigmaWord}`;
    }
    case 'gradW': {
      if (apart)
        return `${name('gradW', h)} = ${name('deltaDown', h)} (${name('X', h - 1)})ᵀ, ${gradBias} = ${name('deltaDown', h)}: each weight's gradient is the error at its neuron times the input it carries; a bias's, the error alone`;
      const input = name(hasBias ? 'XWithBias' : 'X', h - 1);
      return `${name('gradW', h)} = ${name('deltaDown', h)} (${input})ᵀ: each weight's gradient is the error at its neuron times the input it carries`;
    }
    case 'deltaUp': {
      const weights = hasBias && !apart ? sharpText(name('W', h)) : name('W', h);
      const tail = hasBias && !apart ? ', the bias column dropped' : '';
      return `${name('deltaUp', h - 1)} = (${weights})ᵀ ${name('deltaDown', h)}: the error sent back through the weights${tail}`;
    }
    case 'update':
      if (apart)
        return `${name('updatedW', h)} = ${name('W', h)} − c ${name('gradW', h)}, ${bias.replace(/^b/, 'b̃')} = ${bias} − c ${gradBias}: each weight and bias of layer ${shown} steps against its gradient, c = ${network.learningRate}`;
      return `${name('updatedW', h)} = ${name('W', h)} − c ${name('gradW', h)}: each weight of layer ${shown} steps against its gradient, c = ${network.learningRate}`;
  }
}
