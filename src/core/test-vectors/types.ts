/** A JWK exactly as a spec publishes it: public members plus, where given, the private or secret ones. */
export type VectorJwk = Readonly<Record<string, string>> & { readonly kty: 'RSA' | 'EC' | 'oct' | 'OKP' };

/** Algorithms used by the stored vectors. */
export type VectorAlg = 'HS256' | 'RS256' | 'PS384' | 'ES256' | 'ES512' | 'EdDSA' | 'none';

/**
 * One published JWS Compact Serialization with the key that produced it.
 * `expectedHeaderText` and `expectedPayloadText` are the exact UTF-8 texts under the base64url,
 * so decoders can be checked byte for byte (RFC 7515 A.1 keeps CR LF and spaces in its JSON).
 */
export interface JwsTestVector {
  readonly name: string;
  readonly source: string;
  readonly compact: string;
  readonly alg: VectorAlg;
  /** `null` only for the unsecured (`alg: none`) example, which has no key. */
  readonly key: VectorJwk | null;
  readonly expectedHeader: Readonly<Record<string, unknown>>;
  readonly expectedHeaderText: string;
  readonly expectedPayloadText: string;
}
