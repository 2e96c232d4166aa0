// Sponsored campaigns end to end (issue 22): a resident founds a business in the app (a valid SIRET), an operator
// verifies it in the console, the business sets its reach, publishes an event (in the feed under its name) and
// proposes a campaign, the operator approves it, a
// neighbour sees it labelled "Sponsorisé" in the feed and hides the advertiser; the business reads its statistics
// ("moins de 10 voisins") and pauses the campaign; the neighbour shows the advertiser again from the profile. axe on
// each page.
import { expect, test } from '@playwright/test';
import { FOUND, JOIN, gqlCookie } from './api';
import { DINAN, checkA11y, closeAll, neighbourPosition, register, signInOperator, unique, verifiedAt } from './helpers';

/** A block of its own: the other specs live north-east, north-west, south-east of DINAN and at DINAN itself. */
const HERE = { latitude: DINAN.latitude - 0.03, longitude: DINAN.longitude - 0.04 };

const POST = 'mutation($t: String!) { createPost(text: $t) { id } }';

/** A datetime-local value `days` from now (whole days: the browser's time zone does not matter). */
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 16);

test('a business runs a sponsored campaign: verified, approved, shown labelled, hidden, counted k-anonymously, paused', async ({ browser }) => {
  // Three browsers and many steps: more time than one page's journey.
  test.slow();
  const viewport = { width: 390, height: 844 };
  const ownerContext = await browser.newContext({ viewport });
  const neighbourContext = await browser.newContext({ viewport });
  const operatorContext = await browser.newContext({ viewport });
  const owner = await ownerContext.newPage();
  const neighbour = await neighbourContext.newPage();
  const operator = await operatorContext.newPage();

  // The owner founds the neighbourhood, the neighbour joins it; ten posts fill the feed's first slot of ten items.
  await register(owner, unique('fromager'), 30_000);
  await verifiedAt(ownerContext, HERE);
  const neighbourhoodName = unique('Quartier du marché ');
  const neighbourhood = (await gqlCookie(ownerContext.request, FOUND, { name: neighbourhoodName })).foundNeighbourhood.id as string;
  await register(neighbour, unique('voisine'), 30_000);
  await verifiedAt(neighbourContext, neighbourPosition(HERE));
  await gqlCookie(neighbourContext.request, JOIN, { id: neighbourhood });
  for (let i = 0; i < 5; i++) {
    await gqlCookie(ownerContext.request, POST, { t: `Message du fromager ${i}` });
    await gqlCookie(neighbourContext.request, POST, { t: `Message de la voisine ${i}` });
  }

  // The owner creates the business in the app: a valid SIRET and its public address.
  const name = unique('Fromagerie ');
  await owner.goto('/organisations');
  await owner.getByLabel('Type').selectOption('BUSINESS');
  await owner.getByLabel('Nom').fill(name);
  await owner.getByLabel('SIRET').fill('732 829 320 00074');
  await owner.getByLabel('Adresse du commerce').fill('2 place du Marché, Dinan');
  await owner.getByRole('button', { name: 'Créer' }).click();
  await expect(owner.getByRole('heading', { name })).toBeVisible();

  // The operator verifies it from the console.
  await signInOperator(operator);
  await operator.goto('/operateur');
  await operator.getByRole('form', { name: `Décision sur ${name}` }).getByRole('button', { name: 'Vérifier' }).click();
  await expect(operator.getByText(`${name} est vérifiée.`)).toBeVisible();

  // On the business's page: its reach (its owner's neighbourhood), then a campaign, which waits for an operator.
  await owner.goto('/organisations');
  await owner.getByRole('heading', { name }).getByRole('link', { name }).click();
  await expect(owner.getByRole('heading', { name: 'Portée' })).toBeVisible();
  const reach = owner.getByRole('region', { name: 'Portée' });
  await reach.getByRole('radio', { name: 'Des quartiers' }).check();
  await reach.getByRole('checkbox', { name: new RegExp(neighbourhoodName) }).check();
  await reach.getByRole('button', { name: 'Enregistrer la portée' }).click();
  await expect(owner.getByText(/Portée enregistrée/)).toBeVisible();

  // The business also publishes an event for its neighbourhood: on its page, and in the feed under its name.
  const eventTitle = unique('Dégustation ');
  const publication = owner.getByRole('form', { name: "Publier pour l'organisation" });
  await publication.getByLabel('Type de publication').selectOption('EVENT');
  await publication.getByLabel('Titre de la publication').fill(eventTitle);
  await publication.getByLabel('Début').fill(inDays(3));
  await publication.getByLabel('Lieu').fill('Place du marché');
  await publication.getByLabel('Nombre de places').fill('40');
  await publication.getByRole('checkbox', { name: neighbourhoodName }).check();
  await publication.getByRole('button', { name: 'Publier' }).click();
  await expect(owner.getByText(`« ${eventTitle} » est publié.`)).toBeVisible();
  await expect(owner.getByRole('list', { name: 'Événements et offres en cours' }).getByRole('heading', { name: eventTitle })).toBeVisible();

  const title = unique('Comté 24 mois ');
  const proposal = owner.getByRole('form', { name: 'Nouvelle campagne sponsorisée' });
  await proposal.getByLabel('Titre de la campagne').fill(title);
  await proposal.getByLabel('Texte de la campagne').fill('Dégustation samedi matin au marché.');
  await proposal.getByLabel('Début').fill(inDays(-1));
  await proposal.getByLabel('Fin').fill(inDays(7));
  await proposal.getByLabel("Nombre d'impressions").fill('100');
  await proposal.getByRole('button', { name: 'Proposer la campagne' }).click();
  await expect(owner.getByText(`Campagne « ${title} » proposée : un opérateur la validera.`)).toBeVisible();
  const card = owner.getByRole('listitem').filter({ has: owner.getByRole('heading', { name: title }) });
  await expect(card).toContainText('En attente de validation');
  await checkA11y(owner, 'organisation-campaigns');

  // The operator approves it.
  await operator.reload();
  await expect(operator.getByRole('heading', { name: 'Campagnes sponsorisées à valider' })).toBeVisible();
  await operator.getByRole('form', { name: `Décision sur la campagne ${title}` }).getByRole('button', { name: 'Approuver' }).click();
  await expect(operator.getByText(`La campagne « ${title} » est approuvée.`)).toBeVisible();
  await checkA11y(operator, 'operator-campaigns');

  // The neighbour's feed shows it after the tenth item, labelled, linking to the business; hiding the advertiser removes it.
  await neighbour.goto('/fil');
  const sponsored = neighbour.getByRole('article', { name: `Sponsorisé : ${name}` });
  await expect(sponsored).toBeVisible();
  await expect(sponsored.getByRole('link', { name: title })).toHaveAttribute('href', /\/organisations\/org_/);
  await checkA11y(neighbour, 'feed-sponsored');
  const event = neighbour.getByRole('article').filter({ has: neighbour.getByRole('link', { name: eventTitle }) });
  await expect(event).toContainText(name);
  await sponsored.getByRole('button', { name: 'Masquer cet annonceur' }).click();
  await expect(sponsored).toHaveCount(0);

  // The business sees one impression, and no neighbourhood figure under ten residents.
  await owner.reload();
  await expect(card).toContainText('Approuvée');
  await expect(card.getByText('1 impression sur 100')).toBeVisible();
  const table = card.getByRole('table', { name: 'Impressions par quartier' });
  await expect(table.getByRole('row').filter({ hasText: neighbourhoodName })).toContainText('moins de 10 voisins');
  await checkA11y(owner, 'organisation-campaign-statistics');

  // The business pauses it: "En pause", and it offers to resume.
  await card.getByRole('button', { name: 'Mettre en pause' }).click();
  await expect(card).toContainText('En pause');
  await expect(card.getByRole('button', { name: 'Reprendre' })).toBeVisible();

  // The neighbour lists the hidden advertiser in the profile and shows it again.
  await neighbour.goto('/profil');
  const hidden = neighbour.getByRole('list', { name: 'Annonceurs masqués' });
  await expect(hidden.getByRole('link', { name })).toBeVisible();
  await checkA11y(neighbour, 'profile-hidden-advertisers');
  await hidden.getByRole('button', { name: `Afficher à nouveau ${name}` }).click();
  await expect(neighbour.getByText(`Les messages sponsorisés de ${name} s'afficheront à nouveau.`)).toBeVisible();
  await expect(neighbour.getByText(/Aucun annonceur masqué/)).toBeVisible();

  await closeAll(ownerContext, neighbourContext, operatorContext);
});
