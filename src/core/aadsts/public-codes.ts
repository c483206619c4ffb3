import type { AadstsCategory } from './aadsts-codes';
import { AADSTS_PUBLIC_1_4, type AadstsPublicCode1_4 } from './codes-1-4';
import { AADSTS_PUBLIC_50, type AadstsPublicCode50 } from './codes-50';
import { AADSTS_PUBLIC_51_69, type AadstsPublicCode51_69 } from './codes-51-69';
import { AADSTS_PUBLIC_7, type AadstsPublicCode7 } from './codes-7';
import { AADSTS_PUBLIC_8_9, type AadstsPublicCode8_9 } from './codes-8-9';

/** Every code in Microsoft's public AADSTS table (reference-error-codes.md), each with a one-line meaning. */
export type PublicAadstsCode = AadstsPublicCode1_4 | AadstsPublicCode50 | AadstsPublicCode51_69 | AadstsPublicCode7 | AadstsPublicCode8_9;

/** Code -> category for the whole public table. */
export const PUBLIC_AADSTS: Readonly<Record<PublicAadstsCode, AadstsCategory>> = {
  ...AADSTS_PUBLIC_1_4,
  ...AADSTS_PUBLIC_50,
  ...AADSTS_PUBLIC_51_69,
  ...AADSTS_PUBLIC_7,
  ...AADSTS_PUBLIC_8_9,
};

/** All public codes (about 350 in the 2025 table). */
export const PUBLIC_AADSTS_CODES = Object.keys(PUBLIC_AADSTS) as PublicAadstsCode[];

/** Narrows a digit string to a code of the public table. */
export function isPublicAadstsCode(code: string): code is PublicAadstsCode {
  return Object.hasOwn(PUBLIC_AADSTS, code);
}

/**
 * Public codes that get the full "meaning + what to do" explanation beyond the original detailed
 * catalog (aadsts-codes.ts): together about 80 of the codes developers meet most.
 */
export const MORE_DETAILED_AADSTS = [
  '50001',
  '500133',
  '50059',
  '50089',
  '50148',
  '501481',
  '50199',
  '53001',
  '53002',
  '65002',
  '65005',
  '70000',
  '70002',
  '70005',
  '70016',
  '70019',
  '90008',
  '90094',
  '700020',
  '700023',
  '700229',
  '700005',
  '9002332',
  '901002',
  '500014',
  '500208',
  '500212',
  '900561',
] as const satisfies readonly PublicAadstsCode[];

export type MoreDetailedAadstsCode = (typeof MORE_DETAILED_AADSTS)[number];

/** Narrows a code to one with a full explanation in the wider set. */
export function isMoreDetailedAadstsCode(code: string): code is MoreDetailedAadstsCode {
  return (MORE_DETAILED_AADSTS as readonly string[]).includes(code);
}
