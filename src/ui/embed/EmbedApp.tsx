import { useCallback, useEffect, useMemo, useRef } from 'react';
import { GraphArea } from '../GraphArea';
import { LiveRegion } from '../LiveRegion';
import { useDeltascope, useStoreApi } from '../StoreContext';
import { usePlayback } from '../usePlayback';
import { EmbedControls } from './EmbedControls';
import { summarizeStep, valuesText } from './stepSummary';
import { useHeightReport } from './useHeightReport';
import { useEmbedKeys } from './useEmbedKeys';
import { useHostMessages } from './useHostMessages';
import './embed.css';

/** The stepping keys when the embed has focus; only mounted with its controls. */
function EmbedKeyboard() {
  useEmbedKeys(useStoreApi());
  return null;
}

/** Under the graph: the step in words and the numbers it wrote, so the embed reads without the app's panels. */
function StepCaption() {
  const trace = useDeltascope((s) => s.trace);
  const cursor = useDeltascope((s) => s.cursor);
  const notation = useDeltascope((s) => s.notation);
  const digits = useDeltascope((s) => s.digits);
  const summary = useMemo(() => summarizeStep(trace, cursor, notation), [trace, cursor, notation]);
  return (
    <p className="embed-caption" data-testid="embed-caption">
      <span className="embed-step" data-testid="step-name">
        <span className="step-count">
          {summary.step + 1}/{summary.total}
        </span>{' '}
        {summary.name}
      </span>
      {summary.values.length > 0 && (
        // The step's name ends with the symbol it writes, so "… δ⁽²⁾ = (−0.11033497, 0.0864191)" reads on.
        <span className="embed-values" data-testid="embed-values">
          = {valuesText(summary, digits)}
        </span>
      )}
    </p>
  );
}

export interface EmbedAppProps {
  readonly controls: boolean;
  readonly autoplay: boolean;
  readonly problems: readonly string[];
}

/** embed.html: one network's graph, the current step under it, and the controls the URL asked for. */
export function EmbedApp({ controls, autoplay, problems }: EmbedAppProps) {
  const store = useStoreApi();
  const theme = useDeltascope((s) => s.theme);
  const root = useRef<HTMLDivElement>(null);
  usePlayback(store);
  useHostMessages(store);
  useHeightReport(root);
  const start = useCallback(() => store.getState().play(), [store]);
  useEffect(() => {
    if (autoplay) start();
  }, [autoplay, start]);
  return (
    <div ref={root} className={`app embed theme-${theme}`} data-controls={controls ? 'on' : 'off'}>
      {problems.length > 0 && (
        <p className="embed-problem" role="status" data-testid="embed-problem">
          {problems.join(' ')}
        </p>
      )}
      <GraphArea />
      <StepCaption />
      {controls && (
        <>
          <EmbedControls />
          <EmbedKeyboard />
        </>
      )}
      <LiveRegion />
    </div>
  );
}
