// Fails when the committed generated code (src/gql/) is stale w.r.t. ../schema.graphql and the documents: run
// `npm run codegen` and commit.
import { describe, expect, test } from 'vitest';
import { generate } from '@graphql-codegen/cli';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import config from '../../codegen';

describe('generated GraphQL code', () => {
  test('matches the schema and the documents', async () => {
    const root = join(__dirname, '..', '..');
    process.chdir(root);
    const outputs = (await generate({ ...config, silent: true }, false)) as { filename: string; content: string }[];
    expect(outputs.length).toBeGreaterThan(0);
    for (const o of outputs) {
      const committed = readFileSync(join(root, o.filename), 'utf8');
      expect(committed, `${o.filename} is stale: run npm run codegen`).toBe(o.content);
    }
  }, 60_000);
});
