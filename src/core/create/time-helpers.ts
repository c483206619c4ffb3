import type { JsonObject } from './parse-part';

/** Lifetimes offered by the time helpers, in seconds. */
export const LIFETIMES = [300, 3600, 3900, 86_400] as const;

/**
 * Sets `iat` and `nbf` to `now` and `exp` to `now + lifetimeSeconds` (RFC 7519 4.1.4-4.1.6,
 * NumericDate seconds), keeping every other claim and the member order.
 */
export function setTimes(payload: JsonObject, now: number, lifetimeSeconds: number): JsonObject {
  return { ...payload, iat: now, nbf: now, exp: now + lifetimeSeconds };
}
