import { useEffect, useState } from 'react';
import { GraphArea } from '../GraphArea';
import { KeysOverlay } from '../KeysOverlay';
import { LiveRegion } from '../LiveRegion';
import { MessageBanner } from '../MessageBanner';
import { useDeltascope, useStoreApi } from '../StoreContext';
import { Narration } from './Narration';
import { PredictPanel } from './PredictPanel';
import { PresentBar } from './PresentBar';
import { PresentEquation } from './PresentEquation';
import { useLeaveWithFullscreen } from './presentMode';
import { WorkingRoom } from './WorkingRoom';
import './present.css';

interface PresentViewProps {
  help: boolean;
  onHelp: () => void;
  onCloseHelp: () => void;
}

/**
 * Presentation mode for a projected 1280×720 screen: the graph big, the equation and a one-line narration
 * below in type no smaller than 24 px, and none of the editing chrome (tabs, settings, editor, training).
 */
export function PresentView({ help, onHelp, onCloseHelp }: PresentViewProps) {
  const store = useStoreApi();
  const theme = useDeltascope((s) => s.theme);
  const predict = useDeltascope((s) => s.predict);
  const [working, setWorking] = useState(false);
  useLeaveWithFullscreen(store);
  useWorkingKey(setWorking);
  return (
    <div className={`app present theme-${theme}`} data-testid="present">
      <PresentBar onHelp={onHelp} working={working} onWorking={() => setWorking((w) => !w)} />
      <MessageBanner />
      <main className="present-layout">
        <GraphArea />
        <section className="present-text" aria-label="Equation">
          <PresentEquation working={working} />
          <Narration />
          {predict && <PredictPanel />}
        </section>
        {working && <WorkingRoom />}
      </main>
      <LiveRegion />
      {help && <KeysOverlay onClose={onCloseHelp} />}
    </div>
  );
}

/** `w` shows or hides the substituted working (not while typing a prediction). */
function useWorkingKey(setWorking: (update: (working: boolean) => boolean) => void): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target;
      if (event.key !== 'w' || event.ctrlKey || event.metaKey || event.altKey) return;
      if (
        target instanceof HTMLElement &&
        (target.isContentEditable || target.closest('input, select, textarea'))
      )
        return;
      setWorking((w) => !w);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [setWorking]);
}
