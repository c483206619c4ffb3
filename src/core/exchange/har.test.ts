import { describe, expect, it } from 'vitest';
import { SEED_SAMPLE_ID_TOKEN as T } from '../samples/seed-id-token';
import { parseHar } from './har';
import { recognizeHarEntry } from './har-entry';
import { chromeHar, firefoxHar } from './samples/har-samples';

describe('parseHar lists the requests that matter', () => {
  it('lists a Chrome export: the token response and the refused Graph call, not the page load', () => {
    const r = parseHar(JSON.stringify(chromeHar(T)));
    if (!r.ok) throw new Error(r.error);
    expect(r).toMatchObject({ total: 3, folded: 1, creator: 'WebInspector 537.36', authorizationSeen: true });
    expect(r.entries.map((e) => e.audience)).toEqual([null, '6731de76-14a6-49ae-97bc-6eba6914391e']);
    expect(r.entries.map((e) => [e.index, e.exchange.method, e.exchange.url, e.exchange.status, e.reasons])).toEqual([
      [1, 'POST', 'https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token', 200, ['token-response']],
      [2, 'GET', 'https://graph.microsoft.com/v1.0/me/messages', 403, ['token', 'denied']],
    ]);
  });

  it('never keeps cookies or passwords from a HAR', () => {
    for (const har of [chromeHar(T), firefoxHar(T)]) {
      const text = JSON.stringify(parseHar(har));
      expect(text).not.toMatch(/cookie-secret|password-secret|ada%40contoso/);
    }
  });

  it('reads a Firefox export with base64 response content', () => {
    const r = parseHar(firefoxHar(T));
    if (!r.ok) throw new Error(r.error);
    expect(r.entries).toHaveLength(1);
    expect(r.entries[0]?.exchange).toMatchObject({
      host: 'api.contoso.com',
      status: 401,
      credential: T,
      responseBody: '{"error":"invalid_token"}',
    });
    expect(r.entries[0]?.exchange.wwwAuthenticate).toContain('The signature is invalid');
  });

  it('notices a HAR whose Authorization headers were removed at export', () => {
    const har = chromeHar(T) as { log: { entries: { request: { headers: { name: string }[] } }[] } };
    for (const e of har.log.entries) e.request.headers = e.request.headers.filter((h) => h.name !== 'authorization');
    const r = parseHar(har);
    expect(r.ok && r.authorizationSeen).toBe(false);
  });

  it.each([
    ['{"log":', 'json_invalid'],
    ['{"log":{"version":"1.2"}}', 'not_har'],
    ['[1,2]', 'not_har'],
  ])('refuses %s with %s', (text, error) => {
    expect(parseHar(text)).toMatchObject({ ok: false, error });
  });
});

describe('recognizeHarEntry', () => {
  it('shows the selected entry like any input: its token with the call as context', () => {
    const r = parseHar(chromeHar(T));
    if (!r.ok) throw new Error(r.error);
    const [tokenResponse, graph] = r.entries;
    const g = graph ? recognizeHarEntry(graph) : null;
    expect(g?.kind === 'token' && g.token.compact).toBe(T);
    expect(g?.kind === 'token' && g.exchange?.apiErrors.map((e) => e.kind)).toEqual(['graph-denied']);
    const t = tokenResponse ? recognizeHarEntry(tokenResponse) : null;
    expect(t?.kind === 'bundle' && t.tokens.map((x) => x.role)).toEqual(['access_token']);
  });
});
