import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createDeltascopeStore } from '../store/store';
import { parseUrl } from '../store/urlState';
import { App } from './App';
import { StoreContext } from './StoreContext';
import './app.css';

const { initial } = parseUrl(window.location.search);
const store = createDeltascopeStore(initial);
const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <StoreContext value={store}>
      <App />
    </StoreContext>
  </StrictMode>,
);
