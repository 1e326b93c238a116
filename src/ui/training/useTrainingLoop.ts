import { useCallback, useEffect, useRef, useState } from 'react';
import type { TrainOptions, TrainerState } from '../../engine/train';
import type { Network, Sample } from '../../engine/types';
import { createTrainerClient } from './trainerClient';
import type { TrainerClient } from './trainerClient';

/** What the training loop shows. */
export interface TrainingProgress {
  readonly network: Network;
  /** Mean J of each completed epoch (for the sample alone, of each iteration). */
  readonly losses: readonly number[];
  readonly iteration: number;
  readonly epoch: number;
  readonly done: boolean;
  readonly playing: boolean;
  /** A trainer that could not start (e.g. a sample that does not fit the network). */
  readonly error: string | null;
}

const nextFrame = (callback: () => void): number =>
  typeof requestAnimationFrame === 'function'
    ? requestAnimationFrame(callback)
    : (setTimeout(callback, 16) as unknown as number); // jsdom without pretendToBeVisual
const cancelFrame = (id: number) =>
  typeof cancelAnimationFrame === 'function' ? cancelAnimationFrame(id) : clearTimeout(id);

const fresh = (network: Network): TrainingProgress => ({
  network,
  losses: [],
  iteration: 0,
  epoch: 0,
  done: false,
  playing: false,
  error: null,
});

/**
 * Trains in animation-frame chunks: `speed` iterations per frame with the engine's chunked trainer, so the curve
 * grows live. The iterations run in a Web Worker where there is one (trainerClient.ts): a frame asks for the next
 * chunk only once the last one has come back, so the page draws at its own rate however long a chunk takes.
 * Any change of network, samples or options starts again from the top.
 */
export function useTrainingLoop(
  network: Network,
  samples: readonly Sample[] | null,
  options: TrainOptions,
  speed: number,
) {
  const client = useRef<TrainerClient | null>(null);
  const frame = useRef<number | null>(null);
  /** Whether a finished chunk should be followed by another (play), as opposed to a single step. */
  const running = useRef(false);
  const [progress, setProgress] = useState<TrainingProgress>(() => fresh(network));
  const { epochs, batchSize, shuffleSeed, learningRate } = options;

  const stopFrames = useCallback(() => {
    running.current = false;
    if (frame.current !== null) cancelFrame(frame.current);
    frame.current = null;
  }, []);
  const stopTraining = useCallback(() => {
    stopFrames();
    client.current?.dispose();
    client.current = null;
  }, [stopFrames]);

  // Start again whenever what is trained changes: the progress during render (React's "adjust state when a prop
  // changes"), the trainer and its frames in the effect's cleanup.
  const inputs = [network, samples, epochs, batchSize, shuffleSeed, learningRate] as const;
  const [trained, setTrained] = useState(inputs);
  if (inputs.some((value, k) => value !== trained[k])) {
    setTrained(inputs);
    setProgress(fresh(network));
  }
  useEffect(
    () => stopTraining,
    [stopTraining, network, samples, epochs, batchSize, shuffleSeed, learningRate],
  );

  const reset = useCallback(() => {
    stopTraining();
    setProgress(fresh(network));
  }, [network, stopTraining]);

  const speedRef = useRef(speed);
  useEffect(() => {
    speedRef.current = speed;
  }, [speed]);

  const loop = () => {
    frame.current = null;
    if (running.current) client.current?.step(speedRef.current);
  };

  const received = (state: TrainerState) => {
    if (state.done) running.current = false;
    // One loss a point: epochs for a dataset, iterations for the sample alone (each iteration is an epoch).
    setProgress((p) => ({
      network: state.network,
      losses: state.epochLosses.length > 0 ? p.losses.concat(state.epochLosses) : p.losses,
      iteration: state.iteration,
      epoch: state.epoch,
      done: state.done,
      playing: running.current,
      error: null,
    }));
    if (running.current && frame.current === null) frame.current = nextFrame(loop);
  };

  const failed = (message: string) => {
    stopFrames();
    setProgress((p) => ({ ...p, playing: false, error: message }));
  };

  const ensureClient = (): TrainerClient | null => {
    if (client.current) return client.current;
    if (!samples) return null;
    try {
      client.current = createTrainerClient(
        network,
        samples,
        { epochs, batchSize, shuffleSeed, learningRate },
        { onState: received, onError: failed },
      );
      return client.current;
    } catch (error) {
      failed((error as Error).message);
      return null;
    }
  };

  return {
    progress,
    reset,
    play: () => {
      if (running.current || !ensureClient()) return;
      running.current = true;
      setProgress((p) => ({ ...p, playing: true }));
      frame.current = nextFrame(loop);
    },
    pause: () => {
      stopFrames();
      setProgress((p) => ({ ...p, playing: false }));
    },
    /** One iteration, while paused. */
    step: () => {
      stopFrames();
      setProgress((p) => ({ ...p, playing: false }));
      ensureClient()?.step(1);
    },
  };
}
