import type { TrainOptions, TrainerState } from '../../engine/train';
import type { Network, Sample } from '../../engine/types';

/** What the page asks of the training worker. */
export type ToTrainingWorker =
  | {
      readonly type: 'start';
      readonly network: Network;
      readonly samples: readonly Sample[];
      readonly options: TrainOptions;
    }
  | { readonly type: 'step'; readonly iterations: number };

/** What the training worker answers: one state per `step`, or why it could not train. */
export type FromTrainingWorker =
  | { readonly type: 'state'; readonly state: TrainerState }
  | { readonly type: 'error'; readonly message: string };
