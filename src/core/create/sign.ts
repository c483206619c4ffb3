import { CompactSign, importJWK } from 'jose';
import { utf8 } from '../verify/bytes';
import type { SigningAlg } from './algorithms';
import { keyFit, type KeyFitError, type ShortSecret } from './key-fit';
import type { JsonObject } from './parse-part';
import type { PrivateKey } from './private-key';

/** Why no token could be signed. */
export type SignError =
  | { readonly code: 'header_alg_differs'; readonly headerAlg: string }
  | { readonly code: 'key_mismatch'; readonly mismatch: KeyFitError }
  | { readonly code: 'sign_failed' };

export type SignResult =
  | { readonly ok: true; readonly token: string; readonly warnings: readonly ShortSecret[] }
  | { readonly ok: false; readonly error: SignError };

function critNames(header: JsonObject): Record<string, boolean> {
  const crit = header['crit'];
  return Array.isArray(crit) ? Object.fromEntries(crit.filter((c) => typeof c === 'string').map((c: string) => [c, true])) : {};
}

/**
 * Signs `header` and `payload` exactly as given (compact JSON of each) with jose. The `crit`
 * names the header lists are declared understood, so a person can build tokens with extensions;
 * jose still checks the header's own consistency. Does NOT check the claims.
 */
export async function signCompact(header: JsonObject, payload: JsonObject, jwk: PrivateKey['jwk'], alg: string): Promise<string> {
  // The algorithm was checked by the caller; labels on the key must not make WebCrypto refuse it.
  const key = await importJWK({ ...jwk, alg: undefined, use: undefined, key_ops: undefined }, alg);
  return new CompactSign(utf8(JSON.stringify(payload)))
    .setProtectedHeader(header as { alg: string })
    .sign(key, { crit: critNames(header) });
}

/**
 * Signs a token with the chosen algorithm after checking that the header's `alg` says the same
 * and that the key fits the algorithm (key confusion is refused before anything is signed).
 */
export async function signToken(input: { header: JsonObject; payload: JsonObject; alg: SigningAlg; key: PrivateKey }): Promise<SignResult> {
  const headerAlg = input.header['alg'];
  if (headerAlg !== input.alg) return { ok: false, error: { code: 'header_alg_differs', headerAlg: String(headerAlg) } };
  const fit = keyFit(input.alg, input.key);
  if (!fit.ok) return { ok: false, error: { code: 'key_mismatch', mismatch: fit.error } };
  try {
    return { ok: true, token: await signCompact(input.header, input.payload, input.key.jwk, input.alg), warnings: fit.warnings };
  } catch {
    return { ok: false, error: { code: 'sign_failed' } };
  }
}
