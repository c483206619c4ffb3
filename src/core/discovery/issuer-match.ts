import { isGuid } from '../guid';

export type IssuerMatchCode = 'exact_match' | 'template_match' | 'mismatch' | 'tid_missing' | 'tid_not_guid' | 'token_iss_missing';

export interface IssuerMatch {
  readonly match: boolean;
  readonly code: IssuerMatchCode;
  /** The issuer the token must carry (the template with `tid` filled in, when there is one). */
  readonly expected: string;
  readonly actual?: string;
}

const TEMPLATE = '{tenantid}';

/**
 * Compares discovery `issuer` with the token's `iss`, exactly (OIDC Discovery 4.3). Entra's
 * multi-tenant metadata holds `{tenantid}`: it is replaced by the token's `tid`, which must be a
 * GUID. Because the comparison is exact, the GUID in `iss` must equal `tid` too.
 * Does NOT normalise trailing slashes or case (v1 and B2C issuers end in "/", v2 does not).
 */
export function issuerMatches(metadataIssuer: string, tokenIss: unknown, tid: unknown): IssuerMatch {
  const actual = typeof tokenIss === 'string' ? tokenIss : undefined;
  const templated = metadataIssuer.includes(TEMPLATE);
  const base = { expected: metadataIssuer, ...(actual === undefined ? {} : { actual }) };
  if (templated && tid === undefined) return { ...base, match: false, code: 'tid_missing' };
  if (templated && !isGuid(tid)) return { ...base, match: false, code: 'tid_not_guid' };
  const expected = templated ? metadataIssuer.split(TEMPLATE).join(tid as string) : metadataIssuer;
  if (actual === undefined) return { ...base, expected, match: false, code: 'token_iss_missing' };
  if (actual !== expected) return { ...base, expected, match: false, code: 'mismatch' };
  return { ...base, expected, match: true, code: templated ? 'template_match' : 'exact_match' };
}
