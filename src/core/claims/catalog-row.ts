import type { AuthzAdvice, ClaimInfo, ClaimSource, ClaimValueKind } from './catalog-types';

/** Builds a documented catalog row; keeps the data files to one line per claim. */
export function row(source: ClaimSource, specUrl: string, authz: AuthzAdvice, valueKind: ClaimValueKind, seeAlso?: string): ClaimInfo {
  return seeAlso === undefined ? { source, specUrl, authz, valueKind } : { source, specUrl, authz, valueKind, seeAlso };
}

/** Builds a row for a Microsoft claim seen in tokens but absent from the public references. */
export function undocumented(valueKind: ClaimValueKind, evidenceUrl?: string): ClaimInfo {
  const base = { source: 'microsoft-undocumented', authz: 'no', valueKind, status: 'undocumented' } as const;
  return evidenceUrl === undefined ? base : { ...base, specUrl: evidenceUrl };
}
