import { useMemo } from 'react';
import type { SigningAlg } from '../../core/create/algorithms';
import type { JsonObject, PartResult } from '../../core/create/parse-part';
import type { PrivateKey, PrivateKeyResult } from '../../core/create/private-key';
import { publicJwksText, publicPemOf } from '../../core/create/public-export';
import { signToken, type SignResult } from '../../core/create/sign';
import { useAsyncResult } from '../../lib/use-async-result';

export interface SignInput {
  readonly header: JsonObject;
  readonly payload: JsonObject;
  readonly alg: SigningAlg;
  readonly key: PrivateKey;
}

export interface Signed {
  readonly result: SignResult;
  readonly jwks: string | null;
  readonly pem: string | null;
}

async function run(input: SignInput): Promise<Signed> {
  const result = await signToken(input);
  const jwks = result.ok ? publicJwksText(input.key, input.alg) : null;
  const pem = result.ok ? await publicPemOf(input.key, input.alg) : null;
  return { result, jwks, pem };
}

/** The signed token and public key for the current header, payload, algorithm and key, updated live. */
export function useSigned(
  header: PartResult,
  payload: PartResult,
  alg: SigningAlg,
  key: PrivateKeyResult | null,
): { input: SignInput | null; signed: Signed | null } {
  const input = useMemo(
    () => (header.ok && payload.ok && key?.ok ? { header: header.value, payload: payload.value, alg, key: key.key } : null),
    [header, payload, alg, key],
  );
  return { input, signed: useAsyncResult(input, run) };
}
