// Helpers shared by the verify tests (not shipped code paths).
import { createHmac } from 'node:crypto';
import { CompactSign, exportJWK, generateKeyPair } from 'jose';
import type { CryptoKey, JWK } from 'jose';

/** base64url of UTF-8 text (Node's Buffer: independent of the code under test). */
export function b64(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64url');
}

/** Signs a JSON payload with the given protected header. */
export async function signToken(
  header: { alg: string } & Record<string, unknown>,
  payload: unknown,
  key: CryptoKey | Uint8Array,
): Promise<string> {
  return new CompactSign(new TextEncoder().encode(JSON.stringify(payload))).setProtectedHeader(header).sign(key);
}

/** A fresh key pair and its public JWK (extractable so the tests can export it). */
export async function keyPair(
  alg: string,
  options: { crv?: string } = {},
): Promise<{ privateKey: CryptoKey; publicKey: CryptoKey; jwk: JWK }> {
  const { privateKey, publicKey } = await generateKeyPair(alg, { extractable: true, ...options });
  return { privateKey, publicKey, jwk: await exportJWK(publicKey) };
}

/** Flips the lowest bit of the middle byte of one segment of a compact JWS. */
export function flipByte(compact: string, segment: 1 | 2): string {
  const parts = compact.split('.');
  const bytes = Buffer.from(parts[segment] ?? '', 'base64url');
  const middle = Math.floor(bytes.length / 2);
  bytes[middle] = (bytes[middle] ?? 0) ^ 0x01;
  parts[segment] = bytes.toString('base64url');
  return parts.join('.');
}

/** HS256 over exact header and payload texts, with node:crypto (for headers jose refuses to sign). */
export function hs256Raw(headerText: string, payloadText: string, secret: Uint8Array): string {
  const input = `${b64(headerText)}.${b64(payloadText)}`;
  return `${input}.${createHmac('sha256', secret).update(input).digest('base64url')}`;
}

const shared = new Map<string, ReturnType<typeof keyPair>>();

/** A key pair generated once per (alg, slot) and reused: RSA generation is slow. */
export function sharedKeyPair(alg: string, slot = 0, options: { crv?: string } = {}): ReturnType<typeof keyPair> {
  const id = `${alg}/${slot}/${options.crv ?? ''}`;
  let pair = shared.get(id);
  if (pair === undefined) {
    pair = keyPair(alg, options);
    shared.set(id, pair);
  }
  return pair;
}
