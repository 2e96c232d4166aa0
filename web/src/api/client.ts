// The urql client. The session is an HttpOnly cookie set by the server on register/login: the app never sees a token;
// HTTP requests go same-origin with credentials and the WebSocket upgrade carries the cookie.
import { Client, cacheExchange, fetchExchange, mapExchange, subscriptionExchange, type Exchange } from '@urql/core';
import { persistedExchange } from '@urql/exchange-persisted';
import { createClient as createWsClient, type Client as WsClient } from 'graphql-ws';
import type { DocumentNode } from 'graphql';

/** The hash code generation stored in the document (src/gql/persisted-documents.json holds the same). */
export function documentHash(document: DocumentNode): string | undefined {
  return (document as DocumentNode & { __meta__?: { hash?: string } }).__meta__?.hash;
}

/**
 * A server that does not know persisted queries answers a hash-only request with BAD_USER_INPUT "'query' parameter is
 * required". urql's persisted exchange falls back to the full query only on PersistedQueryNotSupported: say that.
 */
export const persistedQueryCompat: Exchange = mapExchange({
  onResult(result) {
    const e = result.error;
    if (e && result.operation.extensions?.persistedQuery && e.graphQLErrors.some((g) => /'query' parameter is required/.test(g.message))) {
      for (const g of e.graphQLErrors) (g as { message: string }).message = 'PersistedQueryNotSupported';
    }
    return result;
  },
});

export function webSocketUrl(location: Pick<Location, 'protocol' | 'host'>): string {
  return `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}/graphql`;
}

export interface Api {
  client: Client;
  ws: WsClient;
}

export function createApi(): Api {
  const ws = createWsClient({
    url: webSocketUrl(window.location),
    lazy: true,
    keepAlive: 15_000,
    retryAttempts: Infinity,
    shouldRetry: () => true,
    // Back off, but try again at once when the browser comes back online.
    retryWait: (retries) =>
      new Promise<void>((resolve) => {
        const done = () => {
          clearTimeout(timer);
          window.removeEventListener('online', done);
          resolve();
        };
        const timer = setTimeout(done, Math.min(300 * 2 ** retries, 8_000));
        window.addEventListener('online', done);
      }),
  });
  const client = new Client({
    url: '/graphql',
    fetchOptions: { credentials: 'same-origin', headers: { accept: 'application/graphql-response+json, application/json' } },
    requestPolicy: 'cache-and-network',
    exchanges: [
      cacheExchange,
      persistedExchange({
        preferGetForPersistedQueries: false,
        enableForMutation: true,
        generateHash: async (query, document) => documentHash(document) ?? sha256(query),
      }),
      persistedQueryCompat,
      fetchExchange,
      subscriptionExchange({
        forwardSubscription(request) {
          const input = { ...request, query: request.query || '' };
          return {
            subscribe(sink) {
              const unsubscribe = ws.subscribe(input, sink);
              return { unsubscribe };
            },
          };
        },
      }),
    ],
  });
  return { client, ws };
}

async function sha256(text: string): Promise<string> {
  const bytes = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
