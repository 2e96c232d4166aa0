import { afterEach, describe, expect, test, vi } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Provider } from 'urql';
import { CombinedError, type Client } from '@urql/core';
import { GraphQLError } from 'graphql';
import { fromValue } from 'wonka';
import { OrganisationListings } from './OrganisationListings';

afterEach(cleanup);

const answer = (data: unknown, error?: CombinedError) => fromValue({ data, error, stale: false, hasNext: false });
const refusal = (message: string, code: string) => new CombinedError({ graphQLErrors: [new GraphQLError(message, { extensions: { code } })] });

const item = (id: string, title: string, extra: Record<string, unknown> = {}) => ({
  id,
  kind: 'SERVICE_OFFER',
  title,
  summary: 'Le samedi matin.',
  createdAt: '2026-03-01T09:00:00Z',
  endsAt: null,
  startsAt: null,
  place: null,
  neighbourhoods: ['Les Halles'],
  ...extra,
});

const reach = { neighbourhoods: [{ id: 'n1', name: 'Les Halles' }, { id: 'n2', name: 'Le Port' }] };

describe("an organisation's events and offers", () => {
  test('everyone reads the current ones, newest first, page after page', async () => {
    const executeQuery = vi.fn((op: { variables: { after: string | null } }) =>
      op.variables.after === null
        ? answer({ organisation: { id: 'org_1', listings: { hasNextPage: true, items: [item('lst_2', 'Atelier levain'), item('lst_1', 'Fête du pain', { kind: 'EVENT', startsAt: '2026-03-08T10:00:00Z', place: 'Place du four' })] } } })
        : answer({ organisation: { id: 'org_1', listings: { hasNextPage: false, items: [item('lst_0', 'Appel à bénévoles', { kind: 'HELP_REQUEST' })] } } }),
    );
    const client = { executeQuery, executeMutation: vi.fn(), executeSubscription: () => answer(undefined) } as unknown as Client;
    render(<Provider value={client}><OrganisationListings id="org_1" canPublish={false} reach={reach} /></Provider>);

    const list = await screen.findByRole('list', { name: 'Événements et offres en cours' });
    const cards = within(list).getAllByRole('listitem');
    expect(cards.map((c) => within(c).getByRole('heading').textContent)).toEqual(['Atelier levain', 'Fête du pain']);
    expect(cards[1]?.textContent).toContain('Place du four');
    expect(cards[1]?.textContent).toContain('Événement');
    expect(screen.queryByRole('form', { name: "Publier pour l'organisation" })).toBeNull();

    await userEvent.click(screen.getByRole('button', { name: 'Voir plus' }));
    const more = await screen.findByRole('list', { name: 'Événements et offres, suite' });
    expect(within(more).getByRole('heading').textContent).toBe('Appel à bénévoles');
    expect(within(more).getByText('Appel à bénévoles', { selector: 'p' })).toBeTruthy();
    expect(executeQuery).toHaveBeenLastCalledWith(expect.objectContaining({ variables: { id: 'org_1', first: 10, after: 'lst_1' } }), expect.anything());
    expect(screen.queryByRole('button', { name: 'Voir plus' })).toBeNull();
  });

  test('a member publishes an event in chosen neighbourhoods, and a neighbourhood outside the reach is explained by the field', async () => {
    const executeMutation = vi.fn((_op: { variables: unknown }) =>
      answer(undefined, refusal("The neighbourhood Le Port is outside the organisation's reach.", 'BAD_USER_INPUT')),
    );
    const client = {
      executeQuery: () => answer({ organisation: { id: 'org_1', listings: { hasNextPage: false, items: [] } } }),
      executeMutation,
      executeSubscription: () => answer(undefined),
    } as unknown as Client;
    render(<Provider value={client}><OrganisationListings id="org_1" canPublish reach={reach} /></Provider>);

    expect(await screen.findByText('Aucun événement ni offre en cours.')).toBeTruthy();
    const form = screen.getByRole('form', { name: "Publier pour l'organisation" });
    await userEvent.click(within(form).getByRole('button', { name: 'Publier' }));
    expect(executeMutation).not.toHaveBeenCalled();
    expect(within(form).getByText('Choisissez au moins un quartier.')).toBeTruthy();

    await userEvent.type(within(form).getByLabelText('Titre de la publication'), 'Fête du pain');
    await userEvent.type(within(form).getByLabelText('Début'), '2030-03-08T10:00');
    await userEvent.type(within(form).getByLabelText('Lieu'), 'Place du four');
    await userEvent.type(within(form).getByLabelText('Nombre de places'), '80');
    await userEvent.click(within(form).getByRole('checkbox', { name: 'Le Port' }));
    await userEvent.click(within(form).getByRole('button', { name: 'Publier' }));

    expect(executeMutation.mock.calls[0]?.[0].variables).toEqual({
      organisationId: 'org_1',
      neighbourhoodIds: ['n2'],
      input: expect.objectContaining({ kind: 'EVENT', title: 'Fête du pain', radiusMeters: 0, event: expect.objectContaining({ place: 'Place du four', capacity: 80 }) }),
    });
    expect(within(form).getByText("Le quartier Le Port est hors de la portée de l'organisation.")).toBeTruthy();
  });
});
