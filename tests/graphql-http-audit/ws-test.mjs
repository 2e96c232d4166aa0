// graphql-transport-ws protocol test with the real `graphql-ws` client and raw `ws` sockets.
// Usage: node ws-test.mjs ws://127.0.0.1:5000/graphql   (or GRAPHQL_WS_URL=...)
// Generic cases use `{ __typename }` only. Set WS_TEST_SCHEMA=transporttest to also run the cases that need the
// throwaway test schema (hello, ticks, whoami, failing) and its /token and /badtoken endpoints.
// WS_INIT_TIMEOUT_MS: the server's connection_init timeout, if short enough to test (e.g. 1000); unset skips that case.
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const url = process.argv[2] || process.env.GRAPHQL_WS_URL;
if (!url) {
  console.error('usage: node ws-test.mjs <ws url>');
  process.exit(2);
}
const httpBase = url.replace(/^ws/, 'http').replace(/\/graphql$/, '');
const full = process.env.WS_TEST_SCHEMA === 'transporttest';
const initTimeout = Number(process.env.WS_INIT_TIMEOUT_MS || 0);

let passed = 0;
let failed = 0;
async function test(name, fn) {
  try {
    await Promise.race([fn(), new Promise((_, rej) => setTimeout(() => rej(new Error('timed out')), 15000))]);
    passed++;
    console.log(`ok     ${name}`);
  } catch (err) {
    failed++;
    console.log(`FAIL   ${name} -- ${err?.stack ?? err}`);
  }
}
function assert(cond, msg) {
  if (!cond) throw new Error(msg);
}
const eq = (a, b) => JSON.stringify(a) === JSON.stringify(b);

function client(connectionParams) {
  return createClient({ url, webSocketImpl: WebSocket, connectionParams, retryAttempts: 0, lazy: true });
}
function collect(c, payload) {
  return new Promise((resolve) => {
    const events = [];
    c.subscribe(payload, {
      next: (v) => events.push({ next: v }),
      error: (e) => resolve({ events, error: e }),
      complete: () => resolve({ events, complete: true }),
    });
  });
}

// Raw socket helper: resolves with the messages received and the close code.
function raw(steps, { protocol = 'graphql-transport-ws', waitMs = 1500 } = {}) {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, protocol ? [protocol] : []);
    const messages = [];
    ws.on('unexpected-response', (_req, res) => resolve({ messages, httpStatus: res.statusCode }));
    ws.on('error', (e) => reject(e));
    ws.on('message', (data) => messages.push(JSON.parse(data.toString())));
    ws.on('close', (code, reason) => resolve({ messages, code, reason: reason.toString() }));
    ws.on('open', async () => {
      for (const step of steps) {
        if (typeof step === 'number') await new Promise((r) => setTimeout(r, step));
        else ws.send(typeof step === 'string' ? step : JSON.stringify(step));
      }
      setTimeout(() => {
        resolve({ messages, code: null });
        ws.close();
      }, waitMs);
    });
  });
}
const init = { type: 'connection_init' };

await test('query over WS: next then complete', async () => {
  const c = client();
  const r = await collect(c, { query: '{ __typename }' });
  await c.dispose();
  assert(r.complete && r.events.length === 1 && r.events[0].next.data.__typename, JSON.stringify(r));
});

await test('validation error -> error message with BAD_USER_INPUT', async () => {
  const c = client();
  const r = await collect(c, { query: '{ thisFieldDoesNotExist123 }' });
  await c.dispose();
  assert(Array.isArray(r.error) && r.error[0].extensions.code === 'BAD_USER_INPUT', JSON.stringify(r));
});

await test('parse error -> error message', async () => {
  const c = client();
  const r = await collect(c, { query: '{' });
  await c.dispose();
  assert(Array.isArray(r.error) && r.error[0].extensions.code === 'BAD_USER_INPUT', JSON.stringify(r));
});

await test('ping -> pong, pong ignored', async () => {
  const r = await raw([init, 200, { type: 'ping' }, { type: 'pong' }], { waitMs: 500 });
  assert(eq(r.messages.map((m) => m.type), ['connection_ack', 'pong']) && r.code === null, JSON.stringify(r));
});

await test('subscribe before ack -> 4401', async () => {
  const r = await raw([{ id: '1', type: 'subscribe', payload: { query: '{ __typename }' } }]);
  assert(r.code === 4401, JSON.stringify(r));
});

await test('duplicate connection_init -> 4429', async () => {
  const r = await raw([init, init]);
  assert(r.code === 4429, JSON.stringify(r));
});

await test('malformed JSON -> 4400', async () => {
  const r = await raw([init, '{ not json']);
  assert(r.code === 4400, JSON.stringify(r));
});

await test('unknown message type -> 4400', async () => {
  const r = await raw([init, { type: 'start', id: '1' }]);
  assert(r.code === 4400, JSON.stringify(r));
});

await test('subscribe without payload.query -> 4400', async () => {
  const r = await raw([init, 200, { id: '1', type: 'subscribe', payload: {} }]);
  assert(r.code === 4400, JSON.stringify(r));
});

await test('connection_init with non-object payload -> 4400', async () => {
  const r = await raw([{ type: 'connection_init', payload: 'x' }]);
  assert(r.code === 4400, JSON.stringify(r));
});

await test('invalid bearer token -> 4403', async () => {
  const r = await raw([{ type: 'connection_init', payload: { authorization: 'Bearer not.a.jwt' } }]);
  assert(r.code === 4403, JSON.stringify(r));
});

await test('missing subprotocol -> rejected before upgrade (400)', async () => {
  const r = await raw([init], { protocol: null });
  assert(r.httpStatus === 400, JSON.stringify(r));
});

if (initTimeout > 0) {
  await test('no connection_init within timeout -> 4408', async () => {
    const r = await raw([], { waitMs: initTimeout + 2000 });
    assert(r.code === 4408, JSON.stringify(r));
  });
}

if (full) {
  const token = await (await fetch(`${httpBase}/token?sub=alice`)).text();
  const badToken = await (await fetch(`${httpBase}/badtoken`)).text();

  await test('subscription ticks(count:3) -> next 1,2,3 then complete', async () => {
    const c = client();
    const r = await collect(c, { query: 'subscription { ticks(count: 3, intervalMs: 30) }' });
    await c.dispose();
    assert(r.complete && eq(r.events.map((e) => e.next.data.ticks), [1, 2, 3]), JSON.stringify(r));
  });

  await test('anonymous principal when no authorization', async () => {
    const c = client();
    const r = await collect(c, { query: 'subscription { whoami }' });
    await c.dispose();
    assert(r.complete && r.events[0].next.data.whoami === 'anonymous', JSON.stringify(r));
  });

  await test('JWT in connection_init payload becomes User', async () => {
    const c = client({ authorization: `Bearer ${token}` });
    const r1 = await collect(c, { query: 'subscription { whoami }' });
    const r2 = await collect(c, { query: '{ me }' });
    await c.dispose();
    assert(r1.events[0].next.data.whoami === 'alice' && r2.events[0].next.data.me === 'alice', JSON.stringify([r1, r2]));
  });

  await test('token signed with another key -> 4403', async () => {
    const r = await raw([{ type: 'connection_init', payload: { authorization: `Bearer ${badToken}` } }]);
    assert(r.code === 4403, JSON.stringify(r));
  });

  await test('resolver ExecutionError code kept (UNAUTHENTICATED) over WS', async () => {
    const c = client();
    const r = await collect(c, { query: '{ me }' });
    await c.dispose();
    assert(r.complete && r.events[0].next.errors[0].extensions.code === 'UNAUTHENTICATED', JSON.stringify(r));
  });

  await test('mutation over WS: next then complete', async () => {
    const c = client();
    const r = await collect(c, { query: 'mutation($t: String!) { echo(text: $t) }', variables: { t: 'hi' } });
    await c.dispose();
    assert(r.complete && r.events[0].next.data.echo === 'hi', JSON.stringify(r));
  });

  await test('failing source stream -> nexts then error (INTERNAL_SERVER_ERROR, no details)', async () => {
    const c = client();
    const r = await collect(c, { query: 'subscription { failing }' });
    await c.dispose();
    const last = r.error ?? r.events.at(-1)?.next?.errors;
    assert(r.events.filter((e) => e.next.data?.failing).length === 2, JSON.stringify(r));
    assert(JSON.stringify(r).includes('INTERNAL_SERVER_ERROR') && !JSON.stringify(r).includes('stream broke'), JSON.stringify(r));
    assert(last, JSON.stringify(r));
  });

  await test('client complete stops the subscription', async () => {
    const c = client();
    const events = [];
    await new Promise((resolve) => {
      const unsubscribe = c.subscribe(
        { query: 'subscription { ticks(count: 1000, intervalMs: 20) }' },
        { next: (v) => { events.push(v); if (events.length === 3) { unsubscribe(); setTimeout(resolve, 300); } }, error: resolve, complete: () => {} },
      );
    });
    await c.dispose();
    assert(events.length === 3, `got ${events.length} events`);
  });

  await test('raw: duplicate subscribe id -> 4409', async () => {
    const sub = { id: 'a', type: 'subscribe', payload: { query: 'subscription { ticks(count: 100, intervalMs: 50) }' } };
    const r = await raw([init, 200, sub, sub]);
    assert(r.code === 4409, JSON.stringify(r));
  });

  await test('raw: id reusable after complete; no messages after client complete', async () => {
    const sub = { id: 'a', type: 'subscribe', payload: { query: 'subscription { ticks(count: 100, intervalMs: 50) }' } };
    const r = await raw([init, 200, sub, 120, { id: 'a', type: 'complete' }, 300, sub, 120, { id: 'a', type: 'complete' }], { waitMs: 600 });
    assert(r.code === null, JSON.stringify(r));
    assert(r.messages.every((m) => m.type !== 'error'), JSON.stringify(r));
    assert(r.messages.filter((m) => m.type === 'next').length <= 8, JSON.stringify(r));
  });

  await test('raw: concurrent subscriptions interleave on one socket', async () => {
    const s = (id) => ({ id, type: 'subscribe', payload: { query: 'subscription { ticks(count: 5, intervalMs: 20) }' } });
    const r = await raw([init, 200, s('x'), s('y'), s('z')], { waitMs: 1000 });
    for (const id of ['x', 'y', 'z']) {
      const nexts = r.messages.filter((m) => m.id === id && m.type === 'next').map((m) => m.payload.data.ticks);
      assert(eq(nexts, [1, 2, 3, 4, 5]), `${id}: ${JSON.stringify(nexts)}`);
      assert(r.messages.some((m) => m.id === id && m.type === 'complete'), `${id} not completed`);
    }
  });
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
