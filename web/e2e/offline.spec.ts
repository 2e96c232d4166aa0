// The installed app opens offline: the service worker serves the cached shell, which says it is offline.
import { expect, test } from '@playwright/test';
import { checkA11y, shot } from './helpers';

test.use({ serviceWorkers: 'allow' });

test('the app shell opens offline and says so; the manifest makes it installable', async ({ page, context }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Voisinage');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  // Wait until the worker controls the page (it claims clients on activation).
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  const manifest = await (await page.request.get('/manifest.webmanifest')).json();
  expect(manifest.name).toBe("Voisinage — mon p'ti voisinage");
  expect(manifest.icons.map((i: { sizes: string; purpose?: string }) => `${i.sizes}${i.purpose ? ` ${i.purpose}` : ''}`)).toEqual(
    expect.arrayContaining(['192x192', '512x512', '512x512 maskable']),
  );

  await context.setOffline(true);
  await page.goto('/annonces');
  await expect(page.getByText(/Vous êtes hors ligne/)).toBeVisible();
  await expect(page.getByRole('banner')).toBeVisible();
  await checkA11y(page, 'hors-ligne');
  await shot(page, 'hors-ligne');
  await context.setOffline(false);
});
