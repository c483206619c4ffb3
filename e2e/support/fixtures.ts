// Playwright fixtures for the end-to-end specs: a real local issuer per test, console-error
// collection, and a network guard that fails any test whose page contacted a third origin.
import { test as base, expect } from '@playwright/test';
import { startIssuer, type Issuer, type IssuerOptions } from './issuer-server.mjs';

export { expect };
export type { Issuer, IssuerOptions };

interface Fixtures {
  /** Options for the `issuer` fixture: `test.use({ issuerOptions: { omitAlg: true } })`. */
  issuerOptions: IssuerOptions;
  /** Origins besides the app's and the issuers' that a test's page may contact (normally none). */
  allowedOrigins: string[];
  /** A fresh issuer, started before the test and closed after it. */
  issuer: Issuer;
  /** Starts another issuer that the network guard allows; closed after the test. */
  startExtraIssuer: (options?: IssuerOptions) => Promise<Issuer>;
  /** Every http(s) URL requested by the page, its workers and its service worker, in order. */
  pageRequests: string[];
  /** Console errors ("console: ...") and uncaught page errors ("pageerror: ..."), in order. */
  consoleErrors: string[];
}

interface InternalFixtures {
  extraIssuers: Issuer[];
}

/**
 * The relative URL that opens the app with `token` in the fragment (`./#token=...`). Relative,
 * because the app is served under a sub-path and baseURL ends with '/'. The fragment never
 * reaches a server. It does not check that `token` is a JWT.
 */
export function deepLink(token: string): string {
  return `./#token=${encodeURIComponent(token)}`;
}

/** The origins in `urls` that are not in `allowed` (non-http(s) URLs such as data: are ignored). */
export function foreignOrigins(urls: readonly string[], allowed: readonly string[]): string[] {
  const found = new Set<string>();
  for (const url of urls) {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') continue;
    if (!allowed.includes(parsed.origin)) found.add(parsed.origin);
  }
  return [...found];
}

export const test = base.extend<Fixtures & InternalFixtures>({
  issuerOptions: [{}, { option: true }],
  allowedOrigins: [[], { option: true }],

  issuer: async ({ issuerOptions }, use) => {
    const issuer = await startIssuer(issuerOptions);
    await use(issuer);
    await issuer.close();
  },

  // Playwright reads fixture dependencies from the destructuring pattern, so it must be there.
  // eslint-disable-next-line no-empty-pattern
  extraIssuers: async ({}, use) => {
    const started: Issuer[] = [];
    await use(started);
    await Promise.all(started.map((extra) => extra.close()));
  },

  startExtraIssuer: async ({ extraIssuers }, use) => {
    await use(async (options) => {
      const extra = await startIssuer(options);
      extraIssuers.push(extra);
      return extra;
    });
  },

  pageRequests: async ({ context }, use) => {
    const urls: string[] = [];
    // Context-level, so requests of the service worker are seen too, not only the page's.
    context.on('request', (request) => urls.push(request.url()));
    await use(urls);
  },

  consoleErrors: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
    await use(errors);
  },

  // The privacy promise ("the token never leaves the page") as a check that runs after every test
  // that uses a page: only the app's own origin and the test's issuers may have been contacted.
  page: async ({ page, pageRequests, issuer, extraIssuers, allowedOrigins, baseURL }, use) => {
    await use(page);
    const allowed = [issuer.origin, ...extraIssuers.map((extra) => extra.origin), ...allowedOrigins];
    if (baseURL) allowed.push(new URL(baseURL).origin);
    expect(foreignOrigins(pageRequests, allowed), 'requests to origins other than the app and the issuer').toEqual([]);
  },
});
