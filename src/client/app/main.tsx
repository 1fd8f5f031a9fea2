import '../platform/strictCsp';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import {
  APP_VERSION,
  registerServiceWorker,
  requestPersistentStorage,
  startConnectivityWatch,
} from '../platform';
import { App } from './App';
import './styles.css';

// Lets support staff (and tests) read which build a tablet runs.
document.documentElement.dataset.appVersion = APP_VERSION;

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

// The service worker only exists in production builds; dev serves modules straight from Vite.
if (import.meta.env.PROD) registerServiceWorker();
// Ask early: data on a field tablet must not be evicted when space runs low.
void requestPersistentStorage();
startConnectivityWatch();
