import { MICROSOFT_LOGIN_HOST_FOR_ISSUER, hostIsUnder } from './microsoft-hosts';

/** Why a URL may not be fetched. */
export type FetchUrlError = 'not_a_url' | 'wrong_scheme' | 'http_not_loopback' | 'credentials_in_url';

export type FetchUrlResult = { readonly ok: true; readonly url: string } | { readonly ok: false; readonly error: FetchUrlError };

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Accepts https URLs, and http only for localhost / 127.0.0.1 / [::1] (local test issuers);
 * refuses URLs carrying user:password. Does NOT resolve DNS or say whether CORS will allow it.
 */
export function checkFetchUrl(text: string): FetchUrlResult {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return { ok: false, error: 'not_a_url' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, error: 'wrong_scheme' };
  if (url.username !== '' || url.password !== '') return { ok: false, error: 'credentials_in_url' };
  if (url.protocol === 'http:' && !LOOPBACK.has(url.hostname)) return { ok: false, error: 'http_not_loopback' };
  return { ok: true, url: url.href };
}

// Providers whose metadata the app may fetch without asking (domain-facts 3a-3c).
const AUTO_FETCH_SUFFIXES = ['b2clogin.com', 'ciamlogin.com', 'okta.com', 'oktapreview.com', 'auth0.com'];
const AUTO_FETCH_HOSTS = new Set([...Object.keys(MICROSOFT_LOGIN_HOST_FOR_ISSUER), 'accounts.google.com', 'www.googleapis.com']);
const COGNITO = /^cognito-idp\.[a-z0-9-]+\.amazonaws\.com$/;

/**
 * True only for https URLs on well-known identity-provider hosts: Microsoft login hosts
 * (sovereign clouds included), *.b2clogin.com, *.ciamlogin.com, Google, *.okta.com,
 * *.oktapreview.com, *.auth0.com and cognito-idp.{region}.amazonaws.com.
 * Does NOT check the path or that the provider actually serves the URL.
 */
export function isAutoFetchIssuer(text: string): boolean {
  const checked = checkFetchUrl(text);
  if (!checked.ok) return false;
  const url = new URL(checked.url);
  if (url.protocol !== 'https:' || url.port !== '') return false;
  const host = url.hostname;
  return (
    AUTO_FETCH_HOSTS.has(host) || COGNITO.test(host) || AUTO_FETCH_SUFFIXES.some((suffix) => host !== suffix && hostIsUnder(host, suffix))
  );
}
