import { useEffect } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import type { DeltascopeStore } from '../../store/store';
import { hostMessageProblem, parseHostMessage, type EmbedMessage, type StepMessage } from './messages';
import { summarizeStep } from './stepSummary';

/** Sends a message to the page holding the iframe (nothing when the embed is opened on its own). */
export function postToHost(message: EmbedMessage): void {
  // '*': the embed cannot know its host's origin, and what it sends (a height, the step shown) is public.
  if (window.parent !== window) window.parent.postMessage(message, '*');
}

function stepMessage(state: DeltascopeStore): StepMessage {
  return { type: 'deltascope:step', ...summarizeStep(state.trace, state.cursor, state.notation) };
}

/**
 * The host side of the postMessage API (docs/embedding.md): answers the parent window's `deltascope:` messages,
 * reports every change of step, answers any other `deltascope:` message with a `deltascope:error`, and ignores
 * messages from any other window and every message that is not an object with a `deltascope:` type.
 */
export function useHostMessages(store: StoreApi<DeltascopeStore>): void {
  useEffect(() => {
    const reply = (event: MessageEvent, message: EmbedMessage) =>
      (event.source as WindowProxy).postMessage(message, event.origin === 'null' ? '*' : event.origin);
    const onMessage = (event: MessageEvent) => {
      if (event.source !== window.parent || window.parent === window) return;
      const problem = hostMessageProblem(event.data);
      if (problem !== null) return reply(event, { type: 'deltascope:error', message: problem });
      const message = parseHostMessage(event.data);
      if (message === null) return;
      const state = store.getState();
      switch (message.type) {
        case 'deltascope:goto':
          state.pause();
          state.seek(message.step);
          return;
        case 'deltascope:setNetwork':
          try {
            state.pause();
            // At the start in the same update: the host hears the step it ends on, not the clamped one first.
            state.loadNetworkFile(message.network, { atStart: true });
          } catch (error) {
            // The file validated but its sample does not fit the network: the engine says why.
            const reason = error instanceof Error ? error.message : String(error);
            reply(event, { type: 'deltascope:error', message: `deltascope:setNetwork: ${reason}` });
          }
          return;
        case 'deltascope:getStep':
          reply(event, stepMessage(state));
          return;
      }
    };
    window.addEventListener('message', onMessage);
    const unsubscribe = store.subscribe((state, previous) => {
      if (state.cursor !== previous.cursor || state.trace !== previous.trace) postToHost(stepMessage(state));
    });
    postToHost({ type: 'deltascope:ready' });
    return () => {
      window.removeEventListener('message', onMessage);
      unsubscribe();
    };
  }, [store]);
}
