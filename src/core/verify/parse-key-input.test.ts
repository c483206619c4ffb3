import { describe, it, expect } from 'vitest';
import { createPublicKey, createPrivateKey, generateKeyPairSync } from 'node:crypto';
import { exportPKCS8, exportSPKI, importPKCS8 } from 'jose';
import { parseKeyInput } from './parse-key-input';
import { verifyJws } from './verify-jws';
import { TEST_CERT_FACTS, TEST_CERT_KEY_PKCS8_PEM, TEST_CERT_PEM } from './test-certificate.fixture';
import { keyPair, signToken } from './test-helpers.fixture';

const PAYLOAD = { sub: 'alice' };
const hexToB64Url = (hex: string) => Buffer.from(hex, 'hex').toString('base64url');

async function verifiesWith(text: string, token: string, options?: Parameters<typeof parseKeyInput>[1]) {
  const parsed = await parseKeyInput(text, options);
  if (!parsed.ok) throw new Error(parsed.error.code);
  return { parsed, result: await verifyJws(token, parsed.keys) };
}

describe('parseKeyInput accepts every supported key format', () => {
  it.each([
    ['RS256', {}],
    ['PS256', {}],
    ['ES256', {}],
    ['ES384', {}],
    ['ES512', {}],
    ['EdDSA', { crv: 'Ed25519' }],
  ])('reads a PEM SPKI public key and verifies a %s token', async (alg, options) => {
    const pair = await keyPair(alg, options);
    const token = await signToken({ alg }, PAYLOAD, pair.privateKey);
    const { parsed, result } = await verifiesWith(await exportSPKI(pair.publicKey), token);
    expect(parsed.keys[0]?.source).toBe('spki');
    expect(parsed.warnings).toEqual([]);
    expect(result.verdict).toBe('verified');
  });

  it('reads a single JWK and a JWKS', async () => {
    const pair = await keyPair('RS256');
    const token = await signToken({ alg: 'RS256', kid: 'k2' }, PAYLOAD, pair.privateKey);
    const single = await verifiesWith(JSON.stringify(pair.jwk), token);
    expect(single.parsed.keys[0]?.source).toBe('jwk');
    expect(single.result).toMatchObject({ verdict: 'verified', key: { kidUnchecked: true } });
    const other = await keyPair('RS256');
    const jwks = JSON.stringify({
      keys: [
        { ...other.jwk, kid: 'k1' },
        { ...pair.jwk, kid: 'k2' },
      ],
    });
    const set = await verifiesWith(jwks, token);
    expect(set.parsed.keys.map((k) => k.source)).toEqual(['jwks', 'jwks']);
    expect(set.result).toMatchObject({ verdict: 'verified', key: { kid: 'k2', index: 1, kidUnchecked: false } });
  });

  it('reads a PKCS#1 RSA PUBLIC KEY by converting n and e', async () => {
    const pair = await keyPair('RS256');
    const pkcs1 = createPublicKey(await exportSPKI(pair.publicKey))
      .export({ type: 'pkcs1', format: 'pem' })
      .toString();
    expect(pkcs1).toContain('BEGIN RSA PUBLIC KEY');
    const { parsed, result } = await verifiesWith(pkcs1, await signToken({ alg: 'RS256' }, PAYLOAD, pair.privateKey));
    expect(parsed.keys[0]?.jwk).toEqual({ kty: 'RSA', n: pair.jwk.n, e: pair.jwk.e });
    expect(result.verdict).toBe('verified');
  });

  it('reads an X.509 certificate: subject, issuer, validity, thumbprints, and verifies with its key', async () => {
    const signer = await importPKCS8(TEST_CERT_KEY_PKCS8_PEM, 'ES256');
    const token = await signToken({ alg: 'ES256' }, PAYLOAD, signer);
    const { parsed, result } = await verifiesWith(TEST_CERT_PEM, token);
    const cert = {
      subject: TEST_CERT_FACTS.subject,
      issuer: TEST_CERT_FACTS.subject,
      notBefore: TEST_CERT_FACTS.notBefore,
      notAfter: TEST_CERT_FACTS.notAfter,
      selfIssued: true,
      x5t: hexToB64Url(TEST_CERT_FACTS.sha1Hex),
      x5tS256: hexToB64Url(TEST_CERT_FACTS.sha256Hex),
    };
    expect(parsed.keys[0]).toMatchObject({ source: 'x509', cert });
    expect(result).toMatchObject({ verdict: 'verified', key: { source: 'x509', cert } });
  });

  it('reads certificate facts from a JWK x5c member', async () => {
    const fromCert = await parseKeyInput(TEST_CERT_PEM);
    const jwk = fromCert.ok ? fromCert.keys[0]?.jwk : undefined;
    const body = TEST_CERT_PEM.replace(/-----[A-Z ]+-----/g, '').replace(/\s+/g, '');
    const parsed = await parseKeyInput(JSON.stringify({ keys: [{ ...jwk, kid: 'c1', x5c: [body] }] }));
    expect(parsed).toMatchObject({ ok: true, keys: [{ cert: { subject: TEST_CERT_FACTS.subject } }] });
  });

  it('does not attribute a certificate to a JWK whose key differs from the certificate key', async () => {
    const other = await keyPair('ES256');
    const body = TEST_CERT_PEM.replace(/-----[A-Z ]+-----/g, '').replace(/\s+/g, '');
    const parsed = await parseKeyInput(JSON.stringify({ keys: [{ ...other.jwk, kid: 'c1', x5c: [body] }] }));
    expect(parsed).toMatchObject({ ok: true, warnings: [{ code: 'x5c_key_mismatch', index: 0 }] });
    expect(parsed.ok && parsed.keys[0]?.cert).toBeUndefined();
    const token = await signToken({ alg: 'ES256', kid: 'c1' }, PAYLOAD, other.privateKey);
    const result = await verifyJws(token, parsed.ok ? parsed.keys : []);
    expect(result.verdict).toBe('verified');
    expect(result.key?.cert).toBeUndefined();
  });

  it.each([
    ['PKCS#8 PRIVATE KEY (RSA)', 'RS256', 'pkcs8', 'pkcs8'],
    ['PKCS#8 PRIVATE KEY (Ed25519)', 'EdDSA', 'pkcs8', 'pkcs8'],
    ['PKCS#8 PRIVATE KEY (P-384)', 'ES384', 'pkcs8', 'pkcs8'],
    ['RSA PRIVATE KEY (PKCS#1)', 'RS256', 'pkcs1', 'pkcs1-private'],
    ['EC PRIVATE KEY (SEC1)', 'ES256', 'sec1', 'sec1'],
  ] as const)('uses only the public half of a pasted %s and warns', async (_label, alg, type, source) => {
    const pair = await keyPair(alg, alg === 'EdDSA' ? { crv: 'Ed25519' } : {});
    const pem = createPrivateKey(await exportPKCS8(pair.privateKey))
      .export({ type, format: 'pem' })
      .toString();
    const { parsed, result } = await verifiesWith(pem, await signToken({ alg }, PAYLOAD, pair.privateKey));
    expect(parsed.keys[0]?.source).toBe(source);
    expect(parsed.keys[0]?.jwk).not.toHaveProperty('d');
    expect(parsed.warnings).toEqual([{ code: 'private_key_pasted' }]);
    expect(result.verdict).toBe('verified');
  });

  it('drops private members of a pasted private JWK and warns', async () => {
    const pair = await keyPair('ES256');
    const { exportJWK } = await import('jose');
    const parsed = await parseKeyInput(JSON.stringify(await exportJWK(pair.privateKey)));
    expect(parsed).toMatchObject({ ok: true, warnings: [{ code: 'private_key_pasted' }] });
    expect(parsed.ok && parsed.keys[0]?.jwk).not.toHaveProperty('d');
  });

  it.each([
    ['text', 'correct horse battery staple, 32+ bytes long!', new TextEncoder().encode('correct horse battery staple, 32+ bytes long!')],
    ['base64', Buffer.alloc(48, 7).toString('base64'), Buffer.alloc(48, 7)],
    ['base64url', Buffer.alloc(48, 250).toString('base64url'), Buffer.alloc(48, 250)],
  ] as const)('reads an HMAC secret given as %s', async (secretEncoding, text, bytes) => {
    const token = await signToken({ alg: 'HS256' }, PAYLOAD, new Uint8Array(bytes));
    const { parsed, result } = await verifiesWith(text, token, { secretEncoding });
    expect(parsed.keys[0]?.source).toBe('secret');
    expect(result.verdict).toBe('verified');
  });

  it('warns about short secrets and secrets that look base64', async () => {
    expect(await parseKeyInput('short')).toMatchObject({ ok: true, warnings: [{ code: 'secret_short' }] });
    const looksEncoded = Buffer.from(Array.from({ length: 32 }, (_, i) => i * 7)).toString('base64url');
    expect(await parseKeyInput(looksEncoded)).toMatchObject({ ok: true, warnings: [{ code: 'secret_looks_base64' }] });
  });

  it('skips unusable JWKS entries with a warning and keeps the rest', async () => {
    const good = await keyPair('RS256');
    const jwks = { keys: [{ kty: 'OKP', crv: 'X25519', x: 'AAAA' }, { ...good.jwk, kid: 'ok' }, 'nope'] };
    expect(await parseKeyInput(JSON.stringify(jwks))).toMatchObject({
      ok: true,
      keys: [{ jwk: { kid: 'ok' }, index: 1 }],
      warnings: [
        { code: 'jwks_entry_skipped', index: 0, reason: 'unsupported_crv' },
        { code: 'jwks_entry_skipped', index: 2, reason: 'json_not_key' },
      ],
    });
  });
});

const dsaSpki = generateKeyPairSync('dsa', { modulusLength: 2048, divisorLength: 256 })
  .publicKey.export({ type: 'spki', format: 'pem' })
  .toString();

describe('parseKeyInput reports a precise error for malformed input', () => {
  it.each([
    ['empty', '  \n ', 'empty', undefined],
    ['broken JSON', '{"kty":', 'not_json', undefined],
    ['JSON that is not a key', '{"a":1}', 'json_not_key', undefined],
    ['a discovery document', '{"issuer":"x","jwks_uri":"https://x"}', 'json_not_key', 'discovery_document'],
    ['a JWK without kty', '{"n":"AQAB"}', 'json_not_key', undefined],
    ['a JWK with a numeric kty', '{"kty":1}', 'jwk_bad_member', 'kty'],
    ['an RSA JWK without e', '{"kty":"RSA","n":"AQAB"}', 'jwk_missing_member', 'e'],
    ['an RSA JWK with bad base64url', '{"kty":"RSA","n":"++","e":"AQAB"}', 'jwk_bad_member', 'n'],
    ['an unknown kty', '{"kty":"XYZ"}', 'unsupported_kty', 'XYZ'],
    ['secp256k1', '{"kty":"EC","crv":"secp256k1","x":"AA","y":"AA"}', 'unsupported_crv', 'secp256k1'],
    [
      'an EC point off the curve',
      '{"kty":"EC","crv":"P-256","x":"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA","y":"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAE"}',
      'invalid_key_material',
      undefined,
    ],
    ['a non-string kid', '{"kty":"oct","k":"AAAA","kid":5}', 'jwk_bad_member', 'kid'],
    ['keys that is not an array', '{"keys":{}}', 'jwks_not_array', undefined],
    ['an empty JWKS', '{"keys":[]}', 'jwks_empty', undefined],
    ['a JWKS with nothing usable', '{"keys":[{"kty":"XYZ"}]}', 'jwks_no_usable_key', 'XYZ'],
    ['a PEM without END', '-----BEGIN PUBLIC KEY-----\nMIIB', 'pem_unterminated', 'PUBLIC KEY'],
    ['a PEM with bad base64', '-----BEGIN PUBLIC KEY-----\n@@@@\n-----END PUBLIC KEY-----', 'pem_bad_base64', 'PUBLIC KEY'],
    ['a PEM that is not DER', '-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----', 'der_invalid', 'PUBLIC KEY'],
    [
      'an OpenSSH key',
      '-----BEGIN OPENSSH PRIVATE KEY-----\nAAAA\n-----END OPENSSH PRIVATE KEY-----',
      'pem_unsupported_label',
      'OPENSSH PRIVATE KEY',
    ],
    [
      'an encrypted PKCS#8 key',
      '-----BEGIN ENCRYPTED PRIVATE KEY-----\nAAAA\n-----END ENCRYPTED PRIVATE KEY-----',
      'pem_encrypted_private_key',
      'ENCRYPTED PRIVATE KEY',
    ],
    [
      'a legacy encrypted RSA key',
      '-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,00\n\nAAAA\n-----END RSA PRIVATE KEY-----',
      'pem_encrypted_private_key',
      'RSA PRIVATE KEY',
    ],
    ['a DSA public key', dsaSpki, 'unsupported_key_algorithm', '1.2.840.10040.4.1'],
  ])('rejects %s', async (_label, text, code, detail) => {
    const parsed = await parseKeyInput(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.error.code).toBe(code);
      expect(parsed.error.detail).toBe(detail);
    }
  });

  it.each([
    ['base64', 'not base64!'],
    ['base64url', 'has+plus'],
  ] as const)('rejects a secret that is not valid %s', async (secretEncoding, text) => {
    expect(await parseKeyInput(text, { secretEncoding })).toEqual({
      ok: false,
      error: { code: 'secret_bad_encoding', detail: secretEncoding },
    });
  });
});
