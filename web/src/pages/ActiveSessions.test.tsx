import { afterEach, expect, test, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Provider } from 'urql';
import { CombinedError, type Client } from '@urql/core';
import { GraphQLError } from 'graphql';
import { fromValue, never } from 'wonka';
import { ActiveSessions } from './Profile';

afterEach(cleanup);

const phone = { id: 'phone', browser: 'Firefox', system: 'Android', createdAt: '2026-05-04T08:00:00Z', lastSeenAt: '2026-05-04T09:30:00Z', current: false };
const here = { id: 'here', browser: 'Chrome', system: 'Linux', createdAt: '2026-05-03T08:00:00Z', lastSeenAt: '2026-05-04T10:00:00Z', current: true };
const unknown = { id: 'script', browser: null, system: null, createdAt: '2026-05-02T08:00:00Z', lastSeenAt: '2026-05-02T08:00:00Z', current: false };

function client(sessions: () => unknown[], executeMutation: () => unknown) {
  const executeQuery = vi.fn(() => fromValue({ data: { mySessions: sessions() }, stale: false, hasNext: false }));
  return { executeQuery, executeMutation, executeSubscription: () => never } as unknown as Client;
}

test('lists every session with its device, flags this one, and ends another one on request', async () => {
  let sessions = [here, phone, unknown];
  const executeMutation = vi.fn(() => {
    sessions = [here, unknown];
    return fromValue({ data: { revokeSession: sessions }, stale: false, hasNext: false });
  });
  render(<Provider value={client(() => sessions, executeMutation)}><ActiveSessions /></Provider>);

  expect(screen.getByRole('heading', { name: 'Sessions actives' })).toBeTruthy();
  const items = screen.getAllByRole('listitem');
  expect(items).toHaveLength(3);
  expect(items[0]?.textContent).toContain('Chrome sur Linux (cet appareil)');
  expect(screen.getByText('Appareil inconnu')).toBeTruthy();
  // No button to end this very session (logging out does that): two buttons, one per other session.
  expect(screen.getAllByRole('button', { name: /Terminer la session/ })).toHaveLength(2);

  await userEvent.click(screen.getByRole('button', { name: /Terminer la session Firefox sur Android/ }));
  expect(executeMutation).toHaveBeenCalledTimes(1);
  expect((executeMutation.mock.calls[0] as unknown[])[0]).toMatchObject({ variables: { id: 'phone' } });
  expect(screen.getByRole('status').textContent).toBe('Session terminée : Firefox sur Android est déconnecté.');
  expect(screen.queryByText('Firefox sur Android')).toBeNull();
});

test('a session ended meanwhile elsewhere is reported in French', async () => {
  const executeMutation = vi.fn(() =>
    fromValue({
      error: new CombinedError({ graphQLErrors: [new GraphQLError('No open session has this id.', { extensions: { code: 'NOT_FOUND' } })] }),
      stale: false,
      hasNext: false,
    }),
  );
  render(<Provider value={client(() => [here, phone], executeMutation)}><ActiveSessions /></Provider>);
  await userEvent.click(screen.getByRole('button', { name: /Terminer la session Firefox/ }));
  expect(screen.getByRole('alert').textContent).toBe('Cette session est déjà terminée.');
});
