// GraphQL over HTTP conformance audit (npm graphql-http serverAudits) against a running server.
// Usage: node audit.mjs http://127.0.0.1:5000/graphql   (or GRAPHQL_URL=... node audit.mjs)
// Prints one line per audit and a last line "N passed, N failed".
// Counting: "ok" passes; "error" (MUST) and "warn" (SHOULD) fail; "notice" (MAY) fails too unless
// AUDIT_ALLOW_NOTICE=1. Exit code 1 when any audit failed (any MUST failure always gives 1).
import { serverAudits } from 'graphql-http';

const url = process.argv[2] || process.env.GRAPHQL_URL;
if (!url) {
  console.error('usage: node audit.mjs <graphql url>   (or set GRAPHQL_URL)');
  process.exit(2);
}

const allowNotice = process.env.AUDIT_ALLOW_NOTICE === '1';
const results = [];
for (const audit of serverAudits({ url, fetchFn: fetch })) {
  let result;
  try {
    result = await audit.fn();
  } catch (err) {
    // graphql-http rethrows anything that is not an assertion failure (e.g. connection refused).
    result = { id: audit.id, name: audit.name, status: 'error', reason: `fatal: ${err?.message ?? err}` };
  }
  results.push(result);
}

let passed = 0;
let failed = 0;
let mustFailed = 0;
for (const r of results) {
  const ok = r.status === 'ok' || (allowNotice && r.status === 'notice');
  if (ok) passed++;
  else failed++;
  if (r.status === 'error') mustFailed++;
  let line = `${r.status.toUpperCase().padEnd(6)} ${r.id} ${r.name}`;
  if (r.status !== 'ok') {
    let detail = r.reason;
    if (r.response) {
      try {
        detail += ` [status ${r.response.status}, content-type ${r.response.headers.get('content-type')}]`;
      } catch {
        // response may be consumed
      }
    }
    line += ` -- ${detail}`;
  }
  console.log(line);
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(mustFailed > 0 || failed > 0 ? 1 : 0);
