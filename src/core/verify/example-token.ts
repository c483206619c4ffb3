import { CompactSign, exportJWK, generateKeyPair } from 'jose';

/** A freshly signed example token and the public key that verifies it. */
export interface ExampleToken {
  readonly token: string;
  readonly publicJwk: Readonly<Record<string, unknown>>;
}

// `.invalid` is reserved (RFC 2606 §2): the example issuer can never be fetched, so the example
// causes no network request and shows the "paste a key" path instead.
export const EXAMPLE_ISSUER = 'https://login.token-explorer.invalid/7d1c5a1e-2b0f-4c55-9a52-3c1e0a9d6f10/v2.0';

/**
 * Builds an Entra-v2-shaped delegated access token for a fictional tenant, signed RS256 with a
 * key generated on the spot, valid for an hour from `now` (seconds; iat/nbf back-dated 5 minutes
 * as Entra does). The private key is never exported. Not a real Microsoft token.
 */
export async function makeExampleToken(now: number): Promise<ExampleToken> {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
  const kid = 'example-key-1';
  const claims = {
    aud: 'api://contoso-orders',
    iss: EXAMPLE_ISSUER,
    iat: now - 300,
    nbf: now - 300,
    exp: now + 3600,
    aio: 'AWQAm/8aAAAAexample',
    azp: '0f5c1f9e-8a43-4c3e-9b7e-2a4d6c8e0b11',
    azpacr: '0',
    name: 'Ada Lovelace',
    oid: '3b1f2a4c-5d6e-4f70-8a9b-0c1d2e3f4a5b',
    preferred_username: 'ada@contoso.example',
    rh: '0.AXkAexample',
    scp: 'Orders.Read Orders.Write',
    sub: 'l3x4mpl3-pairwise-subject',
    tid: '7d1c5a1e-2b0f-4c55-9a52-3c1e0a9d6f10',
    uti: 'ex4mpl3UtiValue',
    ver: '2.0',
  };
  const token = await new CompactSign(new TextEncoder().encode(JSON.stringify(claims)))
    .setProtectedHeader({ typ: 'JWT', alg: 'RS256', kid })
    .sign(privateKey);
  const { kty, n, e } = await exportJWK(publicKey);
  return { token, publicJwk: { kty, use: 'sig', alg: 'RS256', kid, n, e } };
}
