import { createTrainer } from '../../engine/train';
import type { TrainOptions, TrainerState } from '../../engine/train';
import type { Network, Sample } from '../../engine/types';
import type { FromTrainingWorker, ToTrainingWorker } from './trainingProtocol';

/** A trainer whose answers come back through callbacks: at once (in-thread) or a little later (worker). */
export interface TrainerClient {
  /** Runs up to `iterations` more updates; `onState` receives the state when they are done. */
  step(iterations: number): void;
  /** Stops the worker, if any; later answers are dropped. */
  dispose(): void;
}

export interface TrainerCallbacks {
  readonly onState: (state: TrainerState) => void;
  readonly onError: (message: string) => void;
}

/** The engine's trainer in this thread: for jsdom (no Worker) and as the fallback. */
function localClient(trainer: ReturnType<typeof createTrainer>, callbacks: TrainerCallbacks): TrainerClient {
  return { step: (iterations) => callbacks.onState(trainer.step(iterations)), dispose: () => {} };
}

/**
 * A trainer over `samples` with `options`. Problems with the data (a sample that does not fit the network) throw
 * here, synchronously, in both variants: the worker's twin is created in this thread first to check them, which
 * costs one copy of the weights. Where Web Workers exist the iterations then run in src/ui/training/
 * trainingWorker.ts, so the page keeps its frames while training thousands of iterations a second.
 */
export function createTrainerClient(
  network: Network,
  samples: readonly Sample[],
  options: TrainOptions,
  callbacks: TrainerCallbacks,
  { worker: useWorker = typeof Worker === 'function' }: { worker?: boolean } = {},
): TrainerClient {
  const trainer = createTrainer(network, samples, options);
  if (!useWorker) return localClient(trainer, callbacks);
  const worker = new Worker(new URL('./trainingWorker.ts', import.meta.url), { type: 'module' });
  let disposed = false;
  worker.addEventListener('message', (event: MessageEvent<FromTrainingWorker>) => {
    if (disposed) return;
    const message = event.data;
    if (message.type === 'state') callbacks.onState(message.state);
    else callbacks.onError(message.message);
  });
  worker.addEventListener('error', (event) => {
    if (!disposed) callbacks.onError(`training worker failed: ${event.message || 'it could not start'}`);
  });
  const send = (message: ToTrainingWorker) => worker.postMessage(message);
  send({ type: 'start', network, samples, options });
  return {
    step: (iterations) => send({ type: 'step', iterations }),
    dispose: () => {
      disposed = true;
      worker.terminate();
    },
  };
}
