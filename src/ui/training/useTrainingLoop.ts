import { useCallback, useEffect, useRef, useState } from 'react';
import { createTrainer } from '../../engine/train';
import type { Trainer, TrainOptions } from '../../engine/train';
import type { Network, Sample } from '../../engine/types';

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

/**
 * Trains in animation-frame chunks: `speed` iterations per frame with the engine's chunked trainer, so the page
 * stays responsive and the curve grows live. Any change of network, samples or options starts again from the top.
 */
export function useTrainingLoop(
  network: Network,
  samples: readonly Sample[] | null,
  options: TrainOptions,
  speed: number,
) {
  const trainer = useRef<Trainer | null>(null);
  const frame = useRef<number | null>(null);
  const initial = (): TrainingProgress => ({
    network,
    losses: [],
    iteration: 0,
    epoch: 0,
    done: false,
    playing: false,
    error: null,
  });
  const [progress, setProgress] = useState<TrainingProgress>(initial);
  const { epochs, batchSize, shuffleSeed, learningRate } = options;

  const stopFrames = () => {
    if (frame.current !== null) cancelFrame(frame.current);
    frame.current = null;
  };

  const reset = useCallback(() => {
    stopFrames();
    trainer.current = null;
    setProgress({ network, losses: [], iteration: 0, epoch: 0, done: false, playing: false, error: null });
  }, [network]);

  // Start again whenever what is trained changes.
  useEffect(reset, [reset, samples, epochs, batchSize, shuffleSeed, learningRate]);
  useEffect(() => stopFrames, []);

  const ensureTrainer = (): Trainer | null => {
    if (trainer.current) return trainer.current;
    if (!samples) return null;
    try {
      trainer.current = createTrainer(network, samples, { epochs, batchSize, shuffleSeed, learningRate });
      return trainer.current;
    } catch (error) {
      setProgress((p) => ({ ...p, playing: false, error: (error as Error).message }));
      return null;
    }
  };

  const advance = (iterations: number): boolean => {
    const active = ensureTrainer();
    if (!active) return false;
    const state = active.step(iterations);
    // One loss a point: epochs for a dataset, iterations for the sample alone (each iteration is an epoch).
    setProgress((p) => ({
      network: state.network,
      losses: state.epochLosses.length > 0 ? p.losses.concat(state.epochLosses) : p.losses,
      iteration: state.iteration,
      epoch: state.epoch,
      done: state.done,
      playing: p.playing && !state.done,
      error: null,
    }));
    return !state.done;
  };

  const speedRef = useRef(speed);
  speedRef.current = speed;
  const loop = () => {
    if (advance(speedRef.current)) frame.current = nextFrame(loop);
    else frame.current = null;
  };

  return {
    progress,
    reset,
    play: () => {
      if (frame.current !== null || !ensureTrainer()) return;
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
      advance(1);
    },
  };
}
