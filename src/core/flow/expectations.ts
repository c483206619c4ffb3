/**
 * What the page that ran a sign-in knows about the tokens it received, for verification: the
 * metadata of the issuer the person chose (its keys verify the tokens, never keys a token names),
 * and for the ID token the client ID (`aud`), the request's `nonce` and the code (`c_hash`).
 */
export type TokenExpectations = {
  readonly metadataUrl: string;
  readonly clientId: string;
  /** null after a refresh: a refreshed ID token need not repeat the nonce (OIDC Core 12.2). */
  readonly nonce: string | null;
  readonly code: string | null;
};
