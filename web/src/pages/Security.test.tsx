import { afterEach, expect, test, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Provider } from 'urql';
import { CombinedError, type Client } from '@urql/core';
import { GraphQLError } from 'graphql';
import { fromValue, never } from 'wonka';
import { Security } from './Profile';

afterEach(cleanup);

test('a wrong current password is shown in French next to that field, and the new one is checked by the API', async () => {
  const executeMutation = vi.fn(() =>
    fromValue({
      error: new CombinedError({ graphQLErrors: [new GraphQLError('Wrong current password: the password was not changed.', { extensions: { code: 'FORBIDDEN' } })] }),
      stale: false,
      hasNext: false,
    }),
  );
  const client = { executeMutation, executeQuery: () => never, executeSubscription: () => never } as unknown as Client;
  render(<Provider value={client}><Security /></Provider>);
  await userEvent.click(screen.getByRole('button', { name: 'Changer le mot de passe' }));
  expect(executeMutation).not.toHaveBeenCalled();
  expect(screen.getByLabelText('Mot de passe actuel').getAttribute('aria-invalid')).toBe('true');
  await userEvent.type(screen.getByLabelText('Mot de passe actuel'), 'pas le bon');
  await userEvent.type(screen.getByLabelText('Nouveau mot de passe'), 'un nouveau mot de passe');
  await userEvent.click(screen.getByRole('button', { name: 'Changer le mot de passe' }));
  expect(executeMutation).toHaveBeenCalledTimes(1);
  expect(screen.getByLabelText('Mot de passe actuel').getAttribute('aria-invalid')).toBe('true');
  expect(screen.getByText("Mot de passe actuel incorrect : le mot de passe n'a pas été changé.")).toBeTruthy();
  expect(screen.getByLabelText('Nouveau mot de passe').getAttribute('aria-invalid')).toBeNull();
});
