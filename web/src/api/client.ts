// The urql client. The session is an HttpOnly cookie set by the server on register/login: the app never sees a token;
// HTTP requests go same-origin with credentials and the WebSocket upgrade carries the cookie.
import { Client, createRequest, fetchExchange, makeOperation, mapExchange, subscriptionExchange, type Exchange } from '@urql/core';
import { persistedExchange } from '@urql/exchange-persisted';
import { parse } from '@0no-co/graphql.web';
import { createClient as createWsClient, type Client as WsClient } from 'graphql-ws';
import type { DocumentNode } from 'graphql';

import manifest from '../gql/persisted-documents.json';

const trusted = manifest as Record<string, string>;
/** Manifest text → its hash: no hashing in the browser (crypto.subtle is missing outside secure contexts). */
const hashOfText = new Map(Object.entries(trusted).map(([hash, text]) => [text, hash]));

/** The hash code generation stored in the document (src/gql/persisted-documents.json maps it to the text). */
export function documentHash(document: object): string | undefined {
  return (document as { __meta__?: { hash?: string } }).__meta__?.hash;
}

/** The exact text registered for a document in the trusted-documents manifest (what the server runs). */
export function documentText(document: DocumentNode): string {
  const hash = documentHash(document);
  const text = hash ? trusted[hash] : undefined;
  if (!text) throw new Error('document missing from the persisted-documents manifest: run npm run codegen');
  return text;
}

const parsed = new Map<string, DocumentNode>();

/**
 * Sends each operation as its manifest text, byte for byte: a server in trusted-documents mode runs only those, and
 * the persisted exchange's sha256 of that text is the manifest's key. (urql would otherwise print the document
 * itself, in another layout.) No __typename is added: the app keeps no normalised cache.
 */
export const trustedDocumentsExchange: Exchange = mapExchange({
  onOperation(operation) {
    const hash = documentHash(operation.query);
    const text = hash ? trusted[hash] : undefined;
    if (!text) return operation;
    let doc = parsed.get(text);
    if (!doc) {
      // urql sends a keyed document's loc.source.body as is; createRequest(text) would print the parsed text anew.
      const ast = parse(text, { noLocation: true }) as unknown as { loc?: unknown };
      ast.loc = { start: 0, end: text.length, source: { body: text, name: 'gql', locationOffset: { line: 1, column: 1 } } };
      doc = createRequest(ast as DocumentNode, {}).query as DocumentNode;
      parsed.set(text, doc);
    }
    return makeOperation(operation.kind, { key: operation.key, query: doc, variables: operation.variables }, operation.context);
  },
});

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
      trustedDocumentsExchange,
      persistedExchange({
        preferGetForPersistedQueries: false,
        enableForMutation: true,
        // Documents outside the manifest (none in the app) go in full.
        generateHash: async (text) => hashOfText.get(text) ?? '',
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

