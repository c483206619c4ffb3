/** `prompt` values the form offers (OIDC Core 3.1.2.1; `create` from OpenID Connect Prompt Create). */
export const PROMPTS = ['', 'login', 'consent', 'select_account', 'none', 'create'] as const;
export type Prompt = (typeof PROMPTS)[number];

/** '' leaves the choice to the provider (query, for the code flow: OAuth 2.0 Multiple Response Types 2.1). */
export const RESPONSE_MODES = ['', 'query', 'fragment'] as const;
export type ResponseMode = (typeof RESPONSE_MODES)[number];

/** Everything the person types into the "Get a token" form. None of it is a secret. */
export type FlowSettings = {
  readonly issuer: string;
  readonly clientId: string;
  readonly scopes: string;
  readonly responseMode: ResponseMode;
  readonly prompt: Prompt;
  readonly loginHint: string;
  readonly domainHint: string;
  /** A JSON `claims` request (OIDC Core 5.5), as typed. */
  readonly claims: string;
  /** Extra authorization parameters, one `name=value` per line. */
  readonly extra: string;
};

export const DEFAULT_SCOPES = 'openid profile offline_access';

export const DEFAULT_SETTINGS: FlowSettings = {
  issuer: '',
  clientId: '',
  scopes: DEFAULT_SCOPES,
  responseMode: '',
  prompt: '',
  loginHint: '',
  domainHint: '',
  claims: '',
  extra: '',
};

/**
 * The redirect URI this page can be registered as: origin and path of its own address, with no
 * query and no fragment (RFC 6749 3.1.2 forbids a fragment, and the query would change per visit).
 */
export function redirectUriFor(href: string): string {
  const url = new URL(href);
  return `${url.origin}${url.pathname}`;
}
