import { describe, expect, it } from 'vitest';
import { makeExampleToken, EXAMPLE_ISSUER } from './example-token';
import { parseKeyInput } from './parse-key-input';
import { verifyJws } from './verify-jws';

describe('makeExampleToken', () => {
  it('signs a token that verifies with the public key it returns, and only that key', async () => {
    const now = 1_800_000_000;
    const a = await makeExampleToken(now);
    const b = await makeExampleToken(now);
    const keys = await parseKeyInput(JSON.stringify(a.publicJwk));
    if (!keys.ok) throw new Error('key did not parse');
    expect((await verifyJws(a.token, keys.keys)).verdict).toBe('verified');
    expect((await verifyJws(b.token, keys.keys)).verdict).toBe('invalid_signature');
    expect(a.publicJwk).not.toHaveProperty('d');
  });

  it('is valid for one hour from the given time, at an issuer that cannot be fetched', async () => {
    const { token } = await makeExampleToken(1_800_000_000);
    const payload = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as Record<string, unknown>;
    expect(payload).toMatchObject({ iss: EXAMPLE_ISSUER, exp: 1_800_003_600, nbf: 1_799_999_700 });
    expect(new URL(EXAMPLE_ISSUER).hostname.endsWith('.invalid')).toBe(true);
  });
});
