import type { PublicAadstsCode, MoreDetailedAadstsCode } from '../../core/aadsts/public-codes';
import type { Aadb2cCode, DetailedAadb2cCode } from '../../core/aadsts/b2c-codes';
import { aadstsLines1_4En } from './aadsts-lines-1-4';
import { aadstsLines50En } from './aadsts-lines-50';
import { aadstsLines51_69En } from './aadsts-lines-51-69';
import { aadstsLines7En } from './aadsts-lines-7';
import { aadstsLines8_9En } from './aadsts-lines-8-9';
import { aadstsMoreEn, type AadstsFullText } from './aadsts-detailed-more';
import { b2cLinesEn } from './b2c-lines';
import { b2cDetailedEn } from './b2c-detailed';

/** The large sign-in error tables, loaded only when an error code is on screen. */
export type IdpErrorTexts = {
  aadstsLines: Record<PublicAadstsCode, string>;
  aadstsMore: Record<MoreDetailedAadstsCode, AadstsFullText>;
  b2cLines: Record<Aadb2cCode, string>;
  b2cDetailed: Record<DetailedAadb2cCode, AadstsFullText>;
};

export const idpErrorTextsEn: IdpErrorTexts = {
  aadstsLines: { ...aadstsLines1_4En, ...aadstsLines50En, ...aadstsLines51_69En, ...aadstsLines7En, ...aadstsLines8_9En },
  aadstsMore: aadstsMoreEn,
  b2cLines: b2cLinesEn,
  b2cDetailed: b2cDetailedEn,
};
