import { decodeBase64Url, encodeBase64Url, utf8 } from '../verify/bytes';
import type { SigningAlg } from './algorithms';
import { generateSigningKey } from './generate';
import type { JsonObject } from './parse-part';
import type { PrivateKey } from './private-key';
import { publicJwkOf, publicPemOf } from './public-export';
import { signCompact } from './sign';

/** The attacks and faults in the kit; every one must be refused by a correct API (RFC 6750 3.1: 401). */
export type KitCaseId =
  | 'expired'
  | 'not_yet_valid'
  | 'wrong_audience'
  | 'wrong_issuer'
  | 'alg_none'
  | 'hmac_with_public_key'
  | 'signature_bit_flipped'
  | 'unknown_kid'
  | 'embedded_jwk'
  | 'jku_elsewhere'
  | 'unknown_crit'
  | 'empty_signature'
  | 'ecdsa_zero_signature';

export interface KitToken {
  readonly id: KitCaseId;
  /** Distinguishes several tokens of one case (the `alg: none` casings). */
  readonly variant?: string;
  readonly token: string;
  readonly expectedStatus: 401;
}

export interface TestKit {
  /** The control: the current claims, freshly timed and correctly signed; an API must accept it. */
  readonly valid: string;
  readonly tokens: readonly KitToken[];
}

/** Values no real deployment uses: `.invalid` never resolves (RFC 2606 2). */
export const KIT_WRONG_AUDIENCE = 'https://wrong-audience.invalid';
export const KIT_WRONG_ISSUER = 'https://wrong-issuer.invalid/';
export const KIT_ATTACKER_JKU = 'https://attacker.invalid/.well-known/jwks.json';
export const KIT_UNKNOWN_CRIT = 'urn:token-explorer:test:unknown-extension';
const NONE_CASINGS = ['none', 'None', 'NONE', 'nOnE'] as const;
const HOUR = 3600;
// ECDSA signature length r||s per curve (RFC 7518 3.4).
const ECDSA_BYTES: Partial<Record<SigningAlg, number>> = { ES256: 64, ES384: 96, ES512: 132 };

function b64json(value: JsonObject): string {
  return encodeBase64Url(utf8(JSON.stringify(value)));
}

function flipFirstBit(token: string): string {
  const [h, p, s] = token.split('.');
  const bytes = decodeBase64Url(s ?? '') ?? new Uint8Array(1);
  const flipped = Uint8Array.from(bytes);
  flipped[0] = (flipped[0] ?? 0) ^ 0x01;
  return `${h}.${p}.${encodeBase64Url(flipped)}`;
}

/**
 * Builds the negative-test kit from the current header, claims and key: tokens that a correct API
 * (signature checked with its own key, `alg` pinned to the key, `iss`, `aud`, `exp`, `nbf` and
 * `crit` checked, token-supplied keys ignored) must refuse, plus a valid control token. Every token
 * is issued at `now` and lives an hour unless its fault is about time. Attacker keys are generated
 * on the spot and discarded. Does NOT send anything anywhere: the tokens are for testing your own API.
 */
export async function makeTestKit(input: {
  header: JsonObject;
  payload: JsonObject;
  alg: SigningAlg;
  key: PrivateKey;
  now: number;
}): Promise<TestKit> {
  const { alg, key, now } = input;
  const header: JsonObject = { ...input.header, alg, ...(key.kid === undefined ? {} : { kid: key.kid }) };
  const base: JsonObject = { ...input.payload, iat: now, nbf: now, exp: now + HOUR };
  const sign = (h: JsonObject, p: JsonObject) => signCompact(h, p, key.jwk, alg);
  const valid = await sign(header, base);
  const tokens: KitToken[] = [];
  const add = (id: KitCaseId, token: string, variant?: string) =>
    tokens.push(variant === undefined ? { id, token, expectedStatus: 401 } : { id, variant, token, expectedStatus: 401 });

  add('expired', await sign(header, { ...base, iat: now - 2 * HOUR, nbf: now - 2 * HOUR, exp: now - HOUR }));
  add('not_yet_valid', await sign(header, { ...base, nbf: now + HOUR, exp: now + 2 * HOUR }));
  add('wrong_audience', await sign(header, { ...base, aud: KIT_WRONG_AUDIENCE }));
  add('wrong_issuer', await sign(header, { ...base, iss: KIT_WRONG_ISSUER }));
  // RFC 7519 6.1 unsecured JWTs; the casings catch verifiers that compare case-insensitively.
  for (const none of NONE_CASINGS) add('alg_none', `${b64json({ ...header, alg: none })}.${b64json(base)}.`, none);
  const pem = await publicPemOf(key, alg);
  if (pem !== null) {
    // Key confusion (RFC 8725 2.1): HMAC keyed with the public key's PEM file, final newline included.
    const secret = { kty: 'oct' as const, k: encodeBase64Url(utf8(`${pem}\n`)) };
    add('hmac_with_public_key', await signCompact({ ...header, alg: 'HS256' }, base, secret, 'HS256'));
  }
  add('signature_bit_flipped', flipFirstBit(valid));
  // The attacker's own key: a verifier that trusts token-supplied keys would accept these.
  const attackerAlg: SigningAlg = key.jwk.kty === 'oct' ? 'ES256' : alg;
  const attacker = await generateSigningKey(attackerAlg);
  const attackerSign = (h: JsonObject) => signCompact({ ...header, ...h, alg: attackerAlg }, base, attacker.jwk, attackerAlg);
  const unknownKid = key.jwk.kty === 'oct' ? await generateSigningKey(alg) : attacker;
  add('unknown_kid', await signCompact({ ...header, kid: `unknown-${unknownKid.kid ?? 'key'}` }, base, unknownKid.jwk, alg));
  add('embedded_jwk', await attackerSign({ kid: attacker.kid, jwk: publicJwkOf(attacker, attackerAlg) }));
  add('jku_elsewhere', await attackerSign({ kid: attacker.kid, jku: KIT_ATTACKER_JKU }));
  add('unknown_crit', await sign({ ...header, crit: [KIT_UNKNOWN_CRIT], [KIT_UNKNOWN_CRIT]: true }, base));
  add('empty_signature', `${valid.split('.').slice(0, 2).join('.')}.`);
  const ecdsaBytes = ECDSA_BYTES[alg];
  // CVE-2022-21449 ("psychic signatures"): r = s = 0 must never verify.
  if (ecdsaBytes !== undefined)
    add('ecdsa_zero_signature', `${valid.split('.').slice(0, 2).join('.')}.${encodeBase64Url(new Uint8Array(ecdsaBytes))}`);
  return { valid, tokens };
}
