import { describe, it, expect } from 'vitest';
import { lintToken } from './lint-token';
import { WELL_KNOWN_SECRETS } from './weak-secrets';
import { b64 } from '../token/test-helpers';
import { encodeBase64url } from '../token/base64url';

const NOW = 1_700_000_000;
const PAYLOAD = { sub: '1234567890', iat: NOW, exp: NOW + 600 };

// The HS256 example shown by jwt.io's debugger, signed with its default "your-256-bit-secret".
const JWT_IO_EXAMPLE =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c';

async function hmacToken(alg: 'HS256' | 'HS384' | 'HS512', secret: string): Promise<string> {
  const hash = { HS256: 'SHA-256', HS384: 'SHA-384', HS512: 'SHA-512' }[alg];
  const input = `${b64(JSON.stringify({ alg, typ: 'JWT' }))}.${b64(JSON.stringify(PAYLOAD))}`;
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(secret), { name: 'HMAC', hash }, false, ['sign']);
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(input)));
  return `${input}.${encodeBase64url(mac)}`;
}

const lint = (compact: string, alg: string) => lintToken({ alg, typ: 'JWT' }, PAYLOAD, { compact });

describe('well-known HMAC secrets', () => {
  it("recognises jwt.io's own example token and names its secret", async () => {
    const findings = await lintToken(
      { alg: 'HS256', typ: 'JWT' },
      { sub: '1234567890', iat: 1516239022, exp: 1516239022 + 60 },
      { compact: JWT_IO_EXAMPLE },
    );
    expect(findings).toContainEqual({
      id: 'weak_hmac_secret',
      severity: 'critical',
      evidence: { alg: 'HS256', secret: 'your-256-bit-secret' },
    });
  });

  it.each([
    ['HS256', 'secret'],
    ['HS384', 'your-384-bit-secret'],
    ['HS512', 'changeme'],
    ['HS256', 'keyboard cat'],
  ] as const)('finds a %s token signed with "%s"', async (alg, secret) => {
    const findings = await lint(await hmacToken(alg, secret), alg);
    expect(findings.find((f) => f.id === 'weak_hmac_secret')?.evidence).toEqual({ alg, secret });
  });

  it('stays quiet for a token signed with a random secret', async () => {
    const random = encodeBase64url(crypto.getRandomValues(new Uint8Array(32)));
    expect(await lint(await hmacToken('HS256', random), 'HS256')).toEqual([]);
  });

  it('holds about thirty secrets, all distinct', () => {
    expect(WELL_KNOWN_SECRETS.length).toBeGreaterThanOrEqual(30);
    expect(new Set(WELL_KNOWN_SECRETS).size).toBe(WELL_KNOWN_SECRETS.length);
  });

  it('does not try secrets without the compact token or for a non-HMAC algorithm', async () => {
    const compact = await hmacToken('HS256', 'secret');
    expect(await lintToken({ alg: 'HS256' }, PAYLOAD, {})).toEqual([]);
    expect(await lintToken({ alg: 'RS256' }, PAYLOAD, { compact })).toEqual([]);
  });
});
