/// <reference lib="webworker" />
// The service worker: caches the app shell (built files, precached at install) so the app opens offline and says so;
// navigations fall back to the cached index.html. The API (/graphql, /hubs) is never cached. It also shows Web Push
// notifications (below).
import { createHandlerBoundToURL, precacheAndRoute, cleanupOutdatedCaches } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { clientsClaim } from 'workbox-core';
import { alertKinds } from './app/labels';
import type { AlertKind } from './gql/graphql';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: Array<{ url: string; revision: string | null }> };

self.skipWaiting();
clientsClaim();
cleanupOutdatedCaches();
precacheAndRoute(self.__WB_MANIFEST);
registerRoute(new NavigationRoute(createHandlerBoundToURL('/index.html'), { denylist: [/^\/graphql/, /^\/hubs\//, /^\/metrics/, /^\/dashboard/, /^\/connect\//, /^\/\.well-known\//] }));

// Web Push (docs/notifications.md): the server's gateway sends each alert (and official announcement) encrypted to this browser's subscription.
// Delivery is at least once, so a push whose id was already shown is dropped (ids kept in a small cache), and the
// notification's tag is the id, so a duplicate arriving while it is still displayed replaces it silently.
interface PushPayload {
  id?: string;
  type?: string;
  kind?: string;
  title?: string;
  body?: string;
  urgent?: boolean;
  url?: string;
}

const SEEN_CACHE = 'voisinage-push-seen';
const SEEN_MAX = 200;

/** Whether the push with this id was already shown; records it otherwise (the oldest records go beyond SEEN_MAX). */
async function alreadyShown(id: string): Promise<boolean> {
  const cache = await caches.open(SEEN_CACHE);
  const key = new Request(`/__push-seen/${encodeURIComponent(id)}`);
  if (await cache.match(key)) return true;
  await cache.put(key, new Response(''));
  const keys = await cache.keys();
  await Promise.all(keys.slice(0, Math.max(0, keys.length - SEEN_MAX)).map((k) => cache.delete(k)));
  return false;
}

async function showPush(payload: PushPayload | undefined): Promise<void> {
  if (!payload?.id || !payload.title) return;
  if (await alreadyShown(payload.id)) return;
  // An official announcement's title already names its organisation ("Mairie de … : title"); alerts get their kind.
  const label = payload.type !== 'announcement' && payload.kind ? alertKinds[payload.kind as AlertKind] : undefined;
  await self.registration.showNotification(label ? `${label} : ${payload.title}` : payload.title, {
    body: payload.body || (payload.type === 'announcement' ? 'Nouvelle annonce officielle.' : 'Nouvelle alerte dans votre quartier.'),
    icon: '/icons/icon-192.png',
    badge: '/icons/icon-192.png',
    tag: payload.id,
    lang: 'fr',
    requireInteraction: payload.urgent === true,
    data: { url: payload.url?.startsWith('/') ? payload.url : '/alertes' },
  });
}

self.addEventListener('push', (event) => {
  const payload = (() => {
    try {
      return event.data?.json() as PushPayload | undefined;
    } catch {
      return undefined;
    }
  })();
  event.waitUntil(showPush(payload));
});

self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const url = (event.notification.data as { url?: string } | undefined)?.url ?? '/';
  event.waitUntil(
    (async () => {
      // An open window of the app goes to the page; otherwise a new one opens there.
      const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
      const open = windows.find((w) => new URL(w.url).origin === self.location.origin);
      if (open) {
        await open.navigate(url);
        await open.focus();
      } else {
        await self.clients.openWindow(url);
      }
    })(),
  );
});
