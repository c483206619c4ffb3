import { finding } from './finding';
import { isExpired, isNotYetValid, isNumericDate } from '../claims/time-rule';
import type { Rule } from './token-facts';

/**
 * The token's `exp` has passed, allowing `skewSeconds` of clock difference. Uses the
 * same boundary as jose: expired when `exp <= now - skew` (RFC 7519 §4.1.4).
 * Does not flag a missing or unusable `exp` (milliseconds, negative): the timeline and the claim
 * checks report those.
 */
export const expiredRule: Rule = ({ payload, now, skewSeconds }) => {
  const exp = payload['exp'];
  if (!isNumericDate(exp) || !isExpired(exp, now, skewSeconds)) return [];
  return [finding('token-expired', 'error', { exp, now, secondsAgo: now - exp, skewSeconds })];
};

/**
 * The token's `nbf` is still in the future, beyond `skewSeconds` (RFC 7519 §4.1.5).
 * Usually means the clocks of the issuer and the API disagree.
 * Does not look at `iat`.
 */
export const notYetValidRule: Rule = ({ payload, now, skewSeconds }) => {
  const nbf = payload['nbf'];
  if (!isNumericDate(nbf) || !isNotYetValid(nbf, now, skewSeconds)) return [];
  return [finding('token-not-yet-valid', 'error', { nbf, now, secondsUntil: nbf - now, skewSeconds })];
};
