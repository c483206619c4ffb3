import type { ClaimsRequest } from '../diagnose/claims-challenge';
import { buildClaimsParameter } from '../diagnose/claims-request';

export type ClaimsInputError = { readonly code: 'claims_not_json' } | { readonly code: 'claims_not_object' };

/** Conditional Access authentication-context IDs: c1 to c99 (domain-facts 2b, AUTHCTX). */
const AUTH_CONTEXT = /^c([1-9]|[1-9][0-9])$/;

/** True for an authentication-context ID Entra accepts (`c1` ... `c99`). */
export function isAuthContextId(text: string): boolean {
  return AUTH_CONTEXT.test(text);
}

/**
 * A `claims` request asking Entra for an access token that satisfies an authentication context
 * (step-up): `{"access_token":{"acrs":{"essential":true,"value":"c1"}}}` (Entra's developer guide
 * to authentication context). Does NOT check that the tenant defines the context.
 */
export function authContextClaims(id: string): string {
  return buildClaimsParameter({ access_token: { acrs: { essential: true, value: id } } }).json;
}

/**
 * Reads the typed `claims` request (OIDC Core 5.5) into its compact form, or '' when empty.
 * Does NOT check member names: providers accept claims OIDC does not define.
 */
export function readClaimsInput(text: string): { ok: true; json: string } | { ok: false; error: ClaimsInputError } {
  if (text.trim() === '') return { ok: true, json: '' };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, error: { code: 'claims_not_json' } };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, error: { code: 'claims_not_object' } };
  return { ok: true, json: buildClaimsParameter(value as ClaimsRequest).json };
}
