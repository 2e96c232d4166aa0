import { afterEach, describe, expect, test, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Provider } from 'urql';
import { CombinedError, type Client } from '@urql/core';
import { GraphQLError } from 'graphql';
import { fromValue } from 'wonka';
import { PublishAnnouncement } from './OrganisationPage';
import { OfficialAnnouncements } from './Notifications';

afterEach(cleanup);

const answer = (data: unknown, error?: CombinedError) => fromValue({ data, error, stale: false, hasNext: false });
const refusal = (message: string, code: string) => new CombinedError({ graphQLErrors: [new GraphQLError(message, { extensions: { code } })] });

describe('official announcements', () => {
  test('a town hall publishes with a kind, and a missing title is explained next to its field', async () => {
    const executeMutation = vi.fn((op: { variables: { title: string } }) =>
      op.variables.title ? answer({ publishAnnouncement: { id: 'ann_1', title: op.variables.title } }) : answer(undefined, refusal('title is required.', 'BAD_USER_INPUT')),
    );
    const client = { executeQuery: () => answer(undefined), executeMutation, executeSubscription: () => answer(undefined) } as unknown as Client;
    render(<Provider value={client}><PublishAnnouncement id="org_1" hasArea /></Provider>);

    await userEvent.type(screen.getByLabelText('Texte'), 'Mardi de 9 h à 12 h.');
    await userEvent.click(screen.getByRole('button', { name: 'Publier' }));
    expect(screen.getByLabelText('Titre').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Indiquez un titre.')).toBeTruthy();

    await userEvent.selectOptions(screen.getByLabelText("Type d'annonce"), 'WORKS');
    await userEvent.type(screen.getByLabelText('Titre'), "Coupure d'eau");
    await userEvent.click(screen.getByRole('button', { name: 'Publier' }));
    expect(executeMutation.mock.calls.at(-1)?.[0].variables).toEqual({ organisationId: 'org_1', kind: 'WORKS', title: "Coupure d'eau", body: 'Mardi de 9 h à 12 h.' });
    expect(await screen.findByText("Annonce « Coupure d'eau » publiée.")).toBeTruthy();
  });

  test('a resident sees the announcements received with the organisation and the kind in French', async () => {
    const items = [{ id: 'ann_1', organisationId: 'org_1', organisationName: 'Mairie de Lyon', kind: 'EMERGENCY', title: 'Inondation', body: 'Évacuez les caves.', publishedAt: '2026-03-02T09:00:00Z' }];
    const executeMutation = vi.fn(() => answer({ report: { reports: 1, hidden: false } }));
    const client = { executeQuery: () => answer({ announcements: { items, hasNextPage: false } }), executeMutation, executeSubscription: () => answer(undefined) } as unknown as Client;
    render(<Provider value={client}><OfficialAnnouncements /></Provider>);

    const list = await screen.findByRole('list', { name: 'Annonces officielles reçues' });
    expect(list.textContent).toContain('Urgence');
    expect(screen.getByRole('link', { name: 'Mairie de Lyon' }).getAttribute('href')).toBe('/organisations/org_1');
    expect(screen.getByRole('heading', { name: 'Inondation' })).toBeTruthy();

    // Each announcement can be reported to the operators, with an optional reason.
    await userEvent.click(screen.getByRole('button', { name: 'Signaler' }));
    await userEvent.type(screen.getByLabelText('Motif du signalement (facultatif)'), 'Fausse information');
    await userEvent.click(screen.getByRole('button', { name: 'Envoyer le signalement' }));
    expect((executeMutation.mock.calls.at(-1) as unknown as [{ variables: unknown }])[0].variables).toEqual({ targetType: 'ANNOUNCEMENT', targetId: 'ann_1', reason: 'Fausse information' });
    expect(await screen.findByText('Signalement envoyé.')).toBeTruthy();
  });
});
