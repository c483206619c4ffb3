import { describe, expect, it } from 'vitest';
import { checkMsPop } from './ms-pop-checks';
import { innerAccessToken } from './decode-proof';
import { popKey, signWith } from '../verify/pop-keys.fixture';

const NOW = 1_700_000_000;
const CLOCK = { now: NOW, skewSeconds: 300 };
const REQUEST = { method: 'GET', url: 'https://graph.example.com/v1.0/me' };
const byId = (rows: { id: string; status: string; code: string }[]) => Object.fromEntries(rows.map((r) => [r.id, `${r.status}/${r.code}`]));

// MSAL AT PoP: the SHR payload carries at, ts, m, u, p and cnf.jwk; the access token names the key in cnf.kid (RFC 7638 thumbprint).
async function shrFor(options: { boundTo?: 'same' | 'other'; forge?: boolean; payload?: Record<string, unknown> } = {}) {
  const key = await popKey();
  const other = await popKey();
  const accessPayload = { cnf: { kid: options.boundTo === 'other' ? other.thumbprint : key.thumbprint } };
  const at = await signWith(other.privateKey, { typ: 'JWT' }, { sub: 'u', ...accessPayload });
  const shr = await signWith(
    options.forge ? other.privateKey : key.privateKey,
    { typ: 'pop', kid: key.thumbprint },
    { at, ts: NOW - 5, m: 'GET', u: 'graph.example.com', p: '/v1.0/me', nonce: 'n', cnf: { jwk: key.jwk }, ...options.payload },
  );
  return { shr, at, accessPayload };
}

describe('Microsoft PoP (signed HTTP request)', () => {
  it('extracts the inner access token', async () => {
    const { shr, at } = await shrFor();
    expect(innerAccessToken(shr)).toBe(at);
  });

  it('passes a request signed with the key the token is bound to', async () => {
    const { shr, accessPayload } = await shrFor();
    expect(byId(await checkMsPop({ shr, accessPayload, request: REQUEST, ...CLOCK }))).toEqual({
      pop_signature: 'pass/proof_signature_valid',
      cnf_jkt: 'pass/matches',
      pop_m: 'pass/matches',
      pop_u: 'pass/matches',
      pop_p: 'pass/matches',
      pop_ts: 'pass/issued_in_past',
    });
  });

  it.each([
    ['a token bound to another key', { boundTo: 'other' as const }, 'cnf_jkt', 'fail/mismatch'],
    ['a request signed by another key than its cnf.jwk', { forge: true }, 'pop_signature', 'fail/proof_signature_invalid'],
    ['a request signed by another key than its cnf.jwk (binding)', { forge: true }, 'cnf_jkt', 'fail/proof_key_unproven'],
    ['another path', { payload: { p: '/v1.0/users' } }, 'pop_p', 'fail/mismatch'],
    ['another host', { payload: { u: 'evil.example.com' } }, 'pop_u', 'fail/mismatch'],
    ['a stale timestamp', { payload: { ts: NOW - 3600 } }, 'pop_ts', 'warn/proof_too_old'],
    ['no public key', { payload: { cnf: {} } }, 'pop_signature', 'fail/cnf_jwk_missing'],
  ])('reports %s', async (_name, options, id, expected) => {
    const { shr, accessPayload } = await shrFor(options);
    expect(byId(await checkMsPop({ shr, accessPayload, request: REQUEST, ...CLOCK }))[id]).toBe(expected);
  });

  it('reports a signed request without at', async () => {
    const key = await popKey();
    const shr = await signWith(key.privateKey, { typ: 'pop' }, { ts: NOW, cnf: { jwk: key.jwk } });
    expect(byId(await checkMsPop({ shr, request: REQUEST, ...CLOCK }))).toEqual({ pop_signature: 'fail/pop_at_missing' });
  });
});
