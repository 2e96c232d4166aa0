import { afterEach, describe, expect, test, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Provider } from 'urql';
import { CombinedError, type Client } from '@urql/core';
import { GraphQLError } from 'graphql';
import { fromValue, never } from 'wonka';
import type { ModerationCaseFieldsFragment } from '../gql/graphql';
import { AppealForm, CaseDetails, DecisionForm } from './Moderation';

afterEach(cleanup);

function fakeClient(result: { data?: unknown; error?: CombinedError }) {
  const executeMutation = vi.fn(() => fromValue({ ...result, stale: false, hasNext: false }));
  const client = { executeMutation, executeQuery: () => never, executeSubscription: () => never } as unknown as Client;
  return { client, executeMutation };
}

const hiddenCase: ModerationCaseFieldsFragment = {
  subject: { type: 'POST', id: 'pst_1', neighbourhoodId: 'n', title: 'Vends scooter', createdAt: '2026-05-04T08:00:00Z', author: { id: 'a', pseudo: 'bruno' } },
  reports: 3,
  reasons: [{ reason: 'spam', count: 2 }, { reason: '', count: 1 }],
  lastReportAt: '2026-05-04T09:00:00Z',
  hidden: true,
  decisions: [
    { id: 'POST:pst_1:1' as string, action: 'HIDDEN', byReports: true, reason: 'spam', at: '2026-05-04T09:00:00Z', appealable: true, appeal: null },
  ],
};

describe('moderation case', () => {
  test('shows the reports grouped, why the content was hidden, and the appeal form to its author only', () => {
    const { client } = fakeClient({});
    const { rerender } = render(<Provider value={client}><CaseDetails c={hiddenCase} canAppeal /></Provider>);
    expect(screen.getByText(/3 signalement\(s\) : spam \(2\), sans motif \(1\)/)).toBeTruthy();
    expect(screen.getByText(/Masqué après signalements le .* — motif : spam/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Faire appel' })).toBeTruthy();
    rerender(<Provider value={client}><CaseDetails c={hiddenCase} /></Provider>);
    expect(screen.queryByRole('button', { name: 'Faire appel' })).toBeNull();
  });

  test('a pending appeal shows its state, deadline and who may decide it', () => {
    const { client } = fakeClient({});
    const first = hiddenCase.decisions[0]!;
    const appeal = { text: 'Pas du spam', at: '2026-05-04T10:00:00Z', deadline: '2026-05-11T10:00:00Z', status: 'PENDING' as const, reason: null, decidedAt: null };
    const appealed: ModerationCaseFieldsFragment = { ...hiddenCase, decisions: [{ ...first, appealable: false, appeal: { ...appeal, deciders: 'NEIGHBOURING_LEAD' as const } }] };
    const { unmount } = render(<Provider value={client}><CaseDetails c={appealed} canAppeal /></Provider>);
    expect(screen.getByText(/: en attente \(tranché au plus tard le .* par un responsable d'un quartier voisin ou un opérateur\)/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Faire appel' })).toBeNull();
    unmount();

    const toOperators: ModerationCaseFieldsFragment = { ...hiddenCase, decisions: [{ ...first, appealable: false, appeal: { ...appeal, deciders: 'OPERATORS' as const } }] };
    render(<Provider value={client}><CaseDetails c={toOperators} /></Provider>);
    expect(screen.getByText(/par un opérateur\)/)).toBeTruthy();
  });
});

describe('appeal form', () => {
  test('asks for a text before calling the API, and shows a second appeal refused in French', async () => {
    const { client, executeMutation } = fakeClient({
      error: new CombinedError({ graphQLErrors: [new GraphQLError('This decision was already appealed: a decision can be appealed once.', { extensions: { code: 'CONFLICT' } })] }),
    });
    render(<Provider value={client}><AppealForm decisionId="POST:pst_1:1" /></Provider>);
    await userEvent.click(screen.getByRole('button', { name: 'Faire appel' }));
    expect(executeMutation).not.toHaveBeenCalled();
    expect(screen.getByLabelText('Votre appel').getAttribute('aria-invalid')).toBe('true');
    await userEvent.type(screen.getByLabelText('Votre appel'), 'Ce n’est pas du spam');
    await userEvent.click(screen.getByRole('button', { name: 'Faire appel' }));
    expect(executeMutation).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('alert').textContent).toBe("Cette décision a déjà fait l'objet d'un appel : un seul appel par décision.");
  });
});

describe('decision form', () => {
  test("sends the button's decision with the reason, and shows the API's refusal next to the reason", async () => {
    const { client, executeMutation } = fakeClient({
      error: new CombinedError({ graphQLErrors: [new GraphQLError('reason is at most 500 characters.', { extensions: { code: 'BAD_USER_INPUT' } })] }),
    });
    const done = vi.fn();
    render(<Provider value={client}><DecisionForm targetType="POST" targetId="pst_1" decisions={['KEEP_HIDDEN', 'RESTORE']} onDone={done} /></Provider>);
    await userEvent.click(screen.getByRole('button', { name: 'Rétablir' }));
    expect(executeMutation).not.toHaveBeenCalled();
    await userEvent.type(screen.getByLabelText('Motif de la décision'), 'Trop long');
    await userEvent.click(screen.getByRole('button', { name: 'Rétablir' }));
    const call = executeMutation.mock.calls[0] as unknown as [{ variables: Record<string, unknown> }];
    expect(call[0].variables).toEqual({ targetType: 'POST', targetId: 'pst_1', decision: 'RESTORE', reason: 'Trop long' });
    const reason = screen.getByLabelText('Motif de la décision');
    expect(reason.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Le motif a au plus 500 caractères.')).toBeTruthy();
    expect(done).not.toHaveBeenCalled();
  });
});
