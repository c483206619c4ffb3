import type { AadstsCategory } from './aadsts-codes';

/**
 * Public AADSTS codes starting with 7, with the part of the set-up each points at.
 * Source: MicrosoftDocs/entra-docs docs/identity-platform/reference-error-codes.md (2025 table).
 * One-line meanings live in src/i18n/en|ja/aadsts-lines-7.ts.
 */
export const AADSTS_PUBLIC_7 = {
  '70000': 'code-or-refresh-token',
  '70001': 'client-app',
  '70002': 'client-credential',
  '70003': 'request-shape',
  '70004': 'redirect-uri',
  '70005': 'request-shape',
  '70007': 'request-shape',
  '70008': 'code-or-refresh-token',
  '70011': 'scope-resource',
  '70012': 'service',
  '70016': 'device-code',
  '70018': 'device-code',
  '70019': 'device-code',
  '70043': 'code-or-refresh-token',
  '75001': 'saml',
  '75003': 'saml',
  '75005': 'saml',
  '75008': 'saml',
  '75011': 'saml',
  '75016': 'saml',
  '76021': 'saml',
  '76026': 'saml',
  '700005': 'code-or-refresh-token',
  '700011': 'client-app',
  '700016': 'client-app',
  '700020': 'interaction-required',
  '700022': 'scope-resource',
  '700023': 'scope-resource',
  '700025': 'client-credential',
  '700027': 'client-credential',
  '700030': 'client-credential',
  '700054': 'request-shape',
  '700082': 'code-or-refresh-token',
  '700084': 'code-or-refresh-token',
  '700229': 'client-credential',
  '750054': 'saml',
  '7000112': 'client-app',
  '7000114': 'client-app',
  '7000215': 'client-credential',
  '7000218': 'client-credential',
  '7000222': 'client-credential',
  '7500514': 'saml',
  '7500529': 'saml',
} as const satisfies Record<string, AadstsCategory>;

export type AadstsPublicCode7 = keyof typeof AADSTS_PUBLIC_7;
