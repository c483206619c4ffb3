/**
 * The one rule for "expired", "not yet valid" and "issued in the future", shared by the claim checks,
 * the lifetime timeline, the diagnosis and the security lint. RFC 7519 §4.1.4-§4.1.6 with jose's
 * boundaries: a token is expired when `exp <= now - skew` (the expiry instant itself is already
 * too late) and not yet valid when `nbf > now + skew`. Times are seconds since the epoch.
 */

/** True when `exp` has passed, allowing `skewSeconds` of clock difference. */
export function isExpired(exp: number, now: number, skewSeconds: number): boolean {
  return exp <= now - skewSeconds;
}

/** True when `nbf` is still ahead, beyond `skewSeconds`. */
export function isNotYetValid(nbf: number, now: number, skewSeconds: number): boolean {
  return nbf > now + skewSeconds;
}

/** True when `iat` lies ahead beyond `skewSeconds` (OIDC Core §3.1.3.7 step 10 lets a client reject it). */
export function isIssuedInFuture(iat: number, now: number, skewSeconds: number): boolean {
  return iat > now + skewSeconds;
}

/** Latest NumericDate we accept: 9999-12-31T23:59:59Z. Anything later is a unit mistake or junk. */
export const MAX_NUMERIC_DATE = 253_402_300_799;

/** Why a value is not a usable NumericDate (RFC 7519 §2). */
export type NumericDateProblem = 'not-a-number' | 'not-finite' | 'negative' | 'milliseconds' | 'too-large';

/**
 * Checks a NumericDate: a JSON number of seconds since the epoch (fractions allowed, RFC 7519 §2).
 * Strings of digits are rejected on purpose: the RFC requires a number.
 * Does not compare against the clock.
 */
export function numericDateProblem(value: unknown): NumericDateProblem | null {
  if (typeof value !== 'number') return 'not-a-number';
  if (!Number.isFinite(value)) return 'not-finite';
  if (value < 0) return 'negative';
  // 1e12 s is year ~33700, while 1e12 ms is 2001: a value in this band is almost surely ms.
  if (value >= 1e12 && value <= MAX_NUMERIC_DATE * 1000) return 'milliseconds';
  if (value > MAX_NUMERIC_DATE) return 'too-large';
  return null;
}

/** True when the value is a plausible NumericDate (see `numericDateProblem`). */
export function isNumericDate(value: unknown): value is number {
  return numericDateProblem(value) === null;
}
