import type { ExtractedAadsts } from '../../../core/aadsts/extract-aadsts-codes';
import { isAadstsCode, type AadstsCode } from '../../../core/aadsts/aadsts-codes';
import { isMoreDetailedAadstsCode, isPublicAadstsCode } from '../../../core/aadsts/public-codes';
import type { AadstsText } from '../../../i18n/en/aadsts';
import type { IdpErrorTexts } from '../../../i18n/en/idp-error-texts';

/** What to show for one code: a meaning, and a fix when the code has the full explanation. */
export type ErrorText = { meaning: string; fix: string | null };

/**
 * Picks the text for a found code: the original detailed catalog first, then the wider full
 * explanations, then the one-line meaning. Null while the large tables are still loading, or
 * for an unknown code.
 */
export function errorText(
  c: ExtractedAadsts,
  detailed: Readonly<Record<AadstsCode, AadstsText>>,
  tables: IdpErrorTexts | null,
): ErrorText | null {
  if (!c.known) return null;
  if (c.system === 'b2c') {
    if (tables === null) return null;
    const full = Object.hasOwn(tables.b2cDetailed, c.code) ? tables.b2cDetailed[c.code as keyof IdpErrorTexts['b2cDetailed']] : undefined;
    return full ? { meaning: full.meaning, fix: full.fix } : { meaning: tables.b2cLines[c.code], fix: null };
  }
  if (isAadstsCode(c.code)) return { meaning: detailed[c.code].meaning, fix: detailed[c.code].fix };
  if (tables === null) return null;
  if (isMoreDetailedAadstsCode(c.code)) return { meaning: tables.aadstsMore[c.code].meaning, fix: tables.aadstsMore[c.code].fix };
  return isPublicAadstsCode(c.code) ? { meaning: tables.aadstsLines[c.code], fix: null } : null;
}
