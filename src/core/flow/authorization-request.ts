import type { FlowMetadata } from './flow-metadata';
import type { FlowSettings } from './flow-settings';
import { parseExtraParams, type ExtraParamError } from './extra-params';
import { readClaimsInput, type ClaimsInputError } from './claims-helper';

/** Why each parameter is in the request; the view explains each one by this name. */
export type ParamRole =
  | 'client_id'
  | 'response_type'
  | 'redirect_uri'
  | 'scope'
  | 'state'
  | 'nonce'
  | 'code_challenge'
  | 'code_challenge_method'
  | 'response_mode'
  | 'prompt'
  | 'login_hint'
  | 'domain_hint'
  | 'claims'
  | 'extra';

export type RequestParam = { readonly name: string; readonly value: string; readonly role: ParamRole };

export type SettingsError =
  | { readonly code: 'client_id_missing' }
  | { readonly code: 'scope_missing' }
  | { readonly code: 'redirect_uri_invalid' }
  | ExtraParamError
  | ClaimsInputError;

/** The per-request values made in the page (random `state`, `nonce`, and the S256 challenge). */
export type RequestSecrets = { readonly state: string; readonly nonce: string; readonly challenge: string };

function validRedirect(uri: string): boolean {
  try {
    const url = new URL(uri);
    // RFC 6749 3.1.2: absolute, no fragment.
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hash === '' && !uri.includes('#');
  } catch {
    return false;
  }
}

/**
 * Checks the form before anything is fetched: client ID, scopes, redirect URI, `claims` JSON and
 * extra parameters. Returns every problem at once (empty when the request can be built).
 */
export function checkSettings(settings: FlowSettings, redirectUri: string): SettingsError[] {
  const errors: SettingsError[] = [];
  if (settings.clientId.trim() === '') errors.push({ code: 'client_id_missing' });
  if (settings.scopes.trim() === '') errors.push({ code: 'scope_missing' });
  if (!validRedirect(redirectUri)) errors.push({ code: 'redirect_uri_invalid' });
  const claims = readClaimsInput(settings.claims);
  if (!claims.ok) errors.push(claims.error);
  errors.push(...parseExtraParams(settings.extra).errors);
  return errors;
}

/**
 * The authorization request (RFC 6749 4.1.1, OIDC Core 3.1.2.1, RFC 7636 4.3) as an ordered list of
 * parameters, each with its role: `response_type=code`, S256 PKCE, `state` and `nonce`, then the
 * optional ones the person filled in, then extras. Scopes are normalised to single spaces.
 * Assumes checkSettings found nothing; does NOT choose the endpoint (see authorizationUrl).
 */
export function authorizationParams(settings: FlowSettings, redirectUri: string, secrets: RequestSecrets): RequestParam[] {
  const p = (role: ParamRole, value: string, name: string = role): RequestParam => ({ name, value, role });
  const params = [
    p('client_id', settings.clientId.trim()),
    p('response_type', 'code'),
    p('redirect_uri', redirectUri),
    p('scope', settings.scopes.trim().split(/\s+/).join(' ')),
    p('state', secrets.state),
    p('nonce', secrets.nonce),
    p('code_challenge', secrets.challenge),
    p('code_challenge_method', 'S256'),
  ];
  if (settings.responseMode !== '') params.push(p('response_mode', settings.responseMode));
  if (settings.prompt !== '') params.push(p('prompt', settings.prompt));
  if (settings.loginHint.trim() !== '') params.push(p('login_hint', settings.loginHint.trim()));
  if (settings.domainHint.trim() !== '') params.push(p('domain_hint', settings.domainHint.trim()));
  const claims = readClaimsInput(settings.claims);
  if (claims.ok && claims.json !== '') params.push(p('claims', claims.json));
  for (const extra of parseExtraParams(settings.extra).params) params.push(p('extra', extra.value, extra.name));
  return params;
}

/**
 * The URL the "Sign in" button navigates to: the metadata's authorization endpoint with the
 * parameters appended, keeping any query the endpoint already has (RFC 6749 3.1).
 */
export function authorizationUrl(metadata: Pick<FlowMetadata, 'authorizationEndpoint'>, params: readonly RequestParam[]): string {
  const url = new URL(metadata.authorizationEndpoint);
  for (const { name, value } of params) url.searchParams.append(name, value);
  return url.href;
}
