import type { ClaimsChallengeErrorCode, WwwAuthenticateErrorCode } from './claims-challenge';
import type { ClaimsRequirementKind } from './claims-request';
import type { FirstPartyResourceId } from '../claims/well-known-ids';

export type JsonObject = Readonly<Record<string, unknown>>;
/** Why a token reads as app-only, quoted by the `app-only-token-for-delegated` finding. */
export type AppOnlySignal = 'idtyp=app' | 'no-scp' | 'roles' | 'oid=sub' | 'sub=client';
/** Why a token reads as an ID token, quoted by the `id-token-as-access-token` finding. */
export type IdTokenSignal = 'nonce' | 'at_hash' | 'c_hash' | 'no-client-id' | 'typed-id';
export type TokenKind = 'delegated' | 'app-only' | 'id-token' | 'unknown';

/** What the rules need to know about a token, read once from the raw JSON. */
export type TokenFacts = {
  audiences: string[];
  /** Permissions in `scp` (space-separated string, or an array as Okta sends) or RFC 9068 `scope`. */
  scopes: string[];
  roles: string[];
  /** The classification's answer (classifyToken), in the diagnosis's words. */
  kind: TokenKind;
  /** Why the token looks app-only, for the texts. */
  appOnlySignals: AppOnlySignal[];
  /** Why the token looks like an ID token, for the texts. */
  idTokenSignals: IdTokenSignal[];
  tid: string | undefined;
  iss: string | undefined;
  /** `wids` when present as an array; undefined when the claim is missing. */
  wids: string[] | undefined;
};

export type ApiKind = 'graph' | 'arm' | 'custom' | 'sharepoint' | 'exchange';
export type PermissionType = 'delegated' | 'application';

/** What the user told us about the failing call. Every field is optional; rules that need one stay silent without it. */
export type DiagnoseContext = {
  api?: ApiKind;
  /** App ID URI or client ID of the user's own API (when `api` is `custom`). */
  customApi?: string;
  requiredPermission?: string;
  permissionType?: PermissionType;
  acceptsPersonalAccounts?: boolean;
  /** `requestedAccessTokenVersion` (formerly `accessTokenAcceptedVersion`) of the API's registration, as the token `ver` it should carry. */
  expectedVersion?: '1.0' | '2.0';
  /** The failing call resets a user's password or changes authentication methods. */
  passwordReset?: boolean;
  /** The same call worked before and nothing in the code changed ("it used to work"). */
  usedToWork?: boolean;
};

export type DiagnoseInput = {
  header: JsonObject;
  payload: JsonObject;
  /** Current time, seconds since the epoch. */
  now: number;
  skewSeconds: number;
  context: DiagnoseContext;
  /** The WWW-Authenticate header of the 401/403 response, if the user pasted it. */
  wwwAuthenticate?: string;
  /** The token facts the analysis already read (core/analysis); read here when missing. */
  facts?: TokenFacts;
};

export type Severity = 'error' | 'warning' | 'info';
export type EvidenceValue = string | number | string[];
export type ChallengeProblem = WwwAuthenticateErrorCode | ClaimsChallengeErrorCode | 'missing-claims';

type CheckedEvidence<T extends Record<string, Record<string, EvidenceValue>>> = T;

/** Evidence each finding carries, so texts can quote the token. */
export type FindingEvidence = CheckedEvidence<{
  'token-expired': { exp: number; now: number; secondsAgo: number; skewSeconds: number };
  'token-not-yet-valid': { nbf: number; now: number; secondsUntil: number; skewSeconds: number };
  'audience-mismatch': { audience: string[]; expected: string[]; api: ApiKind; audienceResource: FirstPartyResourceId | 'unknown' };
  'graph-token-for-custom-api': { audience: string[]; signals: ('aud' | 'header-nonce')[] };
  'token-version-mismatch': { tokenVersion: string; expectedVersion: string; issuer: string; expectedIssuer: string };
  'app-only-token-for-delegated': { signals: AppOnlySignal[]; roles: string[] };
  'delegated-token-for-application': { scopes: string[] };
  'permission-missing': { required: string; claim: 'scp' | 'roles'; granted: string[] };
  'no-permissions-in-token': { api: ApiKind | 'unknown' };
  'personal-account-token': { tid: string; api: ApiKind | 'unknown' };
  'privileged-operation-app-only': { trigger: string };
  'privileged-operation-no-admin-role': { trigger: string; wids: string[]; eligibleRoles: string[] };
  'privileged-operation-role-unknown': { trigger: string; eligibleRoles: string[] };
  'id-token-as-access-token': { signals: IdTokenSignal[]; audience: string[] };
  'groups-overage': { source: 'claim-names' | 'hasgroups'; endpoint: string };
  'claims-challenge': {
    error: string;
    requirements: ClaimsRequirementKind[];
    requestedClaims: string[];
    authContext: string[];
    missingAuthContext: string[];
    claimsJson: string;
    claimsParameter: string;
  };
  'claims-challenge-unreadable': { problem: ChallengeProblem };
  'insufficient-scope-reported': { scope: string; description: string };
  'invalid-token-reported': { description: string };
  // Added for issue 11 (rules-app-identity, rules-bare-challenge, rules-first-party-api, rules-guest-account, rules-b2c, rules-used-to-work)
  'app-only-without-oid': { appId: string };
  'no-token-received': { challenge: string };
  'personal-account-guest': { idp: string; tid: string; api: ApiKind | 'unknown' };
  'b2c-permission-not-granted': { required: string; granted: string[] };
  'b2c-no-resource-scope': { audience: string[] };
  'used-to-work': { tokenVersion: string; kid: string; issuer: string };
}>;

export type FindingId = keyof FindingEvidence;

/** One diagnosis result. `id` selects the text; `evidence` fills it in. */
export type Finding = { [K in FindingId]: { id: K; severity: Severity; evidence: FindingEvidence[K] } }[FindingId];

/** Builds a finding with its evidence type tied to its id. */
export function finding<K extends FindingId>(id: K, severity: Severity, evidence: FindingEvidence[K]): Finding {
  return { id, severity, evidence } as Finding;
}
