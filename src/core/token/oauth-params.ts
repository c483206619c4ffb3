/** Parameter names that carry tokens in OAuth/OIDC responses, in display order (ID token first, like jwt.ms). */
export const TOKEN_PARAMS = ['token', 'id_token', 'access_token', 'refresh_token', 'code'] as const;
export type TokenParam = (typeof TOKEN_PARAMS)[number];

/** Parameters that make a URL or form string an OAuth response worth reading. */
const KNOWN_PARAMS = new Set<string>([
  ...TOKEN_PARAMS,
  'error',
  'error_description',
  'error_uri',
  'error_subcode',
  'error_codes',
  'state',
  'session_state',
  'token_type',
  'expires_in',
  'ext_expires_in',
  'scope',
  'client_info',
  'admin_consent',
  'tenant',
  'iss',
]);

export type Param = { name: string; value: string; from: 'query' | 'fragment' | 'body' | 'header' };

function readPairs(text: string, from: Param['from']): Param[] {
  const out: Param[] = [];
  for (const [name, value] of new URLSearchParams(text)) out.push({ name, value, from });
  return out;
}

/**
 * Reads the parameters of a redirect URL (query and fragment both: OIDC responses use either),
 * a bare fragment (`#id_token=...`), a bare query (`?code=...`) or a form string (`a=1&b=2`).
 * Returns null when the text is none of these or carries no OAuth parameter.
 * Uses URL parsing only; nothing is fetched.
 */
export function readOAuthParams(text: string): { params: Param[]; isUrl: boolean } | null {
  const t = text.trim();
  let params: Param[];
  let isUrl = false;
  if (/^https?:\/\//i.test(t) || /^[a-z][a-z0-9+.-]*:\/\//i.test(t)) {
    let url: URL;
    try {
      url = new URL(t);
    } catch {
      return null;
    }
    isUrl = true;
    params = [...readPairs(url.search.slice(1), 'query'), ...readPairs(url.hash.slice(1), 'fragment')];
  } else if (t.startsWith('#')) {
    params = readPairs(t.slice(1), 'fragment');
  } else if (t.startsWith('?')) {
    params = readPairs(t.slice(1), 'query');
  } else if (/^[A-Za-z_][\w.-]*=/.test(t) && !/\s/.test(t)) {
    params = readPairs(t, 'fragment');
  } else {
    return null;
  }
  if (!isUrl && !params.some((p) => KNOWN_PARAMS.has(p.name))) return null;
  return { params, isUrl };
}

/** True when a parameter name is one that OAuth/OIDC responses use. */
export function isKnownOAuthParam(name: string): boolean {
  return KNOWN_PARAMS.has(name);
}
