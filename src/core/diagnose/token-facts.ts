import { classifyToken, type TokenClassification, type TokenFamily } from '../claims/classify';
import { MSA_TENANT_ID } from '../claims/well-known-ids';
import { stringArray, stringOf } from '../json';
import type { AppOnlySignal, DiagnoseInput, Finding, IdTokenSignal, JsonObject, TokenFacts, TokenKind } from './finding';

const ENTRA: ReadonlySet<TokenFamily> = new Set(['entra-v1', 'entra-v2', 'entra-msa', 'external-id']);

export type { AppOnlySignal, IdTokenSignal, TokenFacts, TokenKind } from './finding';

/**
 * Reads the permission claims of a decoded token and states its kind as the one classification
 * (`classifyToken`, provider-aware) decided it: ID token, delegated (a user) or app-only. Pass the
 * classification the analysis already made; it is computed here only when missing.
 * Does not check the signature or whether the claims are trustworthy.
 */
export function readTokenFacts(
  header: JsonObject,
  payload: JsonObject,
  classification: TokenClassification = classifyToken(header, payload),
): TokenFacts {
  const scopes = readScopes(payload);
  const roles = stringArray(payload['roles']);
  const tid = stringOf(payload['tid']);
  const iss = stringOf(payload['iss']);
  const kind = kindOf(classification);

  const appOnlySignals: AppOnlySignal[] = [];
  if (kind === 'app-only') {
    if (stringOf(payload['idtyp']) === 'app') appOnlySignals.push('idtyp=app');
    if (scopes.length === 0) appOnlySignals.push('no-scp');
    if (scopes.length === 0 && roles.length > 0) appOnlySignals.push('roles');
    const oid = stringOf(payload['oid']);
    if (oid !== undefined && oid === stringOf(payload['sub'])) appOnlySignals.push('oid=sub');
    if (classification.subjectEvidence === 'sub-is-client') appOnlySignals.push('sub=client');
  }

  const idTokenSignals: IdTokenSignal[] = [];
  if (kind === 'id-token') {
    for (const claim of ['nonce', 'at_hash', 'c_hash'] as const) if (payload[claim] !== undefined) idTokenSignals.push(claim);
    // Entra access tokens always name their client (appid in v1, azp in v2); Entra ID tokens never do.
    const entra = tid !== undefined || ENTRA.has(classification.family);
    if (entra && payload['appid'] === undefined && payload['azp'] === undefined && scopes.length === 0) idTokenSignals.push('no-client-id');
    if (idTokenSignals.length === 0) idTokenSignals.push('typed-id');
  }

  const wids = Array.isArray(payload['wids']) ? stringArray(payload['wids']) : undefined;
  return { audiences: stringArray(payload['aud']), scopes, roles, kind, appOnlySignals, idTokenSignals, tid, iss, wids };
}

function kindOf(c: TokenClassification): TokenKind {
  if (c.kind === 'id') return 'id-token';
  if (c.kind !== 'access') return 'unknown';
  return c.subject === 'app' ? 'app-only' : c.subject === 'user' ? 'delegated' : 'unknown';
}

/** True for the consumer (personal Microsoft account) tenant, by `tid` or the tenant in `iss`. */
export function isPersonalAccount(facts: TokenFacts): boolean {
  return facts.tid?.toLowerCase() === MSA_TENANT_ID || (facts.iss?.toLowerCase().includes(MSA_TENANT_ID) ?? false);
}

function readScopes(payload: JsonObject): string[] {
  const scp = payload['scp'] ?? payload['scope'];
  // "/" alone is the unscoped scp of app-only agent tokens (agent-token-claims.md): no scope at all.
  if (typeof scp === 'string') return scp.split(/\s+/).filter((s) => s !== '' && s !== '/');
  return stringArray(scp);
}

// The rules read strings and lists through the shared JSON helpers.
export { stringArray, stringOf } from '../json';

/** A diagnosis rule: a pure function that returns no findings for a healthy token. */
export type Rule = (input: DiagnoseInput, facts: TokenFacts) => Finding[];
