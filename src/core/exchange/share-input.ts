import type { Recognized } from '../token/recognize';

/**
 * What "Copy link" may carry for an input. A pasted exchange or HAR is never shared whole: only the
 * token it carried goes on (then reduced by the share mode like any token), so cookies, other headers,
 * URLs and request bodies never reach a link (a token response's body is the token response itself). Anything else is shared as typed.
 */
export function shareableInput(recognized: Recognized, input: string): string {
  if (recognized.kind === 'har' || recognized.kind === 'exchange') return '';
  if (recognized.kind === 'token' && recognized.exchange) return recognized.token.compact;
  // Tokens returned in a response body: the body is the bundle's source, and holds no request header.
  if (recognized.kind === 'bundle' && recognized.exchange) return recognized.exchange.context.responseBody ?? '';
  return input;
}
