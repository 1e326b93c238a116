import type { Matrix, Network, Sample } from '../src/engine';

/**
 * The baseline of `npm run bench`: the same work as `trace` (forward, loss, δup_L, δdown, δW, δup down to δup_0,
 * and W̃ = W − c δW) as plain loops over Float64Arrays allocated once. Sigmoid layers, bias last, ½‖X^L − y‖²:
 * the networks of the benchmark. Returns a function that runs one iteration and returns the loss.
 */
export function createBaseline(network: Network, sample: Sample): () => number {
  const L = network.layers.length - 1;
  const sizes = network.layers;
  const weights = network.weights.map((W: Matrix) => W.data);
  // X^h with its trailing 1 (bias last), the other per-layer buffers sized N_h
  const X = sizes.map((n) => new Float64Array(n + 1));
  const Y = sizes.map((n) => new Float64Array(n));
  const derivative = sizes.map((n) => new Float64Array(n));
  const deltaUp = sizes.map((n) => new Float64Array(n));
  const deltaDown = sizes.map((n) => new Float64Array(n));
  const deltaUpWithBias = sizes.map((n) => new Float64Array(n + 1));
  const gradW = network.weights.map((W) => new Float64Array(W.data.length));
  const updatedW = network.weights.map((W) => new Float64Array(W.data.length));
  const c = network.learningRate;
  return () => {
    const x0 = X[0] as Float64Array;
    x0.set(sample.input);
    x0[sizes[0] as number] = 1;
    for (let h = 1; h <= L; h++) {
      const W = weights[h - 1] as Float64Array;
      const input = X[h - 1] as Float64Array;
      const cols = input.length;
      const y = Y[h] as Float64Array;
      const x = X[h] as Float64Array;
      const d = derivative[h] as Float64Array;
      for (let i = 0; i < y.length; i++) {
        let sum = 0;
        const offset = i * cols;
        for (let j = 0; j < cols; j++) sum += (W[offset + j] as number) * (input[j] as number);
        y[i] = sum;
        const s = 1 / (1 + Math.exp(-sum));
        x[i] = s;
        d[i] = s * (1 - s);
      }
      x[y.length] = 1;
    }
    const output = X[L] as Float64Array;
    const up = deltaUp[L] as Float64Array;
    let loss = 0;
    for (let i = 0; i < up.length; i++) {
      const e = (output[i] as number) - (sample.target[i] as number);
      loss += 0.5 * e * e;
      up[i] = e;
    }
    for (let h = L; h >= 1; h--) {
      const W = weights[h - 1] as Float64Array;
      const input = X[h - 1] as Float64Array;
      const cols = input.length;
      const down = deltaDown[h] as Float64Array;
      const dUp = deltaUp[h] as Float64Array;
      const d = derivative[h] as Float64Array;
      const g = gradW[h - 1] as Float64Array;
      const u = updatedW[h - 1] as Float64Array;
      const full = deltaUpWithBias[h - 1] as Float64Array;
      full.fill(0);
      for (let i = 0; i < down.length; i++) {
        const delta = (dUp[i] as number) * (d[i] as number);
        down[i] = delta;
        const offset = i * cols;
        for (let j = 0; j < cols; j++) {
          const w = W[offset + j] as number;
          const grad = delta * (input[j] as number);
          g[offset + j] = grad;
          u[offset + j] = w - c * grad;
          full[j] = (full[j] as number) + w * delta;
        }
      }
      (deltaUp[h - 1] as Float64Array).set(full.subarray(0, cols - 1));
    }
    return loss;
  };
}
