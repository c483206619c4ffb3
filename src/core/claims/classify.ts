import { detectFamily, type TokenFamily } from './classify-family';
import { ownClaim } from './format';
import { nameAudience } from './well-known';
import { GRAPH_APP_ID, MSA_TENANT_ID } from './well-known-ids';
import { agentRole, isUnscopedScp, type AgentRole } from './agent-identity';

export type { TokenFamily } from './classify-family';

export type TokenKind = 'id' | 'access' | 'unknown';

/** Why a kind was chosen; RFC 8725 §3.12 asks for mutually exclusive ID/access rules. */
export type KindEvidence =
  | 'cognito-token-use'
  | 'keycloak-typ'
  | 'keycloak-refresh'
  | 'header-at-jwt'
  | 'scp'
  | 'idtyp'
  | 'client-auth-method'
  | 'entra-appid'
  | 'scope'
  | 'okta-cid'
  | 'okta-jti-prefix'
  | 'auth0-permissions'
  | 'auth0-gty'
  | 'nonce'
  | 'id-token-hash'
  | 'google-jwt'
  | 'aud-is-azp'
  | 'entra-no-client-claim'
  | 'conflicting'
  | 'none';

export type SubjectType = 'user' | 'app' | 'unknown';

export type SubjectEvidence =
  | 'id-token'
  | 'idtyp'
  | 'delegated-scp'
  | 'oid-equals-sub'
  | 'roles-without-scp'
  | 'sub-is-client'
  | 'sub-is-not-client'
  | 'entra-client-without-scp'
  | 'auth0-client-credentials'
  | 'auth0-connection-sub'
  | 'cognito-username'
  | 'okta-uid'
  | 'keycloak-service-account'
  | 'keycloak-username'
  | 'none';

export type CaeSignal = 'xms_cc-cp1' | 'xms_ssm' | 'xms_cae';

export type TokenClassification = {
  readonly family: TokenFamily;
  readonly kind: TokenKind;
  readonly kindEvidence: KindEvidence;
  readonly subject: SubjectType;
  readonly subjectEvidence: SubjectEvidence;
  /** Entra/B2C `ver` claim when it is exactly "1.0" or "2.0". */
  readonly version?: '1.0' | '2.0';
  readonly tenantId?: string;
  readonly isMsaTenant: boolean;
  readonly isGraphAudience: boolean;
  /** The token says the client handles claims challenges or is a long-lived CAE token. */
  readonly cae: boolean;
  readonly caeSignals: readonly CaeSignal[];
  /** Set when the token was issued to a Microsoft Entra agent identity (Agent ID facet claims). */
  readonly agent: AgentRole | null;
};

type Json = Readonly<Record<string, unknown>>;

const ENTRA: ReadonlySet<TokenFamily> = new Set(['entra-v1', 'entra-v2', 'entra-msa', 'external-id']);

/**
 * Labels a decoded token: issuing product, ID vs access token, user vs app subject,
 * Entra version/tenant, Graph audience and CAE markers (domain facts §1, §8 step 2).
 * Works on unverified claims and only explains; it never makes a token acceptable.
 */
export function classifyToken(header: Json, payload: Json): TokenClassification {
  const { family, tenantId } = detectFamily(payload);
  const [kind, kindEvidence] = inferKind(family, header, payload);
  const [subject, subjectEvidence] = inferSubject(family, kind, payload);
  const ver = ownClaim(payload, 'ver');
  const caeSignals = findCaeSignals(payload);
  return {
    family,
    kind,
    kindEvidence,
    subject,
    subjectEvidence,
    ...(ver === '1.0' || ver === '2.0' ? { version: ver } : {}),
    ...(tenantId === undefined ? {} : { tenantId }),
    isMsaTenant: tenantId === MSA_TENANT_ID,
    isGraphAudience: audiences(payload).some((a) => nameAudience(a)?.appId === GRAPH_APP_ID),
    cae: caeSignals.length > 0,
    caeSignals,
    agent: agentRole(payload),
  };
}

/** Lists CAE markers: `xms_cc` containing cp1 (any case) and the observed `xms_ssm`/`xms_cae` = "1". */
export function findCaeSignals(payload: Json): readonly CaeSignal[] {
  const signals: CaeSignal[] = [];
  const cc = ownClaim(payload, 'xms_cc');
  const caps = Array.isArray(cc) ? (cc as readonly unknown[]) : [cc];
  if (caps.some((c) => typeof c === 'string' && c.toLowerCase() === 'cp1')) signals.push('xms_cc-cp1');
  if (ownClaim(payload, 'xms_ssm') === '1') signals.push('xms_ssm');
  if (ownClaim(payload, 'xms_cae') === '1') signals.push('xms_cae');
  return signals;
}

function audiences(payload: Json): string[] {
  const aud = ownClaim(payload, 'aud');
  if (typeof aud === 'string') return [aud];
  return Array.isArray(aud) ? aud.filter((a): a is string => typeof a === 'string') : [];
}

function has(payload: Json, name: string): boolean {
  return ownClaim(payload, name) !== undefined;
}

function inferKind(family: TokenFamily, header: Json, payload: Json): [TokenKind, KindEvidence] {
  // Explicit typing first: the issuer told us.
  const tokenUse = ownClaim(payload, 'token_use');
  if (tokenUse === 'id' || tokenUse === 'access') return [tokenUse, 'cognito-token-use'];
  const typ = ownClaim(payload, 'typ');
  if (typ === 'ID') return ['id', 'keycloak-typ'];
  if (typ === 'Bearer') return ['access', 'keycloak-typ'];
  if (typ === 'Refresh') return ['unknown', 'keycloak-refresh'];
  // Okta prefixes token ids with their type.
  const jti = ownClaim(payload, 'jti');
  if (family === 'okta' && typeof jti === 'string') {
    if (jti.startsWith('ID.')) return ['id', 'okta-jti-prefix'];
    if (jti.startsWith('AT.')) return ['access', 'okta-jti-prefix'];
  }
  const headerTyp = ownClaim(header, 'typ');
  if (typeof headerTyp === 'string' && /^(application\/)?at\+jwt$/i.test(headerTyp)) return ['access', 'header-at-jwt'];

  const access = accessEvidence(family, payload);
  const id: KindEvidence | undefined = has(payload, 'nonce')
    ? 'nonce'
    : has(payload, 'at_hash') || has(payload, 'c_hash')
      ? 'id-token-hash'
      : undefined;
  if (access !== undefined && id !== undefined) return ['unknown', 'conflicting'];
  if (access !== undefined) return ['access', access];
  if (id !== undefined) return ['id', id];

  // Google access tokens are opaque (`ya29.`), so a Google-issued JWT is an ID token.
  if (family === 'google') return ['id', 'google-jwt'];
  const azp = ownClaim(payload, 'azp');
  const aud = ownClaim(payload, 'aud');
  if (typeof azp === 'string' && azp === aud) return ['id', 'aud-is-azp'];
  // Entra access tokens always name the client (`appid` v1, `azp` v2); ID tokens do not.
  if (ENTRA.has(family) && !has(payload, 'appid') && !has(payload, 'azp')) return ['id', 'entra-no-client-claim'];
  return ['unknown', 'none'];
}

function accessEvidence(family: TokenFamily, payload: Json): KindEvidence | undefined {
  if (has(payload, 'scp')) return 'scp';
  if (has(payload, 'idtyp')) return 'idtyp';
  if (has(payload, 'appidacr') || has(payload, 'azpacr')) return 'client-auth-method';
  if (ENTRA.has(family) && has(payload, 'appid')) return 'entra-appid';
  // OAuth `scope` (RFC 8693 §4.2) is granted to access tokens; ID tokens do not carry it.
  if (typeof ownClaim(payload, 'scope') === 'string') return 'scope';
  if (has(payload, 'cid')) return 'okta-cid';
  if (has(payload, 'permissions')) return 'auth0-permissions';
  if (has(payload, 'gty')) return 'auth0-gty';
  return undefined;
}

function inferSubject(family: TokenFamily, kind: TokenKind, payload: Json): [SubjectType, SubjectEvidence] {
  if (kind === 'id') return ['user', 'id-token'];
  const idtyp = ownClaim(payload, 'idtyp');
  if (idtyp === 'app') return ['app', 'idtyp'];
  if (idtyp === 'user') return ['user', 'idtyp'];
  const sub = ownClaim(payload, 'sub');
  const provider = providerSubject(family, payload, sub);
  if (provider !== undefined) return provider;
  // Entra and B2C only put `scp` in delegated tokens (Okta also uses it for app-only, handled above).
  // App-only agent tokens carry an unscoped scp ("/" or empty; agent-token-claims.md).
  if (has(payload, 'scp') && !isUnscopedScp(ownClaim(payload, 'scp'))) return ['user', 'delegated-scp'];
  const oid = ownClaim(payload, 'oid');
  // Microsoft's documented app-only test (AT-REF).
  if (typeof oid === 'string' && oid === sub) return ['app', 'oid-equals-sub'];
  if (ENTRA.has(family) && has(payload, 'roles')) return ['app', 'roles-without-scp'];
  // Entra names the client of every access token (appid v1, azp v2) and adds scp whenever a user is involved.
  if (ENTRA.has(family) && kind === 'access' && (has(payload, 'appid') || has(payload, 'azp'))) return ['app', 'entra-client-without-scp'];
  // RFC 9068 §2.2: with no resource owner, `sub` is the client's own id.
  const client = ownClaim(payload, 'client_id') ?? ownClaim(payload, 'azp');
  if (typeof sub === 'string' && sub === client) return ['app', 'sub-is-client'];
  // RFC 9068 §2.2: otherwise `sub` is the resource owner, a user.
  if (kind === 'access' && typeof sub === 'string' && typeof client === 'string') return ['user', 'sub-is-not-client'];
  return ['unknown', 'none'];
}

function providerSubject(family: TokenFamily, payload: Json, sub: unknown): [SubjectType, SubjectEvidence] | undefined {
  switch (family) {
    case 'okta':
      if (has(payload, 'uid')) return ['user', 'okta-uid'];
      return sub !== undefined && sub === ownClaim(payload, 'cid') ? ['app', 'sub-is-client'] : undefined;
    case 'auth0':
      // Machine-to-machine tokens: gty=client-credentials and sub "{client}@clients".
      if (ownClaim(payload, 'gty') === 'client-credentials') return ['app', 'auth0-client-credentials'];
      if (typeof sub === 'string' && sub.endsWith('@clients')) return ['app', 'auth0-client-credentials'];
      return typeof sub === 'string' && sub.includes('|') ? ['user', 'auth0-connection-sub'] : undefined;
    case 'cognito':
      if (has(payload, 'username')) return ['user', 'cognito-username'];
      return sub !== undefined && sub === ownClaim(payload, 'client_id') ? ['app', 'sub-is-client'] : undefined;
    case 'keycloak': {
      const username = ownClaim(payload, 'preferred_username');
      if (typeof username !== 'string') return undefined;
      // Client-credentials tokens belong to the client's service-account user.
      return username.startsWith('service-account-') ? ['app', 'keycloak-service-account'] : ['user', 'keycloak-username'];
    }
    default:
      return undefined;
  }
}
