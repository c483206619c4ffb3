import { AADSTS, aadstsLookupUrl, isAadstsCode, type AadstsCategory, type AadstsCode } from './aadsts-codes';
import { AADB2C, AADB2C_REFERENCE_URL, DETAILED_AADB2C, isAadb2cCode, type Aadb2cCode } from './b2c-codes';
import { PUBLIC_AADSTS, isMoreDetailedAadstsCode, isPublicAadstsCode, type PublicAadstsCode } from './public-codes';

/** Which error-code family a code belongs to: Entra STS (AADSTS) or Azure AD B2C (AADB2C). */
export type ErrorCodeSystem = 'aadsts' | 'b2c';

/** An AADSTS code the app can explain: in the detailed catalog, the public table, or both. */
export type KnownAadstsCode = AadstsCode | PublicAadstsCode;

/**
 * One sign-in error code found in pasted text. Known codes carry a category and whether a full
 * "meaning + what to do" text exists (`full`) or a one-line meaning (`line`); unknown codes still link
 * to Microsoft's lookup page (AADSTS) or the B2C reference.
 */
export type ExtractedAadsts =
  | { system: 'aadsts'; code: KnownAadstsCode; known: true; category: AadstsCategory; detail: 'full' | 'line'; lookupUrl: string }
  | { system: 'b2c'; code: Aadb2cCode; known: true; category: AadstsCategory; detail: 'full' | 'line'; lookupUrl: string }
  | { system: ErrorCodeSystem; code: string; known: false; lookupUrl: string };

/** Classifies one code of either system; `lookupHost` picks the cloud's AADSTS lookup page. */
export function describeCode(system: ErrorCodeSystem, code: string, lookupHost: string | undefined): ExtractedAadsts {
  if (system === 'b2c') {
    if (!isAadb2cCode(code)) return { system, code, known: false, lookupUrl: AADB2C_REFERENCE_URL };
    const detail = (DETAILED_AADB2C as readonly string[]).includes(code) ? 'full' : 'line';
    return { system, code, known: true, category: AADB2C[code], detail, lookupUrl: AADB2C_REFERENCE_URL };
  }
  const lookupUrl = aadstsLookupUrl(code, lookupHost);
  if (isAadstsCode(code)) return { system, code, known: true, category: AADSTS[code].category, detail: 'full', lookupUrl };
  if (isPublicAadstsCode(code)) {
    return {
      system,
      code,
      known: true,
      category: PUBLIC_AADSTS[code],
      detail: isMoreDetailedAadstsCode(code) ? 'full' : 'line',
      lookupUrl,
    };
  }
  return { system, code, known: false, lookupUrl };
}
