import { jwkThumbprint, verifyWithCarriedKey } from '../verify/embedded-key';
import type { ClaimCheck, ClaimCheckCode, ClaimCheckId, ClaimCheckStatus } from '../verify/check-claims';
import { PROOF_MAX_AGE_SECONDS } from './dpop-checks';
import { decodeProof } from './decode-proof';
import type { RequestTarget } from './request-target';

type Claims = Readonly<Record<string, unknown>>;

/*
 * Microsoft's proof-of-possession "signed HTTP request" (SHR), sent as `Authorization: PoP <SHR>`
 * (MSAL AT PoP; draft-ietf-oauth-signed-http-request): a JWS whose payload carries the access token
 * (`at`), the client's public key (`cnf.jwk`), a timestamp (`ts`), and the request's method (`m`),
 * host (`u`) and path (`p`). The access token names the key it is bound to in `cnf.kid` (MSAL sends
 * req_cnf = {"kid": RFC 7638 thumbprint}); `cnf.jkt` is accepted the same way.
 */

const ASYMMETRIC = /^(RS|PS|ES)(256|384|512)$/;
const PRIVATE_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth', 'k'];

function row(id: ClaimCheckId, status: ClaimCheckStatus, code: ClaimCheckCode, expected?: string, actual?: string): ClaimCheck {
  return { id, status, code, ...(expected === undefined ? {} : { expected }), ...(actual === undefined ? {} : { actual }) };
}

function boundKeyId(payload: Claims): string | undefined {
  const cnf = payload['cnf'];
  if (typeof cnf !== 'object' || cnf === null) return undefined;
  const record = cnf as Record<string, unknown>;
  const id = record['kid'] ?? record['jkt'];
  return typeof id === 'string' ? id : undefined;
}

async function verifyWithOwnKey(
  compact: string,
  header: Claims,
  payload: Claims,
): Promise<{ check: ClaimCheck; thumbprint: string | null }> {
  const cnf = payload['cnf'];
  const jwk = typeof cnf === 'object' && cnf !== null ? (cnf as Record<string, unknown>)['jwk'] : undefined;
  if (typeof jwk !== 'object' || jwk === null || Array.isArray(jwk))
    return { check: row('pop_signature', 'fail', 'cnf_jwk_missing'), thumbprint: null };
  if (PRIVATE_MEMBERS.some((m) => Object.hasOwn(jwk, m)))
    return { check: row('pop_signature', 'fail', 'proof_jwk_private'), thumbprint: null };
  const alg = header['alg'];
  if (typeof alg !== 'string' || !ASYMMETRIC.test(alg))
    return { check: row('pop_signature', 'fail', 'proof_alg_not_asymmetric', undefined, String(alg)), thumbprint: null };
  const key = jwk as Readonly<Record<string, unknown>>;
  const thumbprint = (await verifyWithCarriedKey(compact, key, alg)) ? await jwkThumbprint(key) : null;
  return thumbprint === null
    ? { check: row('pop_signature', 'fail', 'proof_signature_invalid'), thumbprint: null }
    : { check: row('pop_signature', 'pass', 'proof_signature_valid', undefined, thumbprint), thumbprint };
}

function compareField(id: 'pop_m' | 'pop_u' | 'pop_p', claimed: unknown, wanted: string | null): ClaimCheck {
  if (claimed === undefined) return row(id, 'skipped', 'absent', wanted ?? undefined);
  if (typeof claimed !== 'string') return row(id, 'fail', 'bad_type', wanted ?? undefined, JSON.stringify(claimed));
  if (wanted === null) return row(id, 'info', 'request_not_given', undefined, claimed);
  // Host names compare case-insensitively; methods and paths exactly.
  const same = id === 'pop_u' ? claimed.toLowerCase() === wanted.toLowerCase() : claimed === wanted;
  return row(id, same ? 'pass' : 'fail', same ? 'matches' : 'mismatch', wanted, claimed);
}

function requestParts(request: RequestTarget): { host: string | null; path: string | null } {
  if (request.url === null) return { host: null, path: null };
  try {
    const url = new URL(request.url);
    return { host: url.host, path: url.pathname };
  } catch {
    return { host: null, path: null };
  }
}

export type MsPopInput = {
  shr: string;
  /** The access token's decoded payload (the `at` inside the SHR), for the key binding. */
  accessPayload?: Claims;
  request: RequestTarget;
  now: number;
  skewSeconds: number;
};

/**
 * Checks a Microsoft signed HTTP request: its signature with the key it carries (which vouches only
 * for this request), that the access token is bound to that key (`cnf.kid`/`cnf.jkt` equals the key's
 * RFC 7638 thumbprint), and method, host, path and timestamp against the pasted request line.
 * Does not verify the access token's own signature (issuer keys, checked elsewhere).
 */
export async function checkMsPop(input: MsPopInput): Promise<ClaimCheck[]> {
  const shr = decodeProof(input.shr);
  if (shr === null) return [row('pop_signature', 'fail', 'proof_unreadable')];
  if (typeof shr.payload['at'] !== 'string') return [row('pop_signature', 'fail', 'pop_at_missing')];
  const { check, thumbprint } = await verifyWithOwnKey(shr.compact, shr.header, shr.payload);
  const rows = [check];
  if (input.accessPayload !== undefined) {
    const bound = boundKeyId(input.accessPayload);
    rows.push(
      bound === undefined
        ? row('cnf_jkt', 'fail', 'cnf_jkt_missing', thumbprint ?? undefined)
        : thumbprint === null
          ? row('cnf_jkt', 'fail', 'proof_key_unproven', undefined, bound)
          : row('cnf_jkt', bound === thumbprint ? 'pass' : 'fail', bound === thumbprint ? 'matches' : 'mismatch', thumbprint, bound),
    );
  }
  const { host, path } = requestParts(input.request);
  rows.push(
    compareField('pop_m', shr.payload['m'], input.request.method),
    compareField('pop_u', shr.payload['u'], host),
    compareField('pop_p', shr.payload['p'], path),
  );
  const ts = shr.payload['ts'];
  rows.push(
    typeof ts !== 'number'
      ? row('pop_ts', 'fail', ts === undefined ? 'missing' : 'bad_type')
      : ts > input.now + input.skewSeconds
        ? row('pop_ts', 'fail', 'issued_in_future', String(input.now + input.skewSeconds), String(ts))
        : ts < input.now - input.skewSeconds - PROOF_MAX_AGE_SECONDS
          ? row('pop_ts', 'warn', 'proof_too_old', String(input.now - input.skewSeconds - PROOF_MAX_AGE_SECONDS), String(ts))
          : row('pop_ts', 'pass', 'issued_in_past', String(input.now - input.skewSeconds - PROOF_MAX_AGE_SECONDS), String(ts)),
  );
  return rows;
}
