import { createContext, useContext, useSyncExternalStore } from 'react';
import type { Api } from '../api/client';
import type { AlertStore } from '../alerts/store';

export interface AppServices {
  api: Api;
  alerts: AlertStore;
}

export const ServicesContext = createContext<AppServices | null>(null);

export function useServices(): AppServices {
  const s = useContext(ServicesContext);
  if (!s) throw new Error('ServicesContext missing');
  return s;
}

export function useAlerts() {
  const { alerts } = useServices();
  return useSyncExternalStore(alerts.subscribe, alerts.get, alerts.get);
}
