// Web Push in the browser: the service worker shows a pushed alert as a French notification (tag = alert id) and drops
// a duplicate; the profile's switch is there and accessible; the API takes a real-looking subscription.
// Chromium's own pushManager.subscribe needs Google's push service (no internet here), so the push is delivered
// through the DevTools protocol (ServiceWorker.deliverPushMessage) and the server side registers a subscription made
// of keys generated here.
import { expect, test } from '@playwright/test';
import { createECDH, randomBytes } from 'node:crypto';
import { checkA11y, register, shot, unique } from './helpers';

test.use({ serviceWorkers: 'allow' });

const REGISTER_PUSH = `mutation($s: WebPushSubscriptionInput!) { registerWebPush(subscription: $s) { id platform } }`;
const UNREGISTER_PUSH = `mutation($e: String!) { unregisterWebPush(endpoint: $e) }`;

test('a pushed alert shows as a notification once, and the profile turns notifications on and off', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['notifications']);
  await register(page, unique('push'));

  // Server side: a subscription as a browser's pushManager would make it (P-256 key, 16-byte secret).
  const ecdh = createECDH('prime256v1');
  ecdh.generateKeys();
  const subscription = {
    endpoint: `https://push.example.net/voisinage/${unique('e')}`,
    p256dh: ecdh.getPublicKey().toString('base64url'),
    auth: randomBytes(16).toString('base64url'),
  };
  const call = async (query: string, variables: Record<string, unknown>) =>
    (await (await page.request.post('/graphql', { data: { query, variables } })).json()) as { data?: any; errors?: { extensions?: { code?: string } }[] }; // eslint-disable-line @typescript-eslint/no-explicit-any
  const registered = await call(REGISTER_PUSH, { s: subscription });
  expect(registered.errors).toBeUndefined();
  expect(registered.data.registerWebPush.platform).toBe('WEB_PUSH');
  const refused = await call(REGISTER_PUSH, { s: { ...subscription, auth: 'court' } });
  expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  expect((await call(UNREGISTER_PUSH, { e: subscription.endpoint })).data.unregisterWebPush).toBe(true);

  // The profile's switch (its subscribe needs a push service, so only its presence and state are checked here).
  await page.goto('/profil');
  await expect(page.getByRole('heading', { level: 2, name: 'Notifications sur cet appareil' })).toBeVisible();
  await expect(page.getByTestId('push-state')).toHaveText('Désactivées');
  await expect(page.getByRole('button', { name: 'Activer les notifications' })).toBeEnabled();
  // Preferences: turn event alerts off for push, quiet hours on; the server keeps them.
  await page.getByRole('group', { name: 'Sur cet appareil et mes autres appareils' }).getByLabel('Événements').uncheck();
  await page.getByLabel('Activer les heures calmes').check();
  await page.getByRole('button', { name: 'Enregistrer mes préférences' }).click();
  await expect(page.getByText('Préférences enregistrées.')).toBeVisible();
  const prefs = await call('{ notificationPreferences { off { kind channel } quietHours { start end timeZone } } }', {});
  expect(prefs.data.notificationPreferences).toEqual({ off: [{ kind: 'ALERT_EVENT', channel: 'PUSH' }], quietHours: { start: '22:00', end: '07:00', timeZone: 'Europe/Paris' } });
  await checkA11y(page, 'profil-notifications');
  await shot(page, 'profil-notifications');

  // The service worker controls the page; find its registration id for the DevTools protocol.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  const cdp = await context.newCDPSession(page);
  const registrationId = new Promise<string>((resolve) => {
    cdp.on('ServiceWorker.workerRegistrationUpdated', (e: { registrations: { registrationId: string; scopeURL: string; isDeleted: boolean }[] }) => {
      const r = e.registrations.find((x) => !x.isDeleted && x.scopeURL.startsWith(baseURL!));
      if (r) resolve(r.registrationId);
    });
  });
  await cdp.send('ServiceWorker.enable');
  const id = unique('alerte');
  const payload = JSON.stringify({ id, type: 'alert', kind: 'URGENT', title: 'Fuite de gaz', body: 'Évitez la rue Haute', urgent: true, url: `/alertes#${id}` });
  const deliver = async () => cdp.send('ServiceWorker.deliverPushMessage', { origin: new URL(baseURL!).origin, registrationId: await registrationId, data: payload });
  const shown = () =>
    page.evaluate(async () =>
      (await (await navigator.serviceWorker.ready).getNotifications()).map((n) => ({ title: n.title, body: n.body, tag: n.tag, url: (n.data as { url: string }).url })),
    );

  await deliver();
  await expect.poll(shown).toEqual([{ title: 'Urgence : Fuite de gaz', body: 'Évitez la rue Haute', tag: id, url: `/alertes#${id}` }]);

  // At least once: the same alert again, after the first was dismissed, is not shown a second time.
  await page.evaluate(async () => (await (await navigator.serviceWorker.ready).getNotifications()).forEach((n) => n.close()));
  await expect.poll(shown).toEqual([]);
  await deliver();
  // A different alert still shows, which also proves the duplicate had been handled before it.
  const other = JSON.stringify({ id: `${id}-2`, type: 'alert', kind: 'VIGILANCE', title: 'Démarcheurs', body: '', url: '/alertes' });
  await cdp.send('ServiceWorker.deliverPushMessage', { origin: new URL(baseURL!).origin, registrationId: await registrationId, data: other });
  await expect.poll(shown).toEqual([{ title: 'Vigilance : Démarcheurs', body: 'Nouvelle alerte dans votre quartier.', tag: `${id}-2`, url: '/alertes' }]);
});
