// Keys for the create/jwe tests, made by node:crypto (independent of the code under test).
import { createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import type { SigningAlg } from './algorithms';

export interface NodeKeyPair {
  readonly privateKey: KeyObject;
  readonly publicKey: KeyObject;
}

const cache = new Map<string, NodeKeyPair>();

/** A Node key pair suited to `alg` (RSA 2048, P-256/384/521, Ed25519), generated once per alg family. */
export function nodeKeyPair(alg: Exclude<SigningAlg, 'HS256' | 'HS384' | 'HS512'>): NodeKeyPair {
  const family = alg.startsWith('RS') || alg.startsWith('PS') ? 'rsa' : alg;
  const hit = cache.get(family);
  if (hit) return hit;
  const pair =
    family === 'rsa'
      ? generateKeyPairSync('rsa', { modulusLength: 2048 })
      : family === 'EdDSA'
        ? generateKeyPairSync('ed25519')
        : generateKeyPairSync('ec', { namedCurve: { ES256: 'P-256', ES384: 'P-384', ES512: 'P-521' }[family as 'ES256'] });
  cache.set(family, pair);
  return pair;
}

/** The same private key written in every format Node can produce for it. */
export function privateKeyTexts(pair: NodeKeyPair): Record<string, string> {
  const k = pair.privateKey;
  const out: Record<string, string> = {
    jwk: JSON.stringify(k.export({ format: 'jwk' })),
    pkcs8: String(k.export({ format: 'pem', type: 'pkcs8' })),
  };
  if (k.asymmetricKeyType === 'rsa') out['pkcs1'] = String(k.export({ format: 'pem', type: 'pkcs1' }));
  if (k.asymmetricKeyType === 'ec') out['sec1'] = String(k.export({ format: 'pem', type: 'sec1' }));
  return out;
}

/** Node's public key object from a JWK the code under test produced. */
export function nodePublicFromJwk(jwk: object): KeyObject {
  return createPublicKey({ key: jwk as never, format: 'jwk' });
}
