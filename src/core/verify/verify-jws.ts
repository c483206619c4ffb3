import { compactVerify, importJWK } from 'jose';
import { isSupportedAlg } from './algorithms';
import type { SupportedAlg } from './algorithms';
import { decodeBase64Url, utf8Text } from './bytes';
import { isMicrosoftIdentityIssuer } from '../discovery/microsoft-issuer';
import { fromJoseError } from './jose-errors';
import { graphNonceSigningHeader, isGraphNonceToken } from './graph-nonce';
import { jwsPartsOf, splitJws } from './jws-parts';
import type { JwsToken } from '../token/types';
import { topLevelMembers } from './json-spans';
import type { JwsParts } from './jws-parts';
import { selectKeys } from './select-keys';
import type { ParsedKey } from './key-types';
import type { SelfAssertedKeys, UsedKeyInfo, VerifyOptions, VerifyResult } from './verify-types';
import { isJsonObject, own } from '../json';

// Extensions this verifier understands (RFC 7515 4.1.11). `b64` is understood in order to refuse
// `b64: false` (RFC 7797): see verifyJws.
const UNDERSTOOD_CRIT = new Set(['b64']);

function selfAsserted(header: Readonly<Record<string, unknown>>): SelfAssertedKeys {
  const found: Record<string, unknown> = {};
  for (const name of ['jku', 'x5u', 'jwk', 'x5c']) if (header[name] !== undefined) found[name] = header[name];
  return found;
}

function keyInfo(key: ParsedKey, kidUnchecked: boolean): UsedKeyInfo {
  const { kid, kty, alg, crv, x5t } = key.jwk;
  const info = { kid, kty, alg, crv, x5t, source: key.source, index: key.index, cert: key.cert, kidUnchecked };
  return Object.fromEntries(Object.entries(info).filter(([, v]) => v !== undefined)) as unknown as UsedKeyInfo;
}

type Attempt = { readonly ok: true } | { readonly ok: false; readonly failure: ReturnType<typeof fromJoseError> };

// Imported keys, per parsed key object and algorithm: a key set that is already held (pasted, or
// cached from the issuer) is imported into WebCrypto once, not on every check. Keyed by identity, so
// a new key text or a refetched JWKS is imported afresh; a failed import is not kept.
const imported = new WeakMap<ParsedKey, Map<SupportedAlg, ReturnType<typeof importJWK>>>();

function importFor(key: ParsedKey, alg: SupportedAlg): ReturnType<typeof importJWK> {
  let byAlg = imported.get(key);
  if (byAlg === undefined) {
    byAlg = new Map();
    imported.set(key, byAlg);
  }
  const cached = byAlg.get(alg);
  if (cached !== undefined) return cached;
  // Only the public members go to jose, with the algorithm we already vetted against the key.
  const { kty, crv, n, e, x, y, k } = key.jwk;
  const pending = importJWK({ kty, crv, n, e, x, y, k }, alg);
  byAlg.set(alg, pending);
  const forget = byAlg;
  pending.catch(() => forget.delete(alg));
  return pending;
}

async function attempt(compact: string, key: ParsedKey, alg: SupportedAlg): Promise<Attempt> {
  try {
    await compactVerify(compact, await importFor(key, alg), { algorithms: [alg] });
    return { ok: true };
  } catch (error) {
    return { ok: false, failure: fromJoseError(error) };
  }
}

/** The payload's `iss`, read from the signed payload bytes; undefined when it is not a JSON object. */
function payloadIssuer(payloadB64: string): unknown {
  const bytes = decodeBase64Url(payloadB64);
  const text = bytes === null ? null : utf8Text(bytes);
  if (text === null) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return isJsonObject(value) ? own(value, 'iss') : undefined;
  } catch {
    return undefined;
  }
}

/**
 * True when the header asks for an unencoded payload: `b64` other than `true`, judged on every
 * top-level `b64` member of the header text, so a repeated member (`"b64":false,"b64":true`) cannot
 * read as true here and as false to a parser that keeps the first.
 */
function unencodedPayload(parts: JwsParts): boolean {
  if (parts.header['b64'] !== undefined && parts.header['b64'] !== true) return true;
  const members = topLevelMembers(parts.headerText) ?? [];
  return members.some((m) => m.name === 'b64' && parts.headerText.slice(m.valueStart, m.valueEnd) !== 'true');
}

type NonceRound = { readonly compact: string } | { readonly refused: 'nonce_issuer_not_microsoft' | 'nonce_transform_impossible' } | null;

/**
 * The Microsoft Graph nonce round (see graph-nonce.ts), or why there is none. Only an Entra issuer
 * (v1/v2, sovereign clouds) gets the transform: for anyone else a header nonce is just a member.
 */
async function graphNonceRound(parts: JwsParts): Promise<NonceRound> {
  if (!isGraphNonceToken(parts.header)) return null;
  if (!isMicrosoftIdentityIssuer(payloadIssuer(parts.payloadB64))) return { refused: 'nonce_issuer_not_microsoft' };
  const signedHeader = await graphNonceSigningHeader(parts.headerText);
  if (signedHeader === null) return { refused: 'nonce_transform_impossible' };
  return { compact: `${signedHeader}.${parts.payloadB64}.${parts.signatureB64}` };
}

function structureProblem(parts: JwsParts): VerifyResult['reason'] | null {
  const crit = parts.header['crit'];
  if (crit !== undefined && (!Array.isArray(crit) || crit.length === 0 || !crit.every((c) => typeof c === 'string' && c !== '')))
    return 'crit_invalid';
  if (decodeBase64Url(parts.payloadB64) === null) return 'payload_not_base64url';
  if (parts.signatureB64 === '') return 'signature_empty';
  if (decodeBase64Url(parts.signatureB64) === null) return 'signature_not_base64url';
  return null;
}

/**
 * Verifies the signature of a JWS (compact text, or the token core/token decoded) with keys the user supplied.
 * `alg: none` is reported as unsigned, never verified. A header `b64` other than true (RFC 7797
 * unencoded payload) is refused: the signed bytes would not be the claims shown, and a JWT must not
 * use it (RFC 7797 section 7). Tokens from an Entra issuer with a header `nonce` that fail normal
 * verification are retried with the Microsoft Graph nonce transform over the header's exact bytes.
 * Does NOT check claims (exp, aud, iss, ...: see checkClaims) and never uses the header's
 * jku / x5u / jwk / x5c (returned as `selfAsserted` for display only).
 */
export async function verifyJws(token: string | JwsToken, keys: readonly ParsedKey[], options: VerifyOptions = {}): Promise<VerifyResult> {
  // A decoded token (core/token) is used as decoded; only a bare string is split here.
  const split = typeof token === 'string' ? splitJws(token) : jwsPartsOf(token);
  const compact = typeof token === 'string' ? token : token.compact;
  if (!split.ok) return { verdict: 'malformed', reason: split.reason, triedKeyCount: 0, selfAsserted: {} };
  const { parts } = split;
  const base = { triedKeyCount: 0, selfAsserted: selfAsserted(parts.header) };
  const alg = parts.header['alg'];
  const kid = typeof parts.header['kid'] === 'string' ? parts.header['kid'] : undefined;
  if (typeof alg !== 'string' || alg === '') return { ...base, verdict: 'malformed', reason: 'alg_missing' };
  // RFC 7519 6 / RFC 8725 3.2: an unsecured JWS is never "verified", whatever its third segment holds.
  if (alg === 'none') return { ...base, verdict: 'unsigned', reason: 'alg_none', alg };
  if (!isSupportedAlg(alg)) return { ...base, verdict: 'unsupported_alg', reason: 'alg_not_supported', alg };
  if (options.algorithms !== undefined && !options.algorithms.includes(alg)) {
    return { ...base, verdict: 'unsupported_alg', reason: 'alg_not_allowed', alg };
  }
  // RFC 7797: with b64 false the payload segment is signed as literal text, not decoded claims.
  if (unencodedPayload(parts)) return { ...base, verdict: 'malformed', reason: 'unencoded_payload', alg };
  const problem = structureProblem(parts);
  if (problem !== null) return { ...base, verdict: 'malformed', reason: problem, alg };
  const crit = (parts.header['crit'] as string[] | undefined) ?? [];
  const unknownCrit = crit.filter((name) => !UNDERSTOOD_CRIT.has(name));
  if (unknownCrit.length > 0) return { ...base, verdict: 'unsupported_crit', reason: 'crit_not_understood', alg, unknownCrit };

  const selection = selectKeys(parts.header, keys);
  const withAlg = { ...base, alg, ...(kid === undefined ? {} : { kid }) };
  switch (selection.code) {
    case 'unsupported_alg':
      return { ...withAlg, verdict: 'unsupported_alg', reason: 'alg_not_supported' };
    case 'no_keys':
      return { ...withAlg, verdict: 'key_not_found', reason: 'no_keys' };
    case 'kid_not_found':
      return { ...withAlg, verdict: 'key_not_found', reason: 'kid_not_found', availableKids: selection.availableKids };
    case 'no_compatible_key': {
      const first = selection.mismatches[0];
      if (first === undefined) return { ...withAlg, verdict: 'key_not_found', reason: 'no_keys' };
      return { ...withAlg, verdict: 'alg_key_mismatch', reason: first.reason, key: keyInfo(first.key, false) };
    }
  }
  const kidUnchecked = selection.code === 'found' && selection.kidUnchecked;
  const candidates = selection.candidates;
  const rounds: { compact: string; transform?: 'ms-graph-nonce' }[] = [{ compact }];
  const nonce = await graphNonceRound(parts);
  if (nonce !== null && 'compact' in nonce) rounds.push({ compact: nonce.compact, transform: 'ms-graph-nonce' });
  for (const round of rounds) {
    for (const key of candidates) {
      const outcome = await attempt(round.compact, key, alg);
      if (outcome.ok) {
        const verified: VerifyResult = {
          ...withAlg,
          verdict: 'verified',
          reason: 'signature_valid',
          key: keyInfo(key, kidUnchecked),
          triedKeyCount: candidates.length,
        };
        return round.transform === undefined ? verified : { ...verified, transform: round.transform };
      }
      if (outcome.failure === 'key_unusable')
        return { ...withAlg, verdict: 'alg_key_mismatch', reason: 'key_unusable', key: keyInfo(key, kidUnchecked) };
      if (outcome.failure !== 'signature_mismatch') {
        const verdict = outcome.failure === 'jws_invalid' ? 'malformed' : 'unsupported_alg';
        const reason =
          outcome.failure === 'jws_invalid'
            ? 'jws_invalid'
            : outcome.failure === 'alg_not_allowed'
              ? 'alg_not_allowed'
              : 'alg_not_supported';
        return { ...withAlg, verdict, reason };
      }
    }
  }
  const only = candidates.length === 1 ? candidates[0] : undefined;
  return {
    ...withAlg,
    verdict: 'invalid_signature',
    reason: nonce !== null && 'refused' in nonce ? nonce.refused : 'signature_mismatch',
    triedKeyCount: candidates.length,
    ...(only === undefined ? {} : { key: keyInfo(only, kidUnchecked) }),
  };
}
