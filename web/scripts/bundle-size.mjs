// Measures the gzip size of the JavaScript the first page loads (the entry chunk and its static imports, read from
// dist/.vite/manifest.json) and fails when it is over the budget (200 KB gzip). Lazy chunks (map, heavy pages) are
// not counted: they are loaded on demand.
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const budget = Number(process.env.VOISINAGE_FIRST_PAGE_JS_BUDGET ?? 200 * 1024);
const manifestPath = join(dist, '.vite', 'manifest.json');
if (!existsSync(manifestPath)) {
  console.error(`bundle-size: ${manifestPath} is missing; run "npm run build" first`);
  process.exit(1);
}
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
const entry = Object.values(manifest).find((c) => c.isEntry);
if (!entry) {
  console.error('bundle-size: no entry chunk in the manifest');
  process.exit(1);
}
const seen = new Set();
const visit = (key) => {
  const chunk = manifest[key];
  if (!chunk || seen.has(chunk.file)) return;
  seen.add(chunk.file);
  for (const i of chunk.imports ?? []) visit(i);
};
visit(Object.keys(manifest).find((k) => manifest[k] === entry));
let total = 0;
for (const file of seen) {
  const size = gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
  total += size;
  console.log(`bundle-size: ${file} ${(size / 1024).toFixed(1)} KB gzip`);
}
console.log(`bundle-size: first page JS ${(total / 1024).toFixed(1)} KB gzip (budget ${(budget / 1024).toFixed(0)} KB)`);
if (total > budget) {
  console.error('bundle-size: over budget');
  process.exit(1);
}
