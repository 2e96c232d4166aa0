import { expect, test } from '@playwright/test';
import { checkA11y, register, unique } from './helpers';

// Passkeys with Chromium's virtual authenticator (DevTools protocol, WebAuthn domain): a platform authenticator that
// keeps discoverable credentials and verifies its user. WebAuthn refuses an IP address as relying party, so this test
// browses the server as localhost (scripts/test.sh adds that origin to Voisinage:Passkeys:Origins).
test('a passkey is added from the profile, signs in instead of the password, and signs in no more once removed', async ({ browser, baseURL }) => {
  const origin = baseURL!.replace('127.0.0.1', 'localhost');
  const context = await browser.newContext({ baseURL: origin, viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.stack ?? e.message));
  const cdp = await context.newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: { protocol: 'ctap2', transport: 'internal', hasResidentKey: true, hasUserVerification: true, isUserVerified: true, automaticPresenceSimulation: true },
  });

  const pseudo = unique('cle');
  await register(page, pseudo);

  // Added from the profile under a name.
  await page.goto('/profil');
  const section = page.getByRole('region', { name: "Clés d'accès" });
  await expect(section.getByText("Vous n'avez pas encore de clé d'accès.")).toBeVisible();
  await section.getByLabel('Nom de la nouvelle clé').fill('Téléphone de test');
  await section.getByRole('button', { name: "Ajouter une clé d'accès" }).click();
  await expect(section.getByText("Clé d'accès « Téléphone de test » ajoutée")).toBeVisible();
  const list = section.getByRole('list', { name: "Mes clés d'accès" });
  await expect(list.getByRole('heading', { name: 'Téléphone de test' })).toBeVisible();
  await expect(list.getByText(/jamais utilisée/)).toBeVisible();
  const { credentials } = await cdp.send('WebAuthn.getCredentials', { authenticatorId });
  expect(credentials).toHaveLength(1);
  expect(credentials[0]?.isResidentCredential).toBe(true);
  await checkA11y(page, 'profil, clés d’accès');

  // Signed out, then in again with the passkey alone (no pseudo, no password).
  await page.getByRole('button', { name: 'Se déconnecter' }).click();
  await expect(page.getByRole('link', { name: 'Se connecter' })).toBeVisible();
  await page.goto('/connexion');
  await checkA11y(page, 'connexion');
  await page.getByRole('button', { name: "Se connecter avec une clé d'accès" }).click();
  await expect(page.getByRole('link', { name: 'Profil' })).toBeVisible();
  await page.goto('/profil');
  await expect(list.getByText(/utilisée pour la dernière fois le/)).toBeVisible();
  const afterSignIn = await cdp.send('WebAuthn.getCredentials', { authenticatorId });
  expect(afterSignIn.credentials[0]?.signCount).toBeGreaterThan(credentials[0]?.signCount ?? 0);

  // Removed: the authenticator still offers it, the server refuses it.
  await section.getByRole('button', { name: 'Supprimer la clé « Téléphone de test »' }).click();
  await expect(section.getByText("Clé d'accès « Téléphone de test » supprimée")).toBeVisible();
  await expect(section.getByText("Vous n'avez pas encore de clé d'accès.")).toBeVisible();
  await page.getByRole('button', { name: 'Se déconnecter' }).click();
  await page.goto('/connexion');
  await page.getByRole('button', { name: "Se connecter avec une clé d'accès" }).click();
  await expect(page.getByText("Cette clé d'accès n'est pas reconnue")).toBeVisible();
  await expect(page.getByRole('link', { name: 'Se connecter' })).toBeVisible();

  expect(errors).toEqual([]);
  await context.close();
});
