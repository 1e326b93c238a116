import type { Theme } from '../../store/store';
import { selectStepName } from '../../store/selectors';
import { StepNameRoom } from '../Header';
import { useDeltascope, useStoreApi } from '../StoreContext';
import { cycleTheme, leavePresent, nextTheme } from './presentMode';

const THEME_NAMES: Record<Theme, string> = { light: 'light', dark: 'dark', contrast: 'high contrast' };

/** Presentation mode's only chrome: where we are, and big buttons for the few things a lecturer does. */
interface PresentBarProps {
  onHelp: () => void;
  working: boolean;
  onWorking: () => void;
}

export function PresentBar({ onHelp, working, onWorking }: PresentBarProps) {
  const store = useStoreApi();
  const stepName = useDeltascope(selectStepName);
  const cursor = useDeltascope((s) => s.cursor);
  const count = useDeltascope((s) => s.trace.steps.length);
  const theme = useDeltascope((s) => s.theme);
  const predict = useDeltascope((s) => s.predict);
  const { next, previous, setPredict } = store.getState();
  return (
    <header className="present-bar">
      <h1 className="present-step">
        <StepNameRoom />
        <span className="present-step-shown" data-testid="step-name">
          <span className="step-count">
            {cursor + 1}/{count}
          </span>{' '}
          {stepName}
        </span>
      </h1>
      <nav className="present-buttons" aria-label="Presentation">
        <button type="button" onClick={previous} disabled={cursor < 0} aria-label="Previous step (←)">
          ◀
        </button>
        <button type="button" onClick={next} disabled={cursor >= count - 1} aria-label="Next step (→)">
          ▶
        </button>
        <button
          type="button"
          aria-pressed={working}
          onClick={onWorking}
          title="Show the numbers substituted (w)"
        >
          Working
        </button>
        <button type="button" aria-pressed={predict} onClick={() => setPredict(!predict)}>
          Predict
        </button>
        {/* An icon, not the theme's name: "light" on a button read as "make it light" while it was light (and
            the name took the room the step's name needs beside the buttons at 1280 px). */}
        <button
          type="button"
          onClick={() => cycleTheme(store)}
          aria-label={`Theme: ${THEME_NAMES[theme]}, next: ${THEME_NAMES[nextTheme(theme)]} (t)`}
          title={`Theme: ${THEME_NAMES[theme]} (t switches)`}
        >
          ◐
        </button>
        <button type="button" onClick={onHelp} aria-haspopup="dialog" aria-label="Keys (?)">
          ?
        </button>
        <button type="button" onClick={() => leavePresent(store)} title="Leave presentation (Esc)">
          Exit
        </button>
      </nav>
    </header>
  );
}
