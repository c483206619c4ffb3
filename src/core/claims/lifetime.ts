import { classifyToken, findCaeSignals, type TokenFamily, type TokenKind } from './classify';
import { ownClaim } from './format';
import { isExpired, isIssuedInFuture, isNotYetValid, numericDateProblem, type NumericDateProblem } from './time-rule';

export type TypicalLifetimeKind = 'entra-access' | 'entra-id' | 'entra-cae' | 'b2c' | 'cognito';

export type TypicalLifetime = {
  readonly kind: TypicalLifetimeKind;
  /** Bounds for `exp - iat`, including Entra's observed 5-minute back-dating of `iat`. */
  readonly minSeconds: number;
  readonly maxSeconds: number;
};

// Entra sets iat/nbf about 5 min before issuance: doc samples show exp - iat = lifetime + 300 s.
const ENTRA_BACKDATE = 300;

/** Default lifetimes (domain facts §7). */
export const TYPICAL_LIFETIMES: Readonly<Record<TypicalLifetimeKind, TypicalLifetime>> = {
  // Random 60-90 min; the lower bound also accepts a token that was not back-dated.
  'entra-access': { kind: 'entra-access', minSeconds: 3_600, maxSeconds: 5_400 + ENTRA_BACKDATE },
  'entra-id': { kind: 'entra-id', minSeconds: 3_600, maxSeconds: 3_600 + ENTRA_BACKDATE },
  // CAE access tokens: 20-28 h, revocable by claims challenge.
  'entra-cae': { kind: 'entra-cae', minSeconds: 72_000, maxSeconds: 100_800 + ENTRA_BACKDATE },
  b2c: { kind: 'b2c', minSeconds: 3_600, maxSeconds: 3_600 + ENTRA_BACKDATE },
  // Configurable per app client from 5 min to 1 day.
  cognito: { kind: 'cognito', minSeconds: 300, maxSeconds: 86_400 },
};

export type TimeClaim = 'iat' | 'nbf' | 'exp';
export type InvalidTimesCode = NumericDateProblem | 'exp-before-nbf' | 'exp-before-iat';
export type LifetimeState = 'valid' | 'expired' | 'not-yet-valid' | 'no-exp' | 'invalid-times';
export type TypicalComparison = 'shorter' | 'typical' | 'longer' | 'unknown';

type Common = {
  /** True when the token passes only because of the skew allowance (it would fail with 0 s). */
  readonly withinSkew: boolean;
  readonly typical: TypicalLifetime | null;
  readonly comparedToTypical: TypicalComparison;
};

export type LifetimeEvaluation =
  | (Common & { readonly state: 'invalid-times'; readonly code: InvalidTimesCode; readonly claim: TimeClaim })
  | (Common & {
      readonly state: Exclude<LifetimeState, 'invalid-times'>;
      readonly iat?: number;
      readonly nbf?: number;
      readonly exp?: number;
      readonly authTime?: number;
      /** Set when `auth_time` is present but not a usable NumericDate. */
      readonly authTimeProblem?: NumericDateProblem;
      /** `exp - iat` (or `exp - nbf` without `iat`). */
      readonly lifetimeSeconds?: number;
      readonly secondsToExpiry?: number;
      readonly secondsSinceExpiry?: number;
      readonly secondsUntilValid?: number;
      /** `iat` lies beyond now + skew (OIDC Core §3.1.3.7 step 10 lets a client reject this). */
      readonly iatInFuture: boolean;
    });

export type LifetimeOptions = {
  /** Current time in seconds since the epoch. */
  readonly now: number;
  /** Leeway in seconds, >= 0 (IdentityModel defaults to 300, jose to 0). */
  readonly skewSeconds: number;
  /** Enables the typical-lifetime comparison. */
  readonly family?: TokenFamily;
  /** Defaults to the kind inferred from the payload. */
  readonly kind?: TokenKind;
};

/**
 * Evaluates `iat`/`nbf`/`exp`/`auth_time` against `now` with jose semantics:
 * expired when exp <= now - skew, not yet valid when nbf > now + skew.
 * Compares `exp - iat` with the issuer's default lifetime when the family is known.
 * Does not check `max_age`, revocation (CAE) or whether the signature is valid.
 */
export function evaluateLifetime(payload: Readonly<Record<string, unknown>>, options: LifetimeOptions): LifetimeEvaluation {
  const { now, skewSeconds } = options;
  if (!Number.isFinite(now) || !Number.isFinite(skewSeconds) || skewSeconds < 0) {
    throw new RangeError('evaluateLifetime: now must be finite and skewSeconds finite and >= 0');
  }
  const times: Partial<Record<TimeClaim, number>> = {};
  for (const claim of ['iat', 'nbf', 'exp'] as const) {
    const value = ownClaim(payload, claim);
    if (value === undefined) continue;
    const problem = numericDateProblem(value);
    if (problem !== null) return invalid(problem, claim);
    times[claim] = value as number;
  }
  const { iat, nbf, exp } = times;
  if (exp !== undefined && nbf !== undefined && exp < nbf) return invalid('exp-before-nbf', 'exp');
  if (exp !== undefined && iat !== undefined && exp < iat) return invalid('exp-before-iat', 'exp');

  const expired = exp !== undefined && isExpired(exp, now, skewSeconds);
  const early = nbf !== undefined && isNotYetValid(nbf, now, skewSeconds);
  const state = expired ? 'expired' : early ? 'not-yet-valid' : exp === undefined ? 'no-exp' : 'valid';
  const accepted = state === 'valid' || state === 'no-exp';
  // Accepted only because of the allowance: the same rule without skew would refuse it.
  const withinSkew = accepted && ((exp !== undefined && isExpired(exp, now, 0)) || (nbf !== undefined && isNotYetValid(nbf, now, 0)));
  const start = iat ?? nbf;
  const lifetimeSeconds = exp !== undefined && start !== undefined ? exp - start : undefined;
  const typical = pickTypical(payload, options, lifetimeSeconds);

  const authRaw = ownClaim(payload, 'auth_time');
  const authTimeProblem = authRaw === undefined ? null : numericDateProblem(authRaw);
  return {
    state,
    withinSkew,
    typical,
    comparedToTypical: compare(lifetimeSeconds, typical),
    iatInFuture: iat !== undefined && isIssuedInFuture(iat, now, skewSeconds),
    ...(iat === undefined ? {} : { iat }),
    ...(nbf === undefined ? {} : { nbf }),
    ...(exp === undefined ? {} : { exp }),
    ...(authRaw !== undefined && authTimeProblem === null ? { authTime: authRaw as number } : {}),
    ...(authTimeProblem === null ? {} : { authTimeProblem }),
    ...(lifetimeSeconds === undefined ? {} : { lifetimeSeconds }),
    ...(exp !== undefined && exp > now ? { secondsToExpiry: exp - now } : {}),
    ...(exp !== undefined && exp <= now ? { secondsSinceExpiry: now - exp } : {}),
    ...(nbf !== undefined && nbf > now ? { secondsUntilValid: nbf - now } : {}),
  };
}

function invalid(code: InvalidTimesCode, claim: TimeClaim): LifetimeEvaluation {
  return { state: 'invalid-times', code, claim, withinSkew: false, typical: null, comparedToTypical: 'unknown' };
}

const ENTRA_FAMILIES: ReadonlySet<TokenFamily> = new Set(['entra-v1', 'entra-v2', 'external-id']);

function pickTypical(
  payload: Readonly<Record<string, unknown>>,
  options: LifetimeOptions,
  lifetime: number | undefined,
): TypicalLifetime | null {
  const { family } = options;
  if (family === undefined) return null;
  if (family === 'b2c') return TYPICAL_LIFETIMES.b2c;
  if (family === 'cognito') return TYPICAL_LIFETIMES.cognito;
  // MSA consumer tokens follow other rules (a doc sample ID token lives 24 h), so no baseline.
  if (!ENTRA_FAMILIES.has(family)) return null;
  const kind = options.kind ?? classifyToken({}, payload).kind;
  if (kind === 'id') return TYPICAL_LIFETIMES['entra-id'];
  if (kind !== 'access') return null;
  const signals = findCaeSignals(payload);
  if (signals.includes('xms_ssm') || signals.includes('xms_cae')) return TYPICAL_LIFETIMES['entra-cae'];
  // cp1 alone only says the client *can* handle CAE; the resource decides whether the token is long-lived.
  if (signals.includes('xms_cc-cp1') && lifetime !== undefined && lifetime > TYPICAL_LIFETIMES['entra-access'].maxSeconds) {
    return TYPICAL_LIFETIMES['entra-cae'];
  }
  return TYPICAL_LIFETIMES['entra-access'];
}

function compare(lifetime: number | undefined, typical: TypicalLifetime | null): TypicalComparison {
  if (lifetime === undefined || typical === null) return 'unknown';
  if (lifetime < typical.minSeconds) return 'shorter';
  if (lifetime > typical.maxSeconds) return 'longer';
  return 'typical';
}
