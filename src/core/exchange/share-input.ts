import type { Recognized } from '../token/recognize';

/**
 * What "Copy link" may carry for an input. A pasted exchange or HAR is never shared whole: only the
 * token it carried goes on (then reduced by the share mode like any token), so cookies, other headers,
 * URLs and bodies never reach a link. Anything else is shared as typed.
 */
export function shareableInput(recognized: Recognized, input: string): string {
  if (recognized.kind === 'har' || recognized.kind === 'exchange') return '';
  if (recognized.kind === 'token' && recognized.exchange) return recognized.token.compact;
  if (recognized.kind === 'bundle' && recognized.exchange) return '';
  return input;
}
