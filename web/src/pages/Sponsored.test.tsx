import { afterEach, describe, expect, test, vi } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Provider } from 'urql';
import { CombinedError, type Client } from '@urql/core';
import { GraphQLError } from 'graphql';
import { fromValue } from 'wonka';
import { OrganisationCampaigns } from './OrganisationCampaigns';
import { PendingCampaignsSection } from './CampaignQueue';
import { HiddenAdvertisers } from './HiddenAdvertisers';

afterEach(cleanup);

const answer = (data: unknown, error?: CombinedError) => fromValue({ data, error, stale: false, hasNext: false });
const refusal = (message: string, code: string) => new CombinedError({ graphQLErrors: [new GraphQLError(message, { extensions: { code } })] });

const campaign = {
  id: 'cmp_1',
  organisationId: 'org_1',
  advertiser: 'Fromagerie du marché',
  title: 'Comté 24 mois',
  text: 'Dégustation samedi.',
  neighbourhoodIds: [],
  startsAt: '2026-03-02T09:00:00Z',
  endsAt: '2026-04-02T09:00:00Z',
  impressions: 500,
  delivered: 23,
  status: 'APPROVED',
  decision: null,
  createdAt: '2026-03-01T09:00:00Z',
  statistics: {
    delivered: 23,
    impressions: 500,
    minResidents: 10,
    neighbourhoods: [
      { neighbourhoodId: 'n1', name: 'Les Halles', impressions: 17 },
      { neighbourhoodId: 'n2', name: 'Le Port', impressions: null },
    ],
  },
};

describe('sponsored campaigns', () => {
  test('a business sees its statistics per neighbourhood, "moins de 10" where fewer residents were counted', async () => {
    const client = { executeQuery: () => answer({ organisationCampaigns: [campaign] }), executeMutation: vi.fn(), executeSubscription: () => answer(undefined) } as unknown as Client;
    render(<Provider value={client}><OrganisationCampaigns organisationId="org_1" hasReach /></Provider>);

    const table = await screen.findByRole('table', { name: 'Impressions par quartier' });
    const rows = within(table).getAllByRole('row');
    expect(rows[1]?.textContent).toContain('Les Halles');
    expect(rows[1]?.textContent).toContain('17');
    expect(rows[2]?.textContent).toContain('moins de 10 voisins');
    expect(screen.getByText(/23 impressions sur 500/)).toBeTruthy();
  });

  test('a refused campaign shows the French reason by its field', async () => {
    const executeMutation = vi.fn(() => answer(undefined, refusal('A campaign buys 1 to 50000 impressions.', 'BAD_USER_INPUT')));
    const client = { executeQuery: () => answer({ organisationCampaigns: [] }), executeMutation, executeSubscription: () => answer(undefined) } as unknown as Client;
    render(<Provider value={client}><OrganisationCampaigns organisationId="org_1" hasReach /></Provider>);

    await userEvent.type(screen.getByLabelText('Titre de la campagne'), 'Comté');
    await userEvent.type(screen.getByLabelText('Texte de la campagne'), 'Dégustation.');
    await userEvent.type(screen.getByLabelText('Début'), '2026-03-02T09:00');
    await userEvent.type(screen.getByLabelText('Fin'), '2026-03-12T09:00');
    await userEvent.type(screen.getByLabelText("Nombre d'impressions"), '0');
    await userEvent.click(screen.getByRole('button', { name: 'Proposer la campagne' }));
    expect(executeMutation).toHaveBeenCalledTimes(1);
    expect(screen.getByLabelText("Nombre d'impressions").getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('De 1 à 50000 impressions.')).toBeTruthy();
  });

  test('operators approve a pending campaign, and a refusal needs a reason', async () => {
    const executeMutation = vi.fn((op: { variables: { reason?: string | null } }) =>
      op.variables.reason === '' ? answer(undefined, refusal('reason is required.', 'BAD_USER_INPUT')) : answer({ approveCampaign: { id: 'cmp_1', status: 'APPROVED', decision: null } }),
    );
    const client = { executeQuery: () => answer({ pendingCampaigns: [{ ...campaign, status: 'PENDING' }] }), executeMutation, executeSubscription: () => answer(undefined) } as unknown as Client;
    render(<Provider value={client}><PendingCampaignsSection /></Provider>);

    await userEvent.click(await screen.findByRole('button', { name: 'Refuser' }));
    expect(screen.getByText('Indiquez un motif.')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Approuver' }));
    expect(await screen.findByText('La campagne « Comté 24 mois » est approuvée.')).toBeTruthy();
  });

  test('a business pauses an approved campaign, resumes a paused one, and cancels only after confirming', async () => {
    const executeMutation = vi.fn((op: { query: unknown; variables: { id: string } }) => answer({ pauseCampaign: { id: op.variables.id, status: 'PAUSED' } }));
    const campaigns = [campaign, { ...campaign, id: 'cmp_2', title: 'Raclette', status: 'PAUSED' }];
    const client = { executeQuery: () => answer({ organisationCampaigns: campaigns }), executeMutation, executeSubscription: () => answer(undefined) } as unknown as Client;
    render(<Provider value={client}><OrganisationCampaigns organisationId="org_1" hasReach /></Provider>);

    const approved = await screen.findByRole('group', { name: 'Actions sur la campagne Comté 24 mois' });
    const paused = screen.getByRole('group', { name: 'Actions sur la campagne Raclette' });
    expect(screen.getByText('En pause')).toBeTruthy();
    expect(within(approved).queryByRole('button', { name: 'Reprendre' })).toBeNull();
    expect(within(paused).queryByRole('button', { name: 'Mettre en pause' })).toBeNull();
    await userEvent.click(within(approved).getByRole('button', { name: 'Mettre en pause' }));
    expect(executeMutation).toHaveBeenLastCalledWith(expect.objectContaining({ variables: { id: 'cmp_1' } }), expect.anything());

    await userEvent.click(within(paused).getByRole('button', { name: 'Annuler la campagne' }));
    expect(executeMutation).toHaveBeenCalledTimes(1);
    expect(within(paused).getByText('Une campagne annulée ne peut plus être reprise.')).toBeTruthy();
    await userEvent.click(within(paused).getByRole('button', { name: "Confirmer l'annulation" }));
    expect(executeMutation).toHaveBeenCalledTimes(2);
    expect(executeMutation).toHaveBeenLastCalledWith(expect.objectContaining({ variables: { id: 'cmp_2' } }), expect.anything());
  });

  test('the edit form is prefilled and shows in French why impressions cannot go below those delivered', async () => {
    const executeMutation = vi.fn(() => answer(undefined, refusal('A campaign keeps at least the 23 impressions already delivered.', 'BAD_USER_INPUT')));
    const client = { executeQuery: () => answer({ organisationCampaigns: [campaign] }), executeMutation, executeSubscription: () => answer(undefined) } as unknown as Client;
    render(<Provider value={client}><OrganisationCampaigns organisationId="org_1" hasReach /></Provider>);

    await userEvent.click(await screen.findByRole('button', { name: 'Modifier' }));
    const form = screen.getByRole('form', { name: 'Modifier la campagne Comté 24 mois' });
    expect((within(form).getByLabelText('Titre de la campagne') as HTMLInputElement).value).toBe('Comté 24 mois');
    expect(within(form).getByText('Un nouveau titre ou texte repasse en validation par un opérateur.')).toBeTruthy();
    const impressions = within(form).getByLabelText("Nombre d'impressions") as HTMLInputElement;
    expect(impressions.value).toBe('500');
    await userEvent.clear(impressions);
    await userEvent.type(impressions, '10');
    await userEvent.click(within(form).getByRole('button', { name: 'Enregistrer les modifications' }));
    expect(executeMutation).toHaveBeenCalledWith(
      expect.objectContaining({ variables: expect.objectContaining({ id: 'cmp_1', input: expect.objectContaining({ title: 'Comté 24 mois', impressions: 10 }) }) }),
      expect.anything(),
    );
    expect(impressions.getAttribute('aria-invalid')).toBe('true');
    expect(within(form).getByText('Au moins les 23 impressions déjà délivrées.')).toBeTruthy();
  });

  test('a resident sees the advertisers they hid and shows one again', async () => {
    let hidden = [{ id: 'org_1', name: 'Fromagerie du marché' }];
    const executeMutation = vi.fn((op: { variables: { organisationId: string } }) => {
      hidden = hidden.filter((a) => a.id !== op.variables.organisationId);
      return answer({ unhideAdvertiser: true });
    });
    const client = { executeQuery: () => answer({ hiddenAdvertiserOrganisations: hidden }), executeMutation, executeSubscription: () => answer(undefined) } as unknown as Client;
    render(<Provider value={client}><HiddenAdvertisers /></Provider>);

    const list = await screen.findByRole('list', { name: 'Annonceurs masqués' });
    expect(within(list).getByRole('link', { name: 'Fromagerie du marché' }).getAttribute('href')).toBe('/organisations/org_1');
    await userEvent.click(within(list).getByRole('button', { name: 'Afficher à nouveau Fromagerie du marché' }));
    expect(executeMutation).toHaveBeenCalledWith(expect.objectContaining({ variables: { organisationId: 'org_1' } }), expect.anything());
    expect(await screen.findByText("Les messages sponsorisés de Fromagerie du marché s'afficheront à nouveau.")).toBeTruthy();
  });
});
