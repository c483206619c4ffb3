import { defineConfig } from '@playwright/test';

// The built app is served under a sub-path to prove `base: './'` works; the test issuer runs on
// another port, so every discovery/JWKS call is a real cross-origin request with real CORS.
// E2E_PORT / E2E_DIST let several people (or helpers) run the suite at once on one machine.
export const APP_PORT = Number(process.env.E2E_PORT ?? 4317);
export const SUB_PATH = '/tools/token-explorer/';
const DIST = process.env.E2E_DIST ?? 'dist';

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  timeout: 20_000,
  use: {
    baseURL: `http://127.0.0.1:${APP_PORT}${SUB_PATH}`,
    launchOptions: { executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium' },
    trace: 'off',
  },
  webServer: [
    {
      command: `node scripts/serve.mjs --port ${APP_PORT} --base ${SUB_PATH} --root ${DIST}`,
      url: `http://127.0.0.1:${APP_PORT}${SUB_PATH}`,
      reuseExistingServer: false,
      stdout: 'ignore',
    },
  ],
});
