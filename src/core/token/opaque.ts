import type { OpaqueKind } from './types';

type Rule = { kind: OpaqueKind; test: RegExp };

// Shapes from domain-facts §5. Order matters: the first match wins. All are heuristics: these tokens
// are deliberately opaque (encrypted or random), so nobody but their issuer can read them.
const RULES: readonly Rule[] = [
  { kind: 'google_access_token', test: /^ya29\.[\w-]/ },
  { kind: 'google_refresh_token', test: /^1\/\/[\w-]/ },
  { kind: 'msa_refresh_token', test: /^M\.[CR]\d*[_\w-]*\./ },
  { kind: 'entra_refresh_token', test: /^0\.A[\w-]{8,}/ },
  { kind: 'entra_authorization_code', test: /^(?:1\.A[\w-]{8,}|OAQABAAIAAAA)/ },
  { kind: 'msa_access_token', test: /^Ew[A-Za-z0-9+/]{20,}/ },
  { kind: 'github_token', test: /^(?:gh[pousr]_|github_pat_)[A-Za-z0-9_]{20,}/ },
  // base64 of "<saml:", "<samlp:Response", "<?xml", "<saml2:"
  { kind: 'saml', test: /^(?:PHNhbWw6|PHNhbWxwOlJlc3BvbnNl|PD94bWw|PHNhbWwyO)/ },
];

/** Guesses the kind of an opaque token from its prefix; 'unknown' when no known shape matches. */
export function guessOpaqueKind(token: string): OpaqueKind {
  for (const r of RULES) if (r.test.test(token)) return r.kind;
  return 'unknown';
}

/** True when the token has the shape of a known opaque token, even though it contains dots. */
export function hasKnownOpaqueShape(token: string): boolean {
  return guessOpaqueKind(token) !== 'unknown';
}
