import { STANDARD_CLAIMS } from './catalog-standard';
import { MICROSOFT_CLAIMS } from './catalog-microsoft';
import { PROVIDER_CLAIMS } from './catalog-providers';
import { EXTRA_CLAIMS } from './catalog-extra';
import type { ClaimInfo, ClaimName, CustomClaimPattern } from './catalog-types';

export type { AuthzAdvice, ClaimInfo, ClaimName, ClaimSource, ClaimValueKind, CustomClaimPattern } from './catalog-types';
export { AUTHZ_ADVICE } from './catalog-types';

/** Every known claim. Missing or misspelt rows are compile errors. */
export const CLAIMS = {
  ...STANDARD_CLAIMS,
  ...MICROSOFT_CLAIMS,
  ...PROVIDER_CLAIMS,
  ...EXTRA_CLAIMS,
} satisfies Record<ClaimName, ClaimInfo>;

const CLAIM_MAP: ReadonlyMap<string, ClaimInfo> = new Map(Object.entries(CLAIMS));

export type ClaimDescription =
  ({ readonly custom: false; readonly name: ClaimName } & ClaimInfo) | { readonly custom: true; readonly pattern?: CustomClaimPattern };

/** Narrows any string to a known claim name, prototype keys included (they are not claims). */
export function isClaimName(name: string): name is ClaimName {
  return CLAIM_MAP.has(name);
}

/**
 * Looks a claim name up in the catalog. Unknown names come back as `{ custom: true }`,
 * with a pattern when the name follows a known custom-claim convention
 * (B2C/Entra `extension_…`, Auth0-style URL namespaces, Cognito `custom:`).
 * Does not look at the value and does not say whether the claim is trustworthy in a given token.
 */
export function describeClaim(name: string): ClaimDescription {
  const info = CLAIM_MAP.get(name);
  if (info !== undefined && isClaimName(name)) return { custom: false, name, ...info };
  const pattern = customPattern(name);
  return pattern === undefined ? { custom: true } : { custom: true, pattern };
}

function customPattern(name: string): CustomClaimPattern | undefined {
  if (name.startsWith('extension_')) return 'extension-attribute';
  if (/^https?:\/\//i.test(name)) return 'url-namespaced';
  if (name.startsWith('custom:')) return 'cognito-custom';
  return undefined;
}
