import { decodeBase64url } from './base64url';
import { decodeJsonSegment, decodePayloadSegment } from './decode-json';
import { guessOpaqueKind, hasKnownOpaqueShape } from './opaque';
import type { AnalyzedToken, JsonPart, JweToken, JwsToken, SegmentName, SignaturePart, TokenIssue } from './types';

function isNone(alg: unknown): boolean {
  return typeof alg === 'string' && alg.toLowerCase() === 'none';
}

function analyzeJws(compact: string, segments: readonly [string, string, string], header: JsonPart, issues: TokenIssue[]): JwsToken {
  const payload = decodePayloadSegment(segments[1], issues);
  let unsecured = false;
  if (header.ok) {
    const alg = header.value.alg;
    if (alg === undefined) issues.push({ code: 'alg_missing' });
    else if (typeof alg !== 'string') issues.push({ code: 'alg_not_string' });
    unsecured = isNone(alg);
    if (unsecured && segments[2] !== '') issues.push({ code: 'alg_none_with_signature' });
    if (!unsecured && typeof alg === 'string' && segments[2] === '') issues.push({ code: 'signature_missing', alg });
  }
  let signature: SignaturePart;
  if (segments[2] === '') {
    signature = { ok: true, bytes: new Uint8Array(0) };
  } else {
    const b = decodeBase64url(segments[2], 'signature');
    signature = b.ok ? { ok: true, bytes: b.bytes } : { ok: false, issue: b.issue };
  }
  return { format: 'jws', compact, segments, header, payload, signature, unsecured: unsecured && segments[2] === '', issues };
}

const JWE_PARTS: readonly SegmentName[] = ['encrypted_key', 'iv', 'ciphertext', 'tag'];

function analyzeJwe(
  compact: string,
  segments: readonly [string, string, string, string, string],
  header: JsonPart,
  issues: TokenIssue[],
): JweToken {
  if (header.ok && header.value.enc === undefined) issues.push({ code: 'enc_missing' });
  const lengths = JWE_PARTS.map((part, i) => {
    const seg = segments[i + 1] ?? '';
    // An empty encrypted key is legal for "dir" and "ECDH-ES" (RFC 7516 §5.1 step 5).
    if (seg === '') return null;
    const b = decodeBase64url(seg, part);
    if (!b.ok) {
      issues.push(b.issue);
      return null;
    }
    return b.bytes.length;
  });
  return {
    format: 'jwe',
    compact,
    segments,
    header,
    nested: header.ok && typeof header.value.cty === 'string' && header.value.cty.toUpperCase() === 'JWT',
    lengths: { encryptedKey: lengths[0] ?? null, iv: lengths[1] ?? null, ciphertext: lengths[2] ?? null, tag: lengths[3] ?? null },
    issues,
  };
}

/**
 * Takes one compact token (already stripped of noise) and decodes it as far as possible:
 * JWS (3 segments), JWE (5), known opaque shapes, or a malformed token whose first segment is still
 * tried as a header. Never throws. Does not verify anything: signatures and claims are checked elsewhere.
 */
export function analyzeToken(compact: string): AnalyzedToken {
  const segments = compact.split('.');
  const issues: TokenIssue[] = [];
  const first = segments[0] ?? '';
  const looksJose = first.startsWith('eyJ');
  if (!looksJose && hasKnownOpaqueShape(compact)) {
    return { format: 'opaque', compact, kind: guessOpaqueKind(compact), length: compact.length };
  }
  if (segments.length === 1 && !looksJose) {
    return { format: 'opaque', compact, kind: 'unknown', length: compact.length };
  }
  const header = decodeJsonSegment(first, 'header', issues);
  if (segments.length === 3) {
    return analyzeJws(compact, segments as unknown as readonly [string, string, string], header, issues);
  }
  if (segments.length === 5) {
    return analyzeJwe(compact, segments as unknown as readonly [string, string, string, string, string], header, issues);
  }
  issues.unshift({ code: 'segment_count', found: segments.length });
  return { format: 'malformed', compact, segments, header: header.ok || looksJose ? header : null, issues };
}
