import { isKnownOAuthParam } from './oauth-params';
import { isTokenLike } from './normalize';

/**
 * The input a URL fragment carries, or null when it carries none. `#token=<anything>` gives that value;
 * an OAuth fragment response (`#id_token=…&state=…`, `#error=…`) is returned whole for the recogniser;
 * a bare `#eyJ…` is taken as a token. The query string is never read: tokens do not belong there.
 */
export function inputFromFragment(hash: string): string | null {
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  if (body === '') return null;
  const params = new URLSearchParams(body);
  const token = params.get('token');
  if (token !== null) return token;
  for (const name of params.keys()) if (isKnownOAuthParam(name)) return body;
  if (isTokenLike(body) && body.includes('.')) return body;
  return null;
}

/** The fragment of a shareable deep link for an input (`#token=`, percent-encoded where needed). */
export function fragmentFor(input: string): string {
  return `#token=${encodeURIComponent(input.trim())}`;
}
