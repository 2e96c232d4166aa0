// Real-time alerts through the real `graphql-ws` client (graphql-transport-ws) against a running WebApi.
// Usage: node alerts-test.mjs ws://127.0.0.1:5000/graphql
// The server must verify residents with three fixes on one day: --Voisinage:Verification:FixDistinctDaysNeeded=1.
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const url = process.argv[2] || process.env.GRAPHQL_WS_URL;
if (!url) {
  console.error('usage: node alerts-test.mjs <ws url>');
  process.exit(2);
}
const httpUrl = url.replace(/^ws/, 'http');

let passed = 0;
let failed = 0;
async function test(name, fn) {
  try {
    await Promise.race([fn(), new Promise((_, rej) => setTimeout(() => rej(new Error('timed out')), 30000))]);
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

async function gql(query, variables, token) {
  const res = await fetch(httpUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return res.json();
}
async function ok(query, variables, token) {
  const r = await gql(query, variables, token);
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data;
}

const run = Math.random().toString(36).slice(2, 8);
let n = 0;
async function resident(lat, lng) {
  const pseudo = `al${run}${++n}`;
  const reg = await ok('mutation($i: RegisterInput!) { register(input: $i) { token resident { id } } }', {
    i: { pseudo, email: `${pseudo}@example.fr`, password: 'a long password' },
  });
  const token = reg.register.token;
  await ok('mutation($lat: Float!, $lng: Float!) { setHome(lat: $lat, lng: $lng) { id } }', { lat, lng }, token);
  let verified = false;
  for (let i = 0; i < 3; i++) {
    const r = await ok('mutation($lat: Float!, $lng: Float!) { submitLocationFix(lat: $lat, lng: $lng, accuracyMeters: 5) { verification { status } } }', { lat, lng }, token);
    verified = r.submitLocationFix.verification.status === 'VERIFIED';
  }
  assert(verified, 'the server must verify with three fixes on one day (FixDistinctDaysNeeded=1)');
  return { token, id: reg.register.resident.id };
}
async function found(lat, lng) {
  const r = await resident(lat, lng);
  r.neighbourhood = (await ok('mutation { foundNeighbourhood(name: "Quartier") { id } }', null, r.token)).foundNeighbourhood.id;
  return r;
}
async function join(lat, lng, id) {
  const r = await resident(lat, lng);
  await ok('mutation($id: ID!) { joinNeighbourhood(id: $id) { id } }', { id }, r.token);
  r.neighbourhood = id;
  return r;
}
const fields = 'id neighbourhoodId sequence kind title raiser { pseudo }';
async function raise(who, title, radiusMeters = 0) {
  return (await ok(`mutation($t: String!, $r: Int) { raiseAlert(kind: VIGILANCE, title: $t, body: "b", radiusMeters: $r) { ${fields} } }`, { t: title, r: radiusMeters }, who.token)).raiseAlert;
}

// A live subscription to alertRaised(since) whose events are awaited one by one.
function listen(token, since) {
  const client = createClient({ url, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` }, retryAttempts: 0, lazy: true });
  const queue = [];
  const waiters = [];
  let failure = null;
  const push = (item) => (waiters.length ? waiters.shift()(item) : queue.push(item));
  client.subscribe(
    { query: `subscription($s: Long) { alertRaised(since: $s) { ${fields} } }`, variables: { s: since } },
    { next: (v) => push(v), error: (e) => { failure = e; push({ error: e }); }, complete: () => {} },
  );
  return {
    next: () => (queue.length ? Promise.resolve(queue.shift()) : new Promise((r) => waiters.push(r))).then((v) => {
      if (v.error) throw new Error(JSON.stringify(v.error));
      if (v.errors) throw new Error(JSON.stringify(v.errors));
      return v.data.alertRaised;
    }),
    first: () => (queue.length ? Promise.resolve(queue.shift()) : new Promise((r) => waiters.push(r))),
    failure: () => failure,
    dispose: () => client.dispose(),
  };
}

const base = { lat: 45.0 + Math.random() * 2, lng: 5.0 + Math.random() * 2 };
const north = (m) => base.lat + m / 111320;

const a = await found(base.lat, base.lng);
const member = await join(base.lat, base.lng, a.neighbourhood);
const b = await found(north(1000), base.lng);
const c = await found(north(5000), base.lng);

await test('alertRaised: members of the raiser and radius neighbourhoods receive it, others nothing', async () => {
  const m = listen(member.token, 0);
  const nb = listen(b.token, 0);
  const far = listen(c.token, 0);
  try {
    const alert = await raise(a, 'Incendie', 1500);
    const atMember = await m.next();
    assert(atMember.id === alert.id && atMember.sequence === 1 && atMember.neighbourhoodId === a.neighbourhood, JSON.stringify(atMember));
    assert(atMember.raiser.pseudo && !('homeCell' in atMember.raiser), 'raiser shows a pseudo only');
    const atB = await nb.next();
    assert(atB.id === alert.id && atB.neighbourhoodId === b.neighbourhood && atB.sequence === 1, JSON.stringify(atB));
    const own = await raise(c, 'Chez C');
    const atC = await far.next();
    assert(atC.id === own.id, `the far neighbourhood got ${JSON.stringify(atC)} first`);
  } finally {
    await Promise.all([m.dispose(), nb.dispose(), far.dispose()]);
  }
});

await test('alertRaised(since): replay across a reconnect, then live, without gap or duplicate', async () => {
  const missed1 = await raise(a, 'Manqué 1');
  const missed2 = await raise(member, 'Manqué 2');
  const s = listen(member.token, 1);
  try {
    const got = [await s.next(), await s.next()];
    assert(got[0].id === missed1.id && got[1].id === missed2.id, JSON.stringify(got));
    assert(got[0].sequence === 2 && got[1].sequence === 3, JSON.stringify(got));
    const live = await raise(member, 'En direct');
    const next = await s.next();
    assert(next.id === live.id && next.sequence === 4, JSON.stringify(next));
  } finally {
    await s.dispose();
  }
});

await test('alertRaised refuses residents who are not verified members (NOT_VERIFIED error)', async () => {
  const reg = await ok('mutation($i: RegisterInput!) { register(input: $i) { token } }', {
    i: { pseudo: `al${run}u`, email: `al${run}u@example.fr`, password: 'a long password' },
  });
  const s = listen(reg.register.token, 0);
  const first = await s.first();
  await s.dispose();
  const errors = first.error ?? first.errors;
  assert(Array.isArray(errors) && errors[0].extensions.code === 'NOT_VERIFIED', JSON.stringify(first));
});

await test('a bad token in connection_init closes the socket with 4403', async () => {
  const s = listen('not.a.token', 0);
  const first = await s.first();
  await s.dispose();
  assert(first.error && first.error.code === 4403, `got ${JSON.stringify(first)} / ${first.error?.code}`);
});

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
