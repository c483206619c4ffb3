import { oidcHalfHash } from './claim-hash';
import { isExpired, isIssuedInFuture, isNotYetValid, isNumericDate } from '../claims/time-rule';

export type ClaimCheckId =
  | 'iss'
  | 'aud'
  | 'azp'
  | 'exp'
  | 'nbf'
  | 'iat'
  | 'nonce'
  | 'typ'
  | 'crit'
  | 'at_hash'
  | 'c_hash'
  // Proof of possession (core/pop): DPoP proof (RFC 9449) and Microsoft signed HTTP request (PoP)
  | 'dpop_proof'
  | 'htm'
  | 'htu'
  | 'proof_iat'
  | 'ath'
  | 'cnf_jkt'
  | 'pop_signature'
  | 'pop_m'
  | 'pop_u'
  | 'pop_p'
  | 'pop_ts';
export type ClaimCheckStatus = 'pass' | 'fail' | 'warn' | 'info' | 'skipped';

/** Why a check has its status. The UI turns these into sentences; core holds no text. */
export type ClaimCheckCode =
  | 'matches'
  | 'mismatch'
  | 'missing'
  | 'not_compared'
  | 'absent'
  | 'bad_type'
  | 'expired'
  | 'expired_within_skew'
  | 'not_expired'
  | 'not_yet_valid'
  | 'not_yet_valid_within_skew'
  | 'active'
  | 'issued_in_future'
  | 'issued_in_past'
  | 'azp_not_needed'
  | 'azp_missing_multiple_audiences'
  | 'azp_not_for_access_token'
  | 'typ_at_jwt'
  | 'typ_jwt'
  | 'typ_other'
  | 'crit_understood'
  | 'crit_not_understood'
  | 'crit_invalid'
  | 'hash_input_not_given'
  | 'hash_alg_unknown'
  | 'proof_unreadable'
  | 'proof_not_dpop_typ'
  | 'proof_alg_not_asymmetric'
  | 'proof_jwk_missing'
  | 'proof_jwk_private'
  | 'proof_signature_valid'
  | 'proof_signature_invalid'
  | 'proof_too_old'
  | 'request_not_given'
  | 'cnf_jkt_missing'
  | 'proof_key_unproven'
  | 'pop_at_missing'
  | 'cnf_jwk_missing'
  | 'proof_missing';

export interface ClaimCheck {
  readonly id: ClaimCheckId;
  readonly status: ClaimCheckStatus;
  readonly code: ClaimCheckCode;
  readonly expected?: string;
  readonly actual?: string;
}

export interface ClaimContext {
  /** Current time, seconds since the epoch. */
  readonly now: number;
  readonly skewSeconds: number;
  readonly expectedIssuer?: string;
  readonly expectedAudience?: string;
  /**
   * The client ID of the app the token was issued to. `azp` is compared with this, never with the
   * expected audience: in an Entra v2 access token `aud` is the API and `azp` the calling client.
   */
  readonly expectedClientId?: string;
  /** What the token is (from the classification); the OIDC azp rules apply to ID tokens only. */
  readonly tokenKind?: 'id' | 'access' | 'unknown';
  readonly expectedNonce?: string;
  readonly accessToken?: string;
  readonly code?: string;
}

type Claims = Readonly<Record<string, unknown>>;
const UNDERSTOOD_CRIT = ['b64'];

function check(id: ClaimCheckId, status: ClaimCheckStatus, code: ClaimCheckCode, expected?: string, actual?: string): ClaimCheck {
  return { id, status, code, ...(expected === undefined ? {} : { expected }), ...(actual === undefined ? {} : { actual }) };
}

function compareString(id: 'iss' | 'nonce', value: unknown, expected: string | undefined): ClaimCheck {
  if (value !== undefined && typeof value !== 'string') return check(id, 'fail', 'bad_type', expected, JSON.stringify(value));
  if (expected === undefined)
    return value === undefined
      ? check(id, id === 'iss' ? 'warn' : 'skipped', 'absent')
      : check(id, 'info', 'not_compared', undefined, value);
  if (value === undefined) return check(id, 'fail', 'missing', expected);
  // OIDC Core 3.1.3.7 steps 2 and 11: exact, case-sensitive comparison.
  return check(id, value === expected ? 'pass' : 'fail', value === expected ? 'matches' : 'mismatch', expected, value);
}

function audienceChecks(payload: Claims, expected: string | undefined): { aud: ClaimCheck; list: string[] | null; badType: boolean } {
  const aud = payload['aud'];
  const list = typeof aud === 'string' ? [aud] : Array.isArray(aud) && aud.every((a) => typeof a === 'string') ? (aud as string[]) : null;
  if (aud !== undefined && list === null)
    return { aud: check('aud', 'fail', 'bad_type', expected, JSON.stringify(aud)), list, badType: true };
  const actual = list?.join(', ');
  let audCheck: ClaimCheck;
  if (list === null) audCheck = expected === undefined ? check('aud', 'warn', 'absent') : check('aud', 'fail', 'missing', expected);
  else if (expected === undefined) audCheck = check('aud', 'info', 'not_compared', undefined, actual);
  else
    audCheck = check('aud', list.includes(expected) ? 'pass' : 'fail', list.includes(expected) ? 'matches' : 'mismatch', expected, actual);
  return { aud: audCheck, list, badType: false };
}

/**
 * OIDC Core 3.1.3.7 steps 4-5 (ID tokens): with several audiences `azp` should be present, and when
 * present it should equal the client's own ID. In access tokens `azp` names the calling client
 * (Entra v2, Keycloak, Auth0), so it is compared with the expected client ID only, never with the
 * expected audience (that was a false mismatch for every v2 access token checked against its API).
 */
function azpCheck(payload: Claims, audiences: string[] | null, audBadType: boolean, ctx: ClaimContext): ClaimCheck {
  const azp = payload['azp'];
  const expected = ctx.expectedClientId;
  if (azp !== undefined && typeof azp !== 'string') return check('azp', 'fail', 'bad_type', expected, JSON.stringify(azp));
  if (azp === undefined) {
    if (audBadType || audiences === null || audiences.length <= 1) return check('azp', 'skipped', 'azp_not_needed');
    // The multiple-audience rule is an ID-token rule; access tokens are not held to it.
    return ctx.tokenKind === 'access'
      ? check('azp', 'skipped', 'azp_not_for_access_token')
      : check('azp', 'warn', 'azp_missing_multiple_audiences');
  }
  if (expected === undefined) return check('azp', 'info', 'not_compared', undefined, azp);
  return check('azp', azp === expected ? 'pass' : 'fail', azp === expected ? 'matches' : 'mismatch', expected, azp);
}

// RFC 7519 4.1.4-4.1.6, by the one time rule the timeline and the diagnosis use (core/claims/time-rule).
function timeChecks(payload: Claims, now: number, skew: number): ClaimCheck[] {
  const read = (name: 'exp' | 'nbf' | 'iat'): number | 'bad' | undefined => {
    const value = payload[name];
    if (value === undefined) return undefined;
    // Milliseconds, negative or absurd values are refused here as on the timeline (RFC 7519 §2 NumericDate).
    return isNumericDate(value) ? value : 'bad';
  };
  const bad = (id: ClaimCheckId) => check(id, 'fail', 'bad_type', undefined, JSON.stringify(payload[id]));
  const exp = read('exp');
  const nbf = read('nbf');
  const iat = read('iat');
  const expCheck =
    exp === undefined
      ? check('exp', 'warn', 'absent')
      : exp === 'bad'
        ? bad('exp')
        : isExpired(exp, now, skew)
          ? check('exp', 'fail', 'expired', String(now - skew), String(exp))
          : isExpired(exp, now, 0)
            ? check('exp', 'warn', 'expired_within_skew', String(now - skew), String(exp))
            : check('exp', 'pass', 'not_expired', String(now - skew), String(exp));
  const nbfCheck =
    nbf === undefined
      ? check('nbf', 'skipped', 'absent')
      : nbf === 'bad'
        ? bad('nbf')
        : isNotYetValid(nbf, now, skew)
          ? check('nbf', 'fail', 'not_yet_valid', String(now + skew), String(nbf))
          : isNotYetValid(nbf, now, 0)
            ? check('nbf', 'warn', 'not_yet_valid_within_skew', String(now + skew), String(nbf))
            : check('nbf', 'pass', 'active', String(now + skew), String(nbf));
  const iatCheck =
    iat === undefined
      ? check('iat', 'info', 'absent')
      : iat === 'bad'
        ? bad('iat')
        : isIssuedInFuture(iat, now, skew)
          ? check('iat', 'warn', 'issued_in_future', String(now + skew), String(iat))
          : check('iat', 'pass', 'issued_in_past', String(now + skew), String(iat));
  return [expCheck, nbfCheck, iatCheck];
}

function typCheck(header: Claims): ClaimCheck {
  const typ = header['typ'];
  if (typ === undefined) return check('typ', 'info', 'absent');
  if (typeof typ !== 'string') return check('typ', 'fail', 'bad_type', undefined, JSON.stringify(typ));
  // RFC 7515 4.1.9: media types without "/" get an implied "application/" prefix; compare case-insensitively.
  const normalized = (typ.includes('/') ? typ : `application/${typ}`).toLowerCase();
  // RFC 9068 2.1: access tokens typed at+jwt. Entra, B2C and Keycloak use JWT, which is informational only.
  if (normalized === 'application/at+jwt') return check('typ', 'pass', 'typ_at_jwt', undefined, typ);
  return check('typ', 'info', normalized === 'application/jwt' ? 'typ_jwt' : 'typ_other', undefined, typ);
}

function critCheck(header: Claims): ClaimCheck {
  const crit = header['crit'];
  if (crit === undefined) return check('crit', 'skipped', 'absent');
  if (!Array.isArray(crit) || crit.length === 0 || !crit.every((c) => typeof c === 'string' && c !== ''))
    return check('crit', 'fail', 'crit_invalid', undefined, JSON.stringify(crit));
  const unknown = crit.filter((c: string) => !UNDERSTOOD_CRIT.includes(c));
  return unknown.length > 0
    ? check('crit', 'fail', 'crit_not_understood', undefined, unknown.join(', '))
    : check('crit', 'pass', 'crit_understood', undefined, crit.join(', '));
}

type HashId = 'at_hash' | 'c_hash';

/** The at_hash / c_hash row when it needs no digest (nothing to compare, or a malformed claim); null when a digest must be computed. */
function hashCheckWithoutDigest(id: HashId, payload: Claims, input: string | undefined): ClaimCheck | null {
  const claimed = payload[id];
  if (claimed !== undefined && typeof claimed !== 'string') return check(id, 'fail', 'bad_type', undefined, JSON.stringify(claimed));
  if (input === undefined)
    return check(
      id,
      claimed === undefined ? 'skipped' : 'info',
      claimed === undefined ? 'absent' : 'hash_input_not_given',
      undefined,
      claimed,
    );
  if (claimed === undefined) return check(id, 'info', 'absent');
  return null;
}

async function hashCheck(id: HashId, header: Claims, payload: Claims, input: string | undefined): Promise<ClaimCheck> {
  const early = hashCheckWithoutDigest(id, payload, input);
  if (early !== null) return early;
  const claimed = payload[id] as string;
  const computed = await oidcHalfHash(header['alg'], input ?? '');
  if (computed === null) return check(id, 'skipped', 'hash_alg_unknown', undefined, claimed);
  return check(id, computed === claimed ? 'pass' : 'fail', computed === claimed ? 'matches' : 'mismatch', computed, claimed);
}

function audienceAndAzp(payload: Claims, ctx: ClaimContext): ClaimCheck[] {
  const { aud, list, badType } = audienceChecks(payload, ctx.expectedAudience);
  return [aud, azpCheck(payload, list, badType, ctx)];
}

/** Every check that needs no hashing, in the order checkClaims returns them (before at_hash and c_hash). */
function checksWithoutHashes(header: Claims, payload: Claims, ctx: ClaimContext): ClaimCheck[] {
  return [
    compareString('iss', payload['iss'], ctx.expectedIssuer),
    ...audienceAndAzp(payload, ctx),
    ...timeChecks(payload, ctx.now, ctx.skewSeconds),
    compareString('nonce', payload['nonce'], ctx.expectedNonce),
    typCheck(header),
    critCheck(header),
  ];
}

/**
 * Runs every claim check at once (no short-circuit): iss, aud, azp, exp, nbf, iat, nonce, typ,
 * crit, at_hash, c_hash. Comparisons happen only for the expectations given in `ctx`.
 * Does NOT verify the signature (see verifyJws), look up discovery metadata, or check
 * provider-specific claims such as Entra `tid` or `scp`.
 */
export async function checkClaims(header: Claims, payload: Claims, ctx: ClaimContext): Promise<ClaimCheck[]> {
  return [
    ...checksWithoutHashes(header, payload, ctx),
    await hashCheck('at_hash', header, payload, ctx.accessToken),
    await hashCheck('c_hash', header, payload, ctx.code),
  ];
}

/**
 * The same checks as checkClaims, at once, when none of them needs a digest (no access token or
 * code to hash against a claimed at_hash / c_hash, the usual case); null when one does, and
 * checkClaims must run. Lets a new token's checks appear in the same render as the token.
 */
export function checkClaimsNow(header: Claims, payload: Claims, ctx: ClaimContext): ClaimCheck[] | null {
  const atHash = hashCheckWithoutDigest('at_hash', payload, ctx.accessToken);
  const cHash = hashCheckWithoutDigest('c_hash', payload, ctx.code);
  if (atHash === null || cHash === null) return null;
  return [...checksWithoutHashes(header, payload, ctx), atHash, cHash];
}
