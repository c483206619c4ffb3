import type { AnalyzedToken, JsonObject } from '../token/types';
import { own } from '../json';

/** What a difference is about, for the API that receives the token. */
export type DiffTopic =
  | 'audience'
  | 'issuer'
  | 'version'
  | 'tenant'
  | 'scopes'
  | 'roles'
  | 'client'
  | 'lifetime'
  | 'algorithm'
  | 'key'
  | 'authentication'
  | 'subject'
  | 'token-type'
  | 'groups'
  | 'other';

export type DiffChange = 'added' | 'removed' | 'changed';

/** One claim or header parameter that differs. Values are JSON text as in the token. */
export type Difference = {
  part: 'header' | 'payload';
  name: string;
  change: DiffChange;
  a: string | null;
  b: string | null;
  topic: DiffTopic;
  /** For list-like claims (scp, roles, amr, acrs, groups, wids): items only in A, only in B. */
  onlyA?: string[];
  onlyB?: string[];
};

export type Comparison =
  { ok: true; differences: Difference[]; same: { part: 'header' | 'payload'; name: string }[] } | { ok: false; unreadable: ('a' | 'b')[] };

const TOPICS: Readonly<Record<string, DiffTopic>> = {
  aud: 'audience',
  iss: 'issuer',
  ver: 'version',
  tid: 'tenant',
  tenant_region_scope: 'tenant',
  scp: 'scopes',
  roles: 'roles',
  azp: 'client',
  appid: 'client',
  client_id: 'client',
  azpacr: 'client',
  appidacr: 'client',
  exp: 'lifetime',
  nbf: 'lifetime',
  iat: 'lifetime',
  auth_time: 'lifetime',
  alg: 'algorithm',
  kid: 'key',
  x5t: 'key',
  'x5t#S256': 'key',
  acr: 'authentication',
  acrs: 'authentication',
  amr: 'authentication',
  oid: 'subject',
  sub: 'subject',
  idtyp: 'token-type',
  typ: 'token-type',
  groups: 'groups',
  wids: 'groups',
};

// Claims whose value is a set: compared item by item, order ignored.
const LISTS = new Set(['scp', 'roles', 'amr', 'acrs', 'groups', 'wids', 'aud']);

function claimsOf(token: AnalyzedToken): { header: JsonObject; payload: JsonObject } | null {
  if (token.format !== 'jws' || !token.header.ok || !token.payload.ok || token.payload.kind !== 'json') return null;
  return { header: token.header.value, payload: token.payload.value };
}

function items(name: string, v: unknown): string[] | null {
  if (!LISTS.has(name)) return null;
  if (typeof v === 'string') return name === 'scp' ? v.split(' ').filter(Boolean) : [v];
  if (Array.isArray(v)) return v.map((x) => (typeof x === 'string' ? x : JSON.stringify(x)));
  return null;
}

function compareParts(part: 'header' | 'payload', a: JsonObject, b: JsonObject, out: Comparison & { ok: true }): void {
  const names = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  for (const name of names) {
    const inA = Object.hasOwn(a, name);
    const inB = Object.hasOwn(b, name);
    const ta = inA ? JSON.stringify(a[name]) : null;
    const tb = inB ? JSON.stringify(b[name]) : null;
    if (ta === tb) {
      out.same.push({ part, name });
      continue;
    }
    const topic = part === 'header' && name === 'typ' ? 'token-type' : ((own(TOPICS, name) as DiffTopic | undefined) ?? 'other');
    const d: Difference = { part, name, change: !inA ? 'added' : !inB ? 'removed' : 'changed', a: ta, b: tb, topic };
    const la = items(name, a[name]);
    const lb = items(name, b[name]);
    if (la || lb) {
      const sa = new Set(la ?? []);
      const sb = new Set(lb ?? []);
      const onlyA = [...sa].filter((x) => !sb.has(x));
      const onlyB = [...sb].filter((x) => !sa.has(x));
      // The same items in another order is no difference to an API.
      if (inA && inB && la && lb && onlyA.length === 0 && onlyB.length === 0) {
        out.same.push({ part, name });
        continue;
      }
      d.onlyA = onlyA;
      d.onlyB = onlyB;
    }
    out.differences.push(d);
  }
}

/**
 * Compares two tokens claim by claim and header parameter by header parameter: what was added
 * (only in B), removed (only in A) or changed, each tagged with what it is about for an API
 * (audience, issuer, scopes, …). Identical members are listed in `same`. Needs two JWS with JSON
 * payloads; otherwise says which side cannot be read. Does not verify either token.
 */
export function compareTokens(a: AnalyzedToken, b: AnalyzedToken): Comparison {
  const ca = claimsOf(a);
  const cb = claimsOf(b);
  if (!ca || !cb) return { ok: false, unreadable: [...(ca ? [] : ['a' as const]), ...(cb ? [] : ['b' as const])] };
  const out: Comparison & { ok: true } = { ok: true, differences: [], same: [] };
  compareParts('header', ca.header, cb.header, out);
  compareParts('payload', ca.payload, cb.payload, out);
  return out;
}
