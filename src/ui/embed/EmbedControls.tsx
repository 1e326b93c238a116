import { useShallow } from 'zustand/react/shallow';
import { useDeltascope } from '../StoreContext';

/**
 * The embed's controls: previous / play / next and a step scrubber, nothing else (the app's Controls carry
 * speed, predict mode and whatever the app grows; a course page asked for stepping only).
 */
export function EmbedControls() {
  const total = useDeltascope((s) => s.trace.steps.length);
  const cursor = useDeltascope((s) => s.cursor);
  const playing = useDeltascope((s) => s.playing);
  const { next, previous, seek, togglePlay } = useDeltascope(
    useShallow((s) => ({ next: s.next, previous: s.previous, seek: s.seek, togglePlay: s.togglePlay })),
  );
  return (
    <div className="embed-controls" role="group" aria-label="Step controls">
      {/* .buttons: the app's button look (app.css), primary and disabled included. */}
      <div className="buttons">
        <button type="button" onClick={previous} disabled={cursor < 0} title="Previous step (←)">
          ◀ Prev
        </button>
        <button type="button" className="primary" onClick={togglePlay} title="Play / pause (Space)">
          {playing ? '❚❚ Pause' : '▶ Play'}
        </button>
        <button type="button" onClick={next} disabled={cursor >= total - 1} title="Next step (→)">
          Next ▶
        </button>
      </div>
      <input
        type="range"
        aria-label="Step"
        min={-1}
        max={total - 1}
        step={1}
        value={cursor}
        onChange={(e) => seek(Number(e.target.value))}
        aria-valuetext={`step ${cursor + 1} of ${total}`}
      />
    </div>
  );
}
