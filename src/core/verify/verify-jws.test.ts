import { describe, it, expect } from 'vitest';
import { RFC7515_VECTORS } from '../test-vectors/rfc7515';
import { RFC7520_VECTORS } from '../test-vectors/rfc7520';
import { RFC8037_VECTORS } from '../test-vectors/rfc8037';
import type { JwsTestVector, VectorJwk } from '../test-vectors/types';
import { parseKeyInput } from './parse-key-input';
import { verifyJws } from './verify-jws';
import type { ParsedKey } from './key-types';
import { createHmac } from 'node:crypto';
import { b64, flipByte, hs256Raw, keyPair, signToken } from './test-helpers.fixture';

const SIGNED = [...RFC7515_VECTORS, ...RFC7520_VECTORS, ...RFC8037_VECTORS].filter(
  (v): v is JwsTestVector & { key: VectorJwk } => v.key !== null,
);

async function keysFrom(text: string): Promise<readonly ParsedKey[]> {
  const parsed = await parseKeyInput(text);
  if (!parsed.ok) throw new Error(`key did not parse: ${parsed.error.code}`);
  return parsed.keys;
}

describe('verifyJws with the RFC vectors', () => {
  it.each(SIGNED)('$source verifies with its published key', async (v) => {
    const result = await verifyJws(v.compact, await keysFrom(JSON.stringify(v.key)));
    expect(result).toMatchObject({ verdict: 'verified', reason: 'signature_valid', alg: v.alg });
    expect(result.transform).toBeUndefined();
  });

  it.each(SIGNED)('$source fails when one header byte changes', async (v) => {
    const [h, p, s] = v.compact.split('.');
    // A trailing space keeps the header valid JSON, so only the signature can catch it.
    const header = Buffer.from(h ?? '', 'base64url').toString('utf8') + ' ';
    const result = await verifyJws(`${b64(header)}.${p}.${s}`, await keysFrom(JSON.stringify(v.key)));
    expect(result).toMatchObject({ verdict: 'invalid_signature', reason: 'signature_mismatch' });
  });

  it.each(SIGNED)('$source fails when one payload byte changes', async (v) => {
    const result = await verifyJws(flipByte(v.compact, 1), await keysFrom(JSON.stringify(v.key)));
    expect(result.verdict).toBe('invalid_signature');
  });

  it.each(SIGNED)('$source fails when one signature byte changes', async (v) => {
    const result = await verifyJws(flipByte(v.compact, 2), await keysFrom(JSON.stringify(v.key)));
    expect(result.verdict).toBe('invalid_signature');
  });

  it('reports RFC 7515 A.5 (alg none) as unsigned, never verified', async () => {
    const a5 = RFC7515_VECTORS.find((v) => v.alg === 'none');
    const result = await verifyJws(a5?.compact ?? '', await keysFrom(JSON.stringify(RFC7515_VECTORS[0]?.key)));
    expect(result).toMatchObject({ verdict: 'unsigned', reason: 'alg_none' });
  });

  it('reports alg none as unsigned even when a signature segment is present', async () => {
    const token = `${b64('{"alg":"none"}')}.${b64('{}')}.c2ln`;
    expect((await verifyJws(token, [])).verdict).toBe('unsigned');
  });
});

describe('verifyJws structure, algorithm and crit handling', () => {
  it.each([
    ['abc', 'not_three_segments'],
    ['a.b.c.d.e', 'jwe_not_jws'],
    ['!!.e30.c2ln', 'header_not_base64url'],
    [`${b64('not json')}.e30.c2ln`, 'header_not_json'],
    [`${b64('[1]')}.e30.c2ln`, 'header_not_object'],
    [`${Buffer.from([0xff, 0xfe]).toString('base64url')}.e30.c2ln`, 'header_not_utf8'],
    [`${b64('{"typ":"JWT"}')}.e30.c2ln`, 'alg_missing'],
    [`${b64('{"alg":"HS256"}')}.e30.`, 'signature_empty'],
    [`${b64('{"alg":"HS256"}')}.e3+0.c2ln`, 'payload_not_base64url'],
    [`${b64('{"alg":"HS256"}')}.e30.c2/ln`, 'signature_not_base64url'],
    [`${b64('{"alg":"HS256","crit":[]}')}.e30.c2ln`, 'crit_invalid'],
  ])('calls %s malformed (%s)', async (token, reason) => {
    expect(await verifyJws(token, [])).toMatchObject({ verdict: 'malformed', reason });
  });

  it.each(['RS1', 'ES256K', 'Ed448', 'HS1'])('refuses the unsupported algorithm %s', async (alg) => {
    const result = await verifyJws(`${b64(JSON.stringify({ alg }))}.e30.c2ln`, []);
    expect(result).toMatchObject({ verdict: 'unsupported_alg', reason: 'alg_not_supported', alg });
  });

  it('refuses an algorithm outside the caller allowlist', async () => {
    const v = RFC7515_VECTORS[0];
    const result = await verifyJws(v?.compact ?? '', await keysFrom(JSON.stringify(v?.key)), { algorithms: ['RS256'] });
    expect(result).toMatchObject({ verdict: 'unsupported_alg', reason: 'alg_not_allowed' });
  });

  it('returns unsupported_crit listing the extensions it does not understand', async () => {
    const secret = new TextEncoder().encode('a'.repeat(32));
    const token = hs256Raw('{"alg":"HS256","crit":["exp","b64"],"exp":1,"b64":true}', '{"sub":"x"}', secret);
    const result = await verifyJws(token, await keysFrom('a'.repeat(32)));
    expect(result).toMatchObject({ verdict: 'unsupported_crit', reason: 'crit_not_understood', unknownCrit: ['exp'] });
  });
});

describe('verifyJws never trusts key material named by the token', () => {
  it('reports an embedded jwk as self-asserted and does not use it', async () => {
    const attacker = await keyPair('ES256');
    const token = await signToken(
      { alg: 'ES256', jwk: attacker.jwk, jku: 'https://evil.example/jwks', x5u: 'https://evil.example/cert' },
      { sub: 'x' },
      attacker.privateKey,
    );
    const result = await verifyJws(token, []);
    expect(result).toMatchObject({ verdict: 'key_not_found', reason: 'no_keys' });
    expect(result.selfAsserted).toEqual({ jwk: attacker.jwk, jku: 'https://evil.example/jwks', x5u: 'https://evil.example/cert' });
  });

  it('does not verify a token signed by its embedded key against a different trusted key', async () => {
    const attacker = await keyPair('ES256');
    const trusted = await keyPair('ES256');
    const token = await signToken({ alg: 'ES256', jwk: attacker.jwk }, { sub: 'x' }, attacker.privateKey);
    expect((await verifyJws(token, await keysFrom(JSON.stringify(trusted.jwk)))).verdict).toBe('invalid_signature');
  });
});

describe('verifyJws refuses unencoded payloads (RFC 7797 b64: false)', () => {
  const secret = new TextEncoder().encode('s'.repeat(32));
  // The payload segment is signed as literal text; it happens to look like base64url claims.
  const literal = b64('{"sub":"admin","roles":["Global Administrator"]}');

  it('never verifies b64:false with crit, although the HMAC over the literal text is right', async () => {
    const signingInput = `${b64('{"alg":"HS256","b64":false,"crit":["b64"]}')}.${literal}`;
    const real = `${signingInput}.${createHmac('sha256', secret).update(signingInput).digest('base64url')}`;
    expect(await verifyJws(real, await keysFrom('s'.repeat(32)))).toMatchObject({
      verdict: 'malformed',
      reason: 'unencoded_payload',
      alg: 'HS256',
    });
  });

  it('refuses b64:false even when crit does not list it', async () => {
    const real = hs256Raw('{"alg":"HS256","b64":false}', '{"sub":"admin"}', secret);
    expect(await verifyJws(real, await keysFrom('s'.repeat(32)))).toMatchObject({ verdict: 'malformed', reason: 'unencoded_payload' });
  });

  it('refuses a repeated b64 member, whichever of its values a parser would keep', async () => {
    const real = hs256Raw('{"alg":"HS256","b64":false,"crit":["b64"],"b64":true}', '{"sub":"admin"}', secret);
    expect(await verifyJws(real, await keysFrom('s'.repeat(32)))).toMatchObject({ verdict: 'malformed', reason: 'unencoded_payload' });
  });

  it('still verifies b64:true listed in crit, which changes nothing', async () => {
    const real = hs256Raw('{"alg":"HS256","b64":true,"crit":["b64"]}', '{"sub":"x"}', secret);
    expect(await verifyJws(real, await keysFrom('s'.repeat(32)))).toMatchObject({ verdict: 'verified' });
  });
});
