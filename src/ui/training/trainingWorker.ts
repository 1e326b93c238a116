// The training loop's worker (issue 6): runs the engine's chunked trainer off the main thread, so thousands of
// iterations a second do not steal the frames the loss curve and decision map are drawn in.
import { createTrainer } from '../../engine/train';
import type { Trainer } from '../../engine/train';
import type { FromTrainingWorker, ToTrainingWorker } from './trainingProtocol';

let trainer: Trainer | null = null;

const reply = (message: FromTrainingWorker) => postMessage(message);

addEventListener('message', (event: MessageEvent<ToTrainingWorker>) => {
  const message = event.data;
  try {
    if (message.type === 'start') {
      trainer = createTrainer(message.network, message.samples, message.options);
    } else if (trainer) {
      reply({ type: 'state', state: trainer.step(message.iterations) });
    } else {
      reply({ type: 'error', message: 'training worker: asked to step before it was started' });
    }
  } catch (error) {
    reply({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
});
