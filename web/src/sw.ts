/// <reference lib="webworker" />
// The service worker: caches the app shell (built files, precached at install) so the app opens offline and says so;
// navigations fall back to the cached index.html. The API (/graphql, /hubs) is never cached.
import { createHandlerBoundToURL, precacheAndRoute, cleanupOutdatedCaches } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { clientsClaim } from 'workbox-core';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: Array<{ url: string; revision: string | null }> };

self.skipWaiting();
clientsClaim();
cleanupOutdatedCaches();
precacheAndRoute(self.__WB_MANIFEST);
registerRoute(new NavigationRoute(createHandlerBoundToURL('/index.html'), { denylist: [/^\/graphql/, /^\/hubs\//, /^\/metrics/, /^\/dashboard/] }));

// Push notifications: the place for issue 21 (Web Push with VAPID). The server does not send Web Push yet, so this
// listener only shows what a push message carries when one arrives; issue 21 defines the payload and subscription.
self.addEventListener('push', (event) => {
  const data = (() => {
    try {
      return event.data?.json() as { title?: string; body?: string; url?: string } | undefined;
    } catch {
      return undefined;
    }
  })();
  if (!data?.title) return;
  event.waitUntil(self.registration.showNotification(data.title, { body: data.body, icon: '/icons/icon-192.png', data: { url: data.url ?? '/alertes' } }));
});

self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const url = (event.notification.data as { url?: string } | undefined)?.url ?? '/';
  event.waitUntil(self.clients.openWindow(url));
});
