import { describe, expect, it } from 'vitest';
import { createPublicKey } from 'node:crypto';
import { exportSPKI } from 'jose';
import { parseKeyInput } from './parse-key-input';
import { verifyJws } from './verify-jws';
import { TEST_CERT_PEM } from './test-certificate.fixture';
import { hs256Raw, sharedKeyPair } from './test-helpers.fixture';
import type { KeyInputOptions } from './parse-key-input';

const HEADER = '{"alg":"HS256","typ":"JWT"}';
const CLAIMS = '{"sub":"attacker","roles":["admin"]}';
const utf8 = (text: string) => new TextEncoder().encode(text);
const body = (pem: string) => pem.replace(/-----[A-Z ]+-----/g, '').trim();

/** The forger's token: HS256 with public key material as the HMAC key, and the verdict a person would get. */
async function forge(hmacKey: Uint8Array, pasted: string, options: KeyInputOptions = {}) {
  const token = hs256Raw(HEADER, CLAIMS, hmacKey);
  const parsed = await parseKeyInput(pasted, options);
  return { parsed, result: parsed.ok ? await verifyJws(token, parsed.keys) : null };
}

async function rsaPublic() {
  const pair = await sharedKeyPair('RS256');
  const pem = await exportSPKI(pair.publicKey);
  return { pair, pem, der: new Uint8Array(createPublicKey(pem).export({ type: 'spki', format: 'der' })) };
}

const refusedAsKeyConfusion = { verdict: 'alg_key_mismatch', reason: 'hmac_with_asymmetric_key' };

describe('public key material is never an HMAC secret (key confusion)', () => {
  it('reads a bare PEM body (no armor) as the RSA key, so an HS256 forgery is refused', async () => {
    const { pem } = await rsaPublic();
    const { parsed, result } = await forge(utf8(body(pem)), body(pem));
    expect(parsed).toMatchObject({ ok: true, keys: [{ source: 'spki', jwk: { kty: 'RSA' } }], warnings: [{ code: 'key_without_armor' }] });
    expect(result).toMatchObject(refusedAsKeyConfusion);
  });

  it.each(['base64', 'base64url', 'text'] as const)(
    'refuses the SPKI DER bytes as a secret when "Secret encoding" is %s',
    async (secretEncoding) => {
      const { der } = await rsaPublic();
      const pasted = secretEncoding === 'base64url' ? Buffer.from(der).toString('base64url') : Buffer.from(der).toString('base64');
      const { result } = await forge(der, pasted, { secretEncoding });
      expect(result).toMatchObject(refusedAsKeyConfusion);
    },
  );

  it('reads an x5c entry, even with its JSON quotes, as the certificate key', async () => {
    const entry = `"${body(TEST_CERT_PEM).replace(/\s+/g, '')}",`;
    const { parsed, result } = await forge(utf8(entry.slice(1, -2)), entry);
    expect(parsed).toMatchObject({ ok: true, keys: [{ source: 'x509', jwk: { kty: 'EC' } }] });
    expect(result).toMatchObject(refusedAsKeyConfusion);
  });

  it('reads base64 of a whole PEM file as the key inside it', async () => {
    const { pem } = await rsaPublic();
    const { result } = await forge(utf8(pem), Buffer.from(pem).toString('base64'), { secretEncoding: 'base64' });
    expect(result).toMatchObject(refusedAsKeyConfusion);
  });

  it('reads base64url of a public JWK as that JWK', async () => {
    const { pair } = await rsaPublic();
    const jwk = JSON.stringify(pair.jwk);
    const { result } = await forge(utf8(jwk), Buffer.from(jwk).toString('base64url'), { secretEncoding: 'base64url' });
    expect(result).toMatchObject(refusedAsKeyConfusion);
  });

  it.each([
    ['PEM armor without its dashes', (pem: string) => pem.replace(/-----/g, '')],
    ['an RFC 4716 SSH2 armor', (pem: string) => `---- BEGIN SSH2 PUBLIC KEY ----\n${body(pem)}\n---- END SSH2 PUBLIC KEY ----`],
    ['an OpenSSH public key line', () => 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHx5Y2Nvb2tpZXNhcmVub3RzZWNyZXRzMTIzNDU2 me@example'],
  ])('refuses %s pasted as a secret, naming key confusion', async (_name, shape) => {
    const { pem } = await rsaPublic();
    const pasted = shape(pem);
    const { parsed, result } = await forge(utf8(pasted.trim()), pasted);
    expect(parsed).toEqual({ ok: false, error: { code: 'public_key_as_secret' } });
    expect(result).toBeNull();
  });

  it('reads base64 of a JWKS as its keys, so its text is never the secret', async () => {
    const { pair } = await rsaPublic();
    const jwks = JSON.stringify({ keys: [{ ...pair.jwk, kid: 'k1' }] });
    const { parsed, result } = await forge(utf8(jwks), Buffer.from(jwks).toString('base64'), { secretEncoding: 'base64' });
    expect(parsed).toMatchObject({ ok: true, keys: [{ source: 'jwks' }] });
    expect(result).toMatchObject(refusedAsKeyConfusion);
  });

  it('finds a certificate body inside other text and reads it as the key', async () => {
    const pasted = `x5c: ${body(TEST_CERT_PEM).replace(/\s+/g, '')} (from the JWKS)`;
    const { parsed, result } = await forge(utf8(pasted), pasted);
    expect(parsed).toMatchObject({ ok: true, keys: [{ source: 'x509' }] });
    expect(result).toMatchObject(refusedAsKeyConfusion);
  });

  it('refuses JWK members in text that is not valid JSON', async () => {
    const { pair } = await rsaPublic();
    const pasted = `jwk = ${JSON.stringify(pair.jwk)};`;
    const { parsed } = await forge(utf8(pasted), pasted);
    expect(parsed).toEqual({ ok: false, error: { code: 'public_key_as_secret' } });
  });

  it('refuses an oct JWK whose k is a public key', async () => {
    const { der } = await rsaPublic();
    const jwk = JSON.stringify({ kty: 'oct', k: Buffer.from(der).toString('base64url') });
    const { parsed } = await forge(der, jwk);
    expect(parsed).toMatchObject({ ok: false, error: { code: 'public_key_as_secret' } });
  });

  it('still accepts a real base64 HMAC secret that is not a key', async () => {
    const secret = new Uint8Array(Array.from({ length: 48 }, (_, i) => (i * 37 + 11) & 0xff));
    const { parsed, result } = await forge(secret, Buffer.from(secret).toString('base64'), { secretEncoding: 'base64' });
    expect(parsed).toMatchObject({ ok: true, keys: [{ source: 'secret' }] });
    expect(result).toMatchObject({ verdict: 'verified' });
  });
});
