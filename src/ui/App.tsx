import { lazy, Suspense, useCallback, useState } from 'react';
import { Controls } from './Controls';
import { EditorPanel } from './editor/EditorPanel';
import { EquationPanel } from './EquationPanel';
import { GraphArea } from './GraphArea';
import { Header } from './Header';
import { KeysOverlay } from './KeysOverlay';
import { LiveRegion } from './LiveRegion';
import { MatrixPanel } from './MatrixPanel';
import { MessageBanner } from './MessageBanner';
import { PresentView } from './present/PresentView';
import { Settings } from './Settings';
import { useDeltascope, useStoreApi } from './StoreContext';
import { useKeyboard } from './useKeyboard';
import { usePlayback } from './usePlayback';
import { useUrlSync } from './useUrlSync';

// Code split (issue 6): the Train view and its charts load when the tab is first opened.
const TrainingTab = lazy(() => import('./training/TrainingTab').then((m) => ({ default: m.TrainingTab })));

/** The stepper: header, graph, equation and matrix panels, controls. */
export function App({ syncUrl = true }: { syncUrl?: boolean }) {
  const store = useStoreApi();
  const theme = useDeltascope((s) => s.theme);
  const [help, setHelp] = useState(false);
  const toggleHelp = useCallback(() => setHelp((h) => !h), []);
  const closeHelp = useCallback(() => setHelp(false), []);
  const [view, setView] = useState<'step' | 'train'>('step');
  // Cheng's lines take room under the graph: the equation's row gives it back (app.css .layout.amplifying).
  const amplifying = useDeltascope((s) => s.amplificationOutput !== null);
  const showStepper = useCallback(() => setView('step'), []);
  useKeyboard(store, toggleHelp, closeHelp);
  usePlayback(store);
  if (syncUrl) useUrlSync(store); // eslint-disable-line react-hooks/rules-of-hooks -- syncUrl never changes for a mount
  if (useDeltascope((s) => s.mode) === 'present')
    return <PresentView help={help} onHelp={toggleHelp} onCloseHelp={closeHelp} />;
  return (
    <div className={`app theme-${theme}`}>
      <Header />
      <MessageBanner />
      <nav
        role="tablist"
        aria-label="View"
        className="view-tabs"
        style={{ display: 'flex', gap: '0.5rem', padding: '0.4rem 1.5rem 0' }}
      >
        {(['step', 'train'] as const).map((name) => (
          <button
            key={name}
            type="button"
            role="tab"
            aria-selected={view === name}
            style={{ fontWeight: view === name ? 700 : 400 }}
            onClick={() => setView(name)}
          >
            {name === 'step' ? 'Step' : 'Train'}
          </button>
        ))}
      </nav>
      <EditorPanel persist={syncUrl} />
      {view === 'train' ? (
        <Suspense fallback={<main className="training-view">Loading the Train view…</main>}>
          <TrainingTab onStep={showStepper} />
        </Suspense>
      ) : (
        <main className={amplifying ? 'layout amplifying' : 'layout'}>
          <GraphArea />
          <EquationPanel />
          <MatrixPanel />
        </main>
      )}
      <footer className="footer">
        {view === 'step' && <Controls />}
        <div className="footer-side">
          <Settings />
          <button type="button" className="link" onClick={toggleHelp} aria-haspopup="dialog">
            Keys (?)
          </button>
        </div>
      </footer>
      <LiveRegion />
      {help && <KeysOverlay onClose={closeHelp} />}
    </div>
  );
}
