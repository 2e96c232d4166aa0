// Web Push in the browser (docs/notifications.md): permission, the service worker's push subscription made with the
// server's VAPID key, and what the API needs of it. The API calls are the caller's (they go through urql).

export interface SubscriptionInput {
  endpoint: string;
  p256dh: string;
  auth: string;
}

/** Whether this browser can receive Web Push at all (service worker, PushManager, notifications). */
export function pushSupported(): boolean {
  return typeof window !== 'undefined' && 'serviceWorker' in navigator && 'PushManager' in window && 'Notification' in window;
}

/** The base64url VAPID key as the bytes pushManager.subscribe wants. */
export function applicationServerKey(base64url: string): Uint8Array<ArrayBuffer> {
  const base64 = base64url.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(base64url.length / 4) * 4, '=');
  const raw = atob(base64);
  const bytes = new Uint8Array(new ArrayBuffer(raw.length));
  for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
  return bytes;
}

/** The endpoint and keys of a subscription, as registerWebPush takes them. */
export function subscriptionInput(subscription: PushSubscription): SubscriptionInput {
  const json = subscription.toJSON();
  return { endpoint: subscription.endpoint, p256dh: json.keys?.p256dh ?? '', auth: json.keys?.auth ?? '' };
}

/** This browser's current push subscription, if any. */
export async function currentSubscription(): Promise<PushSubscription | null> {
  if (!pushSupported()) return null;
  const registration = await navigator.serviceWorker.getRegistration('/');
  return (await registration?.pushManager.getSubscription()) ?? null;
}

export type EnableResult = { ok: true; subscription: SubscriptionInput } | { ok: false; reason: string };

/** Asks permission, then subscribes with the server's key. The reasons are French, for the page to show. */
export async function subscribe(vapidPublicKey: string): Promise<EnableResult> {
  if (!pushSupported()) return { ok: false, reason: 'Ce navigateur ne sait pas recevoir de notifications.' };
  const permission = await Notification.requestPermission();
  if (permission !== 'granted') {
    return { ok: false, reason: 'Les notifications sont refusées pour ce site : autorisez-les dans les réglages du navigateur.' };
  }
  const registration = await navigator.serviceWorker.ready;
  try {
    const subscription =
      (await registration.pushManager.getSubscription()) ??
      (await registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: applicationServerKey(vapidPublicKey) }));
    return { ok: true, subscription: subscriptionInput(subscription) };
  } catch {
    return { ok: false, reason: "Le service de notifications du navigateur n'a pas répondu. Réessayez plus tard." };
  }
}

/** Ends this browser's subscription; returns its endpoint for the API to forget, or null if there was none. */
export async function unsubscribe(): Promise<string | null> {
  const subscription = await currentSubscription();
  if (!subscription) return null;
  const endpoint = subscription.endpoint;
  await subscription.unsubscribe();
  return endpoint;
}
