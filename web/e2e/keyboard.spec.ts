// Keyboard only: the skip link, the navigation and a form, with the focus moving to each new page's heading.
import { expect, test } from '@playwright/test';
import { PASSWORD, unique } from './helpers';

test('sign up with the keyboard alone', async ({ page }) => {
  // From a freshly loaded page, once the app has rendered (a Tab pressed before it can land elsewhere: retried whole).
  await expect(async () => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Aller au contenu' })).toBeFocused({ timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  // The first control of the main content, not the header's.
  expect(await page.evaluate(() => !!document.activeElement?.closest('main'))).toBe(true);

  await page.getByRole('link', { name: "S'inscrire" }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Créer mon compte' })).toBeFocused();
  const pseudo = unique('clavier');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Pseudo')).toBeFocused();
  await page.keyboard.type(pseudo);
  await page.keyboard.press('Tab');
  await page.keyboard.type(`${pseudo}@exemple.fr`);
  await page.keyboard.press('Tab');
  await page.keyboard.type(PASSWORD);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Mon domicile' })).toBeFocused();
});
