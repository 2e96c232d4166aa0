import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { cellToLatLng, cellToParent, gridDisk, latLngToCell } from 'h3-js';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FIX, SET_HOME, gqlCookie } from './api';

/**
 * Near Dinan (48.4556, -2.0503), moved by up to ~2 km per run so that reruns against the same server start in a block
 * no earlier run has used.
 */
export const DINAN = { latitude: 48.4556 + (Math.random() - 0.5) * 0.04, longitude: -2.0503 + (Math.random() - 0.5) * 0.06 };
export const PASSWORD = 'motdepasse-solide-42';
export const screenshots = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'docs', 'screenshots');
mkdirSync(screenshots, { recursive: true });

/** A position in a res-10 cell next to DINAN's, inside the same res-9 block. */
export function neighbourPosition(of = DINAN) {
  const home = latLngToCell(of.latitude, of.longitude, 10);
  const block = cellToParent(home, 9);
  const next = gridDisk(home, 1).find((c) => c !== home && cellToParent(c, 9) === block);
  if (!next) throw new Error('no adjacent cell in the same block');
  const [latitude, longitude] = cellToLatLng(next);
  return { latitude, longitude };
}

export const unique = (prefix: string) => `${prefix}${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

export async function newResident(browser: Browser, position: { latitude: number; longitude: number }, viewport: { width: number; height: number }) {
  const context = await browser.newContext({ geolocation: { ...position, accuracy: 10 }, permissions: ['geolocation'], viewport });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.stack ?? e.message));
  return { context, page, errors };
}

/** axe-core on the page as it is: no serious or critical violation. */
export async function checkA11y(page: Page, name: string) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${name}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  // Nothing wider than the screen (360 px phones included).
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `${name}: the page scrolls sideways`).toBeLessThanOrEqual(0);
}

export async function shot(page: Page, name: string) {
  await page.screenshot({ path: join(screenshots, `${name}.png`), fullPage: false });
}

/** Signs up in the app; `timeout` (ms) for the server's answer when the spec expects a slow machine (password hashing). */
export async function register(page: Page, pseudo: string, timeout?: number) {
  await page.goto('/inscription');
  await page.getByLabel('Pseudo').fill(pseudo);
  await page.getByLabel('Adresse e-mail').fill(`${pseudo}@exemple.fr`);
  await page.getByLabel('Mot de passe').fill(PASSWORD);
  await page.getByRole('button', { name: 'Créer mon compte' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mon domicile' })).toBeVisible({ timeout });
}

/** Home from the device position, then three geolocation fixes (the test server needs one day only). */
export async function setHomeAndVerify(page: Page) {
  await page.getByRole('button', { name: 'Utiliser ma position actuelle' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Vérification' })).toBeVisible();
  // The thresholds come from the server: the test server asks one day (the default would be two).
  await expect(page.getByText(/au moins 1 jour différent \(précision de 50 m/)).toBeVisible();
  await expect(page.getByTestId('vouch-status')).toHaveText('0 garant sur 2.');
  for (let i = 1; i <= 3; i++) {
    await page.getByRole('button', { name: 'Enregistrer ma position' }).click();
    if (i < 3) await expect(page.getByTestId('geo-status')).toContainText(`${i} position${i > 1 ? 's' : ''} comptée${i > 1 ? 's' : ''} sur 3, sur 1 jour sur 1.`);
  }
  await expect(page.getByText(/Vous êtes un voisin vérifié/)).toBeVisible();
}

export async function closeAll(...contexts: BrowserContext[]) {
  await Promise.all(contexts.map((c) => c.close()));
}

/** Home set and verified through the API as the app would (the test server asks one day of fixes). */
export async function verifiedAt(context: BrowserContext, at: { latitude: number; longitude: number }) {
  await gqlCookie(context.request, SET_HOME, { lat: at.latitude, lng: at.longitude });
  for (let i = 0; i < 3; i++) await gqlCookie(context.request, FIX, { lat: at.latitude, lng: at.longitude });
}

/** Signs in, in the app, as the operator scripts/test.sh named (VOISINAGE_E2E_OPERATOR: {"login", "password"}). */
export async function signInOperator(page: Page) {
  const credentials = process.env.VOISINAGE_E2E_OPERATOR;
  if (!credentials) throw new Error('VOISINAGE_E2E_OPERATOR must name an operator account (scripts/test.sh creates one)');
  const { login, password } = JSON.parse(credentials) as { login: string; password: string };
  await page.goto('/connexion');
  await page.getByLabel('Pseudo ou adresse e-mail').fill(login);
  await page.getByLabel('Mot de passe').fill(password);
  await page.getByRole('button', { name: 'Se connecter', exact: true }).click();
  await expect(page).not.toHaveURL(/connexion/);
}
