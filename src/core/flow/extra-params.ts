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
