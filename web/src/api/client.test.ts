import { describe, expect, test, vi } from 'vitest';
import { Client, fetchExchange } from '@urql/core';
import { persistedExchange } from '@urql/exchange-persisted';
import manifest from '../gql/persisted-documents.json';
import { MeQuery } from './documents';
import { documentHash, documentText, persistedQueryCompat, trustedDocumentsExchange, webSocketUrl } from './client';

function clientWith(answers: unknown[]) {
  const bodies: Record<string, unknown>[] = [];
  const fetch = vi.fn(async (_url: RequestInfo | URL, init?: RequestInit) => {
    bodies.push(JSON.parse(String(init?.body)));
    return new Response(JSON.stringify(answers.shift()), { status: 200, headers: { 'content-type': 'application/json' } });
  });
  const client = new Client({
    url: 'http://localhost/graphql',
    fetch: fetch as unknown as typeof globalThis.fetch,
    exchanges: [trustedDocumentsExchange, persistedExchange({ enableForMutation: true, generateHash: async (t) => Object.entries(manifest).find(([, v]) => v === t)?.[0] ?? '' }), persistedQueryCompat, fetchExchange],
  });
  return { client, bodies };
}

const me = { me: { id: 'r1', pseudo: 'rose', thanksReceived: 0, verification: { status: 'UNVERIFIED', method: null, verifiedAt: null }, email: null, homeCell: null, createdAt: null, neighbourhood: null } };

describe('persisted and trusted documents', () => {
  test('every document of the app is in the manifest under its own hash', () => {
    const hash = documentHash(MeQuery)!;
    expect(documentText(MeQuery)).toBe((manifest as Record<string, string>)[hash]);
  });

  test('the hash goes first; after PersistedQueryNotFound the exact manifest text follows', async () => {
    const { client, bodies } = clientWith([{ errors: [{ message: 'PersistedQueryNotFound', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } }] }, { data: me }]);
    const r = await client.query(MeQuery, {}).toPromise();
    expect(r.data?.me.pseudo).toBe('rose');
    expect(bodies).toHaveLength(2);
    expect(bodies[0]!.query).toBeUndefined();
    expect(bodies[0]!.extensions).toEqual({ persistedQuery: { version: 1, sha256Hash: documentHash(MeQuery) } });
    expect(bodies[1]!.query).toBe(documentText(MeQuery));
  });

  test("a server without persisted queries ('query' required) gets the full text and is not asked by hash again", async () => {
    const missing = { errors: [{ message: "The 'query' parameter is required and must be a non-empty string.", extensions: { code: 'BAD_USER_INPUT' } }] };
    const { client, bodies } = clientWith([missing, { data: me }, { data: me }]);
    await client.query(MeQuery, {}).toPromise();
    await client.query(MeQuery, {}, { requestPolicy: 'network-only' }).toPromise();
    expect(bodies.map((b) => typeof b.query)).toEqual(['undefined', 'string', 'string']);
    expect(bodies[2]!.query).toBe(documentText(MeQuery));
  });

  test('the WebSocket URL follows the page: ws on http, wss on https', () => {
    expect(webSocketUrl({ protocol: 'http:', host: '127.0.0.1:5080' })).toBe('ws://127.0.0.1:5080/graphql');
    expect(webSocketUrl({ protocol: 'https:', host: 'voisinage.fr' })).toBe('wss://voisinage.fr/graphql');
  });
});
