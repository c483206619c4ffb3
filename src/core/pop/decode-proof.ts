import { analyzeToken } from '../token/analyze-token';

type Claims = Readonly<Record<string, unknown>>;

/** A decoded proof: header and payload, or null when the text is not a readable JWS. */
export type DecodedProof = { header: Claims; payload: Claims; compact: string };

/**
 * Reads a DPoP proof or signed HTTP request (any compact JWS) into its JSON parts; null when a
 * part is unreadable. No crypto here, so the input recogniser can use it without loading jose.
 */
export function decodeProof(compact: string): DecodedProof | null {
  const token = analyzeToken(compact.trim());
  if (token.format !== 'jws' || !token.header.ok || !token.payload.ok || token.payload.kind !== 'json') return null;
  return { header: token.header.value, payload: token.payload.value, compact: token.compact };
}

/** The access token carried inside a Microsoft signed HTTP request (`at`), or null. */
export function innerAccessToken(shr: string): string | null {
  const at = decodeProof(shr)?.payload['at'];
  return typeof at === 'string' && at.trim() !== '' ? at.trim() : null;
}
