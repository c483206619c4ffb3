import type { Page } from '@playwright/test';
import { test, expect, deepLink } from './support/fixtures';
import { rawJws } from './support/tokens';

// Hostile deep links: whatever a link carries, it is shown as text and nothing runs. Every test
// collects CSP violations and dialogs from the first script on, and checks that the page stays usable.

declare global {
  interface Window {
    __pwned?: unknown;
    __cspViolations?: string[];
  }
}

const PWN = 'window.__pwned=1';
const LONG = 'W'.repeat(100_000);

async function watch(page: Page): Promise<string[]> {
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations?.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return dialogs;
}

/** Nothing ran, nothing was blocked, the prototype is clean and the page still fits the viewport. */
async function expectUnharmed(page: Page, dialogs: string[], consoleErrors: string[]): Promise<void> {
  await expect(page.getByRole('heading', { name: 'Token Explorer', level: 1 })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Token' })).toBeVisible();
  const state = await page.evaluate(() => ({
    pwned: window.__pwned,
    violations: window.__cspViolations ?? ['listener missing'],
    polluted: ({} as Record<string, unknown>).polluted ?? ({} as Record<string, unknown>).isAdmin ?? null,
    overflow: document.documentElement.scrollWidth - window.innerWidth,
    links: [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href') ?? ''),
  }));
  expect(state.pwned, 'a payload script ran').toBeUndefined();
  expect(state.violations, 'CSP violations').toEqual([]);
  expect(state.polluted, 'Object.prototype was polluted').toBeNull();
  expect(state.overflow, 'horizontal overflow in px').toBeLessThanOrEqual(1);
  expect(
    state.links.filter((h) => /^\s*(javascript|data|vbscript):/i.test(h)),
    'script links',
  ).toEqual([]);
  expect(dialogs).toEqual([]);
  expect(consoleErrors).toEqual([]);
}

const html = {
  header: JSON.stringify({ alg: 'RS256', typ: `<script>${PWN}</script>`, kid: `"><img src=x onerror="${PWN}">` }),
  payload: JSON.stringify({
    sub: `<img src=x onerror=${PWN}>`,
    name: `</pre><script>${PWN}</script>`,
    picture: `javascript:${PWN}`,
    website: 'javascript:alert(document.domain)',
    profile: `data:text/html,<script>${PWN}</script>`,
    [`<svg onload=${PWN}>`]: `<iframe srcdoc="<script>parent.${PWN}</script>">`,
    exp: 4102444800,
  }),
};

// Deep nesting: the app indents only the first levels, so the text stays linear in the depth.
const deepArray = (n: number) => `${'['.repeat(n)}1${']'.repeat(n)}`;
const deepObject = (n: number) => `${'{"__proto__":'.repeat(n)}1${'}'.repeat(n)}`;

const cases: [name: string, input: string, shows: string | RegExp][] = [
  ['HTML and script in header and claims', rawJws(html.header, html.payload), `"<img src=x onerror=${PWN}>"`],
  [
    '100 000-character unbroken claim, kid and claim name',
    rawJws(JSON.stringify({ alg: 'RS256', kid: LONG }), JSON.stringify({ sub: 'long', name: LONG, [LONG]: 1 })),
    '"long"',
  ],
  ['2000 levels of nesting in the payload', rawJws('{"alg":"RS256"}', `{"sub":"deep","n":${deepObject(2000)}}`), '"deep"'],
  [
    '4000 levels of nesting in the payload and 300 in the header',
    rawJws(`{"alg":"RS256","x":${deepArray(300)}}`, `{"sub":"deeper","n":${deepObject(4000)}}`),
    '"deeper"',
  ],
  [
    'bidi overrides and zero-width characters',
    rawJws(
      '{"alg":"RS256","kid":"\u202ekid\u200b"}',
      '{"sub":"bidi","name":"admin\u202egnp.exe","\u200bsub":"\u200b","x":"\u2066\u2067\u2068\u2069\u200f"}',
    ),
    '"bidi"',
  ],
  [
    'prototype-pollution keys',
    rawJws(
      '{"alg":"RS256","__proto__":{"polluted":"header"}}',
      '{"sub":"proto","__proto__":{"polluted":"yes","isAdmin":true},"constructor":{"prototype":{"polluted":"yes"}},"prototype":{"isAdmin":true}}',
    ),
    '"proto"',
  ],
  [
    'a token-endpoint response with hostile parameters',
    JSON.stringify({
      access_token: rawJws('{"alg":"RS256"}', '{"sub":"resp"}'),
      [`<img src=x onerror=${PWN}>`]: `<script>${PWN}</script>`,
      __proto__x: 1,
      long: LONG,
      [LONG]: 'name',
    }),
    '"resp"',
  ],
];

test.describe('a malicious deep link cannot hurt the person who opens it', () => {
  for (const [name, input, shows] of cases) {
    test(name, async ({ page, consoleErrors }) => {
      const dialogs = await watch(page);
      await page.goto(deepLink(input));
      await expect(page.getByText(shows).first()).toBeVisible();
      await expectUnharmed(page, dialogs, consoleErrors);
    });
  }

  test('an error redirect with script in error, description and error_uri', async ({ page, consoleErrors }) => {
    const dialogs = await watch(page);
    const params = new URLSearchParams({
      error: `<img src=x onerror=${PWN}>`,
      error_description: `<script>${PWN}</script>\u202e${LONG}`,
      error_uri: `javascript:${PWN}`,
      state: `\u202eetats`,
    });
    await page.goto(`./#${params.toString()}`);
    await expect(page.getByRole('alert')).toContainText(`<img src=x onerror=${PWN}>`);
    // Shown as text in the error panel, never as a link (only https: URLs become links).
    await expect(page.getByRole('definition').filter({ hasText: `javascript:${PWN}` })).toBeVisible();
    await expectUnharmed(page, dialogs, consoleErrors);
  });

  test('hostile input typed into the box after load is just as inert', async ({ page, consoleErrors }) => {
    const dialogs = await watch(page);
    await page.goto('./');
    await page.getByRole('textbox', { name: 'Token' }).fill(rawJws(html.header, html.payload));
    await expect(page.getByText(`"javascript:${PWN}"`)).toBeVisible();
    await expectUnharmed(page, dialogs, consoleErrors);
  });
});

test.describe('Content-Security-Policy', () => {
  test('the built index.html carries a strict policy', async ({ page }) => {
    await page.goto('./');
    const csp = (await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')) ?? '';
    const directives = new Map(
      csp
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .map(([k, ...v]) => [k ?? '', v]),
    );
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes/);
    expect([...directives.values()].flat(), 'a wildcard source').not.toContain('*');
  });

  test('decoding and verifying with a pasted key cause no violation', async ({ page, issuer, consoleErrors }) => {
    const dialogs = await watch(page);
    const token = await issuer.sign({ name: 'Normal use' });
    await page.goto('./');
    await page.getByRole('button', { name: 'Try an example' }).click();
    await expect(page.getByRole('status')).toContainText('Signature verified');
    await page.getByRole('textbox', { name: 'Token' }).fill(token);
    await expect(page.getByText('"Normal use"')).toBeVisible();
    await page.getByRole('textbox', { name: 'Verification key' }).fill(JSON.stringify(issuer.jwks()));
    await expect(page.getByRole('status')).toContainText('Signature verified');
    await page.getByRole('combobox', { name: 'Language' }).selectOption('ja');
    await expect(page.getByRole('status')).toContainText('署名を検証しました');
    await expectUnharmed(page, dialogs, consoleErrors);
  });
});
