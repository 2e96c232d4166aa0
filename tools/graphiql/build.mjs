// Bundles GraphiQL into dist/ (graphiql.js, graphiql.css, index.html): WebApi serves index.html at /graphql to a
// browser asking for HTML, and the rest under /graphiql/. No inline script, so the page runs under the strict CSP.
import { build } from 'esbuild';
import { mkdir, writeFile, rm } from 'node:fs/promises';

await rm('dist', { recursive: true, force: true });
await mkdir('dist', { recursive: true });
await build({
  entryPoints: { graphiql: 'src/main.jsx' },
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2020',
  outdir: 'dist',
  jsx: 'automatic',
  loader: { '.woff': 'file', '.woff2': 'file', '.ttf': 'file', '.svg': 'file' },
  define: { 'process.env.NODE_ENV': '"production"' },
  legalComments: 'linked',
  logLevel: 'warning',
});
await writeFile('dist/index.html', `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Voisinage GraphiQL</title>
    <link rel="stylesheet" href="/graphiql/graphiql.css" />
    <script type="module" src="/graphiql/graphiql.js"></script>
  </head>
  <body>
    <div id="graphiql">Loading GraphiQL…</div>
  </body>
</html>
`);
console.log('GraphiQL built into dist/');
