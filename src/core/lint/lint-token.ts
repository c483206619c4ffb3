import { detectFamily } from '../claims/classify-family';
import { decodeBase64url } from '../token/base64url';
import type { JwsToken } from '../token/types';
import { headerFindings } from './header-rules';
import { bySeverity, finding, type LintContext, type LintFinding } from './lint-types';
import { payloadFindings } from './payload-rules';
import { findWellKnownSecret, isHmacAlg } from './weak-secrets';

type Json = Readonly<Record<string, unknown>>;

/** A DPoP proof (RFC 9449 §4.2): typ dpop+jwt. */
function isDpopProof(header: Json): boolean {
  const typ = Object.hasOwn(header, 'typ') ? header['typ'] : undefined;
  return typeof typ === 'string' && typ.toLowerCase() === 'dpop+jwt';
}

// RFC 9449 §4.2: a proof carries its public key in `jwk` and has no `exp` (freshness comes from iat
// and jti). Both are its design, not weaknesses; the proof's key vouches only for the proof (core/pop).
const DPOP_BY_DESIGN = (f: LintFinding): boolean => f.id === 'exp_missing' || (f.id === 'header_embedded_key' && f.evidence['param'] === 'jwk');

async function weakSecret(alg: unknown, compact: string | undefined): Promise<LintFinding | null> {
  if (!isHmacAlg(alg) || compact === undefined) return null;
  // WebCrypto is absent on insecure origins (plain http other than localhost): skip this one rule.
  if (typeof crypto === 'undefined' || crypto.subtle === undefined) return null;
  const parts = compact.split('.');
  if (parts.length !== 3) return null;
  const [h, p, s] = parts as [string, string, string];
  const sig = decodeBase64url(s, 'signature');
  if (!sig.ok) return null;
  const secret = await findWellKnownSecret(alg, `${h}.${p}`, sig.bytes);
  return secret === null ? null : finding('weak_hmac_secret', { alg, secret });
}

/**
 * The security lint: weaknesses a token has by construction (RFC 8725 §3.1-3.12), most severe first.
 * `payload` is null when the payload is not a JSON object. Tries well-known HMAC secrets when
 * `ctx.compact` is given (WebCrypto, offline). Does not verify the signature with a real key, and a
 * clean result does not make an unverified token trustworthy.
 */
export async function lintToken(header: Json, payload: Json | null, ctx: LintContext): Promise<LintFinding[]> {
  const family = payload ? detectFamily(payload).family : 'unknown';
  const out = headerFindings(header, family, ctx);
  const weak = await weakSecret(header.alg, ctx.compact);
  if (weak) out.push(weak);
  if (payload) out.push(...payloadFindings(header, payload, ctx.now));
  for (const d of ctx.duplicates ?? []) out.push(finding('duplicate_member', { part: d.part, name: d.name }));
  return bySeverity(isDpopProof(header) ? out.filter((f) => !DPOP_BY_DESIGN(f)) : out);
}

/** Lints a decoded JWS, taking the compact form and the decoder's duplicate-member issues from it. Null when the header is unreadable. */
export function lintJws(token: JwsToken, now: number, extra: Pick<LintContext, 'signature' | 'expectedAsymmetric'> = {}): Promise<LintFinding[]> | null {
  if (!token.header.ok) return null;
  const payload = token.payload.ok && token.payload.kind === 'json' ? token.payload.value : null;
  const duplicates = token.issues.flatMap((i) => (i.code === 'duplicate_member' ? [{ part: i.part, name: i.name }] : []));
  return lintToken(token.header.value, payload, { ...extra, now, compact: token.compact, duplicates });
}
