import { createPrivateKey, generateKeyPairSync, randomBytes } from 'node:crypto';
import { CompactEncrypt, CompactSign, compactVerify, exportJWK, generateKeyPair } from 'jose';
import { describe, expect, it } from 'vitest';
import { decryptJwe } from './decrypt-jwe';
import { RFC7520_JWE_VECTORS } from './rfc7520-jwe.fixture';

const utf8 = (s: string) => new TextEncoder().encode(s);
const keyText = (key: Readonly<Record<string, string>> | string) => (typeof key === 'string' ? key : JSON.stringify(key));
const vector = (section: string) => {
  const v = RFC7520_JWE_VECTORS.find((x) => x.section === section);
  if (!v) throw new Error(section);
  return v;
};
const b64Header = (h: object) => Buffer.from(JSON.stringify(h)).toString('base64url');

describe('JWE decryption with the RFC 7520 section 5 vectors', () => {
  it.each(RFC7520_JWE_VECTORS.filter((v) => v.alg !== 'RSA1_5').map((v) => [v.section, v.alg, v.enc, v] as const))(
    '%s %s / %s decrypts to the published plaintext',
    async (_s, _a, _e, v) => {
      const r = await decryptJwe(v.compact, keyText(v.key));
      expect(r.ok && r.value.text).toBe(v.plaintext);
    },
  );

  it('5.1 RSA1_5 is refused and named (RFC 8725 3.2 advises against RSAES-PKCS1-v1_5)', async () => {
    const v = vector('5.1');
    expect(await decryptJwe(v.compact, keyText(v.key))).toEqual({ ok: false, error: { code: 'unsupported_alg', alg: 'RSA1_5' } });
  });

  it('5.2 decrypts with the same RSA key pasted as PKCS#8 and as PKCS#1 PEM', async () => {
    const v = vector('5.2');
    const nodeKey = createPrivateKey({ key: v.key as never, format: 'jwk' });
    for (const type of ['pkcs8', 'pkcs1'] as const) {
      const r = await decryptJwe(v.compact, String(nodeKey.export({ format: 'pem', type })));
      expect(r.ok && r.value.text, type).toBe(v.plaintext);
    }
  });

  it('5.4 decrypts with the EC key pasted as SEC1 EC PRIVATE KEY', async () => {
    const v = vector('5.4');
    const pem = String(createPrivateKey({ key: v.key as never, format: 'jwk' }).export({ format: 'pem', type: 'sec1' }));
    const r = await decryptJwe(v.compact, pem);
    expect(r.ok && r.value.text).toBe(v.plaintext);
  });

  it('5.6 dir decrypts with the symmetric key typed as base64url and as base64', async () => {
    const v = vector('5.6');
    const k = (v.key as Record<string, string>)['k'] ?? '';
    expect((await decryptJwe(v.compact, k, 'base64url')).ok).toBe(true);
    expect((await decryptJwe(v.compact, Buffer.from(k, 'base64url').toString('base64'), 'base64')).ok).toBe(true);
  });
});

describe('JWE decryption with generated keys', () => {
  const payload = '{"sub":"user-1","aud":"api://orders"}';

  it.each([
    ['RSA-OAEP-256', 'A256GCM', 'RSA-OAEP-256'],
    ['ECDH-ES+A256KW', 'A128CBC-HS256', 'ECDH-ES'],
    ['ECDH-ES', 'A256GCM', 'X25519'],
  ] as const)('%s / %s decrypts with the private JWK', async (alg, enc, keyAlg) => {
    const { publicKey, privateKey } = await generateKeyPair(keyAlg === 'X25519' ? 'ECDH-ES' : keyAlg, {
      extractable: true,
      ...(keyAlg === 'X25519' ? { crv: 'X25519' } : {}),
    });
    const jwe = await new CompactEncrypt(utf8(payload)).setProtectedHeader({ alg, enc }).encrypt(publicKey);
    const r = await decryptJwe(jwe, JSON.stringify(await exportJWK(privateKey)));
    expect(r.ok && r.value.text).toBe(payload);
  });

  it.each([
    ['A256KW', 'A256GCM', 32],
    ['A128GCMKW', 'A128CBC-HS256', 16],
    ['dir', 'A256GCM', 32],
    ['dir', 'A128CBC-HS256', 32],
  ] as const)('%s / %s decrypts with a base64 symmetric key', async (alg, enc, size) => {
    const secret = randomBytes(size);
    const jwe = await new CompactEncrypt(utf8(payload)).setProtectedHeader({ alg, enc }).encrypt(secret);
    const r = await decryptJwe(jwe, secret.toString('base64'), 'base64');
    expect(r.ok && r.value.text).toBe(payload);
  });

  it('shows a nested JWT (cty JWT) as the inner compact token, which verifies with its signer key', async () => {
    const signer = await generateKeyPair('ES256');
    const inner = await new CompactSign(utf8(payload)).setProtectedHeader({ alg: 'ES256', typ: 'JWT' }).sign(signer.privateKey);
    const recipient = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const jwe = await new CompactEncrypt(utf8(inner))
      .setProtectedHeader({ alg: 'RSA-OAEP', enc: 'A256GCM', cty: 'JWT' })
      .encrypt(recipient.publicKey);
    const r = await decryptJwe(jwe, String(recipient.privateKey.export({ format: 'pem', type: 'pkcs8' })));
    if (!r.ok) throw new Error(r.error.code);
    expect(r.value.nested).toBe(inner);
    await expect(compactVerify(r.value.nested ?? '', signer.publicKey)).resolves.toBeTruthy();
  });

  it('reports no nested token without cty JWT', async () => {
    const secret = randomBytes(32);
    const jwe = await new CompactEncrypt(utf8('a.b.c')).setProtectedHeader({ alg: 'dir', enc: 'A256GCM' }).encrypt(secret);
    const r = await decryptJwe(jwe, secret.toString('base64url'), 'base64url');
    expect(r.ok && r.value.nested).toBeNull();
  });
});

describe('JWE decryption failures have codes', () => {
  const v = vector('5.8');

  it('a wrong symmetric key: decryption_failed', async () => {
    expect(await decryptJwe(v.compact, randomBytes(16).toString('base64url'), 'base64url')).toEqual({
      ok: false,
      error: { code: 'decryption_failed' },
    });
  });

  it('a tampered authentication tag: decryption_failed', async () => {
    const parts = vector('5.6').compact.split('.');
    const tag = Buffer.from(parts[4] ?? '', 'base64url');
    tag[0] = (tag[0] ?? 0) ^ 1;
    parts[4] = tag.toString('base64url');
    expect(await decryptJwe(parts.join('.'), keyText(vector('5.6').key))).toEqual({ ok: false, error: { code: 'decryption_failed' } });
  });

  it('an RSA algorithm given a secret: key_kind names what it needs', async () => {
    expect(await decryptJwe(vector('5.2').compact, 'some secret')).toEqual({
      ok: false,
      error: { code: 'key_kind', alg: 'RSA-OAEP', needs: 'rsa' },
    });
  });

  it('a key wrap algorithm given an RSA private key: key_kind', async () => {
    const pem = String(generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ format: 'pem', type: 'pkcs8' }));
    expect(await decryptJwe(v.compact, pem)).toEqual({ ok: false, error: { code: 'key_kind', alg: 'A128KW', needs: 'symmetric' } });
  });

  it('a public key pasted as the decryption key: the key error says so', async () => {
    const pub = String(generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey.export({ format: 'pem', type: 'spki' }));
    expect(await decryptJwe(vector('5.2').compact, pub)).toMatchObject({
      ok: false,
      error: { code: 'key_input', error: { code: 'public_key_only' } },
    });
  });

  it('unsupported enc and zip values are named', async () => {
    const rest = v.compact.split('.').slice(1).join('.');
    expect(await decryptJwe(`${b64Header({ alg: 'A128KW', enc: 'XC20P' })}.${rest}`, 'k')).toEqual({
      ok: false,
      error: { code: 'unsupported_enc', enc: 'XC20P' },
    });
    expect(await decryptJwe(`${b64Header({ alg: 'A128KW', enc: 'A128GCM', zip: 'GZIP' })}.${rest}`, 'k')).toEqual({
      ok: false,
      error: { code: 'unsupported_zip', zip: 'GZIP' },
    });
  });

  it('input that is not a five-part JWE: not_compact_jwe', async () => {
    expect(await decryptJwe('a.b.c', 'k')).toEqual({ ok: false, error: { code: 'not_compact_jwe' } });
    expect(await decryptJwe('!!.a.b.c.d', 'k')).toEqual({ ok: false, error: { code: 'not_compact_jwe' } });
  });
});
