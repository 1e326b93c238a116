import type { NetworkFile } from '../engine/networkFile';
import { boughammoura111, boughammoura121 } from './boughammoura';
import { dyda, dydaSoftmax } from './dyda';
import { cheng2321, lecture342, xor } from './others';

/** A named example network with a one-line description of where it comes from. */
export interface Preset {
  readonly name: string;
  readonly description: string;
  readonly file: NetworkFile;
}

/** Every preset, in menu order. */
export const PRESETS: readonly Preset[] = [
  { name: 'dyda', description: "Dyda's handout: 2-2-2 sigmoid, bias first, ½‖y − a‖², c = 0.1", file: dyda },
  {
    name: 'dyda-softmax',
    description: "Dyda's remark 5: the same network with softmax and cross-entropy",
    file: dydaSoftmax,
  },
  {
    name: 'boughammoura-111',
    description: 'Boughammoura §4: A[1,1,1], bias last, J = f(x) − y (our numbers for his closed forms)',
    file: boughammoura111,
  },
  {
    name: 'boughammoura-121',
    description: 'Boughammoura §4: A[1,2,1], bias last, J = f(x) − y (our numbers for his closed forms)',
    file: boughammoura121,
  },
  {
    name: 'cheng-2321',
    description: 'Cheng §5: the 2-3-2-1 network of his amplification coefficients, tanh/sigmoid/identity',
    file: cheng2321,
  },
  {
    name: 'lecture-342',
    description: 'The lecture note: 3 inputs, 4 hidden, 2 outputs, sigmoid, ½‖Y − A^L‖² (our numbers)',
    file: lecture342,
  },
  { name: 'xor', description: 'XOR: 2-2-1 sigmoid with its four examples, weights that train', file: xor },
];

/** The names of every preset, in menu order. */
export const PRESET_NAMES: readonly string[] = PRESETS.map((preset) => preset.name);

/** The preset of that name, or undefined. */
export function findPreset(name: string): Preset | undefined {
  return PRESETS.find((preset) => preset.name === name);
}

/** The preset whose file equals `file` field for field (one saved from it, say, or restored), or undefined. */
export function presetEqualTo(file: NetworkFile): Preset | undefined {
  const text = JSON.stringify(file);
  return PRESETS.find((preset) => JSON.stringify(preset.file) === text);
}

/** The example the app opens on. */
export const DEFAULT_PRESET = 'dyda';
