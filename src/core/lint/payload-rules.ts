import { own, type JsonRecord } from '../json';
import type { TokenClassification } from '../claims/classify';
import { finding, type LintFinding } from './lint-types';

type Json = JsonRecord;

const DAY = 86_400;
// Entra back-dates iat by about 5 minutes (domain facts §7), so its limits get that margin.
const BACKDATE = 300;

type Norm = 'entra' | 'entra-cae' | 'b2c' | 'cognito' | 'generic';

/** How long a token of this issuer may live at most, by configuration (domain facts §7). */
const MAX_LIFETIME: Record<Norm, number> = {
  // Configurable token lifetimes top out at 1 day.
  entra: DAY + BACKDATE,
  // CAE access tokens live 20-28 h.
  'entra-cae': 28 * 3600 + BACKDATE,
  // B2C allows 5-1440 minutes.
  b2c: DAY + BACKDATE,
  cognito: DAY,
  // No standard limit; a bearer token valid for more than a day is unusual for any OIDC provider.
  generic: DAY,
};

function normFor(c: TokenClassification): Norm {
  switch (c.family) {
    case 'entra-v1':
    case 'entra-v2':
    case 'entra-msa':
    case 'external-id':
      return c.kind === 'access' && c.cae ? 'entra-cae' : 'entra';
    case 'b2c':
      return 'b2c';
    case 'cognito':
      return 'cognito';
    default:
      return 'generic';
  }
}

// ID-token markers (OIDC Core §2, §3.1.3.6, §3.3.2.11): an access token never needs them.
const ID_TOKEN_CLAIMS = ['nonce', 'at_hash', 'c_hash'] as const;
// Access-token markers: scopes and roles (RFC 9068 §2.2.3).
const ACCESS_CLAIMS = ['scp', 'scope', 'roles'] as const;
// Explicit types of JWTs that are not access or ID tokens; a token carrying their claims is confused.
const OTHER_TYPES = new Set(['secevent+jwt', 'logout+jwt', 'dpop+jwt', 'token-introspection+jwt', 'oauth-authz-req+jwt']);

/** `typ` compared case-insensitively without the optional "application/" prefix (RFC 7515 §4.1.9). */
export function normalizeTyp(typ: string): string {
  const t = typ.toLowerCase();
  return t.startsWith('application/') ? t.slice('application/'.length) : t;
}

function typConflict(header: Json, payload: Json): string | null {
  const typ = own(header, 'typ');
  if (typeof typ !== 'string') return null;
  const t = normalizeTyp(typ);
  if (t === 'at+jwt') {
    for (const c of ID_TOKEN_CLAIMS) if (own(payload, c) !== undefined) return c;
    // Keycloak states the kind in its own `typ` claim.
    const kind = own(payload, 'typ');
    if (typeof kind === 'string' && kind.toLowerCase() === 'id') return 'typ';
    return null;
  }
  if (OTHER_TYPES.has(t)) {
    // DPoP proofs may carry a server nonce (RFC 9449 §8), so nonce only counts for the others.
    const claims = t === 'dpop+jwt' ? ACCESS_CLAIMS : [...ACCESS_CLAIMS, ...ID_TOKEN_CLAIMS];
    for (const c of claims) if (own(payload, c) !== undefined) return c;
  }
  return null;
}

/**
 * Payload findings (from the analysis's classification and lifetime): no `exp`, a lifetime (`exp - iat`) far beyond what the issuer can be configured
 * to issue, and a header `typ` contradicted by the claims (RFC 8725 §3.11-3.12). Unverified claims
 * only; does not say whether the token is expired (the timeline does).
 */
export function payloadFindings(
  header: Json,
  payload: Json,
  classification: TokenClassification,
  lifetimeSeconds: number | undefined,
): LintFinding[] {
  const out: LintFinding[] = [];
  if (own(payload, 'exp') === undefined) out.push(finding('exp_missing'));
  if (lifetimeSeconds !== undefined) {
    const norm = normFor(classification);
    const max = MAX_LIFETIME[norm];
    if (lifetimeSeconds > max) out.push(finding('lifetime_excessive', { lifetimeSeconds, maxSeconds: max, norm }));
  }
  const conflict = typConflict(header, payload);
  if (conflict !== null) out.push(finding('typ_contradicts_use', { typ: String(own(header, 'typ')), claim: conflict }));
  return out;
}
