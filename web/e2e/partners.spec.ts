// Sign in with Voisinage, end to end: a partner service (the standard OpenID Connect relying party openid-client,
// exactly as docs/partners.md tells partners to integrate) sends a verified neighbour's browser to Voisinage, the
// neighbour consents on the real consent page in Chromium, and the partner redeems the code with its PKCE verifier,
// checks the ID token and reads userinfo. Then the remembered choice, refresh rotation, the profile's revoke, and the
// partner's page in the operator console. The partner's callback is answered by the test (page.route): the code
// never needs a real partner server.
import { expect, test } from '@playwright/test';
import * as oidc from 'openid-client';
import { FIX, FOUND, SET_HOME, gqlCookie, gqlToken } from './api';
import { DINAN, checkA11y, register, shot, unique } from './helpers';

const CALLBACK = 'http://127.0.0.1:9/partenaire/retour';
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { token } }`;
const REGISTER_PARTNER = `mutation($i: RegisterPartnerClientInput!) { registerPartnerClient(input: $i) { client { clientId } } }`;
const SCOPE = 'openid profile email voisinage:verified voisinage:neighbourhood offline_access';

/** The operator scripts/test.sh named (VOISINAGE_E2E_OPERATOR: {"login", "password"}). */
async function operatorToken(baseURL: string) {
  const credentials = process.env.VOISINAGE_E2E_OPERATOR;
  if (!credentials) throw new Error('VOISINAGE_E2E_OPERATOR must name an operator account (scripts/test.sh creates one)');
  return (await gqlToken(baseURL, LOGIN, { input: JSON.parse(credentials) })).login.token as string;
}

test('a partner signs a verified neighbour in with Voisinage: consent, code + PKCE, claims, refresh, revoke', async ({ browser, baseURL }) => {
  const name = unique('Covoit ');
  const clientId = (
    await gqlToken(baseURL!, REGISTER_PARTNER, {
      i: { name, redirectUris: [CALLBACK], scopes: ['profile', 'email', 'voisinage:verified', 'voisinage:neighbourhood', 'offline_access'], confidential: false },
    }, await operatorToken(baseURL!))
  ).registerPartnerClient.client.clientId as string;

  // The partner's side: discovery, then an authorization URL with PKCE (S256), state and nonce.
  const config = await oidc.discovery(new URL(baseURL!), clientId, undefined, oidc.None(), { execute: [oidc.allowInsecureRequests] });
  const authorize = async () => {
    const verifier = oidc.randomPKCECodeVerifier();
    const state = oidc.randomState();
    const nonce = oidc.randomNonce();
    const url = oidc.buildAuthorizationUrl(config, {
      redirect_uri: CALLBACK,
      scope: SCOPE,
      code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
      state,
      nonce,
    });
    return { url, verifier, state, nonce };
  };

  // A verified neighbour, member of a neighbourhood, signed in in this browser.
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const pseudo = unique('lea');
  await register(page, pseudo);
  // A block of its own (the journey founds at DINAN in the same run, the budgets test north-east of it).
  const here = { latitude: DINAN.latitude - 0.015, longitude: DINAN.longitude + 0.02 };
  await gqlCookie(context.request, SET_HOME, { lat: here.latitude, lng: here.longitude });
  for (let i = 0; i < 3; i++) await gqlCookie(context.request, FIX, { lat: here.latitude, lng: here.longitude });
  const quarter = unique('Quartier ');
  await gqlCookie(context.request, FOUND, { name: quarter });
  const me = (await gqlCookie(context.request, '{ me { id homeCell } }')).me as { id: string; homeCell: string };

  let back = '';
  await page.route('http://127.0.0.1:9/**', async (route) => {
    back = route.request().url();
    await route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><html lang="fr"><title>Partenaire</title><main><h1>Retour chez le partenaire</h1></main></html>' });
  });

  // The partner sends the browser to Voisinage; the consent page names it and shows exactly what it will see.
  const first = await authorize();
  await page.goto(first.url.href);
  await expect(page.getByRole('heading', { level: 1, name: `${name} souhaite vous connecter avec Voisinage` })).toBeVisible();
  await expect(page.getByText(`Votre pseudo : ${pseudo}`)).toBeVisible();
  await expect(page.getByText('Que vous êtes un voisin vérifié (par géolocalisation)')).toBeVisible();
  await expect(page.getByText(`Votre quartier : ${quarter}`)).toBeVisible();
  await expect(page.getByText('Jamais votre domicile ni votre adresse.')).toBeVisible();
  await checkA11y(page, 'consent');
  await shot(page, 'partner-consent');
  await page.getByLabel(/Partager aussi mon adresse e-mail/).check();
  await page.getByLabel('Se souvenir de mon choix').check();
  await page.getByRole('button', { name: 'Autoriser' }).click();
  await expect(page.getByRole('heading', { name: 'Retour chez le partenaire' })).toBeVisible();

  // The partner redeems the code (PKCE verifier, state and nonce checked by openid-client) and reads the claims.
  const tokens = await oidc.authorizationCodeGrant(config, new URL(back), { pkceCodeVerifier: first.verifier, expectedState: first.state, expectedNonce: first.nonce });
  const claims = tokens.claims()!;
  expect(claims.name).toBe(pseudo);
  expect(claims.email).toBe(`${pseudo}@exemple.fr`);
  expect(claims.voisinage_verified).toBe(true);
  expect(claims.voisinage_verification_method).toBe('geolocation');
  expect(claims.voisinage_neighbourhood_name).toBe(quarter);
  const info = await oidc.fetchUserInfo(config, tokens.access_token, claims.sub);
  expect(info.preferred_username).toBe(pseudo);
  expect(info.voisinage_neighbourhood_id).toBe(claims.voisinage_neighbourhood_id);
  const everything = JSON.stringify(tokens) + JSON.stringify(claims) + JSON.stringify(info);
  expect(everything).not.toContain(me.homeCell);
  expect(everything).not.toContain(me.id);

  // Refresh tokens rotate.
  const refreshed = await oidc.refreshTokenGrant(config, tokens.refresh_token!);
  expect(refreshed.refresh_token).toBeTruthy();
  expect(refreshed.refresh_token).not.toBe(tokens.refresh_token);

  // The remembered choice: the next sign-in goes straight back to the partner.
  back = '';
  const second = await authorize();
  await page.goto(second.url.href);
  await expect(page.getByRole('heading', { name: 'Retour chez le partenaire' })).toBeVisible();
  const again = await oidc.authorizationCodeGrant(config, new URL(back), { pkceCodeVerifier: second.verifier, expectedState: second.state, expectedNonce: second.nonce });
  expect(again.claims()!.sub).toBe(claims.sub);

  // The profile lists the partner with what it sees; revoking ends its access at once.
  await page.goto('/profil');
  await expect(page.getByRole('heading', { level: 2, name: 'Services connectés' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name })).toBeVisible();
  await checkA11y(page, 'profile-connected-services');
  await page.getByRole('button', { name: `Révoquer l'accès de ${name}` }).click();
  await expect(page.getByText(`${name} n'a plus accès à votre compte.`)).toBeVisible();
  await expect(oidc.fetchUserInfo(config, again.access_token, claims.sub)).rejects.toThrow();
  await expect(oidc.refreshTokenGrant(config, again.refresh_token!)).rejects.toThrow();

  // Refusing sends the partner an access_denied, and it learns nothing.
  back = '';
  const third = await authorize();
  await page.goto(third.url.href);
  await page.getByRole('button', { name: 'Refuser' }).click();
  await expect(page.getByRole('heading', { name: 'Retour chez le partenaire' })).toBeVisible();
  expect(new URL(back).searchParams.get('error')).toBe('access_denied');
  await context.close();
});

test('an unknown partner is refused with a clear error, and a resident signed out is asked to sign in first', async ({ page, baseURL }) => {
  const response = await page.goto(`/connect/authorize?client_id=p_inconnu&response_type=code&redirect_uri=${encodeURIComponent(CALLBACK)}&scope=openid&code_challenge=abc&code_challenge_method=S256`);
  expect(response?.status()).toBe(400);
  await expect(page.locator('body')).toContainText("client_id");

  const clientId = (
    await gqlToken(baseURL!, REGISTER_PARTNER, { i: { name: unique('Mairie '), redirectUris: [CALLBACK], scopes: ['profile'], confidential: false } }, await operatorToken(baseURL!))
  ).registerPartnerClient.client.clientId as string;
  const verifier = oidc.randomPKCECodeVerifier();
  await page.goto(`/connect/authorize?client_id=${clientId}&response_type=code&redirect_uri=${encodeURIComponent(CALLBACK)}&scope=openid%20profile&code_challenge=${await oidc.calculatePKCECodeChallenge(verifier)}&code_challenge_method=S256&state=s`);
  await expect(page.getByRole('link', { name: 'Connectez-vous' })).toBeVisible();
  await page.getByRole('link', { name: 'Connectez-vous' }).click();
  await expect(page).toHaveURL(/\/connexion\?suite=%2Fpartenaires%2Fautoriser%3F/);
});
