import { describe, expect, it } from 'vitest';
import { recognizeInput } from './recognize';
import { sharePlan, shareText } from './share-plan';
import { jws } from './test-helpers';

const ID = jws('{"alg":"RS256","kid":"k"}', '{"sub":"s1","name":"Ada","aud":"app"}', 'aWRzaWduYXR1cmU');
const AT = jws('{"alg":"RS256","kid":"k"}', '{"sub":"s1","scp":"read","upn":"ada@contoso.com"}', 'YXRzaWduYXR1cmU');
const JWE = 'eyJhbGciOiJSU0EtT0FFUCIsImVuYyI6IkEyNTZHQ00ifQ.ZW5j.aXY.Y2lwaGVy.dGFn';
const REFRESH = '0.AXYAabcdefghijklmnopqrstuvwxyz0123456789-refresh';
const CODE = '1.AXYAcodecodecodecodecodecode';

const plan = (raw: string) => sharePlan(recognizeInput(raw), raw);
const text = (raw: string, mode: 'unsigned' | 'redacted' | 'full') => shareText(recognizeInput(raw), raw, mode);
const signatures = [ID, AT].map((t) => t.split('.')[2] ?? '');

function expectNoCredential(shared: string | null) {
  expect(shared).not.toBeNull();
  for (const s of signatures) expect(shared).not.toContain(s);
  for (const secret of [REFRESH, CODE, 'opaque-access-token-value', 'client-secret-value']) expect(shared).not.toContain(secret);
}

describe('sharePlan and shareText', () => {
  it('reduces a token-endpoint response: no signature, no refresh token, no unknown member', () => {
    const raw = JSON.stringify({
      token_type: 'Bearer',
      scope: 'read',
      expires_in: 3599,
      id_token: ID,
      access_token: AT,
      refresh_token: REFRESH,
      client_secret: 'client-secret-value',
    });
    expect(plan(raw)).toEqual({ kind: 'reducible', bundle: true, redactable: true, omitted: ['refresh_token', 'client_secret'] });
    const shared = text(raw, 'unsigned');
    expectNoCredential(shared);
    const again = recognizeInput(shared ?? '');
    expect(again.kind === 'bundle' && again.tokens.map((t) => [t.role, t.token.format === 'jws' && t.token.segments[2]])).toEqual([
      ['id_token', ''],
      ['access_token', ''],
    ]);
  });

  it('masks personal claims of every token of a bundle in a redacted link', () => {
    const raw = JSON.stringify({ id_token: ID, access_token: AT });
    const shared = text(raw, 'redacted') ?? '';
    expectNoCredential(shared);
    const again = recognizeInput(shared);
    const claims =
      again.kind === 'bundle'
        ? again.tokens.map((t) =>
            t.token.format === 'jws' && t.token.payload.ok && t.token.payload.kind === 'json' ? t.token.payload.value : null,
          )
        : [];
    expect(claims).toEqual([
      { sub: 's1', name: '[redacted]', aud: 'app' },
      { sub: 's1', scp: 'read', upn: '[redacted]' },
    ]);
  });

  it('reduces an OAuth redirect fragment and keeps state, dropping code and opaque tokens', () => {
    const raw = `#id_token=${ID}&access_token=opaque-access-token-value&code=${CODE}&state=xyz&session_state=abc`;
    expect(plan(raw)).toMatchObject({ kind: 'reducible', bundle: true, omitted: ['access_token', 'code'] });
    const shared = text(raw, 'unsigned');
    expectNoCredential(shared);
    expect(shared).toContain('state=xyz');
    const again = recognizeInput(shared ?? '');
    expect(again.kind === 'bundle' && again.tokens.map((t) => t.role)).toEqual(['id_token']);
  });

  it('reduces a whole redirect URL the same way', () => {
    const shared = text(`https://app.example/cb?code=${CODE}&state=s#id_token=${ID}`, 'unsigned');
    expectNoCredential(shared);
  });

  it('offers no safe link for a bundle holding only credentials that cannot be reduced', () => {
    expect(text(JSON.stringify({ refresh_token: REFRESH }), 'unsigned')).toBeNull();
    expect(text(JSON.stringify({ refresh_token: REFRESH }), 'full')).toBe(JSON.stringify({ refresh_token: REFRESH }));
  });

  it('offers no redacted link for a bundle whose token payload cannot be masked', () => {
    const raw = JSON.stringify({ id_token: jws('{"alg":"RS256"}', 'Ada Lovelace') });
    expect(plan(raw)).toMatchObject({ kind: 'reducible', redactable: false });
    expect(text(raw, 'redacted')).toBeNull();
  });

  it.each([
    ['a JWE', JWE, 'jwe'],
    ['an opaque refresh token', REFRESH, 'opaque'],
    ['a malformed token', 'eyJhbGciOiJSUzI1NiJ9.e30', 'malformed'],
    ['text that is no token', 'hello there, this is my client secret', 'unrecognized'],
  ])('shares %s only whole and only after confirmation', (_name, raw, reason) => {
    expect(plan(raw)).toEqual({ kind: 'whole', reason, confirm: true });
  });

  it.each([
    ['a PEM private key', '-----BEGIN PRIVATE KEY-----\nMIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg\n-----END PRIVATE KEY-----'],
    ['a private JWK', '{"kty":"EC","crv":"P-256","x":"a","y":"b","d":"secret"}'],
    ['a JWKS with a private entry', '{"keys":[{"kty":"RSA","n":"a","e":"AQAB"},{"kty":"RSA","n":"a","e":"AQAB","d":"x"}]}'],
    ['a symmetric JWK', '{"kty":"oct","k":"c2VjcmV0"}'],
    ['a private key inside other JSON', '{"config":{"signing":{"kty":"OKP","crv":"Ed25519","x":"a","d":"b"}}}'],
  ])('never puts %s in a link', (_name, raw) => {
    expect(plan(raw)).toEqual({ kind: 'refused', reason: 'key_material' });
    for (const mode of ['unsigned', 'redacted', 'full'] as const) expect(text(raw, mode)).toBeNull();
  });

  it('shares a public JWKS freely', () => {
    const raw = '{"keys":[{"kty":"RSA","kid":"k","n":"a","e":"AQAB"}]}';
    expect(plan(raw)).toEqual({ kind: 'whole', reason: 'public_keys', confirm: false });
    expect(text(raw, 'unsigned')).toBe(raw);
  });

  it('keeps the single-JWS default: no signature', () => {
    expect(text(ID, 'unsigned')).toBe(`${ID.split('.').slice(0, 2).join('.')}.`);
    expect(plan(ID)).toEqual({ kind: 'reducible', bundle: false, redactable: true, omitted: [] });
  });

  describe('a Microsoft PoP signed request (its `at` claim is the whole access token)', () => {
    const SHR = jws(
      '{"alg":"RS256","typ":"pop"}',
      JSON.stringify({ at: AT, ts: 1700000000, m: 'GET', u: 'api.example.com' }),
      'c2hyc2lnbmF0dXJl',
    );

    it('alone: is never reduced (dropping its own signature would leave the access token usable); shared whole only after a question', () => {
      expect(plan(SHR)).toEqual({ kind: 'whole', reason: 'nested_token', confirm: true });
      for (const mode of ['unsigned', 'redacted'] as const) expect(text(SHR, mode)).toBe(SHR);
    });

    it('in a pasted request: the reduced link leaves it out and names it, and carries no access token signature', () => {
      const raw = `GET /items HTTP/1.1\nHost: api.example.com\nAuthorization: PoP ${SHR}`;
      const p = plan(raw);
      expect(p.kind === 'reducible' && p.omitted).toContain('pop_token');
      for (const mode of ['unsigned', 'redacted'] as const) {
        const shared = text(raw, mode);
        expect(shared ?? '').not.toContain(AT.split('.')[2]);
        expect(shared ?? '').not.toContain(SHR.split('.')[1]);
      }
    });
  });
});
