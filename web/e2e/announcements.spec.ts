// Official announcements end to end (issue 22): a verified resident founds a town hall in the app (COMMUNE, a valid
// INSEE code), an operator verifies it in the operator console, the mayor draws its area (GeoJSON around the
// neighbourhood) and publishes an emergency; a neighbour who has the notifications page open sees it arrive live (the
// bell's count and "Annonces officielles") without reloading, and can report it. axe on each page.
import { expect, test } from '@playwright/test';
import { FOUND, JOIN, gqlCookie } from './api';
import { DINAN, checkA11y, closeAll, neighbourPosition, register, signInOperator, unique, verifiedAt } from './helpers';

/** A block of its own: the other specs live at DINAN, north-east and south-east of it. */
const HERE = { latitude: DINAN.latitude + 0.025, longitude: DINAN.longitude + 0.035 };

/** A square of ±half metres around a point, as GeoJSON ([longitude, latitude], counter-clockwise). */
function square(at: { latitude: number; longitude: number }, half: number) {
  const dLat = half / 111_320;
  const dLng = half / (111_320 * Math.cos((at.latitude * Math.PI) / 180));
  const ring = [
    [at.longitude - dLng, at.latitude - dLat],
    [at.longitude + dLng, at.latitude - dLat],
    [at.longitude + dLng, at.latitude + dLat],
    [at.longitude - dLng, at.latitude + dLat],
    [at.longitude - dLng, at.latitude - dLat],
  ];
  return JSON.stringify({ type: 'Polygon', coordinates: [ring] });
}

test('a town hall is founded, verified and publishes; a neighbour sees the announcement live and can report it', async ({ browser }) => {
  const viewport = { width: 390, height: 844 };
  const mayorContext = await browser.newContext({ viewport });
  const neighbourContext = await browser.newContext({ viewport });
  const operatorContext = await browser.newContext({ viewport });
  const mayor = await mayorContext.newPage();
  const neighbour = await neighbourContext.newPage();
  const operator = await operatorContext.newPage();

  // The mayor founds the neighbourhood; the neighbour lives in the next cell of the same block and joins it.
  await register(mayor, unique('maire'));
  await verifiedAt(mayorContext, HERE);
  const neighbourhood = (await gqlCookie(mayorContext.request, FOUND, { name: unique('Quartier de la mairie ') })).foundNeighbourhood.id as string;
  await register(neighbour, unique('voisine'));
  await verifiedAt(neighbourContext, neighbourPosition(HERE));
  await gqlCookie(neighbourContext.request, JOIN, { id: neighbourhood });

  // The neighbour keeps the notifications page open from here on: no reload until the end.
  await neighbour.goto('/notifications');
  await expect(neighbour.getByText("Aucune annonce officielle pour l'instant.")).toBeVisible();
  await expect(neighbour.getByRole('link', { name: 'Notifications, aucune non lue' })).toBeVisible();

  // The mayor creates the town hall in the app (Dinan's INSEE code), which waits for an operator.
  const name = unique('Mairie de Dinan ');
  await mayor.goto('/organisations');
  await mayor.getByLabel('Type').selectOption('COMMUNE');
  await mayor.getByLabel('Nom').fill(name);
  await mayor.getByLabel('Code INSEE de la commune').fill('22050');
  await mayor.getByRole('button', { name: 'Créer' }).click();
  await expect(mayor.getByRole('heading', { name })).toBeVisible();
  await checkA11y(mayor, 'organisations');

  // The operator verifies it from the console.
  await signInOperator(operator);
  await operator.goto('/operateur');
  const decision = operator.getByRole('form', { name: `Décision sur ${name}` });
  await decision.getByRole('button', { name: 'Vérifier' }).click();
  await expect(operator.getByText(`${name} est vérifiée.`)).toBeVisible();
  await expect(operator.getByRole('heading', { name: 'Annonces officielles signalées' })).toBeVisible();
  await checkA11y(operator, 'operator');

  // The mayor draws the area around the neighbourhood, then publishes an emergency from the town hall's page.
  await mayor.goto('/organisations');
  const area = mayor.getByRole('form', { name: `Zone desservie par ${name}` });
  await area.getByLabel('Contour (GeoJSON)').fill(square(HERE, 250));
  await area.getByRole('button', { name: 'Enregistrer la zone' }).click();
  await expect(mayor.getByText(/Zone enregistrée : \d+ cellules de domicile\./)).toBeVisible();
  await mayor.getByRole('heading', { name }).getByRole('link', { name }).click();
  await expect(mayor.getByRole('heading', { name: 'Publier une annonce officielle' })).toBeVisible();
  await checkA11y(mayor, 'organisation-page');
  const title = unique('Coupure d’eau ');
  await mayor.getByLabel("Type d'annonce").selectOption('EMERGENCY');
  await mayor.getByLabel('Titre').fill(title);
  await mayor.getByLabel('Texte').fill('Rue de la Poterie, de 9 h à 12 h. Eau potable distribuée place du marché.');
  await mayor.getByRole('button', { name: 'Publier' }).click();
  await expect(mayor.getByText(`Annonce « ${title} » publiée.`)).toBeVisible();

  // Live on the neighbour's open page: the bell's count and the list, under the town hall's verified name.
  await expect(neighbour.getByRole('link', { name: 'Notifications, 1 non lue' })).toBeVisible();
  const list = neighbour.getByRole('list', { name: 'Annonces officielles reçues' });
  const item = list.getByRole('listitem').filter({ hasText: title });
  await expect(item).toBeVisible();
  await expect(item).toContainText('Urgence');
  await expect(item.getByRole('link', { name })).toBeVisible();
  await checkA11y(neighbour, 'notifications-announcement');

  // The neighbour reports it to the operators.
  await item.getByRole('button', { name: 'Signaler' }).click();
  await item.getByLabel('Motif du signalement (facultatif)').fill('Doublon');
  await item.getByRole('button', { name: 'Envoyer le signalement' }).click();
  await expect(item.getByRole('status')).toHaveText('Signalement envoyé.');

  await closeAll(mayorContext, neighbourContext, operatorContext);
});
