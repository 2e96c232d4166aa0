/// <reference types="vitest/config" />
import { defineConfig } from 'vite';

export default defineConfig({
  esbuild: { jsx: 'automatic' },
  build: { outDir: 'dist', sourcemap: false, target: 'es2020', manifest: true },
  server: {
    proxy: {
      // Dev server: the API runs elsewhere (VOISINAGE_API, e.g. http://127.0.0.1:5080); same-origin in production.
      '/graphql': { target: process.env.VOISINAGE_API ?? 'http://127.0.0.1:5080', ws: true, changeOrigin: true },
    },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
  },
});
