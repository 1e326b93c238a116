import { useMemo } from 'react';
import type { Phase } from '../engine/types';
import { useShallow } from 'zustand/react/shallow';
import { useDeltascope } from './StoreContext';
import { PredictPanel } from './present/PredictPanel';

const SPEEDS = [0.5, 1, 2, 4, 8] as const;

/** Consecutive runs of one phase: the scrubber's coloured segments. */
function phaseRuns(phases: readonly Phase[]): { phase: Phase; start: number; count: number }[] {
  const runs: { phase: Phase; start: number; count: number }[] = [];
  phases.forEach((phase, index) => {
    const last = runs[runs.length - 1];
    if (last?.phase === phase) last.count++;
    else runs.push({ phase, start: index, count: 1 });
  });
  return runs;
}

/** Previous / play-pause / next, the scrubber with the phases marked, speed and reset. */
export function Controls() {
  const steps = useDeltascope((s) => s.trace.steps);
  const cursor = useDeltascope((s) => s.cursor);
  const playing = useDeltascope((s) => s.playing);
  const speed = useDeltascope((s) => s.speed);
  const predict = useDeltascope((s) => s.predict);
  const { next, previous, seek, first, togglePlay, setSpeed, jumpToPhase, setPredict } = useDeltascope(
    useShallow((s) => ({
      next: s.next,
      previous: s.previous,
      seek: s.seek,
      first: s.first,
      togglePlay: s.togglePlay,
      setSpeed: s.setSpeed,
      jumpToPhase: s.jumpToPhase,
      setPredict: s.setPredict,
    })),
  );
  const runs = useMemo(() => phaseRuns(steps.map((s) => s.phase)), [steps]);
  const total = steps.length + 1; // the start (cursor −1) plus every step
  return (
    // One box for the buttons and the predict question, so a phone keeps both on screen (app.css); elsewhere
    // it adds no box (display: contents) and they are the footer's rows.
    <div className="step-controls">
      <div className="controls">
        <div className="buttons">
          <button type="button" onClick={first} title="Back to the start (Home)">
            Reset
          </button>
          <button type="button" onClick={previous} disabled={cursor < 0} title="Previous step (←)">
            ◀ Prev
          </button>
          <button type="button" className="primary" onClick={togglePlay} title="Play / pause (Space)">
            {playing ? '❚❚ Pause' : '▶ Play'}
          </button>
          <button type="button" onClick={next} disabled={cursor >= steps.length - 1} title="Next step (→)">
            Next ▶
          </button>
          <button
            type="button"
            aria-pressed={predict}
            onClick={() => setPredict(!predict)}
            title="Type the next value before it is revealed"
          >
            Predict
          </button>
        </div>
        {/* The scrubber and the speed wrap as one: apart, at 1366–1440 px the speed took a row of its own. */}
        <div className="scrub-speed">
          <div className="scrubber">
            <div className="phases" aria-hidden="true">
              <span className="phase-run phase-start" style={{ flexGrow: 1 }} />
              {runs.map((run) => (
                <span
                  key={run.start}
                  className={`phase-run phase-${run.phase}`}
                  style={{ flexGrow: run.count }}
                  onClick={() => jumpToPhase(run.phase)}
                >
                  {run.phase}
                </span>
              ))}
            </div>
            <input
              type="range"
              aria-label="Step"
              min={-1}
              max={steps.length - 1}
              step={1}
              value={cursor}
              onChange={(e) => seek(Number(e.target.value))}
              style={{ width: '100%' }}
              aria-valuetext={`step ${cursor + 1} of ${steps.length}`}
              data-total={total}
            />
          </div>
          <label className="speed">
            Speed{' '}
            <select value={speed} onChange={(e) => setSpeed(Number(e.target.value))}>
              {SPEEDS.map((s) => (
                <option key={s} value={s}>
                  {s} step/s
                </option>
              ))}
            </select>
          </label>
        </div>
      </div>
      {/* A row of its own across the footer (flex-basis 100%), under the controls. */}
      {predict && <PredictPanel />}
    </div>
  );
}
