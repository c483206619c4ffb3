import type { TokenClassification } from './classify';

/** A claim whose meaning depends on what kind of token carries it. */
export type ClaimContextCode = 'scp-app-only';

/**
 * Picks the explanation a claim needs in this token, when it differs from the catalog's general one:
 * `scp` in an app-only token (Okta client credentials put granted scopes there) is no user's consent.
 * Null when the general explanation holds. Follows the one classification (classifyToken).
 */
export function claimInContext(name: string, classification: TokenClassification | null): ClaimContextCode | null {
  if (name === 'scp' && classification?.subject === 'app') return 'scp-app-only';
  return null;
}
