import { describe, expect, it } from 'vitest';
import { verifyJws } from './verify-jws';
import { jwsPartsOf } from './jws-parts';
import { parseKeyInput } from './parse-key-input';
import { flipByte, keyPair, signToken } from './test-helpers.fixture';
import { analyzeToken } from '../token/analyze-token';
import type { JwsToken } from '../token/types';

describe('verification reuses the token the decoder read', () => {
  it('gives the same verdict for the decoded token as for its compact text', async () => {
    const { privateKey, jwk } = await keyPair('ES256');
    const compact = await signToken({ alg: 'ES256', kid: 'k1' }, { sub: 'u' }, privateKey);
    const parsed = await parseKeyInput(JSON.stringify({ ...jwk, kid: 'k1' }));
    if (!parsed.ok) throw new Error('key did not parse');
    const decoded = analyzeToken(compact) as JwsToken;
    expect(await verifyJws(decoded, parsed.keys)).toEqual(await verifyJws(compact, parsed.keys));
    expect((await verifyJws(decoded, parsed.keys)).verdict).toBe('verified');
    const forged = analyzeToken(flipByte(compact, 1)) as JwsToken;
    expect((await verifyJws(forged, parsed.keys)).verdict).toBe('invalid_signature');
  });

  it('takes the header text and object from the decoder, and maps an unreadable header to the same reason', () => {
    const decoded = analyzeToken('eyJhbGciOiJIUzI1NiJ9.e30.c2ln') as JwsToken;
    const parts = jwsPartsOf(decoded);
    expect(parts.ok && parts.parts.header).toBe(decoded.header.ok && decoded.header.value);
    expect(jwsPartsOf(analyzeToken('bm90IGpzb24.e30.c2ln') as JwsToken)).toEqual({ ok: false, reason: 'header_not_json' });
  });

  it('refuses a header segment with base64 padding on both paths, even when the signature covers it', async () => {
    const { privateKey, jwk } = await keyPair('ES256');
    const parsed = await parseKeyInput(JSON.stringify({ ...jwk, kid: 'k1' }));
    if (!parsed.ok) throw new Error('key did not parse');
    // 26 header bytes: standard base64 ends in one "=", which RFC 7515 2 forbids in a JWS segment.
    const header = `${Buffer.from('{"alg":"ES256","kid":"k1"}').toString('base64url')}=`;
    const payload = Buffer.from('{"sub":"u"}').toString('base64url');
    const signature = await crypto.subtle.sign(
      { name: 'ECDSA', hash: 'SHA-256' },
      privateKey,
      new TextEncoder().encode(`${header}.${payload}`),
    );
    const compact = `${header}.${payload}.${Buffer.from(signature).toString('base64url')}`;
    const fromText = await verifyJws(compact, parsed.keys);
    expect(fromText.verdict).not.toBe('verified');
    expect(await verifyJws(analyzeToken(compact) as JwsToken, parsed.keys)).toEqual(fromText);
  });
});
