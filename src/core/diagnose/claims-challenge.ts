import { decodeBase64Lenient, type Base64Flavor } from '../token/base64url';

/** One challenge of a WWW-Authenticate header. Param names are lower-cased (RFC 9110 §11.2: case-insensitive). */
export type AuthChallenge = { scheme: string; params: Record<string, string>; token68?: string };

export type WwwAuthenticateErrorCode = 'empty' | 'expected-scheme' | 'unterminated-quote' | 'unexpected-character';

export type WwwAuthenticateResult =
  | { ok: true; challenges: AuthChallenge[] }
  | { ok: false; error: { code: WwwAuthenticateErrorCode; position: number }; partial: AuthChallenge[] };

const TCHAR = /[!#$%&'*+\-.^_`|~0-9A-Za-z]/;
const TOKEN68_CHAR = /[A-Za-z0-9\-._~+/]/;

/**
 * Parses a WWW-Authenticate value (RFC 9110 §11.6.1): several challenges, each a scheme
 * followed by a token68 or comma-separated auth-params whose values are tokens or
 * quoted strings with backslash escapes. Accepts the `WWW-Authenticate:` prefix and
 * several header lines. Keeps the first of duplicated params.
 * Does not interpret any parameter and does not check which schemes exist.
 */
export function parseWwwAuthenticate(text: string): WwwAuthenticateResult {
  const s = text.replace(/(^|\r?\n)[ \t]*www-authenticate[ \t]*:/gi, ',').replace(/\r?\n/g, ' ');
  const challenges: AuthChallenge[] = [];
  let i = 0;
  const fail = (code: WwwAuthenticateErrorCode): WwwAuthenticateResult => ({
    ok: false,
    error: { code, position: i },
    partial: challenges,
  });
  const skip = (chars: RegExp) => {
    while (i < s.length && chars.test(s.charAt(i))) i++;
  };
  const read = (chars: RegExp): string => {
    const start = i;
    skip(chars);
    return s.slice(start, i);
  };
  const readQuoted = (): string | undefined => {
    let value = '';
    for (i++; i < s.length; i++) {
      const ch = s.charAt(i);
      if (ch === '"') {
        i++;
        return value;
      }
      if (ch === '\\') i++; // quoted-pair: the next character is taken literally
      value += s.charAt(i);
    }
    return undefined;
  };
  /** True when the text at i looks like `token BWS "=" BWS value`: an auth-param, not a new scheme or token68. */
  const atParam = (): boolean => {
    // A value must follow, so a token68 ending in one '=' pad (`Negotiate YII=`) is not mistaken for a param.
    return /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+[ \t]*=[ \t]*[!#$%&'*+\-.^_`|~0-9A-Za-z"]/.test(s.slice(i));
  };

  for (;;) {
    skip(/[ \t,]/);
    if (i >= s.length) break;
    const scheme = read(TCHAR);
    if (scheme === '') return fail('expected-scheme');
    // Pushed before its params are read so a later failure still returns it as partial.
    const challenge: AuthChallenge = { scheme, params: {} };
    challenges.push(challenge);
    skip(/[ \t]/);
    if (i >= s.length || s.charAt(i) === ',') continue;

    if (!atParam()) {
      // token68 form (e.g. `Basic dXNlcg==`): must end the challenge.
      const start = i;
      skip(TOKEN68_CHAR);
      skip(/=/);
      const token68 = s.slice(start, i);
      skip(/[ \t]/);
      if (token68 === '' || (i < s.length && s.charAt(i) !== ',')) return fail('unexpected-character');
      challenge.token68 = token68;
      continue;
    }

    for (;;) {
      // atParam() guaranteed `token BWS "=" BWS value` here.
      const name = read(TCHAR).toLowerCase();
      skip(/[ \t=]/);
      skip(/[ \t]/);
      let value: string | undefined;
      if (s.charAt(i) === '"') {
        value = readQuoted();
        if (value === undefined) return fail('unterminated-quote');
      } else {
        value = read(TCHAR);
      }
      if (!Object.hasOwn(challenge.params, name)) challenge.params[name] = value;
      skip(/[ \t]/);
      if (i >= s.length) break;
      if (s.charAt(i) !== ',') return fail('unexpected-character');
      skip(/[ \t,]/);
      if (i >= s.length || !atParam()) break; // the next item is a new challenge
    }
  }
  if (challenges.length === 0) return fail('empty');
  return { ok: true, challenges };
}

export type ClaimsChallengeErrorCode = 'empty' | 'invalid-base64' | 'invalid-utf8' | 'not-json' | 'not-object';

/** A decoded claims request (OIDC Core §5.5), e.g. `{"access_token":{"acrs":{"essential":true,"value":"c1"}}}`. */
export type ClaimsRequest = Readonly<Record<string, unknown>>;

export type ClaimsChallengeResult =
  | { ok: true; claims: ClaimsRequest; json: string; encoding: Base64Flavor | 'json' }
  | { ok: false; error: { code: ClaimsChallengeErrorCode } };

/**
 * Decodes the `claims` auth-param of a claims challenge: base64 with or without padding,
 * or base64url, holding UTF-8 JSON. Also accepts the JSON itself (already decoded by the user).
 * Does not check that the claim names inside are meaningful to Entra.
 */
export function decodeClaimsChallenge(value: string): ClaimsChallengeResult {
  const trimmed = value.trim();
  if (trimmed === '') return { ok: false, error: { code: 'empty' } };
  let json: string;
  let encoding: Base64Flavor | 'json';
  if (trimmed.startsWith('{')) {
    json = trimmed;
    encoding = 'json';
  } else {
    const decoded = decodeBase64Lenient(trimmed);
    if (decoded === undefined) return { ok: false, error: { code: 'invalid-base64' } };
    try {
      json = new TextDecoder('utf-8', { fatal: true }).decode(decoded.bytes);
    } catch {
      return { ok: false, error: { code: 'invalid-utf8' } };
    }
    encoding = decoded.flavor;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return { ok: false, error: { code: 'not-json' } };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return { ok: false, error: { code: 'not-object' } };
  }
  return { ok: true, claims: parsed as ClaimsRequest, json, encoding };
}
