import { bench, describe } from 'vitest';
import { CompactSign, exportJWK, generateKeyPair } from 'jose';
import { parseKeyInput } from './parse-key-input';
import { verifyJws } from './verify-jws';
import type { ParsedKey } from './key-types';

// Keys are imported once (cached), as in the app after the first verification.
const ALGS = ['RS256', 'PS256', 'ES256', 'EdDSA', 'HS256'] as const;
const cases: { alg: string; token: string; keys: readonly ParsedKey[] }[] = [];
for (const alg of ALGS) {
  const payload = new TextEncoder().encode(JSON.stringify({ sub: 'bench', iat: 1_700_000_000, scp: 'read write' }));
  if (alg === 'HS256') {
    const secret = new TextEncoder().encode('a-32-byte-long-secret-for-hs256!');
    const token = await new CompactSign(payload).setProtectedHeader({ alg }).sign(secret);
    const parsed = await parseKeyInput('a-32-byte-long-secret-for-hs256!');
    if (parsed.ok) cases.push({ alg, token, keys: parsed.keys });
    continue;
  }
  const { privateKey, publicKey } = await generateKeyPair(alg, { extractable: true });
  const token = await new CompactSign(payload).setProtectedHeader({ alg, kid: 'k1' }).sign(privateKey);
  const parsed = await parseKeyInput(JSON.stringify({ keys: [{ ...(await exportJWK(publicKey)), kid: 'k1' }] }));
  if (parsed.ok) cases.push({ alg, token, keys: parsed.keys });
}

describe('verifyJws with keys already parsed (Node WebCrypto)', () => {
  for (const c of cases) {
    bench(c.alg, async () => {
      const r = await verifyJws(c.token, c.keys);
      if (r.verdict !== 'verified') throw new Error(`${c.alg}: ${r.verdict}`);
    });
  }
});
