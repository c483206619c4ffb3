import { describe, it, expect } from 'vitest';
import { createHash, createSign } from 'node:crypto';
import { exportPKCS8 } from 'jose';
import { graphNonceSigningHeader, isGraphNonceToken } from './graph-nonce';
import { parseKeyInput } from './parse-key-input';
import { verifyJws } from './verify-jws';
import { b64, keyPair, signToken } from './test-helpers.fixture';

const NONCE = 'AQABAAAAAAB2UyzwtQEKR7-rWbgdcBZIx3Hl0DEBm3Kr8VrNrOHN2Xv_-vkxQ5Hz7vOZ4Gq';
const KID = 'z039zdsFuizpBfBVK1Tn25QHYO0';
const TID = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const ENTRA_V1 = `https://sts.windows.net/${TID}/`;
const hashOf = (text: string) => createHash('sha256').update(text, 'utf8').digest('base64url');

/** A token signed by `pair` over `signedHeaderText` but shipped with `shippedHeaderText` (texts kept verbatim). */
async function shipped(
  pair: Awaited<ReturnType<typeof keyPair>>,
  signedHeaderText: string,
  shippedHeaderText: string,
  claims: Record<string, unknown>,
) {
  const payload = b64(JSON.stringify(claims));
  const signature = createSign('sha256')
    .update(`${b64(signedHeaderText)}.${payload}`)
    .sign(await exportPKCS8(pair.privateKey), 'base64url');
  return `${b64(shippedHeaderText)}.${payload}.${signature}`;
}

/** Builds a token the way Entra does for Graph: sign the hashed-nonce header, ship the raw nonce. */
async function graphStyleToken(iss: string = ENTRA_V1) {
  const pair = await keyPair('RS256');
  const hashed = createHash('sha256').update(NONCE, 'utf8').digest('base64url');
  const signedHeader = JSON.stringify({ typ: 'JWT', nonce: hashed, alg: 'RS256', x5t: KID, kid: KID });
  const shippedHeader = JSON.stringify({ typ: 'JWT', nonce: NONCE, alg: 'RS256', x5t: KID, kid: KID });
  const payload = b64(JSON.stringify({ aud: '00000003-0000-0000-c000-000000000000', iss, tid: TID, ver: '1.0' }));
  const signature = createSign('sha256')
    .update(`${b64(signedHeader)}.${payload}`)
    .sign(await exportPKCS8(pair.privateKey), 'base64url');
  const parsed = await parseKeyInput(
    JSON.stringify({ keys: [{ kty: 'RSA', n: pair.jwk.n, e: pair.jwk.e, kid: KID, x5t: KID, use: 'sig' }] }),
  );
  if (!parsed.ok) throw new Error(parsed.error.code);
  return { token: `${b64(shippedHeader)}.${payload}.${signature}`, keys: parsed.keys, signedHeader, shippedHeader, pair };
}

describe('Microsoft Graph header nonce', () => {
  it('recognises a header with a string nonce only', () => {
    expect(isGraphNonceToken({ alg: 'RS256', nonce: 'abc' })).toBe(true);
    expect(isGraphNonceToken({ alg: 'RS256' })).toBe(false);
    expect(isGraphNonceToken({ alg: 'RS256', nonce: 5 })).toBe(false);
  });

  it('rebuilds the signed header byte for byte by replacing the nonce text', async () => {
    const { signedHeader, shippedHeader } = await graphStyleToken();
    expect(await graphNonceSigningHeader(shippedHeader)).toBe(b64(signedHeader));
  });

  it('keeps spacing of a non-compact header', async () => {
    const hashed = createHash('sha256').update('n1', 'utf8').digest('base64url');
    expect(await graphNonceSigningHeader('{ "nonce" : "n1",\n "alg":"RS256"}')).toBe(b64(`{ "nonce" : "${hashed}",\n "alg":"RS256"}`));
  });

  it('verifies a Graph-style token only after the transform, and says so', async () => {
    const { token, keys } = await graphStyleToken();
    const result = await verifyJws(token, keys);
    expect(result).toMatchObject({ verdict: 'verified', transform: 'ms-graph-nonce', key: { kid: KID, x5t: KID } });
  });

  it('still fails a Graph-style token whose payload was changed', async () => {
    const { token, keys } = await graphStyleToken();
    const [h, , s] = token.split('.');
    const tampered = `${h}.${b64(JSON.stringify({ aud: 'api://mine', ver: '1.0' }))}.${s}`;
    expect(await verifyJws(tampered, keys)).toMatchObject({ verdict: 'invalid_signature' });
  });

  it('verifies a token with a nonce signed normally without reporting a transform', async () => {
    const pair = await keyPair('RS256');
    const token = await signToken({ alg: 'RS256', nonce: NONCE, kid: 'n' }, {}, pair.privateKey);
    const parsed = await parseKeyInput(JSON.stringify({ ...pair.jwk, kid: 'n' }));
    const result = await verifyJws(token, parsed.ok ? parsed.keys : []);
    expect(result.verdict).toBe('verified');
    expect(result.transform).toBeUndefined();
  });

  it('replaces only the nonce member, not another member whose value equals it', async () => {
    // The old textual search found the quoted value in "typ" first (or twice) and fell back to re-serialising.
    const header = `{"typ":"${NONCE}","alg":"RS256","nonce":"${NONCE}"}`;
    expect(await graphNonceSigningHeader(header)).toBe(b64(`{"typ":"${NONCE}","alg":"RS256","nonce":"${hashOf(NONCE)}"}`));
  });

  it('keeps an escaped spelling elsewhere in the header byte for byte', async () => {
    const header = '{"alg":"RS256","x":"n\\u0031","nonce":"n1"}';
    expect(await graphNonceSigningHeader(header)).toBe(b64(`{"alg":"RS256","x":"n\\u0031","nonce":"${hashOf('n1')}"}`));
  });

  it('keeps non-ASCII bytes of the header exactly as they were', async () => {
    const header = '{"alg":"RS256","x":"é😀\\u00e9","nonce":"n1"}';
    const rebuilt = Buffer.from((await graphNonceSigningHeader(header)) ?? '', 'base64url');
    const expected = Buffer.from(`{"alg":"RS256","x":"é😀\\u00e9","nonce":"${hashOf('n1')}"}`, 'utf8');
    expect(rebuilt.equals(expected)).toBe(true);
  });

  it('refuses the transform for a header with duplicate members instead of re-serialising it', async () => {
    expect(await graphNonceSigningHeader('{"alg":"HS256","alg":"RS256","nonce":"n1"}')).toBeNull();
    expect(await graphNonceSigningHeader('{"alg":"RS256","nonce":"n1","nonce":"n2"}')).toBeNull();
    expect(await graphNonceSigningHeader('{"alg":"RS256","x":{"nonce":"n1"}}')).toBeNull();
  });

  it('does not verify a duplicate-member header that only re-serialisation would make valid, and says why', async () => {
    // Signed: the canonical hashed header. Shipped: the same members plus a repeated alg, so only
    // JSON.parse + JSON.stringify (the old fallback) would rebuild the signed bytes.
    const pair = await keyPair('RS256');
    const signedHeader = JSON.stringify({ alg: 'RS256', kid: KID, nonce: hashOf(NONCE) });
    // The nonce's first letter is escaped, so the old textual search missed it and re-serialised.
    const shippedHeader = `{"alg":"none","alg":"RS256","kid":"${KID}","nonce":"\\u0041${NONCE.slice(1)}"}`;
    const token = await shipped(pair, signedHeader, shippedHeader, { iss: ENTRA_V1, sub: 'x' });
    const parsed = await parseKeyInput(JSON.stringify({ ...pair.jwk, kid: KID }));
    const result = await verifyJws(token, parsed.ok ? parsed.keys : []);
    expect(result).toMatchObject({ verdict: 'invalid_signature', reason: 'nonce_transform_impossible' });
    expect(result.transform).toBeUndefined();
  });

  it('never applies the transform for an issuer that is not the Microsoft identity platform', async () => {
    const { token, keys } = await graphStyleToken('https://issuer.example.com/');
    const result = await verifyJws(token, keys);
    expect(result).toMatchObject({ verdict: 'invalid_signature', reason: 'nonce_issuer_not_microsoft' });
    expect(result.transform).toBeUndefined();
  });

  it('never applies the transform for a look-alike Microsoft host', async () => {
    const { token, keys } = await graphStyleToken(`https://sts.windows.net.example.com/${TID}/`);
    expect(await verifyJws(token, keys)).toMatchObject({ verdict: 'invalid_signature', reason: 'nonce_issuer_not_microsoft' });
  });

  it('verifies an Entra v2 sovereign-cloud Graph token after the transform', async () => {
    const { token, keys } = await graphStyleToken(`https://login.microsoftonline.us/${TID}/v2.0`);
    expect(await verifyJws(token, keys)).toMatchObject({ verdict: 'verified', transform: 'ms-graph-nonce' });
  });
});
