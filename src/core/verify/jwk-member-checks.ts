import { decodeBase64Url } from './bytes';
import type { KeyInputError, PublicJwk } from './key-types';

const PRIVATE_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth'] as const;
const SIGNING_CURVES: Readonly<Record<string, readonly string[]>> = {
  EC: ['P-256', 'P-384', 'P-521'],
  OKP: ['Ed25519'],
};
// RFC 7518 6.2 / 6.3, RFC 8037 2, RFC 7518 6.4: key material members per key type.
const MATERIAL: Readonly<Record<PublicJwk['kty'], readonly string[]>> = {
  RSA: ['n', 'e'],
  EC: ['crv', 'x', 'y'],
  OKP: ['crv', 'x'],
  oct: ['k'],
};
const BASE64URL_MEMBERS = new Set(['n', 'e', 'x', 'y', 'k']);

export type JwkCheck =
  { readonly ok: true; readonly jwk: PublicJwk; readonly hadPrivate: boolean } | { readonly ok: false; readonly error: KeyInputError };

function isKty(value: unknown): value is PublicJwk['kty'] {
  return value === 'RSA' || value === 'EC' || value === 'OKP' || value === 'oct';
}

function optionalString(record: Record<string, unknown>, name: string): string | undefined | false {
  const value = record[name];
  if (value === undefined) return undefined;
  return typeof value === 'string' ? value : false;
}

function optionalStringArray(record: Record<string, unknown>, name: string): readonly string[] | undefined | false {
  const value = record[name];
  if (value === undefined) return undefined;
  return Array.isArray(value) && value.every((item) => typeof item === 'string') ? (value as string[]) : false;
}

/**
 * Checks the members of one JWK object (RFC 7517 4, RFC 7518 6) and keeps only public members
 * (plus `k` for `oct`). Does NOT check that the numbers form a usable key (import does that)
 * and does NOT read `x5c` certificates.
 */
export function checkJwkMembers(record: Record<string, unknown>): JwkCheck {
  const fail = (code: KeyInputError['code'], detail: string): JwkCheck => ({ ok: false, error: { code, detail } });
  if (record['kty'] === undefined) return fail('jwk_missing_member', 'kty');
  const kty = record['kty'];
  if (typeof kty !== 'string') return fail('jwk_bad_member', 'kty');
  if (!isKty(kty)) return fail('unsupported_kty', kty);
  const out: Record<string, unknown> = { kty };
  for (const name of MATERIAL[kty]) {
    const value = record[name];
    if (value === undefined) return fail('jwk_missing_member', name);
    if (typeof value !== 'string' || (BASE64URL_MEMBERS.has(name) && (value === '' || decodeBase64Url(value) === null))) {
      return fail('jwk_bad_member', name);
    }
    out[name] = value;
  }
  const curves = SIGNING_CURVES[kty];
  if (curves !== undefined && !curves.includes(String(out['crv']))) return fail('unsupported_crv', String(out['crv']));
  for (const name of ['kid', 'alg', 'use', 'x5t', 'x5t#S256', 'issuer']) {
    const value = optionalString(record, name);
    if (value === false) return fail('jwk_bad_member', name);
    if (value !== undefined) out[name] = value;
  }
  for (const name of ['key_ops', 'x5c']) {
    const value = optionalStringArray(record, name);
    if (value === false) return fail('jwk_bad_member', name);
    if (value !== undefined) out[name] = value;
  }
  const hadPrivate = kty !== 'oct' && PRIVATE_MEMBERS.some((name) => record[name] !== undefined);
  return { ok: true, jwk: out as unknown as PublicJwk, hadPrivate };
}
