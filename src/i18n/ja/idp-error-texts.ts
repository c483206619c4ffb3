import type { IdpErrorTexts } from '../en/idp-error-texts';
import { aadstsLines1_4Ja } from './aadsts-lines-1-4';
import { aadstsLines50Ja } from './aadsts-lines-50';
import { aadstsLines51_69Ja } from './aadsts-lines-51-69';
import { aadstsLines7Ja } from './aadsts-lines-7';
import { aadstsLines8_9Ja } from './aadsts-lines-8-9';
import { aadstsMoreJa } from './aadsts-detailed-more';
import { b2cLinesJa } from './b2c-lines';
import { b2cDetailedJa } from './b2c-detailed';

export const idpErrorTextsJa = {
  aadstsLines: { ...aadstsLines1_4Ja, ...aadstsLines50Ja, ...aadstsLines51_69Ja, ...aadstsLines7Ja, ...aadstsLines8_9Ja },
  aadstsMore: aadstsMoreJa,
  b2cLines: b2cLinesJa,
  b2cDetailed: b2cDetailedJa,
} satisfies IdpErrorTexts;
