import { encodeBase64url } from '../token/base64url';
import { verifierFromBytes } from './pkce';
import type { FlowSettings } from './flow-settings';
import { readFlowSettings } from './share-flow';

/**
 * What the page keeps (in sessionStorage, for one round trip only) between "Sign in" and the
 * provider's redirect back: the values that prove the answer belongs to this request, and what the
 * code redemption needs. Never a token. Deleted as soon as the answer arrives.
 */
export type PendingSignIn = {
  readonly state: string;
  readonly nonce: string;
  readonly verifier: string;
  readonly discoveryUrl: string;
  /** The metadata `issuer` (RFC 9207 comparison and the ID token's expected issuer). */
  readonly issuer: string | null;
  /** The provider announced RFC 9207 (`iss` in every authorization response). */
  readonly issParameter: boolean;
  readonly tokenEndpoint: string;
  readonly redirectUri: string;
  /** When "Sign in" was pressed, seconds since the epoch. */
  readonly createdAt: number;
  /** The form, so that it is shown again as it was. */
  readonly settings: FlowSettings;
};

/** The random bytes the caller made (crypto.getRandomValues), 32 per value. */
export type RandomInputs = { readonly state: Uint8Array; readonly nonce: Uint8Array; readonly verifier: Uint8Array };

/**
 * Makes `state`, `nonce` (OIDC Core 3.1.2.1) and the PKCE verifier from caller-supplied randomness,
 * each base64url of at least 32 bytes (RFC 6749 10.10: not guessable).
 */
export function roundTripValues(random: RandomInputs): { state: string; nonce: string; verifier: string } {
  for (const bytes of [random.state, random.nonce]) if (bytes.length < 32) throw new RangeError('state and nonce need 32 random bytes');
  return { state: encodeBase64url(random.state), nonce: encodeBase64url(random.nonce), verifier: verifierFromBytes(random.verifier) };
}

const str = (v: unknown): v is string => typeof v === 'string' && v !== '';

/** Reads a stored record back; null when the text is not one (edited, old format, other app). */
export function parsePendingSignIn(text: string | null): PendingSignIn | null {
  if (text === null) return null;
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof v !== 'object' || v === null) return null;
  const o = v as Record<string, unknown>;
  if (!str(o.state) || !str(o.nonce) || !str(o.verifier) || !str(o.discoveryUrl) || !str(o.tokenEndpoint) || !str(o.redirectUri))
    return null;
  if (typeof o.createdAt !== 'number' || typeof o.issParameter !== 'boolean' || !(o.issuer === null || str(o.issuer))) return null;
  return {
    state: o.state,
    nonce: o.nonce,
    verifier: o.verifier,
    discoveryUrl: o.discoveryUrl,
    issuer: o.issuer,
    issParameter: o.issParameter,
    tokenEndpoint: o.tokenEndpoint,
    redirectUri: o.redirectUri,
    createdAt: o.createdAt,
    settings: readFlowSettings(o.settings),
  };
}
