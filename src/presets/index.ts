import type { NetworkFile } from '../engine/networkFile';
import { dyda, dydaSoftmax } from './dyda';

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
];

/** The preset of that name, or undefined. */
export function findPreset(name: string): Preset | undefined {
  return PRESETS.find((preset) => preset.name === name);
}

/** The example the app opens on. */
export const DEFAULT_PRESET = 'dyda';
