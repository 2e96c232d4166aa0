import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { createApi } from './api/client';
import { AlertStore } from './alerts/store';
import { registerServiceWorker } from './app/pwa';
import './styles.css';

const api = createApi();
const alerts = new AlertStore(api.client, api.ws, window.localStorage);
createRoot(document.getElementById('root')!).render(<App services={{ api, alerts }} />);
registerServiceWorker();
