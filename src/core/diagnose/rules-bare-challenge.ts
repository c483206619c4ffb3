import { parseWwwAuthenticate } from './claims-challenge';
import { finding } from './finding';
import type { Rule } from './token-facts';

/**
 * A Bearer challenge without `error` (for example `Bearer realm=""`): RFC 6750 §3.1 says the API
 * answers this way when the request carried no authentication information, so the API never saw a
 * usable token (Authorization header missing, another scheme than Bearer, or removed by a proxy).
 * Unreadable headers and challenges with an error or a claims request are left to wwwAuthenticateRule.
 */
export const bareBearerChallengeRule: Rule = ({ wwwAuthenticate }) => {
  if (wwwAuthenticate === undefined || wwwAuthenticate.trim() === '') return [];
  const parsed = parseWwwAuthenticate(wwwAuthenticate);
  if (!parsed.ok) return [];
  const bare = parsed.challenges.some(
    (c) => c.scheme.toLowerCase() === 'bearer' && c.params['error'] === undefined && c.params['claims'] === undefined,
  );
  return bare ? [finding('no-token-received', 'error', { challenge: wwwAuthenticate.trim().slice(0, 300) })] : [];
};
