import type { ClaimCheck } from '../verify/check-claims';
import { checkDpop } from './dpop-checks';
import { checkMsPop } from './ms-pop-checks';
import type { RequestTarget } from './request-target';

type Claims = Readonly<Record<string, unknown>>;

/** What arrived with a token in a pasted proof-of-possession request (see companionsOf). */
export type PopCompanion = {
  readonly scheme: 'DPoP' | 'PoP';
  /** The access token of the request (DPoP: the Authorization credential; PoP: the SHR's `at`). */
  readonly accessToken: string | null;
  /** DPoP: the `DPoP` header proof; PoP: the signed HTTP request. */
  readonly proof: string | null;
  readonly target: RequestTarget;
};

const NO_REQUEST: RequestTarget = { method: null, url: null };

/** Whether a JWS header is a DPoP proof's (RFC 9449 4.2: typ dpop+jwt, compared case-insensitively). */
export const isDpopProof = (header: Claims) => typeof header['typ'] === 'string' && header['typ'].toLowerCase() === 'dpop+jwt';

/** Whether any proof-of-possession row applies: a request arrived with the token, or the token is itself a DPoP proof. */
export function popChecksApply(header: Claims, pop: PopCompanion | undefined): boolean {
  return pop !== undefined || isDpopProof(header);
}

/**
 * The proof-of-possession rows for the token on screen: for the access token of a DPoP request,
 * the proof's signature, htm/htu/iat, `ath` and the `cnf.jkt` binding; for the proof itself, its
 * own rows; for a Microsoft PoP request, the signed request's signature, binding and m/u/p/ts.
 * A lone DPoP proof (typ dpop+jwt) gets its signature and iat rows. Empty otherwise.
 */
export async function popChecksFor(
  token: { compact: string; header: Claims; payload: Claims },
  pop: PopCompanion | undefined,
  now: number,
  skewSeconds: number,
): Promise<ClaimCheck[]> {
  const clock = { now, skewSeconds };
  if (pop === undefined) {
    return isDpopProof(token.header) ? checkDpop({ proof: token.compact, request: NO_REQUEST, ...clock }) : [];
  }
  // RFC 9449 §7.1: a request with Authorization: DPoP must carry a DPoP proof header.
  if (pop.proof === null) return pop.scheme === 'DPoP' ? [{ id: 'dpop_proof', status: 'fail', code: 'proof_missing' }] : [];
  const isAccessToken = pop.accessToken !== null && token.compact === pop.accessToken;
  if (pop.scheme === 'DPoP') {
    return checkDpop({
      proof: pop.proof,
      request: pop.target,
      ...clock,
      ...(isAccessToken ? { accessToken: { compact: token.compact, payload: token.payload } } : {}),
    });
  }
  return checkMsPop({ shr: pop.proof, request: pop.target, ...clock, ...(isAccessToken ? { accessPayload: token.payload } : {}) });
}
