import { normalizeAudience } from '../diagnose/rules-audience';
import type { ApiErrorMatch } from './types';

type Json = Readonly<Record<string, unknown>>;

/** The token's side of an API error: the claim the message is about, set beside what the message says. */
export type ApiErrorCheck =
  | { check: 'aud'; token: string[]; expected: string[]; matches: boolean | null }
  | { check: 'iss'; token: string | null; expected: string[]; matches: boolean | null }
  | { check: 'exp'; exp: number | null; secondsPast: number | null }
  | { check: 'nbf'; nbf: number | null; secondsEarly: number | null }
  | { check: 'kid'; token: string | null; reported: string | null; matches: boolean | null }
  | { check: 'alg'; token: string | null }
  | { check: 'claim'; claim: string; present: boolean }
  | { check: 'signature'; present: boolean }
  | { check: 'scopes'; scp: string[]; roles: string[] };

function strings(v: unknown): string[] {
  if (typeof v === 'string') return [v];
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

/**
 * Connects an API error to the token it was about: which claim to look at, its value, and whether
 * it agrees with what the message quotes. `now` is seconds since the epoch. Returns null when the
 * message is about nothing the token shows. Does not verify anything.
 */
export function checkAgainstToken(
  match: ApiErrorMatch,
  header: Json,
  payload: Json,
  hasSignature: boolean,
  now: number,
): ApiErrorCheck | null {
  const q = match.quote;
  switch (match.kind) {
    case 'audience':
    case 'audience-missing': {
      const token = strings(payload['aud']);
      const expected = q.expected ?? [];
      const wanted = new Set(expected.map(normalizeAudience));
      const matches = expected.length === 0 ? null : token.some((a) => wanted.has(normalizeAudience(a)));
      return { check: 'aud', token, expected, matches };
    }
    case 'issuer': {
      const iss = typeof payload['iss'] === 'string' ? payload['iss'] : null;
      const expected = q.expected ?? [];
      return { check: 'iss', token: iss, expected, matches: expected.length === 0 || iss === null ? null : expected.includes(iss) };
    }
    case 'expired':
    case 'lifetime-invalid':
    case 'lifetime-custom': {
      const exp = typeof payload['exp'] === 'number' ? payload['exp'] : null;
      return { check: 'exp', exp, secondsPast: exp === null ? null : now - exp };
    }
    case 'not-yet-valid': {
      const nbf = typeof payload['nbf'] === 'number' ? payload['nbf'] : null;
      return { check: 'nbf', nbf, secondsEarly: nbf === null ? null : nbf - now };
    }
    case 'key-not-found':
    case 'signature-invalid': {
      const kid = typeof header['kid'] === 'string' ? header['kid'] : null;
      const reported = q.kid ?? null;
      return { check: 'kid', token: kid, reported, matches: reported === null || kid === null ? null : reported === kid };
    }
    case 'algorithm-not-allowed':
      return { check: 'alg', token: typeof header['alg'] === 'string' ? header['alg'] : null };
    case 'claim-missing':
      return q.claim ? { check: 'claim', claim: q.claim, present: Object.hasOwn(payload, q.claim) } : null;
    case 'signature-missing':
      return { check: 'signature', present: hasSignature };
    case 'graph-denied':
    case 'graph-no-permissions':
      return {
        check: 'scopes',
        scp: typeof payload['scp'] === 'string' ? payload['scp'].split(' ').filter(Boolean) : [],
        roles: strings(payload['roles']),
      };
    default:
      return null;
  }
}
