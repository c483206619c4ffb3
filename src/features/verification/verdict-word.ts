import type { VerifyResult } from '../../core/verify/verify-types';

/** The six verdict words of the product's interface (role="status"). */
export type VerdictWord = 'verified' | 'invalid' | 'keyNotFound' | 'notVerified' | 'unsigned' | 'encrypted';

/**
 * Maps a signature result to the word a person sees. Only a checked signature is "verified";
 * refusing a key (alg/key mismatch, a critical extension we do not understand) is "invalid",
 * because such a token must be rejected; what could not be checked at all stays "not verified".
 */
export function verdictWord(result: VerifyResult | null): VerdictWord {
  if (!result) return 'notVerified';
  switch (result.verdict) {
    case 'verified':
      return 'verified';
    case 'malformed':
      // A link shared "without signature" (issue 5) has an empty signature: nothing to check, not forged.
      return result.reason === 'signature_empty' ? 'notVerified' : 'invalid';
    case 'invalid_signature':
    case 'alg_key_mismatch':
    case 'unsupported_crit':
      return 'invalid';
    case 'key_not_found':
      return 'keyNotFound';
    case 'unsigned':
      return 'unsigned';
    case 'unsupported_alg':
      return 'notVerified';
  }
}
