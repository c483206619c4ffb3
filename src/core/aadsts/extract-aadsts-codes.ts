import { describeCode, type ErrorCodeSystem, type ExtractedAadsts } from './describe-code';

export type { ExtractedAadsts } from './describe-code';

// Entra codes are 5 to 7 digits; the lookahead stops "AADSTS12345678" from yielding a prefix.
const PREFIXED = /AADSTS(\d{5,7})(?!\d)/gi;
// Token-endpoint errors list the same codes, unprefixed, in `"error_codes":[50011, ...]`.
const ERROR_CODES_ARRAY = /"?error_codes"?\s*[:=]\s*\[([^\]]*)\]/gi;
const BARE_CODE = /^\s*"?(\d{5,7})"?\s*$/;
// Azure AD B2C codes are AADB2C plus five digits (B2C error-code reference).
const B2C_PREFIXED = /AADB2C(\d{5})(?!\d)/gi;

/**
 * Finds every AADSTS (and Azure AD B2C AADB2C) code in any pasted text: an error redirect URL (`+` or `%20`
 * encoded), a token-endpoint error JSON (its `error_codes` array included), or plain
 * text. Returns them once each, in order of first appearance.
 * Does not judge whether an unknown code exists; it only links to Microsoft's lookup (on
 * `lookupHost`, see aadstsLookupHost, so a China cloud error links to the China cloud page).
 */
export function extractAadstsCodes(text: string, lookupHost?: string): ExtractedAadsts[] {
  const seen = new Set<string>();
  const found: ExtractedAadsts[] = [];
  for (const variant of textVariants(text)) {
    for (const { system, code } of codesIn(variant)) {
      // The same digits can be an AADSTS and an AADB2C code (90008): the system is part of the identity.
      const key = `${system}:${code}`;
      if (seen.has(key)) continue;
      seen.add(key);
      found.push(describeCode(system, code, lookupHost));
    }
  }
  return found;
}

/** Codes in one text, in positional order across both notations. */
function codesIn(text: string): { system: ErrorCodeSystem; code: string }[] {
  const hits: { index: number; system: ErrorCodeSystem; code: string }[] = [];
  for (const m of text.matchAll(PREFIXED)) {
    if (m[1] !== undefined) hits.push({ index: m.index, system: 'aadsts', code: m[1] });
  }
  for (const m of text.matchAll(B2C_PREFIXED)) {
    if (m[1] !== undefined) hits.push({ index: m.index, system: 'b2c', code: m[1] });
  }
  for (const m of text.matchAll(ERROR_CODES_ARRAY)) {
    const items = (m[1] ?? '').split(',');
    items.forEach((item, i) => {
      const bare = BARE_CODE.exec(item)?.[1];
      // Keep array order stable relative to other hits found at the same position.
      if (bare !== undefined) hits.push({ index: m.index + i / items.length, system: 'aadsts', code: bare });
    });
  }
  return hits.sort((a, b) => a.index - b.index).map(({ system, code }) => ({ system, code }));
}

/**
 * The raw text plus its form-decoded version: a URL-encoded `error_codes` array
 * (`%5B50011%5D`) is only visible after decoding. The raw text comes first so a
 * malformed escape never hides codes.
 */
function textVariants(text: string): string[] {
  const decoded = formDecode(text);
  return decoded === text ? [text] : [text, decoded];
}

function formDecode(text: string): string {
  const spaced = text.replace(/\+/g, ' ');
  try {
    return decodeURIComponent(spaced);
  } catch {
    // A stray '%' makes the whole call fail; decode the valid escapes one by one instead.
    return spaced.replace(/(%[0-9a-f]{2})+/gi, (run) => {
      try {
        return decodeURIComponent(run);
      } catch {
        return run;
      }
    });
  }
}
