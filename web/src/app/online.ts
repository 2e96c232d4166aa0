import { useSyncExternalStore } from 'react';

function subscribe(l: () => void) {
  window.addEventListener('online', l);
  window.addEventListener('offline', l);
  return () => {
    window.removeEventListener('online', l);
    window.removeEventListener('offline', l);
  };
}

/** Whether the browser believes it is online. */
export const useOnline = () => useSyncExternalStore(subscribe, () => navigator.onLine, () => true);
