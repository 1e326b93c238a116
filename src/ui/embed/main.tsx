import { createRoot } from 'react-dom/client';
import { createDeltascopeStore } from '../../store/store';
import { StoreContext } from '../StoreContext';
import '../app.css';
import { EmbedApp } from './EmbedApp';
import { parseEmbedUrl } from './parseEmbedUrl';

// embed.html's entry: only the graph, the step caption and the controls (no panels, editor or training), so
// a course page loads a fraction of the app's JavaScript (test/browser/bundle.test.ts checks it).
// No StrictMode: its doubled effects would announce `deltascope:ready` twice to the host in development.
const config = parseEmbedUrl(window.location.search);
const store = createDeltascopeStore(config.initial);
const root = document.getElementById('root');
if (root === null) throw new Error('embed.html has no #root element');
createRoot(root).render(
  <StoreContext value={store}>
    <EmbedApp controls={config.controls} autoplay={config.autoplay} problems={config.problems} />
  </StoreContext>,
);
