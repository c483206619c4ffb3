import { jwkThumbprint, verifyWithCarriedKey } from '../verify/embedded-key';
import { decodeProof, type DecodedProof } from './decode-proof';
import { digest, encodeBase64Url, utf8 } from '../verify/bytes';
import type { ClaimCheck, ClaimCheckCode, ClaimCheckId, ClaimCheckStatus } from '../verify/check-claims';
import { comparableUri, type RequestTarget } from './request-target';

type Claims = Readonly<Record<string, unknown>>;

/** RFC 9449 §4.2: a proof is signed with an asymmetric algorithm; MACs and `none` are refused. */
const ASYMMETRIC = /^(RS|PS|ES)(256|384|512)$|^(EdDSA|Ed25519)$/;
/** JWK members that only a private key has (RFC 7518 §6.2.2, §6.3.2, §6.4.1; RFC 8037). */
const PRIVATE_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth', 'k'];
/** How old a proof may be before it looks replayed; RFC 9449 §11.1 leaves the window to the server. */
export const PROOF_MAX_AGE_SECONDS = 300;

function row(id: ClaimCheckId, status: ClaimCheckStatus, code: ClaimCheckCode, expected?: string, actual?: string): ClaimCheck {
  return { id, status, code, ...(expected === undefined ? {} : { expected }), ...(actual === undefined ? {} : { actual }) };
}

/**
 * Verifies a proof's signature with the public key in its own `jwk` header (RFC 9449 §4.3 steps
 * 4-7). That key vouches for the proof only: it shows the sender holds the key, never who the sender
 * is, and it is never used for the access token. Returns the key's RFC 7638 thumbprint when valid.
 */
export async function verifyProofSignature(proof: DecodedProof): Promise<{ check: ClaimCheck; thumbprint: string | null }> {
  const { header } = proof;
  const typ = header['typ'];
  if (typeof typ !== 'string' || typ.toLowerCase() !== 'dpop+jwt')
    return { check: row('dpop_proof', 'fail', 'proof_not_dpop_typ', 'dpop+jwt', String(typ)), thumbprint: null };
  const alg = header['alg'];
  if (typeof alg !== 'string' || !ASYMMETRIC.test(alg))
    return { check: row('dpop_proof', 'fail', 'proof_alg_not_asymmetric', undefined, String(alg)), thumbprint: null };
  const jwk = header['jwk'];
  if (typeof jwk !== 'object' || jwk === null || Array.isArray(jwk))
    return { check: row('dpop_proof', 'fail', 'proof_jwk_missing'), thumbprint: null };
  if (PRIVATE_MEMBERS.some((m) => Object.hasOwn(jwk, m)))
    return { check: row('dpop_proof', 'fail', 'proof_jwk_private'), thumbprint: null };
  const key = jwk as Readonly<Record<string, unknown>>;
  const thumbprint = (await verifyWithCarriedKey(proof.compact, key, alg)) ? await jwkThumbprint(key) : null;
  return thumbprint === null
    ? { check: row('dpop_proof', 'fail', 'proof_signature_invalid'), thumbprint: null }
    : { check: row('dpop_proof', 'pass', 'proof_signature_valid', undefined, thumbprint), thumbprint };
}

/** RFC 9449 §4.3 steps 8-11: method, URL and issue time of the proof against the pasted request. */
export function proofRequestChecks(payload: Claims, request: RequestTarget, now: number, skewSeconds: number): ClaimCheck[] {
  const htm = payload['htm'];
  const htu = payload['htu'];
  const iat = payload['iat'];
  const methodCheck =
    typeof htm !== 'string'
      ? row('htm', 'fail', htm === undefined ? 'missing' : 'bad_type', request.method ?? undefined)
      : request.method === null
        ? row('htm', 'info', 'request_not_given', undefined, htm)
        : // HTTP methods are case-sensitive (RFC 9110 §9.1).
          row('htm', htm === request.method ? 'pass' : 'fail', htm === request.method ? 'matches' : 'mismatch', request.method, htm);
  const wanted = request.url === null ? null : comparableUri(request.url);
  const got = typeof htu === 'string' ? comparableUri(htu) : null;
  const urlCheck =
    typeof htu !== 'string'
      ? row('htu', 'fail', htu === undefined ? 'missing' : 'bad_type', wanted ?? undefined)
      : wanted === null
        ? row('htu', 'info', 'request_not_given', undefined, htu)
        : row('htu', got === wanted ? 'pass' : 'fail', got === wanted ? 'matches' : 'mismatch', wanted, htu);
  const iatCheck =
    typeof iat !== 'number' || !Number.isFinite(iat)
      ? row('proof_iat', 'fail', iat === undefined ? 'missing' : 'bad_type')
      : iat > now + skewSeconds
        ? row('proof_iat', 'fail', 'issued_in_future', String(now + skewSeconds), String(iat))
        : iat < now - skewSeconds - PROOF_MAX_AGE_SECONDS
          ? row('proof_iat', 'warn', 'proof_too_old', String(now - skewSeconds - PROOF_MAX_AGE_SECONDS), String(iat))
          : row('proof_iat', 'pass', 'issued_in_past', String(now - skewSeconds - PROOF_MAX_AGE_SECONDS), String(iat));
  return [methodCheck, urlCheck, iatCheck];
}

/** RFC 9449 §4.2 / §7.1: `ath` is base64url(SHA-256(ASCII access token)). */
export async function accessTokenHash(accessToken: string): Promise<string> {
  return encodeBase64Url(await digest('SHA-256', utf8(accessToken)));
}

/** The `cnf.jkt` of an access token, when it has one (RFC 9449 §6.1). */
export function confirmationJkt(payload: Claims): string | undefined {
  const cnf = payload['cnf'];
  if (typeof cnf !== 'object' || cnf === null) return undefined;
  const jkt = (cnf as Record<string, unknown>)['jkt'];
  return typeof jkt === 'string' ? jkt : undefined;
}

export type DpopInput = {
  proof: string;
  /** The access token sent with `Authorization: DPoP`, when the check is about it. */
  accessToken?: { compact: string; payload: Claims };
  request: RequestTarget;
  now: number;
  skewSeconds: number;
};

/**
 * Every DPoP check for a pasted request (RFC 9449 §4.3, §7.1): the proof's own signature, its
 * method, URL and age against the request line, and, when the access token is given, `ath` (the
 * proof is for this token) and the key binding (`cnf.jkt` equals the RFC 7638 thumbprint of the
 * proof key). A binding row only passes when the proof signature is valid. Does not verify the
 * access token's own signature (that is the issuer's key, checked elsewhere) and keeps no replay cache.
 */
export async function checkDpop(input: DpopInput): Promise<ClaimCheck[]> {
  const proof = decodeProof(input.proof);
  if (proof === null) return [row('dpop_proof', 'fail', 'proof_unreadable')];
  const { check, thumbprint } = await verifyProofSignature(proof);
  const rows = [check, ...proofRequestChecks(proof.payload, input.request, input.now, input.skewSeconds)];
  if (input.accessToken === undefined) return rows;
  const ath = proof.payload['ath'];
  const expectedAth = await accessTokenHash(input.accessToken.compact);
  rows.push(
    typeof ath !== 'string'
      ? row('ath', 'fail', ath === undefined ? 'missing' : 'bad_type', expectedAth)
      : row('ath', ath === expectedAth ? 'pass' : 'fail', ath === expectedAth ? 'matches' : 'mismatch', expectedAth, ath),
  );
  const jkt = confirmationJkt(input.accessToken.payload);
  rows.push(
    jkt === undefined
      ? row('cnf_jkt', 'fail', 'cnf_jkt_missing', thumbprint ?? undefined)
      : thumbprint === null
        ? row('cnf_jkt', 'fail', 'proof_key_unproven', undefined, jkt)
        : row('cnf_jkt', jkt === thumbprint ? 'pass' : 'fail', jkt === thumbprint ? 'matches' : 'mismatch', thumbprint, jkt),
  );
  return rows;
}
