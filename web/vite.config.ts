import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * The web app's build: into dist/web, which the Recourse server serves at `/`. Nothing is inlined
 * (no data: URIs, no inline script or style), so the server's strict Content-Security-Policy
 * (script-src and style-src 'self') holds.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    target: 'es2022',
    sourcemap: false,
  },
  server: { proxy: { '/v1': 'http://127.0.0.1:3000' } },
});
