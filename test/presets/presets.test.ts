import { describe, expect, it } from 'vitest';
import {
  datasetSamples,
  meanLoss,
  networkFromFile,
  sampleFromFile,
  trace,
  train,
  validateNetworkFile,
} from '../../src/engine';
import type { Dataset } from '../../src/engine';
import { DEFAULT_PRESET, findPreset, PRESETS } from '../../src/presets';

describe('presets', () => {
  it('are the names of issue 2, each with a description', () => {
    expect(PRESETS.map((p) => p.name)).toEqual([
      'dyda',
      'dyda-softmax',
      'boughammoura-111',
      'boughammoura-121',
      'cheng-2321',
      'lecture-342',
      'xor',
    ]);
    for (const preset of PRESETS) expect(preset.description.length).toBeGreaterThan(20);
    expect(findPreset(DEFAULT_PRESET)?.name).toBe('dyda');
    expect(findPreset('nope')).toBeUndefined();
  });

  it.each(PRESETS.map((p) => [p.name, p] as const))(
    '%s validates and traces to finite numbers',
    (_, preset) => {
      expect(validateNetworkFile(preset.file)).toEqual({ ok: true, file: preset.file });
      const t = trace(networkFromFile(preset.file), sampleFromFile(preset.file));
      expect(Number.isFinite(t.loss)).toBe(true);
      for (const layer of t.layers) expect(Array.from(layer.deltaUp).every(Number.isFinite)).toBe(true);
    },
  );

  it('boughammoura presets use J = f(x) − y with the bias last, so δup_L = 1', () => {
    for (const name of ['boughammoura-111', 'boughammoura-121']) {
      const file = findPreset(name)!.file;
      expect([file.loss, file.bias]).toEqual(['difference', 'last']);
      const t = trace(networkFromFile(file), sampleFromFile(file));
      expect(Array.from(t.layers[2]!.deltaUp)).toEqual([1]);
    }
  });

  it('xor carries its dataset and its weights train it below J = 0.01', () => {
    const file = findPreset('xor')!.file;
    const samples = datasetSamples(file.dataset as Dataset);
    expect(samples).toHaveLength(4);
    const network = networkFromFile(file);
    expect(meanLoss(network, samples)).toBeGreaterThan(0.1);
    for (const batchSize of [1, 4]) {
      const trained = train(network, samples, { epochs: 3000, batchSize, shuffleSeed: 1 }).network;
      expect(meanLoss(trained, samples)).toBeLessThan(0.01);
    }
  });
});
