// Key material for the local test issuer: one key pair per asymmetric JWS algorithm, grouped in
// "generations" so rotation can be simulated, plus the HMAC secret and the signer.
import { CompactSign, exportJWK, exportSPKI, generateKeyPair } from 'jose';

/** Every asymmetric JWS algorithm the issuer publishes a key for (RFC 7518 §3.1, RFC 8037 §3.1). */
export const ASYMMETRIC_ALGS = Object.freeze(['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA']);

/** The HMAC algorithms `sign` accepts; their key is the shared `HMAC_SECRET`, never published. */
export const HMAC_ALGS = Object.freeze(['HS256', 'HS384', 'HS512']);

/**
 * Shared secret for the pasted-secret tests. 64 ASCII bytes = 512 bits, so it is long enough for
 * HS512 too (RFC 7518 §3.2: the key must be at least as long as the hash output).
 */
export const HMAC_SECRET = 'token-explorer-e2e-hmac-secret-0123456789-abcdefghijklmnopqrstuv';

// RSA key generation costs ~100 ms per key, so a worker process reuses key pairs across tests.
// The cache key includes a "slot" (the index among issuers open at the same time in this process)
// so that two issuers alive together never share a key: a test that expects issuer B's JWKS to
// reject issuer A's token must not pass by accident.
const generations = new Map();

/** A kid that names the algorithm and the generation, e.g. `rs256-1`. */
export function kidOf(alg, generation) {
  return `${alg.toLowerCase()}-${generation}`;
}

async function generate(generation) {
  const entries = await Promise.all(
    ASYMMETRIC_ALGS.map(async (alg) => {
      const { publicKey, privateKey } = await generateKeyPair(alg, { extractable: true });
      return [alg, { alg, kid: kidOf(alg, generation), publicKey, privateKey, jwk: await exportJWK(publicKey) }];
    }),
  );
  return { generation, keys: new Map(entries) };
}

/**
 * Returns the key generation `generation` for issuer slot `slot` (a string such as '0' or
 * 'foreign'), generating it on first use and caching it for the life of the process.
 */
export function keyGeneration(slot, generation) {
  const cacheKey = `${slot}/${generation}`;
  let pending = generations.get(cacheKey);
  if (!pending) {
    pending = generate(generation);
    generations.set(cacheKey, pending);
  }
  return pending;
}

/** The JWKS entry of one key: kid, kty, use 'sig' and (unless `omitAlg`, as Entra does) alg. */
export function publicJwk(key, { omitAlg = false } = {}) {
  const jwk = { kid: key.kid, use: 'sig', ...key.jwk };
  if (!omitAlg) jwk.alg = key.alg;
  return jwk;
}

/** PEM (SPKI) text of a public key, for the paste-a-PEM fallback. */
export function publicPem(key) {
  return exportSPKI(key.publicKey);
}

/**
 * Builds the claims of a test token: iss, aud, sub, iat, nbf, exp around `now` (seconds), then
 * `claims` on top. A claim set to `undefined` in `claims` removes the default.
 */
export function buildClaims(defaults, claims, { now, lifetimeSeconds = 3600 }) {
  return withoutUndefined({ ...defaults, iat: now, nbf: now, exp: now + lifetimeSeconds, ...claims });
}

/** A copy of `record` without the members whose value is undefined (the "remove this" marker). */
export function withoutUndefined(record) {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined));
}

const b64url = (text) => Buffer.from(text, 'utf8').toString('base64url');

/**
 * Signs `payload` into a compact JWS. `key` is a generated key (asymmetric algs), or null for HS*
 * (signed with `secret`) and 'none' (an unsecured JWS, RFC 7515 §A.5, empty signature).
 * The header is `{ typ: 'JWT', kid?, ...header, alg }`: extra members cannot change alg.
 */
export async function signCompact(payload, { alg, key, kid, header = {}, secret = HMAC_SECRET }) {
  const protectedHeader = { typ: 'JWT', ...(kid === undefined ? {} : { kid }), ...header, alg };
  const bytes = new TextEncoder().encode(JSON.stringify(payload));
  if (alg === 'none') return `${b64url(JSON.stringify(protectedHeader))}.${Buffer.from(bytes).toString('base64url')}.`;
  const signingKey = HMAC_ALGS.includes(alg) ? new TextEncoder().encode(secret) : key?.privateKey;
  if (!signingKey) throw new Error(`No signing key for ${alg}`);
  return new CompactSign(bytes).setProtectedHeader(protectedHeader).sign(signingKey);
}
