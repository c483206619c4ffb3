import { finding } from './finding';
import { isPersonalAccount } from './token-facts';
import type { Severity } from './finding';
import type { Rule } from './token-facts';

/**
 * A personal Microsoft account token (tenant 9188040d-…) sent to an API that takes only
 * work or school accounts. Error when the user says the API refuses personal accounts
 * (ARM always does), warning for Graph (many of its endpoints are organisation-only),
 * info otherwise. Silent when the API is said to accept personal accounts.
 * Does not recognise personal accounts that sign in as guests of a work tenant.
 */
export const personalAccountRule: Rule = ({ context }, facts) => {
  if (!isPersonalAccount(facts) || context.acceptsPersonalAccounts === true) return [];
  let severity: Severity = 'info';
  if (context.acceptsPersonalAccounts === false || context.api === 'arm') severity = 'error';
  else if (context.api === 'graph') severity = 'warning';
  return [finding('personal-account-token', severity, { tid: facts.tid ?? '', api: context.api ?? 'unknown' })];
};

/**
 * An ID token was sent as a bearer token. ID tokens prove a sign-in to the client app
 * (their `aud` is the client); APIs need an access token with `scp` or `roles`.
 * Recognised by `nonce`/`at_hash`/`c_hash`, or by an Entra token naming no client and no scopes.
 * Does not fire on tokens that carry `scp` or `idtyp=app`. Only an error once the person says which
 * API the token is sent to; otherwise it is a note (an ID token is fine for the client's own sign-in).
 */
export const idTokenRule: Rule = (input, facts) => {
  if (facts.kind !== 'id-token') return [];
  const apiStated = input.context.api !== undefined || (input.context.customApi ?? '') !== '';
  return [finding('id-token-as-access-token', apiStated ? 'error' : 'info', { signals: facts.idTokenSignals, audience: facts.audiences })];
};

/**
 * The user is in too many groups for the token (200 in a JWT, 6 in the implicit flow),
 * so `groups` was replaced by a pointer (`_claim_names`) or by `hasgroups`. Authorization
 * based on `groups` then fails even for members. Does not call Graph to fetch the groups.
 */
export const groupsOverageRule: Rule = ({ payload }) => {
  const names = payload['_claim_names'];
  if (typeof names === 'object' && names !== null && 'groups' in names) {
    return [finding('groups-overage', 'warning', { source: 'claim-names', endpoint: overageEndpoint(payload, names.groups) })];
  }
  if (payload['hasgroups'] === true || payload['hasgroups'] === 'true') {
    return [finding('groups-overage', 'warning', { source: 'hasgroups', endpoint: '' })];
  }
  return [];
};

/** Follows `_claim_names.groups` -> `_claim_sources[src].endpoint` (OIDC Core §5.6.2). */
function overageEndpoint(payload: Readonly<Record<string, unknown>>, sourceName: unknown): string {
  const sources = payload['_claim_sources'];
  if (typeof sourceName !== 'string' || typeof sources !== 'object' || sources === null) return '';
  const source: unknown = (sources as Record<string, unknown>)[sourceName];
  if (typeof source !== 'object' || source === null) return '';
  const endpoint: unknown = (source as Record<string, unknown>)['endpoint'];
  return typeof endpoint === 'string' ? endpoint : '';
}
