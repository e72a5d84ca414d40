import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

import { keycloakOrigin, securityHeaders } from './security-headers.mjs';

// The SPA talks to the backend on its own origin: /api and /q are proxied, so the browser never
// needs CORS and the backend sees Origin == Host (same-origin).
const apiTarget = process.env.BINHDANG_API_URL || 'http://127.0.0.1:8080';
const proxy = {
  '/api': { target: apiTarget },
  '/q': { target: apiTarget },
};

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: { port: 5173, strictPort: true, proxy },
  // Every page, asset and deep link `vite preview` returns carries the SPA's security headers (the
  // dev server does not: its React refresh needs inline scripts).
  preview: { port: 5173, strictPort: true, proxy, headers: securityHeaders(keycloakOrigin()) },
  build: {
    target: 'es2022',
    sourcemap: false,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // Libraries every page needs change less often than the app: their own chunk stays cached
          // across releases. Mantine is left to the default splitting so that components used only
          // by lazily loaded pages (selects, modals, pagination…) stay out of the first load.
          groups: [
            {
              name: 'vendor',
              test: /node_modules[\\/](react|react-dom|scheduler|react-router|@tanstack|keycloak-js|openapi-fetch)[\\/]/,
            },
          ],
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./src/testing/setup-tests.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    css: false,
    restoreMocks: true,
    testTimeout: 20_000,
  },
});
