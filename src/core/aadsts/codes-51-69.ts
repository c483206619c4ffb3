import type { AadstsCategory } from './aadsts-codes';

/**
 * Public AADSTS codes starting with 51 to 69, with the part of the set-up each points at.
 * Source: MicrosoftDocs/entra-docs docs/identity-platform/reference-error-codes.md (2025 table).
 * One-line meanings live in src/i18n/en|ja/aadsts-lines-51-69.ts.
 */
export const AADSTS_PUBLIC_51_69 = {
  '51000': 'service',
  '51001': 'request-shape',
  '51004': 'user-account',
  '51005': 'request-shape',
  '51006': 'on-premises',
  '52004': 'consent',
  '53000': 'conditional-access',
  '53001': 'conditional-access',
  '53002': 'conditional-access',
  '53003': 'conditional-access',
  '53004': 'interaction-required',
  '53010': 'conditional-access',
  '53011': 'conditional-access',
  '54000': 'user-account',
  '54005': 'code-or-refresh-token',
  '65001': 'consent',
  '65002': 'consent',
  '65004': 'consent',
  '65005': 'consent',
  '67003': 'client-app',
  '530032': 'conditional-access',
  '530034': 'cross-tenant',
  '530035': 'conditional-access',
  '650052': 'consent',
  '650054': 'consent',
  '650056': 'consent',
  '650057': 'consent',
  '650059': 'tenant-authority',
} as const satisfies Record<string, AadstsCategory>;

export type AadstsPublicCode51_69 = keyof typeof AADSTS_PUBLIC_51_69;
