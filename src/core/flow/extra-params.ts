/** Parameters the page sets itself; typing them as extras would undo PKCE, state or nonce. */
export const RESERVED_PARAMS: ReadonlySet<string> = new Set([
  'client_id',
  'response_type',
  'redirect_uri',
  'scope',
  'state',
  'nonce',
  'code_challenge',
  'code_challenge_method',
  'response_mode',
  'prompt',
  'login_hint',
  'domain_hint',
  'claims',
]);

/** Credentials: a public client in a page has none, and the page never sends one (confidential flows are explained, not run). */
export const SECRET_PARAMS: ReadonlySet<string> = new Set([
  'client_secret',
  'client_assertion',
  'client_assertion_type',
  'password',
  'code_verifier',
]);

/**
 * Extra parameters whose value is a token or names a person (OIDC Core 3.1.2.1 `id_token_hint`,
 * CIBA `login_hint_token`, a JAR `request` object): sent as typed, but never put in a `#flow=` link
 * or remembered, like the login hint.
 */
export const PERSONAL_PARAMS: ReadonlySet<string> = new Set(['id_token_hint', 'login_hint_token', 'request']);

/** "Extra parameters" text without the personal parameters; every other line and `&` piece stays as typed. */
export function extraWithoutPersonal(text: string): string {
  const personal = (pair: string) => {
    const trimmed = pair.trim();
    const eq = trimmed.indexOf('=');
    return PERSONAL_PARAMS.has((eq === -1 ? trimmed : trimmed.slice(0, eq)).trim().toLowerCase());
  };
  const lines: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const pairs = line.split('&');
    const kept = pairs.filter((pair) => !personal(pair));
    // A line that held only personal parameters goes; anything else keeps its shape.
    if (kept.length < pairs.length && kept.every((pair) => pair.trim() === '')) continue;
    lines.push(kept.join('&'));
  }
  return lines.join('\n');
}

export type ExtraParamError =
  | { readonly code: 'extra_malformed'; readonly line: number }
  | { readonly code: 'extra_reserved'; readonly name: string }
  | { readonly code: 'extra_secret'; readonly name: string };

export type ExtraParam = { readonly name: string; readonly value: string };

/**
 * Reads "Extra parameters": one `name=value` per line (blank lines ignored; `&` also separates).
 * Names the page sets itself are refused, and so are credential parameters: this page runs
 * public-client flows only. Values are taken literally; encoding happens when the URL is built.
 */
export function parseExtraParams(text: string): { params: ExtraParam[]; errors: ExtraParamError[] } {
  const params: ExtraParam[] = [];
  const errors: ExtraParamError[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    for (const pair of line.split('&')) {
      const trimmed = pair.trim();
      if (trimmed === '') continue;
      const eq = trimmed.indexOf('=');
      const name = (eq === -1 ? trimmed : trimmed.slice(0, eq)).trim();
      if (eq <= 0 || !/^[\w.~-]+$/.test(name)) {
        errors.push({ code: 'extra_malformed', line: index + 1 });
        continue;
      }
      const lower = name.toLowerCase();
      if (SECRET_PARAMS.has(lower)) errors.push({ code: 'extra_secret', name });
      else if (RESERVED_PARAMS.has(lower)) errors.push({ code: 'extra_reserved', name });
      else params.push({ name, value: trimmed.slice(eq + 1).trim() });
    }
  });
  return { params, errors };
}
