import type { Recognized } from '../token/recognize';

/**
 * What "Copy link" may carry for an input. A pasted exchange or HAR is never shared whole: only the
 * token it carried goes on (then reduced by the share mode like any token), so cookies, other headers,
 * URLs and request bodies never reach a link (a token response's body is the token response itself). Anything else is shared as typed.
 */
export function shareableInput(recognized: Recognized, input: string): string {
  if (recognized.kind === 'har' || recognized.kind === 'exchange') return '';
  if (recognized.kind === 'token' && recognized.exchange) return recognized.token.compact;
  if (recognized.kind === 'bundle' && recognized.exchange) {
    const ex = recognized.exchange.context;
    // A proof-of-possession request: only its request line, token and proof (what the proof covers).
    if (ex.credential !== null && ex.scheme !== null) {
      const line = ex.method !== null && ex.url !== null ? `${ex.method} ${ex.url} HTTP/1.1\n` : '';
      return `${line}Authorization: ${ex.scheme} ${ex.credential}${ex.dpopProof === null ? '' : `\nDPoP: ${ex.dpopProof}`}`;
    }
    // Tokens returned in a response body: the body is the bundle's source, and holds no request header.
    return ex.responseBody ?? '';
  }
  return input;
}
