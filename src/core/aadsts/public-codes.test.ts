import { describe, expect, it } from 'vitest';
import { extractAadstsCodes } from './extract-aadsts-codes';
import { AADSTS_CODES } from './aadsts-codes';
import { MORE_DETAILED_AADSTS, PUBLIC_AADSTS_CODES } from './public-codes';
import { AADB2C_CODES, AADB2C_REFERENCE_URL, DETAILED_AADB2C } from './b2c-codes';
import { idpErrorTextsEn } from '../../i18n/en/idp-error-texts';
import { idpErrorTextsJa } from '../../i18n/ja/idp-error-texts';

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

// Source: MicrosoftDocs/entra-docs docs/identity-platform/reference-error-codes.md (2025-02 table, 350 rows).
describe('the public AADSTS table', () => {
  it("holds every code of Microsoft's public reference, each once", () => {
    expect(PUBLIC_AADSTS_CODES.length).toBeGreaterThanOrEqual(345);
    expect(new Set(PUBLIC_AADSTS_CODES).size).toBe(PUBLIC_AADSTS_CODES.length);
    for (const code of PUBLIC_AADSTS_CODES) expect(code).toMatch(/^\d{5,7}$/);
  });

  it.each([
    // [code, a word the reference uses for it]
    ['16000', 'guest'],
    ['50020', 'tenant'],
    ['50076', 'Multifactor'],
    ['53003', 'Conditional Access'],
    ['650059', 'AzureADMyOrg'],
    ['901011', 'email'],
    ['7500529', 'digit'],
    ['100007', 'managed identities'],
    ['120018', 'banned'],
    ['240002', 'jwt-bearer'],
  ])('explains %s in one line in both languages (mentions "%s")', (code, word) => {
    const [found] = extractAadstsCodes(`AADSTS${code}`);
    expect(found).toMatchObject({ known: true, system: 'aadsts' });
    const en = (idpErrorTextsEn.aadstsLines as Record<string, string>)[code];
    const ja = (idpErrorTextsJa.aadstsLines as Record<string, string>)[code];
    expect(en).toContain(word);
    expect(ja).toMatch(JAPANESE);
  });

  it('gives about 80 codes the full meaning-and-fix form', () => {
    const full = new Set([...AADSTS_CODES, ...MORE_DETAILED_AADSTS]);
    expect(full.size).toBeGreaterThanOrEqual(80);
    for (const code of MORE_DETAILED_AADSTS) {
      expect(extractAadstsCodes(`AADSTS${code}`)[0]).toMatchObject({ detail: 'full' });
      for (const t of [idpErrorTextsEn.aadstsMore[code], idpErrorTextsJa.aadstsMore[code]]) {
        expect(t.meaning.trim()).not.toBe('');
        expect(t.fix.trim()).not.toBe('');
      }
      expect(idpErrorTextsJa.aadstsMore[code].fix).toMatch(JAPANESE);
    }
  });

  it('has a Japanese line (not an English copy) for every public code', () => {
    for (const code of PUBLIC_AADSTS_CODES) {
      expect(idpErrorTextsEn.aadstsLines[code].trim()).not.toBe('');
      expect(idpErrorTextsEn.aadstsLines[code]).not.toMatch(JAPANESE);
      expect(idpErrorTextsJa.aadstsLines[code]).toMatch(JAPANESE);
    }
  });
});

// Source: MicrosoftDocs/azure-docs articles/active-directory-b2c/error-codes.md.
describe('Azure AD B2C codes', () => {
  it('holds the B2C reference list, each code with both languages', () => {
    expect(AADB2C_CODES.length).toBeGreaterThanOrEqual(120);
    for (const code of AADB2C_CODES) {
      expect(idpErrorTextsEn.b2cLines[code].trim()).not.toBe('');
      expect(idpErrorTextsJa.b2cLines[code]).toMatch(JAPANESE);
    }
    for (const code of DETAILED_AADB2C) expect(idpErrorTextsJa.b2cDetailed[code].fix).toMatch(JAPANESE);
  });

  it.each([
    [
      'a B2C error redirect',
      'https://app.example/#error=access_denied&error_description=AADB2C90118%3a+The+user+has+forgotten+their+password.%0d%0a',
      '90118',
      'full',
    ],
    [
      'a token-endpoint JSON error',
      '{"error":"invalid_grant","error_description":"AADB2C90080: The provided grant has expired."}',
      '90080',
      'full',
    ],
    ['free text', 'Got AADB2C90117 from the policy', '90117', 'line'],
  ] as const)('finds the B2C code in %s', (_name, input, code, detail) => {
    expect(extractAadstsCodes(input)).toEqual([
      { system: 'b2c', code, known: true, category: expect.any(String) as string, detail, lookupUrl: AADB2C_REFERENCE_URL },
    ]);
  });

  it('keeps an AADSTS and an AADB2C code with the same digits apart', () => {
    expect(extractAadstsCodes('AADSTS90008 and AADB2C90008').map((c) => `${c.system}:${c.code}`)).toEqual(['aadsts:90008', 'b2c:90008']);
  });

  it('marks an unlisted B2C code unknown, linking to the B2C reference', () => {
    expect(extractAadstsCodes('AADB2C12345')).toEqual([{ system: 'b2c', code: '12345', known: false, lookupUrl: AADB2C_REFERENCE_URL }]);
  });
});

// Every input shape that works today (README): #error= redirect, token-endpoint JSON error_codes, free text.
describe('codes of the wider table in every input shape', () => {
  it.each([
    ['#error= redirect', '#error=invalid_client&error_description=AADSTS700229%3A+ForbiddenTokenType'],
    ['token-endpoint JSON error_codes', '{"error":"invalid_client","error_description":"x","error_codes":[700229]}'],
    ['free text', 'the call failed with AADSTS700229 again'],
  ])('recognises AADSTS700229 in a %s', (_name, input) => {
    expect(extractAadstsCodes(input)).toMatchObject([
      { system: 'aadsts', code: '700229', known: true, detail: 'full', category: 'client-credential' },
    ]);
  });
});
