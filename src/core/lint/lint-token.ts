import { classifyToken } from '../claims/classify';
import { evaluateLifetime } from '../claims/lifetime';
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
const DPOP_BY_DESIGN = (f: LintFinding): boolean =>
  f.id === 'exp_missing' || (f.id === 'header_embedded_key' && f.evidence['param'] === 'jwk');

/** The signing input and signature: from the decoder when given, else split from the compact form. */
function signedParts(ctx: LintContext): { input: string; signature: Uint8Array } | null {
  if (ctx.signed !== undefined) return ctx.signed;
  const parts = ctx.compact?.split('.');
  if (parts?.length !== 3) return null;
  const [h, p, s] = parts as [string, string, string];
  const sig = decodeBase64url(s, 'signature');
  return sig.ok ? { input: `${h}.${p}`, signature: sig.bytes } : null;
}

async function weakSecret(alg: unknown, ctx: LintContext): Promise<LintFinding | null> {
  if (!isHmacAlg(alg)) return null;
  // WebCrypto is absent on insecure origins (plain http other than localhost): skip this one rule.
  if (typeof crypto === 'undefined' || crypto.subtle === undefined) return null;
  const signed = signedParts(ctx);
  if (signed === null) return null;
  const secret = await findWellKnownSecret(alg, signed.input, signed.signature);
  return secret === null ? null : finding('weak_hmac_secret', { alg, secret });
}

/**
 * The security lint: weaknesses a token has by construction (RFC 8725 §3.1-3.12), most severe first.
 * `payload` is null when the payload is not a JSON object. Tries well-known HMAC secrets when
 * `ctx.compact` is given (WebCrypto, offline). Does not verify the signature with a real key, and a
 * clean result does not make an unverified token trustworthy.
 */
export async function lintToken(header: Json, payload: Json | null, ctx: LintContext): Promise<LintFinding[]> {
  const classification = payload ? (ctx.classification ?? classifyToken(header, payload)) : null;
  const out = headerFindings(header, classification?.family ?? 'unknown', ctx);
  const weak = await weakSecret(header.alg, ctx);
  if (weak) out.push(weak);
  if (payload && classification) out.push(...payloadFindings(header, payload, classification, ctx.lifetimeSeconds ?? lifetimeOf(payload)));
  for (const d of ctx.duplicates ?? []) out.push(finding('duplicate_member', { part: d.part, name: d.name }));
  return bySeverity(isDpopProof(header) ? out.filter((f) => !DPOP_BY_DESIGN(f)) : out);
}

// The lifetime (exp - iat) does not depend on the clock, so any instant will do here.
function lifetimeOf(payload: Json): number | undefined {
  const life = evaluateLifetime(payload, { now: 0, skewSeconds: 0 });
  return life.state === 'invalid-times' ? undefined : life.lifetimeSeconds;
}

/**
 * Lints a decoded JWS with what the decoder already produced (signing input, signature bytes,
 * duplicate-member issues) and what the analysis and the verification know. Null when the header is unreadable.
 */
export function lintJws(
  token: JwsToken,
  extra: Pick<LintContext, 'signature' | 'expectedAsymmetric' | 'classification' | 'lifetimeSeconds'> = {},
): Promise<LintFinding[]> | null {
  if (!token.header.ok) return null;
  const payload = token.payload.ok && token.payload.kind === 'json' ? token.payload.value : null;
  const duplicates = token.issues.flatMap((i) => (i.code === 'duplicate_member' ? [{ part: i.part, name: i.name }] : []));
  const signed = token.signature.ok ? { input: `${token.segments[0]}.${token.segments[1]}`, signature: token.signature.bytes } : undefined;
  return lintToken(token.header.value, payload, { ...extra, ...(signed ? { signed } : {}), duplicates });
}
