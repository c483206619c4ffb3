import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { VitePWA } from 'vite-plugin-pwa';

/**
 * The production Content-Security-Policy, injected only into the built index.html: the dev server
 * needs inline scripts for hot reload. connect-src allows https (any issuer's discovery/JWKS, fetched
 * only on request) and http on loopback for local development issuers. See docs/decisions/002-csp.md.
 */
export const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self' https: http://localhost:* http://127.0.0.1:*",
  "manifest-src 'self'",
  "worker-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'token-explorer-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) =>
        html.replace(
          '<meta charset="UTF-8" />',
          `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`,
        ),
    },
  };
}

// base './' makes every asset URL relative, so dist/ works from any sub-path of any static host
// (docs/decisions/001-static-relative-build.md).
export default defineConfig({
  base: './',
  plugins: [
    react(),
    tailwindcss(),
    contentSecurityPolicy(),
    // Offline after one visit (docs/decisions/004-offline-pwa.md). The service worker precaches the
    // whole app, lazy chunks included, and takes over at once so an update applies on the next load.
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: 'script-defer',
      includeAssets: ['favicon.svg', 'robots.txt', 'icon.svg'],
      manifest: {
        name: 'Token Explorer',
        short_name: 'Token Explorer',
        description: 'Decode, verify and explain JWTs in your browser. The token never leaves the page.',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#0f172a',
        theme_color: '#1e3a8a',
        icons: [{ src: 'icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,txt,webmanifest}'],
        clientsClaim: true,
        skipWaiting: true,
        cleanupOutdatedCaches: true,
        navigateFallback: 'index.html',
        // Only the app's own files: discovery and JWKS answers are never cached by the worker.
        runtimeCaching: [],
      },
    }),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
    modulePreload: { polyfill: false },
  },
  server: { host: '127.0.0.1' },
});
