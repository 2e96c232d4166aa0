/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

const api = process.env.VOISINAGE_API ?? 'http://127.0.0.1:5080';
// Dev and preview servers: the API runs elsewhere; the proxy keeps it same-origin (the session cookie is SameSite=Strict).
const proxy = {
  '/graphql': { target: api, ws: true, changeOrigin: false },
  '/hubs': { target: api, ws: true, changeOrigin: false },
  '/connect': { target: api, changeOrigin: false },
  '/.well-known': { target: api, changeOrigin: false },
};

export default defineConfig({
  esbuild: { jsx: 'automatic' },
  build: { outDir: 'dist', sourcemap: false, target: 'es2020', manifest: true },
  server: { proxy },
  preview: { proxy },
  plugins: [
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src',
      filename: 'sw.ts',
      injectRegister: false,
      registerType: 'autoUpdate',
      injectManifest: { globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'], maximumFileSizeToCacheInBytes: 3_000_000 },
      includeAssets: ['icons/icon.svg'],
      manifest: {
        name: "Voisinage — mon p'ti voisinage",
        short_name: 'Voisinage',
        description: "L'entraide entre voisins vérifiés : annonces, prêts, covoiturage, achats groupés et alertes du quartier.",
        lang: 'fr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#fbfaf7',
        theme_color: '#1f5f3f',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: '/icons/icon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
    }),
  ],
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
  },
});
