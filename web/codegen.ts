import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed documents from the committed schema (../schema.graphql, exported by the server). persistedDocuments writes
// src/gql/persisted-documents.json (sha256 → document), the manifest the server loads in trusted-documents mode.
const config: CodegenConfig = {
  schema: '../schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*', '!src/**/*.test.{ts,tsx}', '!src/sw.ts'],
  ignoreNoDocuments: false,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: {
        fragmentMasking: false,
        persistedDocuments: { hashAlgorithm: 'sha256' },
      },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTimeOffset: 'string', Long: 'number' },
      },
    },
  },
};
export default config;
