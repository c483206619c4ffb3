import { MSA_TENANT_ID } from '../claims/well-known-ids';
import type { DiagnoseInput, Finding, JsonObject } from './finding';

export type TokenKind = 'delegated' | 'app-only' | 'id-token' | 'unknown';
export type AppOnlySignal = 'idtyp=app' | 'no-scp' | 'roles' | 'oid=sub';
export type IdTokenSignal = 'nonce' | 'at_hash' | 'c_hash' | 'no-client-id';

/** What the rules need to know about a token, read once from the raw JSON. */
export type TokenFacts = {
  audiences: string[];
  /** Delegated permissions: `scp` (space-separated string, or an array as Okta sends) or RFC 9068 `scope`. */
  scopes: string[];
  roles: string[];
  kind: TokenKind;
  /** Why the token looks app-only (`idtyp=app`, `no-scp`, `roles`, `oid=sub`). */
  appOnlySignals: AppOnlySignal[];
  /** Why the token looks like an ID token (`nonce`, `at_hash`, `c_hash`, `no-client-id`). */
  idTokenSignals: IdTokenSignal[];
  tid: string | undefined;
  iss: string | undefined;
  /** `wids` when present as an array; undefined when the claim is missing. */
  wids: string[] | undefined;
};

/**
 * Classifies a decoded token as delegated, app-only or ID token and extracts its
 * permission claims. Follows Entra's rules: `idtyp=app` wins, a token with `scp` is
 * delegated, an access token (has `appid`/`azp`) without `scp` is app-only.
 * Does not check the signature or whether the claims are trustworthy.
 */
export function readTokenFacts(payload: JsonObject): TokenFacts {
  const scopes = readScopes(payload);
  const roles = stringArray(payload['roles']);
  const idtyp = stringOf(payload['idtyp']);
  const clientId = stringOf(payload['appid']) ?? stringOf(payload['azp']);
  const tid = stringOf(payload['tid']);
  const iss = stringOf(payload['iss']);

  const appOnlySignals: AppOnlySignal[] = [];
  if (idtyp === 'app') appOnlySignals.push('idtyp=app');
  if (scopes.length === 0 && clientId !== undefined) appOnlySignals.push('no-scp');
  if (scopes.length === 0 && roles.length > 0) appOnlySignals.push('roles');
  const oid = stringOf(payload['oid']);
  if (scopes.length === 0 && oid !== undefined && oid === stringOf(payload['sub'])) appOnlySignals.push('oid=sub');

  const idTokenSignals: IdTokenSignal[] = [];
  for (const claim of ['nonce', 'at_hash', 'c_hash'] as const) if (payload[claim] !== undefined) idTokenSignals.push(claim);
  // Entra access tokens always name their client (appid in v1, azp in v2); Entra ID tokens never do.
  if (looksEntra(iss, tid) && clientId === undefined && scopes.length === 0 && idtyp === undefined) idTokenSignals.push('no-client-id');

  let kind: TokenKind = 'unknown';
  if (idtyp === 'app') kind = 'app-only';
  else if (scopes.length > 0) kind = 'delegated';
  else if (idTokenSignals.length > 0) kind = 'id-token';
  else if (clientId !== undefined) kind = 'app-only';

  const wids = Array.isArray(payload['wids']) ? stringArray(payload['wids']) : undefined;
  return { audiences: stringArray(payload['aud']), scopes, roles, kind, appOnlySignals, idTokenSignals, tid, iss, wids };
}

/** True for the consumer (personal Microsoft account) tenant, by `tid` or the tenant in `iss`. */
export function isPersonalAccount(facts: TokenFacts): boolean {
  return facts.tid?.toLowerCase() === MSA_TENANT_ID || (facts.iss?.toLowerCase().includes(MSA_TENANT_ID) ?? false);
}

function looksEntra(iss: string | undefined, tid: string | undefined): boolean {
  if (tid !== undefined) return true;
  return iss !== undefined && /^https:\/\/(sts\.windows\.net|login\.microsoftonline\.[a-z.]+)\//i.test(iss);
}

function readScopes(payload: JsonObject): string[] {
  const scp = payload['scp'] ?? payload['scope'];
  if (typeof scp === 'string') return scp.split(/\s+/).filter((s) => s !== '');
  return stringArray(scp);
}

/** A string becomes a one-element array (RFC 7519 §4.1.3 allows a single `aud` string). */
export function stringArray(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (!Array.isArray(value)) return [];
  return value.filter((v): v is string => typeof v === 'string');
}

export function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** A diagnosis rule: a pure function that returns no findings for a healthy token. */
export type Rule = (input: DiagnoseInput, facts: TokenFacts) => Finding[];
