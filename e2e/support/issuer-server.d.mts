// Types of issuer-server.mjs, so the TypeScript specs and fixtures can import it under strict mode.
import type { JSONWebKeySet, JWK } from 'jose';

export type AsymmetricAlg = 'RS256' | 'RS384' | 'RS512' | 'PS256' | 'PS384' | 'PS512' | 'ES256' | 'ES384' | 'ES512' | 'EdDSA';
export type HmacAlg = 'HS256' | 'HS384' | 'HS512';
export type TestSigningAlg = AsymmetricAlg | HmacAlg | 'none';
export type IssuerResource = 'discovery' | 'jwks';
export type FaultMode = 'ok' | '404' | '500' | 'invalid-json' | 'no-cors' | 'slow' | 'html';
/** current: published now; pending: prepared, not yet published; previous: dropped by the last rotation; foreign: never published. */
export type KeyChoice = 'current' | 'pending' | 'previous' | 'foreign';

export declare const ASYMMETRIC_ALGS: readonly AsymmetricAlg[];
export declare const HMAC_ALGS: readonly HmacAlg[];
export declare const HMAC_SECRET: string;
export declare const FAULT_MODES: readonly FaultMode[];

export interface IssuerOptions {
  /** Issuer path after the origin; default '/tenant-a'. '' gives issuer = origin, '/x/' a trailing-slash issuer. */
  path?: string;
  /** JWKS path; default `${path}/keys`. */
  jwksPath?: string;
  /** Default `aud` of signed tokens; default 'api://token-explorer-e2e'. */
  audience?: string;
  /** Default `sub`; default 'e2e-user'. */
  subject?: string;
  /** Delay of the 'slow' mode in ms; default 15000 (longer than the app's fetch timeout). */
  slowMs?: number;
  /** Publish JWKS entries without `alg`, as Entra ID does; default false. */
  omitAlg?: boolean;
}

export interface SignOptions {
  /** Default 'RS256'. HS* use the HMAC secret; 'none' gives an unsecured JWS with an empty signature. */
  alg?: TestSigningAlg;
  /** Which key generation signs; default 'current'. 'foreign' signs under the current kid with an unpublished key. */
  key?: KeyChoice;
  /** Header kid; default the signing key's kid (no kid for HS* and none). */
  kid?: string;
  omitKid?: boolean;
  /** Extra protected header members (typ can be replaced; alg cannot). */
  header?: Record<string, unknown>;
  /** Time base in seconds for iat/nbf/exp; default the real current time. */
  now?: number;
  /** exp - iat in seconds; default 3600. */
  lifetimeSeconds?: number;
  /** HMAC secret for HS*; default HMAC_SECRET. */
  secret?: string;
}

export interface RotationOptions {
  /** Publish the prepared keys automatically after this many JWKS answers (>= 1) without them. */
  publishAfterJwksFetches?: number;
  /** Keep serving the old generation beside the new one; default false (old kids dropped). */
  keepPrevious?: boolean;
}

export interface RecordedRequest {
  method: string;
  /** Path plus query string. */
  path: string;
  /** The Origin request header, or null when absent. */
  origin: string | null;
  /** Date.now() when the request arrived. */
  time: number;
  resource: IssuerResource | 'other';
}

export interface Issuer {
  /** http://127.0.0.1:PORT */
  readonly origin: string;
  readonly issuer: string;
  readonly audience: string;
  readonly discoveryUrl: string;
  readonly jwksUri: string;
  readonly hmacSecret: string;
  /** Every request received, oldest first (live array). */
  readonly requests: RecordedRequest[];
  setMode(resource: IssuerResource, mode: FaultMode): void;
  /** Answers `resource` with a 302 to `location` (with CORS) instead of the document; null stops it. */
  redirect(resource: IssuerResource, location: string | null): void;
  /** Makes discovery answer with this `issuer` value (undefined removes the member). */
  setDiscoveryIssuer(value: string | undefined): void;
  /** Overrides discovery members; a member set to undefined is removed. */
  patchDiscovery(fields: Record<string, unknown>): void;
  setOmitAlg(value: boolean): void;
  /** The JWKS the server would serve now. */
  jwks(): JSONWebKeySet;
  /** The discovery document the server would serve now (in 'ok' mode). */
  discovery(): Record<string, unknown>;
  kidFor(alg: AsymmetricAlg, which?: KeyChoice): string;
  publicJwk(alg: AsymmetricAlg, which?: KeyChoice): Promise<JWK>;
  publicPem(alg: AsymmetricAlg, which?: KeyChoice): Promise<string>;
  /** Signs a compact JWS; claims override the defaults iss/aud/sub/iat/nbf/exp, undefined removes one. */
  sign(claims?: Record<string, unknown>, options?: SignOptions): Promise<string>;
  /** Prepares and publishes a new generation at once; returns the new kids. */
  rotate(options?: RotationOptions): Promise<Record<AsymmetricAlg, string>>;
  /** Creates the next generation (signable with key 'pending') without publishing it; returns its kids. */
  prepareRotation(options?: RotationOptions): Promise<Record<AsymmetricAlg, string>>;
  /** Publishes the pending generation now. */
  publishRotation(): void;
  clearRequests(): void;
  /** Ends pending slow answers, closes every connection and frees the port. */
  close(): Promise<void>;
}

/** Starts an issuer on 127.0.0.1 on a free port. It does not implement login, authorize or token. */
export declare function startIssuer(options?: IssuerOptions): Promise<Issuer>;
