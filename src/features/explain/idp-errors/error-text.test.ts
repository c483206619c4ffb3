import { describe, expect, it } from 'vitest';
import { extractAadstsCodes } from '../../../core/aadsts/extract-aadsts-codes';
import { aadstsTextsEn } from '../../../i18n/en/aadsts';
import { idpErrorTextsEn } from '../../../i18n/en/idp-error-texts';
import { errorText } from './error-text';

const one = (text: string) => {
  const [c] = extractAadstsCodes(text);
  if (!c) throw new Error('no code');
  return c;
};

describe('errorText', () => {
  it('uses the original detailed catalog for its codes, even before the large tables load', () => {
    expect(errorText(one('AADSTS50011'), aadstsTextsEn, null)).toEqual(aadstsTextsEn['50011']);
  });

  it('gives a wider common code its meaning and fix', () => {
    expect(errorText(one('AADSTS700229'), aadstsTextsEn, idpErrorTextsEn)).toEqual(idpErrorTextsEn.aadstsMore['700229']);
  });

  it('gives any other public code its one-line meaning without a fix', () => {
    expect(errorText(one('AADSTS81010'), aadstsTextsEn, idpErrorTextsEn)).toEqual({
      meaning: idpErrorTextsEn.aadstsLines['81010'],
      fix: null,
    });
  });

  it('explains B2C codes from the B2C tables', () => {
    expect(errorText(one('AADB2C90118'), aadstsTextsEn, idpErrorTextsEn)).toEqual(idpErrorTextsEn.b2cDetailed['90118']);
    expect(errorText(one('AADB2C90225'), aadstsTextsEn, idpErrorTextsEn)).toEqual({
      meaning: idpErrorTextsEn.b2cLines['90225'],
      fix: null,
    });
  });

  it('has nothing to say about unknown codes or before the tables load', () => {
    expect(errorText(one('AADSTS9999999'), aadstsTextsEn, idpErrorTextsEn)).toBeNull();
    expect(errorText(one('AADSTS81010'), aadstsTextsEn, null)).toBeNull();
  });
});
