import { decodeClaimsChallenge, parseWwwAuthenticate } from './claims-challenge';
import { buildClaimsParameter, explainClaimsRequest } from './claims-request';
import { finding } from './finding';
import { stringArray } from './token-facts';
import type { AuthChallenge } from './claims-challenge';
import type { Finding, JsonObject } from './finding';
import type { Rule } from './token-facts';

/**
 * Reads the WWW-Authenticate header of the failed call: a claims challenge
 * (`error="insufficient_claims"` or a `claims` param, from Conditional Access or CAE),
 * `insufficient_scope` or `invalid_token` (RFC 6750 §3.1). For a claims challenge it
 * lists what is asked, which auth contexts the token lacks, and the `claims` value to
 * send to /authorize (with cp1 merged when the token shows the client declared it).
 * Does not look at non-Bearer challenges except to report an unreadable header.
 */
export const wwwAuthenticateRule: Rule = ({ payload, wwwAuthenticate }) => {
  if (wwwAuthenticate === undefined || wwwAuthenticate.trim() === '') return [];
  const parsed = parseWwwAuthenticate(wwwAuthenticate);
  if (!parsed.ok) return [finding('claims-challenge-unreadable', 'warning', { problem: parsed.error.code })];
  return parsed.challenges.filter((c) => c.scheme.toLowerCase() === 'bearer').flatMap((c) => bearerFindings(c, payload));
};

function bearerFindings({ params }: AuthChallenge, payload: JsonObject): Finding[] {
  const error = params['error'] ?? '';
  const description = params['error_description'] ?? '';
  const claims = params['claims'];
  if (error === 'insufficient_claims' || claims !== undefined) {
    if (claims === undefined) return [finding('claims-challenge-unreadable', 'warning', { problem: 'missing-claims' })];
    const decoded = decodeClaimsChallenge(claims);
    if (!decoded.ok) return [finding('claims-challenge-unreadable', 'warning', { problem: decoded.error.code })];
    const requirements = explainClaimsRequest(decoded.claims);
    const authContext = requirements.filter((r) => r.kind === 'auth-context').flatMap((r) => r.values);
    const held = new Set(stringArray(payload['acrs']).map((v) => v.toLowerCase()));
    const capabilities = stringArray(payload['xms_cc']).map((v) => v.toLowerCase());
    const parameter = buildClaimsParameter(decoded.claims, { clientCapable: capabilities.includes('cp1') });
    return [
      finding('claims-challenge', 'error', {
        error,
        requirements: [...new Set(requirements.map((r) => r.kind))],
        requestedClaims: requirements.map((r) => `${r.target}.${r.claim}`),
        authContext,
        missingAuthContext: authContext.filter((v) => !held.has(v.toLowerCase())),
        claimsJson: parameter.json,
        claimsParameter: parameter.encoded,
      }),
    ];
  }
  if (error === 'insufficient_scope') {
    return [finding('insufficient-scope-reported', 'error', { scope: params['scope'] ?? '', description })];
  }
  if (error === 'invalid_token') return [finding('invalid-token-reported', 'error', { description })];
  return [];
}
