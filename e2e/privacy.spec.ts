import { spawn, type ChildProcess } from 'node:child_process';
import { test, expect, deepLink } from './support/fixtures';
import type { BrowserContext, Page } from '@playwright/test';

const status = (page: Page) => page.getByRole('status');

async function copiedLink(page: Page): Promise<string> {
  return page.evaluate(() => navigator.clipboard.readText());
}

test.describe('sharing a token', () => {
  test.beforeEach(async ({ context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  });

  test('the default link drops the signature and says so when opened', async ({ page, context, issuer }) => {
    const token = await issuer.sign({ name: 'Sharer' });
    await page.goto('./');
    await page.getByRole('textbox', { name: 'Token' }).fill(token);
    await expect(page.getByRole('combobox', { name: 'Link contents' })).toHaveValue('unsigned');
    await page.getByRole('button', { name: 'Copy link' }).click();
    const link = await copiedLink(page);
    const [h, p] = token.split('.');
    expect(link.endsWith(`#token=${h}.${p}.`)).toBe(true);
    const other = await context.newPage();
    await other.goto(link);
    await expect(other.getByText('"Sharer"')).toBeVisible();
    await expect(status(other)).toContainText('Not verified');
    await expect(status(other)).toContainText('shared without its signature');
    await expect(status(other)).not.toContainText('Invalid signature');
  });

  test('a redacted link masks personal claims', async ({ page, context, issuer }) => {
    const token = await issuer.sign({ name: 'Ada Lovelace', email: 'ada@example.com', upn: 'ada@contoso.com', scp: 'read' });
    await page.goto(deepLink(token));
    await page.getByRole('combobox', { name: 'Link contents' }).selectOption('redacted');
    await page.getByRole('button', { name: 'Copy link' }).click();
    const other = await context.newPage();
    await other.goto(await copiedLink(page));
    await expect(other.getByText('"scp": "read"')).toBeVisible();
    await expect(other.getByText('"[redacted]"').first()).toBeVisible();
    await expect(other.getByText('Ada Lovelace')).toHaveCount(0);
    await expect(other.getByText('ada@example.com')).toHaveCount(0);
  });

  test('sharing an unexpired full token asks first, and Cancel copies nothing', async ({ page, issuer }) => {
    await page.goto(deepLink(await issuer.sign()));
    await page.evaluate(() => navigator.clipboard.writeText('before'));
    await page.getByRole('combobox', { name: 'Link contents' }).selectOption('full');
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.getByRole('dialog', { name: 'Share a token that still works?' })).toBeVisible();
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByRole('dialog')).toHaveCount(0);
    expect(await copiedLink(page)).toBe('before');
  });

  test('a token that arrived in the URL can be removed from the address bar', async ({ page, issuer }) => {
    const token = await issuer.sign({ name: 'Redirected' });
    await page.goto(`./#id_token=${token}&state=1`);
    await page.getByRole('button', { name: 'Remove it from the address bar' }).click();
    expect(new URL(page.url()).hash).toBe('');
    await expect(page.getByText('"Redirected"')).toBeVisible();
  });
});

test.describe('privacy', () => {
  test('no request carries the token or any of its segments, and nothing is stored', async ({ page, context, issuer }) => {
    const token = await issuer.sign({ name: 'Private Person' });
    const segments = token.split('.');
    const seen: { url: string; headers: Record<string, string>; body: string }[] = [];
    // Every request is recorded; one still in flight when the page is done is checked by URL and body
    // (its headers can no longer be read), and the checks below wait for all of them.
    const pending: Promise<unknown>[] = [];
    context.on('request', (r) => {
      const entry = (headers: Record<string, string>) => seen.push({ url: r.url(), headers, body: r.postData() ?? '' });
      pending.push(r.allHeaders().then(entry, () => entry({})));
    });
    await page.goto(deepLink(token));
    await page.getByRole('button', { name: `Fetch keys from ${new URL(issuer.origin).host}` }).click();
    await expect(status(page)).toContainText('Signature verified');
    await page.getByRole('textbox', { name: 'Token' }).fill(`Bearer ${token}`);
    await expect(status(page)).toContainText('Signature verified');
    await Promise.all(pending);
    expect(seen.length).toBeGreaterThan(0);
    for (const r of seen) {
      const text = `${r.url}\n${JSON.stringify(r.headers)}\n${r.body}`;
      for (const s of segments) expect(text.includes(s), `request ${r.url} carries a token segment`).toBe(false);
    }
    const stored = await page.evaluate(async () => {
      const dbs = 'databases' in indexedDB ? await indexedDB.databases() : [];
      return JSON.stringify({ local: { ...localStorage }, session: { ...sessionStorage }, cookie: document.cookie, dbs });
    });
    for (const s of segments) expect(stored.includes(s)).toBe(false);
    expect(new URL(page.url()).search).toBe('');
  });
});

test.describe('offline mode', () => {
  test('while on, nothing is requested and pasted keys still verify', async ({ page, issuer }) => {
    await page.goto(deepLink(await issuer.sign({}, { alg: 'ES384' })));
    await page.getByRole('switch', { name: /Offline mode/ }).click();
    await expect(page.getByRole('switch', { name: /Offline mode/ })).toHaveAttribute('aria-checked', 'true');
    await page.getByRole('button', { name: `Fetch keys from ${new URL(issuer.origin).host}` }).click();
    await expect(status(page)).toContainText('Offline mode is on, so');
    expect(issuer.requests).toEqual([]);
    await page.getByRole('textbox', { name: 'Verification key' }).fill(JSON.stringify(issuer.jwks()));
    await expect(status(page)).toContainText('Signature verified');
    await page.getByRole('switch', { name: /Offline mode/ }).click();
    await page.getByRole('textbox', { name: 'Verification key' }).fill('');
    await expect(status(page)).toContainText('Signature verified');
    expect(issuer.requests.map((r) => r.resource)).toEqual(['discovery', 'jwks']);
  });
});

function serve(base: string, port: number): Promise<ChildProcess> {
  const child = spawn('node', ['scripts/serve.mjs', '--port', String(port), '--base', base, '--root', process.env.E2E_DIST ?? 'dist'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve) => child.stdout?.once('data', () => resolve(child)));
}

async function waitForServiceWorker(page: Page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 15_000 });
}

async function offlineRoundTrip(page: Page, context: BrowserContext, url: string, token: string, jwks: string) {
  await page.goto(url);
  await waitForServiceWorker(page);
  await context.setOffline(true);
  await page.goto(`${url}#token=${token}`);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Token Explorer' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Verification key' }).fill(jwks);
  await expect(status(page)).toContainText('Signature verified');
  await page.getByRole('combobox', { name: 'Language' }).selectOption('ja');
  await expect(page.getByRole('button', { name: '例を試す' })).toBeVisible();
}

test.describe('installable app that works offline after one visit', () => {
  const roots: [string, string, number][] = [
    ['at the root', '/', 4391],
    ['under a sub-path', '/deep/sub/path/', 4392],
  ];
  for (const [name, base, port] of roots) {
    test.describe(name, () => {
      const offset = Number(process.env.E2E_PORT ?? 4317) - 4317;
      test.use({ allowedOrigins: [`http://127.0.0.1:${port + offset}`] });
      test('loads, decodes and verifies with the network off', async ({ page, context, issuer }) => {
        const server = await serve(base, port + offset);
        try {
          await offlineRoundTrip(
            page,
            context,
            `http://127.0.0.1:${port + offset}${base}`,
            await issuer.sign({ name: 'Offline' }, { alg: 'EdDSA' }),
            JSON.stringify(issuer.jwks()),
          );
          await expect(page.getByText('"Offline"')).toBeVisible();
        } finally {
          server.kill();
        }
      });
    });
  }

  test('the manifest and service worker are served from the app folder', async ({ request }) => {
    const manifest = await (await request.get('./manifest.webmanifest')).json();
    expect(manifest).toMatchObject({ name: 'Token Explorer', start_url: './', scope: './' });
    expect((await request.get('./sw.js')).status()).toBe(200);
  });
});

test.describe('updates', () => {
  const offset = Number(process.env.E2E_PORT ?? 4317) - 4317;
  const port = 4393 + offset;
  test.use({ allowedOrigins: [`http://127.0.0.1:${port}`] });

  test('a new deployment is used on the next load, not stuck behind the old service worker', async ({ page }) => {
    const { cp, mkdtemp, readFile, writeFile, rm } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dir = await mkdtemp(join(tmpdir(), 'te-update-'));
    await cp(process.env.E2E_DIST ?? 'dist', dir, { recursive: true });
    const child = spawn('node', ['scripts/serve.mjs', '--port', String(port), '--base', '/app/', '--root', dir], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    await new Promise((resolve) => child.stdout?.once('data', resolve));
    try {
      const url = `http://127.0.0.1:${port}/app/`;
      await page.goto(url);
      await waitForServiceWorker(page);
      // "Deploy" a new version: a changed index.html and a service worker that knows its new revision.
      const html = await readFile(join(dir, 'index.html'), 'utf8');
      await writeFile(join(dir, 'index.html'), html.replace('<title>Token Explorer</title>', '<title>Token Explorer (v2)</title>'));
      const sw = await readFile(join(dir, 'sw.js'), 'utf8');
      await writeFile(join(dir, 'sw.js'), sw.replace(/\{url:"index\.html",revision:"[a-z0-9]+"\}/, '{url:"index.html",revision:"v2"}'));
      // The browser looks for a new worker when the app is opened; the new one takes over at once.
      const tookOver = page.evaluate(() => new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve)));
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
      await tookOver;
      await page.reload();
      await expect(page).toHaveTitle('Token Explorer (v2)');
    } finally {
      child.kill();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
