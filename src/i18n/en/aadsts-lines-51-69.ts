import type { AadstsPublicCode51_69 } from '../../core/aadsts/codes-51-69';

/** One-line meanings of the public AADSTS codes starting with 51 to 69 (own words, after Microsoft's reference). */
export const aadstsLines51_69En = {
  '51000': 'A required feature is disabled.',
  '51001': 'A domain hint must be present with an on-premises security identifier or on-premises UPN.',
  '51004': 'The user account is not in the directory; the app may have chosen the wrong tenant, or the user should be added as a guest.',
  '51005': 'Temporary redirect (like HTTP 307): follow the Location header.',
  '51006':
    'Integrated Windows authentication is needed: the session lacks the Windows authentication claim, so the user must sign in again.',
  '52004': 'The user has not consented to access LinkedIn resources.',
  '53000': 'Conditional Access requires a compliant device and this device is not compliant.',
  '53001': 'Conditional Access requires a domain-joined device and this device is not.',
  '53002': 'Conditional Access allows only approved client apps and this app is not one of them.',
  '53003': 'A Conditional Access policy blocked token issuance.',
  '53004': 'The user must complete MFA registration first (blocked because of risk).',
  '53010': 'MFA methods cannot be registered from here: the organisation requires registration from specific locations or devices.',
  '53011': 'The user is blocked because of risk detected in their home tenant.',
  '54000': 'The user is a minor and is blocked by the legal age group rule.',
  '54005': 'The authorization code was already redeemed; codes are single-use.',
  '65001': 'Neither the user nor an admin has consented to the app for this resource.',
  '65002':
    'Consent between two Microsoft first-party apps must be preauthorised; typically someone reuses a Microsoft app ID for their own app.',
  '65004': 'The user declined consent.',
  '65005': 'The app is misconfigured: its required permissions do not list the resource it asks for, or (SAML) the identifier is wrong.',
  '67003': 'The actor is not a valid service identity.',
  '530032': 'A tenant-level security policy blocks this request.',
  '530034': 'A delegated administrator is blocked because of account risk in their home tenant.',
  '530035': 'Security defaults blocked the request (legacy authentication or a request judged unsafe).',
  '650052': 'The app needs a service that the organisation has not subscribed to or enabled.',
  '650054': 'The app asks for permissions on a resource that was removed or is no longer available.',
  '650056':
    'Misconfigured app: the client lists no permissions for the resource, the admin has not consented, or the client ID or certificate is wrong.',
  '650057': "The requested resource is not among the API permissions of the client's registration.",
  '650059': 'The app (signInAudience AzureADMyOrg) is not configured for use in this tenant.',
} satisfies Record<AadstsPublicCode51_69, string>;
