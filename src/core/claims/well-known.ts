import { isGuid } from '../guid';
import {
  DIRECTORY_ROLES,
  DEFAULT_USER_ROLE_ID,
  FIRST_PARTY_CLIENTS,
  FIRST_PARTY_RESOURCES,
  GUEST_ROLES,
  WELL_KNOWN_TENANTS,
  type FirstPartyResourceId,
  type TenantCode,
} from './well-known-ids';
import { AGENT_FACET, IDREL_VALUES, type IdrelValue } from './agent-identity';

export type WellKnownId =
  | { readonly kind: 'tenant'; readonly code: TenantCode }
  | { readonly kind: 'resource'; readonly name: string }
  | { readonly kind: 'client'; readonly name: string }
  | { readonly kind: 'directory-role'; readonly name: string; readonly isDefaultUserRole: boolean }
  | { readonly kind: 'guest-role'; readonly name: string };

export { isGuid };

/**
 * Names a well-known Microsoft GUID (tenant, first-party API or client, directory role).
 * Case-insensitive. Returns null for anything else; says nothing about which claim it came from.
 */
export function nameWellKnownId(guid: string): WellKnownId | null {
  if (!isGuid(guid)) return null;
  const id = guid.toLowerCase();
  const tenant = WELL_KNOWN_TENANTS.get(id);
  if (tenant !== undefined) return { kind: 'tenant', code: tenant };
  const resource = FIRST_PARTY_RESOURCES.find((r) => r.appId === id);
  if (resource !== undefined) return { kind: 'resource', name: resource.name };
  const client = FIRST_PARTY_CLIENTS.get(id);
  if (client !== undefined) return { kind: 'client', name: client };
  const role = DIRECTORY_ROLES.get(id);
  if (role !== undefined) return { kind: 'directory-role', name: role, isDefaultUserRole: id === DEFAULT_USER_ROLE_ID };
  const guest = GUEST_ROLES.get(id);
  return guest === undefined ? null : { kind: 'guest-role', name: guest };
}

export type AudienceMatch = {
  readonly id: FirstPartyResourceId;
  readonly appId: string;
  readonly name: string;
  readonly matchedBy: 'app-id' | 'uri' | 'uri-pattern';
};

/**
 * Names a first-party Microsoft API from an `aud` value: its app-id GUID (v2) or a v1 App ID URI,
 * with or without trailing slash, host case-insensitive; SharePoint/Dataverse by host pattern.
 * Does not decide whether the audience is right for the caller's API.
 */
export function nameAudience(aud: string): AudienceMatch | null {
  const trimmed = aud.trim();
  if (isGuid(trimmed)) {
    const id = trimmed.toLowerCase();
    const r = FIRST_PARTY_RESOURCES.find((x) => x.appId === id);
    return r === undefined ? null : { id: r.id, appId: r.appId, name: r.name, matchedBy: 'app-id' };
  }
  const normalized = normalizeUri(aud);
  if (normalized === null) return null;
  for (const r of FIRST_PARTY_RESOURCES) {
    if (r.v1Audiences.some((u) => normalizeUri(u)?.text === normalized.text)) {
      return { id: r.id, appId: r.appId, name: r.name, matchedBy: 'uri' };
    }
  }
  for (const r of FIRST_PARTY_RESOURCES) {
    if (r.hostPattern?.test(normalized.host) === true && normalized.path === '') {
      return { id: r.id, appId: r.appId, name: r.name, matchedBy: 'uri-pattern' };
    }
  }
  return null;
}

function normalizeUri(value: string): { text: string; host: string; path: string } | null {
  const m = /^https:\/\/([^/?#]+)(\/[^?#]*)?$/i.exec(value.trim());
  if (m === null) return null;
  const host = (m[1] ?? '').toLowerCase();
  const path = (m[2] ?? '').replace(/\/+$/, '');
  return { text: `https://${host}${path}`, host, path };
}

/** `amr` values Entra documents (AT-REF). */
export const ENTRA_AMR_VALUES = ['pwd', 'rsa', 'otp', 'fed', 'wia', 'mfa', 'ngcmfa', 'wiaormfa', 'none'] as const;

/** `amr` values registered by RFC 8176 §2. */
export const RFC8176_AMR_VALUES = [
  'face',
  'fpt',
  'geo',
  'hwk',
  'iris',
  'kba',
  'mca',
  'mfa',
  'otp',
  'pin',
  'pop',
  'pwd',
  'rba',
  'retina',
  'rsa',
  'sc',
  'sms',
  'swk',
  'tel',
  'user',
  'vbm',
  'wia',
] as const;

export type AmrValue = (typeof ENTRA_AMR_VALUES)[number] | (typeof RFC8176_AMR_VALUES)[number];

/** Codes for enumerated claim values; the UI maps them to text (src/i18n/<language>/claims.ts). */
export type EnumCode =
  | 'acr-0'
  | 'acr-1'
  | 'acr-b2c-policy'
  | 'client-auth-public'
  | 'client-auth-secret'
  | 'client-auth-certificate'
  | 'idtyp-app'
  | 'idtyp-user'
  | 'idtyp-device'
  | 'acct-member'
  | 'acct-guest'
  | 'ver-1'
  | 'ver-2'
  | 'xms-cc-cp1'
  | 'acrs-auth-context'
  | 'token-use-id'
  | 'token-use-access'
  | `amr-${AmrValue}`
  // Agent ID (agent-token-claims.md)
  | `idrel-${IdrelValue}`
  | 'facet-agent-identity'
  | 'facet-agent-user';

/** Claims whose values `describeEnum` understands. */
export type EnumClaim =
  | 'acr'
  | 'appidacr'
  | 'azpacr'
  | 'idtyp'
  | 'acct'
  | 'ver'
  | 'amr'
  | 'xms_cc'
  | 'acrs'
  | 'token_use'
  | 'xms_idrel'
  | 'xms_act_fct'
  | 'xms_sub_fct'
  | 'xms_tnt_fct';

const AMR_SET: ReadonlySet<string> = new Set<string>([...ENTRA_AMR_VALUES, ...RFC8176_AMR_VALUES]);

/** True when the `amr` value is in Entra's list or RFC 8176's registry. Case-sensitive, as both are. */
export function isAmrValue(value: unknown): value is AmrValue {
  return typeof value === 'string' && AMR_SET.has(value);
}

/** Which vocabularies define an `amr` value; the meanings differ slightly (e.g. `rsa`). */
export function amrVocabulary(value: AmrValue): { entra: boolean; rfc8176: boolean } {
  return {
    entra: (ENTRA_AMR_VALUES as readonly string[]).includes(value),
    rfc8176: (RFC8176_AMR_VALUES as readonly string[]).includes(value),
  };
}

const CLIENT_AUTH: Readonly<Record<string, EnumCode>> = {
  '0': 'client-auth-public',
  '1': 'client-auth-secret',
  '2': 'client-auth-certificate',
};

/**
 * Maps one enumerated claim value to a code (domain facts §2e, §2f). For list claims
 * (`amr`, `xms_cc`, `acrs`) pass one element at a time. Returns null for unknown values;
 * does not judge whether the value is acceptable for a given API.
 */
export function describeEnum(claim: string, value: unknown): EnumCode | null {
  const text = typeof value === 'number' && Number.isInteger(value) ? String(value) : value;
  if (typeof text !== 'string') return null;
  switch (claim) {
    case 'acr':
      if (text === '0') return 'acr-0';
      if (text === '1') return 'acr-1';
      // B2C legacy tokens carry the user-flow name here instead of in `tfp`.
      return /^b2c_1a?_/i.test(text) ? 'acr-b2c-policy' : null;
    case 'appidacr':
    case 'azpacr':
      return Object.hasOwn(CLIENT_AUTH, text) ? (CLIENT_AUTH[text] ?? null) : null;
    case 'idtyp':
      return text === 'app' ? 'idtyp-app' : text === 'user' ? 'idtyp-user' : text === 'device' ? 'idtyp-device' : null;
    case 'acct':
      return text === '0' ? 'acct-member' : text === '1' ? 'acct-guest' : null;
    case 'ver':
      return text === '1.0' ? 'ver-1' : text === '2.0' ? 'ver-2' : null;
    case 'amr':
      return isAmrValue(text) ? `amr-${text}` : null;
    case 'xms_cc':
      // Capability values are case-insensitive (claims-challenge doc).
      return text.toLowerCase() === 'cp1' ? 'xms-cc-cp1' : null;
    case 'acrs':
      // Authentication contexts c1..c99 (entra-docs concept-conditional-access-cloud-apps; older pages said c25).
      return /^c([1-9]|[1-9]\d)$/i.test(text) ? 'acrs-auth-context' : null;
    case 'token_use':
      return text === 'id' ? 'token-use-id' : text === 'access' ? 'token-use-access' : null;
    case 'xms_idrel':
      return /^[1-9]\d?$/.test(text) && (IDREL_VALUES as readonly number[]).includes(Number(text))
        ? `idrel-${Number(text) as IdrelValue}`
        : null;
    case 'xms_act_fct':
    case 'xms_sub_fct':
    case 'xms_tnt_fct':
      return text === String(AGENT_FACET.agentIdentity)
        ? 'facet-agent-identity'
        : text === String(AGENT_FACET.agentUser)
          ? 'facet-agent-user'
          : null;
    default:
      return null;
  }
}
