import type { ExchangeContext } from './types';

// A program variable in place of the token: $token, ${token}, $env:TOKEN, {{token}}, <token>.
const VARIABLE = /^(?:\$\{?[A-Za-z_][\w:.]*\}?|\{\{\s*[\w.-]+\s*\}\}|<[\w .-]{1,40}>)$/;

/**
 * Splits an Authorization header value into scheme and credential (RFC 9110 §11.4), noticing a
 * credential that is a variable name rather than a value. Basic credentials are dropped: they are
 * a password, never shown.
 */
export function readAuthorization(value: string): Pick<ExchangeContext, 'scheme' | 'credential' | 'credentialVariable'> {
  const v = value.trim();
  const space = v.search(/\s/);
  if (space < 0) return classify(null, v);
  const scheme = v.slice(0, space);
  const rest = v.slice(space).trim();
  if (scheme.toLowerCase() === 'basic') return { scheme, credential: null, credentialVariable: null };
  return classify(scheme, rest);
}

function classify(scheme: string | null, credential: string): Pick<ExchangeContext, 'scheme' | 'credential' | 'credentialVariable'> {
  if (credential === '') return { scheme, credential: null, credentialVariable: null };
  if (VARIABLE.test(credential)) return { scheme, credential: null, credentialVariable: credential };
  return { scheme, credential, credentialVariable: null };
}

/** Host of an absolute http(s) URL in lower case without port, or null. */
export function hostOf(url: string): string | null {
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    return u.hostname.toLowerCase() || null;
  } catch {
    return null;
  }
}

/** The URL without query and fragment: query strings can carry codes, keys or SAS signatures. */
export function withoutQuery(url: string): string {
  try {
    const u = new URL(url);
    return `${u.origin}${u.pathname}`;
  } catch {
    return url.split(/[?#]/, 1)[0] ?? url;
  }
}
