import { afterEach, describe, expect, test, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Provider } from 'urql';
import { CombinedError, type Client } from '@urql/core';
import { GraphQLError } from 'graphql';
import { fromValue } from 'wonka';
import { CreateOrganisation } from './Organisations';
import { PendingOrganisationsSection } from './OrganisationQueue';
import { OrphanedOrganisationsSection } from './OrphanedOrganisations';

afterEach(cleanup);

const answer = (data: unknown, error?: CombinedError) => fromValue({ data, error, stale: false, hasNext: false });
const refusal = (message: string, code: string) => new CombinedError({ graphQLErrors: [new GraphQLError(message, { extensions: { code } })] });

describe('organisations', () => {
  test('a business asks for its public address, and a wrong SIRET is explained next to its field', async () => {
    const executeMutation = vi.fn((_op: { variables: unknown }) => answer(undefined, refusal("This SIRET's check digit is wrong.", 'INVALID_CHECK_DIGIT')));
    const client = { executeQuery: () => answer(undefined), executeMutation, executeSubscription: () => answer(undefined) } as unknown as Client;
    render(<Provider value={client}><CreateOrganisation /></Provider>);

    expect(screen.queryByLabelText('Adresse du commerce')).toBeNull();
    await userEvent.selectOptions(screen.getByLabelText('Type'), 'BUSINESS');
    await userEvent.type(screen.getByLabelText('Nom'), 'Ferme des Quatre Vents');
    await userEvent.type(screen.getByLabelText('SIRET'), '73282932000075');
    await userEvent.type(screen.getByLabelText('Adresse du commerce'), '3 place du Marché');
    await userEvent.click(screen.getByRole('button', { name: 'Créer' }));

    expect(executeMutation.mock.calls[0]?.[0].variables).toEqual({
      input: { kind: 'BUSINESS', name: 'Ferme des Quatre Vents', identifier: '73282932000075', description: null, hours: null, publicAddress: '3 place du Marché', latitude: null, longitude: null },
    });
    expect(screen.getByLabelText('SIRET').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText(/clé de contrôle ne correspond pas/)).toBeTruthy();
  });

  test('an association is identified by its RNA number and shows no address field', async () => {
    const client = { executeQuery: () => answer(undefined), executeMutation: vi.fn(), executeSubscription: () => answer(undefined) } as unknown as Client;
    render(<Provider value={client}><CreateOrganisation /></Provider>);
    expect(screen.getByLabelText('Numéro RNA')).toBeTruthy();
    expect(screen.queryByLabelText('Adresse du commerce')).toBeNull();
    await userEvent.selectOptions(screen.getByLabelText('Type'), 'COMMUNE');
    expect(screen.getByLabelText('Code INSEE de la commune')).toBeTruthy();
  });

  test('operators reject a pending organisation with a reason, and a missing reason is asked for', async () => {
    const pending = { id: 'org_1', kind: 'ASSOCIATION', name: 'Jardins partagés', identifier: 'W751234567', description: '', hours: '', publicAddress: null, status: 'PENDING', decision: null, createdAt: '2026-03-02T09:00:00Z', myRole: null };
    const executeMutation = vi.fn((op: { variables: { reason?: string } }) =>
      op.variables.reason ? answer({ rejectOrganisation: { id: 'org_1', status: 'REJECTED', decision: op.variables.reason } }) : answer(undefined, refusal('reason is required.', 'BAD_USER_INPUT')),
    );
    const client = { executeQuery: () => answer({ organisations: [pending] }), executeMutation, executeSubscription: () => answer(undefined) } as unknown as Client;
    render(<Provider value={client}><PendingOrganisationsSection /></Provider>);

    await userEvent.click(await screen.findByRole('button', { name: 'Refuser' }));
    expect(screen.getByText('Indiquez un motif.')).toBeTruthy();
    await userEvent.type(screen.getByLabelText('Motif de la décision sur Jardins partagés'), 'RNA inconnu');
    await userEvent.click(screen.getByRole('button', { name: 'Refuser' }));
    expect(executeMutation.mock.calls.at(-1)?.[0].variables).toEqual({ id: 'org_1', reason: 'RNA inconnu' });
    expect(await screen.findByText('Jardins partagés est refusée.')).toBeTruthy();
  });

  test('operators name a new admin for an organisation left without members; an empty id is asked for', async () => {
    const orphan = { id: 'org_2', kind: 'BUSINESS', name: 'Épicerie solidaire', identifier: '44306184100047', description: '', hours: '', publicAddress: '8 rue Neuve', status: 'VERIFIED', decision: null, createdAt: '2026-03-02T09:00:00Z', myRole: null };
    const executeMutation = vi.fn((_op: { variables: unknown }) => answer({ addOrganisationMember: [{ residentId: 'res_9', role: 'ADMIN' }] }));
    const client = { executeQuery: () => answer({ orphanedOrganisations: [orphan] }), executeMutation, executeSubscription: () => answer(undefined) } as unknown as Client;
    render(<Provider value={client}><OrphanedOrganisationsSection /></Provider>);

    await userEvent.click(await screen.findByRole('button', { name: 'Nommer administrateur' }));
    expect(screen.getByText('Indiquez l’identifiant du résident.')).toBeTruthy();
    expect(executeMutation).not.toHaveBeenCalled();
    await userEvent.type(screen.getByLabelText('Identifiant du nouvel administrateur de Épicerie solidaire'), 'res_9');
    await userEvent.click(screen.getByRole('button', { name: 'Nommer administrateur' }));
    expect(executeMutation.mock.calls.at(-1)?.[0].variables).toEqual({ organisationId: 'org_2', residentId: 'res_9', role: 'ADMIN' });
    expect(await screen.findByText('Épicerie solidaire a un nouvel administrateur.')).toBeTruthy();
  });
});
