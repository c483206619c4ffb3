import { roundTripValues } from '../../core/flow/pending-sign-in';
import { RANDOM_BYTES, s256Challenge } from '../../core/flow/pkce';

/** state, nonce, PKCE verifier and its S256 challenge for one sign-in, from the browser's CSPRNG. */
export type RequestSecrets = { state: string; nonce: string; verifier: string; challenge: string };

const random = () => crypto.getRandomValues(new Uint8Array(RANDOM_BYTES));

/** Makes fresh values; they live in memory until "Sign in" puts them in sessionStorage for the round trip. */
export async function freshRequestSecrets(): Promise<RequestSecrets> {
  const values = roundTripValues({ state: random(), nonce: random(), verifier: random() });
  return { ...values, challenge: await s256Challenge(values.verifier) };
}
