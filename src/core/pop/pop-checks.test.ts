import { describe, expect, it } from 'vitest';
import { popChecksFor } from './pop-checks';
import { accessTokenHash } from './dpop-checks';
import { popKey, signWith } from '../verify/pop-keys.fixture';
import { recognizeInput } from '../token/recognize';
import { companionsOf } from '../../features/verification/companions';

const NOW = 1_700_000_000;

async function request() {
  const key = await popKey();
  const at = await signWith(key.privateKey, { typ: 'at+jwt' }, { sub: 'u', cnf: { jkt: key.thumbprint } });
  const proof = await signWith(
    key.privateKey,
    { typ: 'dpop+jwt', jwk: key.jwk },
    { htm: 'GET', htu: 'https://api.example.com/r', iat: NOW, jti: 'x', ath: await accessTokenHash(at) },
  );
  const recognized = recognizeInput(`GET /r HTTP/1.1\nHost: api.example.com\nAuthorization: DPoP ${at}\nDPoP: ${proof}`);
  return { at, proof, companions: companionsOf(recognized) };
}

const decode = (compact: string) => {
  const [h, p] = compact.split('.') as [string, string];
  return {
    compact,
    header: JSON.parse(Buffer.from(h, 'base64url').toString()) as Record<string, unknown>,
    payload: JSON.parse(Buffer.from(p, 'base64url').toString()) as Record<string, unknown>,
  };
};

describe('popChecksFor', () => {
  it('gives the access token of a DPoP request every row, binding included', async () => {
    const { at, companions } = await request();
    const rows = await popChecksFor(decode(at), companions.pop, NOW, 300);
    expect(rows.map((r) => `${r.id}:${r.status}`)).toEqual([
      'dpop_proof:pass',
      'htm:pass',
      'htu:pass',
      'proof_iat:pass',
      'ath:pass',
      'cnf_jkt:pass',
    ]);
  });

  it('gives the proof tab only the proof rows', async () => {
    const { proof, companions } = await request();
    const rows = await popChecksFor(decode(proof), companions.pop, NOW, 300);
    expect(rows.map((r) => r.id)).toEqual(['dpop_proof', 'htm', 'htu', 'proof_iat']);
  });

  it('checks a lone pasted DPoP proof with its own key', async () => {
    const { proof } = await request();
    const rows = await popChecksFor(decode(proof), undefined, NOW, 300);
    expect(rows[0]).toMatchObject({ id: 'dpop_proof', status: 'pass' });
  });

  it('adds nothing to an ordinary token', async () => {
    const { at } = await request();
    expect(await popChecksFor(decode(at), undefined, NOW, 300)).toEqual([]);
  });

  it('fails a DPoP request that has no DPoP proof header', async () => {
    const { at } = await request();
    const companions = companionsOf(recognizeInput(`Authorization: DPoP ${at}`));
    expect(await popChecksFor(decode(at), companions.pop, NOW, 300)).toEqual([{ id: 'dpop_proof', status: 'fail', code: 'proof_missing' }]);
  });

  it('shows a malformed DPoP credential and proof as such, with a readable message row, not a crash', async () => {
    const { at } = await request();
    const r = recognizeInput(`Authorization: DPoP eyJhbGciOi.broken\nDPoP: also-broken`);
    expect(r.kind).toBe('bundle');
    if (r.kind === 'bundle')
      expect(r.tokens.map((t) => [t.role, t.token.format])).toEqual([
        ['access_token', 'malformed'],
        ['dpop_proof', 'opaque'],
      ]);
    const pop = companionsOf(recognizeInput(`Authorization: DPoP ${at}\nDPoP: also-broken`)).pop;
    expect(await popChecksFor(decode(at), pop, NOW, 300)).toEqual([{ id: 'dpop_proof', status: 'fail', code: 'proof_unreadable' }]);
  });
});
