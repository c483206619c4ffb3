import { isKnownOAuthParam, TOKEN_PARAMS } from './oauth-params';
import type { Param } from './oauth-params';
import type { LabelledToken, Recognized } from './recognize';
import { carriesSignedToken, isRedactable, isReducible, shareableToken, type ShareMode } from './share';

/** Why an input is shared only whole, after the person confirms (or, for public documents, freely). */
export type WholeReason = 'jwe' | 'opaque' | 'malformed' | 'nested_token' | 'unrecognized' | 'public_keys' | 'discovery';

/**
 * What a "Copy link" may offer for an input. `reducible`: a JWS or a bundle, shared by default
 * without any signature or credential; `whole`: only the input as typed; `refused`: never in a link.
 */
export type SharePlan =
  | { readonly kind: 'none' }
  | { readonly kind: 'refused'; readonly reason: 'key_material' }
  | { readonly kind: 'reducible'; readonly bundle: boolean; readonly redactable: boolean; readonly omitted: readonly string[] }
  | { readonly kind: 'whole'; readonly reason: WholeReason; readonly confirm: boolean };

// Parameters of a response that are never credentials; any other parameter stays out of a reduced link.
const SAFE_EXTRA_PARAMS = new Set([
  'error_codes',
  'timestamp',
  'trace_id',
  'correlation_id',
  'expires_on',
  'not_before',
  'resource',
  'refresh_token_expires_in',
  'id_token_expires_in',
]);
const TOKEN_NAMES: ReadonlySet<string> = new Set(TOKEN_PARAMS);
// JWK members that make key material secret (RFC 7518 6.2.2, 6.3.2, 6.4.1).
const SECRET_JWK_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth', 'k'];
const PEM_PRIVATE = /-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----/;

function safeParam(name: string): boolean {
  return !TOKEN_NAMES.has(name) && (isKnownOAuthParam(name) || SAFE_EXTRA_PARAMS.has(name));
}

function holdsSecretJwk(value: unknown, depth = 0): boolean {
  if (depth > 8 || typeof value !== 'object' || value === null) return false;
  if (Array.isArray(value)) return value.some((item) => holdsSecretJwk(item, depth + 1));
  const record = value as Record<string, unknown>;
  if (typeof record['kty'] === 'string' && SECRET_JWK_MEMBERS.some((m) => Object.hasOwn(record, m))) return true;
  return Object.values(record).some((item) => holdsSecretJwk(item, depth + 1));
}

/** True when the input holds a private or secret key: a PEM private key, or a JWK with private members, anywhere in it. */
export function holdsKeyMaterial(raw: string): boolean {
  if (PEM_PRIVATE.test(raw)) return true;
  const trimmed = raw.trim();
  if (!trimmed.startsWith('{') && !trimmed.startsWith('[')) return false;
  try {
    return holdsSecretJwk(JSON.parse(trimmed));
  } catch {
    return /"(?:d|p|q|dp|dq|qi|k)"\s*:/.test(trimmed) && /"kty"\s*:/.test(trimmed);
  }
}

const reducibleTokens = (tokens: readonly LabelledToken[]) => tokens.filter((t) => isReducible(t.token));

/**
 * Decides what a link may carry for a recognised input (`raw` is the text as typed). Private keys
 * are never shared. A single JWS and any bundle (token response, redirect URL or fragment) are
 * reduced by default: no signature, no refresh token, code or opaque token, no unknown parameter.
 * A JWE, an opaque or malformed token and unrecognised text are usable as they are, so they are
 * shared only whole and only after confirmation; public keys and discovery documents are public.
 */
export function sharePlan(recognized: Recognized, raw: string): SharePlan {
  if (recognized.kind === 'empty') return { kind: 'none' };
  if (holdsKeyMaterial(raw)) return { kind: 'refused', reason: 'key_material' };
  switch (recognized.kind) {
    case 'token': {
      const { token } = recognized;
      if (isReducible(token)) return { kind: 'reducible', bundle: false, redactable: isRedactable(token), omitted: [] };
      const reason =
        token.format === 'jwe' ? 'jwe' : token.format === 'opaque' ? 'opaque' : carriesSignedToken(token) ? 'nested_token' : 'malformed';
      return { kind: 'whole', reason, confirm: true };
    }
    case 'bundle': {
      const kept = reducibleTokens(recognized.tokens);
      const omitted = [
        ...recognized.tokens.filter((t) => !isReducible(t.token)).map((t) => t.role),
        ...recognized.params.filter((p) => !safeParam(p.name)).map((p) => p.name),
      ];
      return { kind: 'reducible', bundle: true, redactable: kept.every((t) => isRedactable(t.token)), omitted };
    }
    case 'jwks':
    case 'jwk':
      return { kind: 'whole', reason: 'public_keys', confirm: false };
    case 'discovery':
      return { kind: 'whole', reason: 'discovery', confirm: false };
    case 'unrecognized':
      return { kind: 'whole', reason: 'unrecognized', confirm: true };
    // A pasted exchange without a token, or a HAR: nothing in it belongs in a link (core/exchange/share-input).
    case 'exchange':
    case 'har':
      return { kind: 'none' };
  }
}

function bundleText(recognized: Extract<Recognized, { kind: 'bundle' }>, mode: 'unsigned' | 'redacted'): string | null {
  const members: [string, string][] = [];
  for (const { role, token } of reducibleTokens(recognized.tokens)) {
    const text = shareableToken(token, mode);
    if (text === null) return null;
    members.push([role, text]);
  }
  const params = recognized.params.filter((p: Param) => safeParam(p.name)).map((p): [string, string] => [p.name, p.value]);
  if (members.length === 0 && params.length === 0) return null;
  if (recognized.source === 'token_response' || recognized.source === 'error_response')
    return JSON.stringify(Object.fromEntries([...members, ...params]));
  return `#${new URLSearchParams([...members, ...params]).toString()}`;
}

/**
 * The text a link carries for `mode`, or null when that mode offers nothing (no redacted link for
 * a payload that cannot be masked, nothing safe left in a bundle, key material). `full` is the
 * input as typed; the caller has asked first where the plan says so. A caller that already holds
 * the plan for this input passes it, so the input is not examined twice.
 */
export function shareText(recognized: Recognized, raw: string, mode: ShareMode, plan = sharePlan(recognized, raw)): string | null {
  if (plan.kind === 'none' || plan.kind === 'refused') return null;
  if (plan.kind === 'whole' || mode === 'full') return raw.trim();
  if (recognized.kind === 'token') return shareableToken(recognized.token, mode);
  return recognized.kind === 'bundle' ? bundleText(recognized, mode) : null;
}
