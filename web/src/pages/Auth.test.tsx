import { afterEach, describe, expect, test, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Provider } from 'urql';
import { CombinedError, type Client } from '@urql/core';
import { GraphQLError } from 'graphql';
import { fromValue, never } from 'wonka';
import { Login, Register, validateRegistration } from './Auth';

afterEach(cleanup);

/** A client whose mutations answer `result` and whose queries never answer. */
function fakeClient(result: { data?: unknown; error?: CombinedError }) {
  const executeMutation = vi.fn(() => fromValue({ ...result, stale: false, hasNext: false }));
  const client = { executeMutation, executeQuery: () => never, executeSubscription: () => never } as unknown as Client;
  return { client, executeMutation };
}

const conflict = (message: string) => new CombinedError({ graphQLErrors: [new GraphQLError(message, { extensions: { code: 'CONFLICT' } })] });

describe('sign-up form', () => {
  test('checks the rules in the browser before calling the API', async () => {
    const { client, executeMutation } = fakeClient({});
    render(<Provider value={client}><Register /></Provider>);
    await userEvent.type(screen.getByLabelText('Pseudo'), 'a!');
    await userEvent.type(screen.getByLabelText('Adresse e-mail'), 'pas-un-email');
    await userEvent.type(screen.getByLabelText('Mot de passe'), 'court');
    await userEvent.click(screen.getByRole('button', { name: 'Créer mon compte' }));
    expect(executeMutation).not.toHaveBeenCalled();
    expect(screen.getByLabelText('Pseudo').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Le mot de passe a au moins 10 caractères.')).toBeTruthy();
  });

  test("shows the API's error in French next to the field it concerns", async () => {
    const { client, executeMutation } = fakeClient({ error: conflict('This pseudo is already taken.') });
    render(<Provider value={client}><Register /></Provider>);
    await userEvent.type(screen.getByLabelText('Pseudo'), 'camille');
    await userEvent.type(screen.getByLabelText('Adresse e-mail'), 'camille@exemple.fr');
    await userEvent.type(screen.getByLabelText('Mot de passe'), 'un-long-mot-de-passe');
    await userEvent.click(screen.getByRole('button', { name: 'Créer mon compte' }));
    expect(executeMutation).toHaveBeenCalledTimes(1);
    const pseudo = screen.getByLabelText('Pseudo');
    const describedBy = pseudo.getAttribute('aria-describedby')!.split(' ');
    const error = screen.getByText('Ce pseudo est déjà pris.');
    expect(describedBy).toContain(error.id);
    expect(pseudo.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByLabelText('Adresse e-mail').getAttribute('aria-invalid')).toBeNull();
  });

  test('validateRegistration accepts a good registration', () => {
    expect(validateRegistration({ pseudo: 'jean-luc.22', email: 'jl@exemple.fr', password: '0123456789' })).toEqual({});
  });
});

describe('login form', () => {
  test('a wrong password is shown next to the password field', async () => {
    const { client } = fakeClient({
      error: new CombinedError({ graphQLErrors: [new GraphQLError('Unknown login or wrong password.', { extensions: { code: 'UNAUTHENTICATED' } })] }),
    });
    render(<Provider value={client}><Login /></Provider>);
    await userEvent.type(screen.getByLabelText('Pseudo ou adresse e-mail'), 'camille');
    await userEvent.type(screen.getByLabelText('Mot de passe'), 'faux');
    await userEvent.click(screen.getByRole('button', { name: 'Se connecter' }));
    const password = screen.getByLabelText('Mot de passe');
    expect(password.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(password.getAttribute('aria-describedby')!)?.textContent).toBe('Identifiant inconnu ou mot de passe incorrect.');
  });
});
