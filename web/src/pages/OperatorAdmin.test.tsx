import { afterEach, describe, expect, test, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Provider } from 'urql';
import { CombinedError, type Client } from '@urql/core';
import { GraphQLError } from 'graphql';
import { fromValue } from 'wonka';
import { OperatorsSection, UsersSection } from './OperatorAdmin';

afterEach(cleanup);

const answer = (data: unknown, error?: CombinedError) => fromValue({ data, error, stale: false, hasNext: false });

describe('operators', () => {
  test('a refused revocation is shown in French next to that operator', async () => {
    const executeMutation = vi.fn(() => answer(undefined, new CombinedError({ graphQLErrors: [new GraphQLError('The last operator cannot be revoked.', { extensions: { code: 'CONFLICT' } })] })));
    const client = {
      executeQuery: () => answer({ operators: [{ id: 'op1', pseudo: 'claire' }] }),
      executeMutation,
      executeSubscription: () => answer(undefined),
    } as unknown as Client;
    render(<Provider value={client}><OperatorsSection meId="op1" /></Provider>);
    await userEvent.click(screen.getByRole('button', { name: 'Retirer' }));
    expect(executeMutation).not.toHaveBeenCalled();
    await userEvent.type(screen.getByLabelText('Motif du retrait de claire'), 'Départ');
    await userEvent.click(screen.getByRole('button', { name: 'Retirer' }));
    const field = screen.getByLabelText('Motif du retrait de claire');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Le dernier opérateur ne peut pas être retiré.')).toBeTruthy();
  });

  test('the users list shows pseudo, verification and standing, and searches by the start of the pseudo', async () => {
    const data = {
      users: {
        edges: [{ cursor: 'c|claire', node: { id: 'r1', pseudo: 'claire', verified: true, standing: 'LEAD', isOperator: true } }],
        pageInfo: { hasNextPage: false, endCursor: 'c|claire' },
      },
    };
    const query = vi.fn((_doc: unknown, _variables: Record<string, unknown>) => ({ toPromise: () => Promise.resolve({ data }) }));
    const client = { query, executeQuery: () => answer(data), executeMutation: vi.fn(), executeSubscription: () => answer(undefined) } as unknown as Client;
    render(<Provider value={client}><UsersSection /></Provider>);
    expect(await screen.findByText('responsable')).toBeTruthy();
    expect(screen.getByText('claire (opérateur)')).toBeTruthy();
    await userEvent.type(screen.getByLabelText('Pseudo commençant par'), 'cl');
    await userEvent.click(screen.getByRole('button', { name: 'Chercher' }));
    expect(query.mock.calls.at(-1)?.[1]).toEqual({ search: 'cl', first: 20, after: null });
  });
});
