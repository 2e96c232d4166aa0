import { afterEach, describe, expect, test, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Provider } from 'urql';
import { CombinedError, type Client } from '@urql/core';
import { GraphQLError } from 'graphql';
import { fromValue } from 'wonka';
import { NotificationPreferences } from './NotificationPreferences';

afterEach(cleanup);

const answer = (data: unknown, error?: CombinedError) => fromValue({ data, error, stale: false, hasNext: false });
const prefs = { off: [], quietHours: null, digest: 'OFF', alertRadiusMeters: 1000 };

describe('notification preferences: the alert radius', () => {
  test('shows the chosen radius, sends the new one, and a refusal is explained in French by the field', async () => {
    const executeMutation = vi.fn((op: { variables: { input: { alertRadiusMeters: number | null } } }) =>
      op.variables.input.alertRadiusMeters === 2000
        ? answer(undefined, new CombinedError({ graphQLErrors: [new GraphQLError('alertRadiusMeters: one of 500, 1000, 5000, or null for the whole neighbourhood.', { extensions: { code: 'BAD_USER_INPUT' } })] }))
        : answer({ setNotificationPreferences: { ...prefs, alertRadiusMeters: op.variables.input.alertRadiusMeters } }),
    );
    const client = { executeQuery: () => answer({ notificationPreferences: prefs }), executeMutation, executeSubscription: () => answer(undefined) } as unknown as Client;
    render(<Provider value={client}><NotificationPreferences /></Provider>);

    const radius = (await screen.findByLabelText('Rayon des alertes')) as HTMLSelectElement;
    expect(radius.value).toBe('1000');

    await userEvent.selectOptions(radius, '500');
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer mes préférences' }));
    expect(executeMutation.mock.calls.at(-1)?.[0].variables.input.alertRadiusMeters).toBe(500);
    expect(await screen.findByText('Préférences enregistrées.')).toBeTruthy();

    await userEvent.selectOptions(radius, '');
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer mes préférences' }));
    expect(executeMutation.mock.calls.at(-1)?.[0].variables.input.alertRadiusMeters).toBeNull();

    await userEvent.selectOptions(radius, '2000');
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer mes préférences' }));
    expect(await screen.findByText('Choisissez un des rayons proposés.')).toBeTruthy();
    expect(radius.getAttribute('aria-invalid')).toBe('true');
  }, 20_000); // eight user steps: about 4 s when the shared machine is busy, near the 5 s default
});
