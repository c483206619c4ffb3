/**
 * Catalog of the Microsoft Entra STS error codes (AADSTSnnnnn) the app explains.
 * Meanings and fixes live in `src/i18n/<language>/aadsts.ts`; this file keeps only the
 * code list and a category, so core stays free of display text.
 */

/** Which part of the sign-in set-up an error points at; drives grouping and icons. */
export type AadstsCategory =
  | 'redirect-uri'
  | 'client-app'
  | 'client-credential'
  | 'spa-cross-origin'
  | 'interaction-required'
  | 'user-account'
  | 'tenant-authority'
  | 'consent'
  | 'scope-resource'
  | 'conditional-access'
  | 'code-or-refresh-token'
  | 'request-shape'
  | 'signing-key'
  | 'throttling'
  // Categories of the wider public list (codes-*.ts).
  | 'federation'
  | 'saml'
  | 'password'
  | 'device'
  | 'device-code'
  | 'service'
  | 'sign-out'
  | 'on-premises'
  | 'claims-mapping'
  | 'cross-tenant'
  | 'b2c-policy';

/** Every AADSTS code that has an explanation. Each code of a shared row is its own entry. */
export type AadstsCode =
  | '50011'
  | '500113'
  | '700016'
  | '700011'
  | '70001'
  | '7000215'
  | '7000222'
  | '7000218'
  | '700025'
  | '700027'
  | '700024'
  | '9002326'
  | '9002327'
  | '50058'
  | '50076'
  | '50079'
  | '50105'
  | '50126'
  | '50053'
  | '50055'
  | '50057'
  | '50034'
  | '50020'
  | '90002'
  | '50194'
  | '65001'
  | '65004'
  | '650057'
  | '650056'
  | '500011'
  | '70011'
  | '700022'
  | '28002'
  | '28003'
  | '53003'
  | '53000'
  | '530035'
  | '54005'
  | '70008'
  | '700082'
  | '700084'
  | '50173'
  | '70043'
  | '700054'
  | '900144'
  | '90009'
  | '50146'
  | '501461'
  | '90027'
  | '9001023'
  | '90124'
  | '90130'
  | '50196'
  | '900384';

export type AadstsInfo = { readonly category: AadstsCategory };

/** Code -> category. `satisfies` makes a missing code a compile error. */
export const AADSTS = {
  '50011': { category: 'redirect-uri' },
  '500113': { category: 'redirect-uri' },
  '700016': { category: 'client-app' },
  '700011': { category: 'client-app' },
  '70001': { category: 'client-app' },
  '7000215': { category: 'client-credential' },
  '7000222': { category: 'client-credential' },
  '7000218': { category: 'client-credential' },
  '700025': { category: 'client-credential' },
  '700027': { category: 'client-credential' },
  '700024': { category: 'client-credential' },
  '9002326': { category: 'spa-cross-origin' },
  '9002327': { category: 'spa-cross-origin' },
  '50058': { category: 'interaction-required' },
  '50076': { category: 'interaction-required' },
  '50079': { category: 'interaction-required' },
  '50105': { category: 'user-account' },
  '50126': { category: 'user-account' },
  '50053': { category: 'user-account' },
  '50055': { category: 'user-account' },
  '50057': { category: 'user-account' },
  '50034': { category: 'user-account' },
  '50020': { category: 'user-account' },
  '90002': { category: 'tenant-authority' },
  '50194': { category: 'tenant-authority' },
  '65001': { category: 'consent' },
  '65004': { category: 'consent' },
  '650057': { category: 'consent' },
  '650056': { category: 'consent' },
  '500011': { category: 'scope-resource' },
  '70011': { category: 'scope-resource' },
  '700022': { category: 'scope-resource' },
  '28002': { category: 'scope-resource' },
  '28003': { category: 'scope-resource' },
  '53003': { category: 'conditional-access' },
  '53000': { category: 'conditional-access' },
  '530035': { category: 'conditional-access' },
  '54005': { category: 'code-or-refresh-token' },
  '70008': { category: 'code-or-refresh-token' },
  '700082': { category: 'code-or-refresh-token' },
  '700084': { category: 'code-or-refresh-token' },
  '50173': { category: 'code-or-refresh-token' },
  '70043': { category: 'code-or-refresh-token' },
  '700054': { category: 'request-shape' },
  '900144': { category: 'request-shape' },
  '90009': { category: 'request-shape' },
  '50146': { category: 'signing-key' },
  '501461': { category: 'signing-key' },
  '90027': { category: 'tenant-authority' },
  '9001023': { category: 'tenant-authority' },
  '90124': { category: 'tenant-authority' },
  '90130': { category: 'tenant-authority' },
  '50196': { category: 'throttling' },
  '900384': { category: 'signing-key' },
} as const satisfies Record<AadstsCode, AadstsInfo>;

/** All catalogued codes, in catalog order (handy for exhaustive tests and lists). */
export const AADSTS_CODES = Object.keys(AADSTS) as AadstsCode[];

/** Narrows a digit string to a catalogued code. Does not validate the digit count. */
export function isAadstsCode(code: string): code is AadstsCode {
  return Object.hasOwn(AADSTS, code);
}

/** Microsoft's public lookup page for any code, known or not, on the given cloud's login host (global by default). */
export function aadstsLookupUrl(code: string, host = 'login.microsoftonline.com'): string {
  return `https://${host}/error?code=${encodeURIComponent(code)}`;
}
