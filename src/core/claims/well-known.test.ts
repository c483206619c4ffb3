import { describe, it, expect } from 'vitest';
import { amrVocabulary, describeEnum, isGuid, nameAudience, nameWellKnownId } from './well-known';
import { enumTextsEn, tenantTextsEn } from '../../i18n/en/claims';
import { enumTextsJa, tenantTextsJa } from '../../i18n/ja/claims';
import { ENTRA_AMR_VALUES, RFC8176_AMR_VALUES } from './well-known';

describe('nameWellKnownId', () => {
  it.each([
    ['9188040d-6c67-4c5b-b112-36a304b66dad', { kind: 'tenant', code: 'msa' }],
    ['F8CDEF31-A31E-4B4A-93E4-5F571E91255A', { kind: 'tenant', code: 'microsoft-services' }],
    ['00000003-0000-0000-c000-000000000000', { kind: 'resource', name: 'Microsoft Graph' }],
    ['797f4846-ba00-4fd7-ba43-dac1f8f63013', { kind: 'resource', name: 'Azure Resource Manager' }],
    ['04b07795-8ddb-461a-bbee-02f9e1bf7b46', { kind: 'client', name: 'Microsoft Azure CLI' }],
    ['de8bc8b5-d9f9-48b1-a8ad-b748da725064', { kind: 'client', name: 'Graph Explorer' }],
    ['62e90394-69f5-4237-9190-012177145e10', { kind: 'directory-role', name: 'Global Administrator', isDefaultUserRole: false }],
    ['b79fbf4d-3ef9-4689-8143-76b194e85509', { kind: 'directory-role', name: 'User (default member role)', isDefaultUserRole: true }],
    ['2af84b1e-32c8-42b7-82bc-daa82404023b', { kind: 'guest-role', name: 'Restricted Guest User' }],
  ])('names %s', (guid, expected) => {
    expect(nameWellKnownId(guid)).toEqual(expected);
  });

  it.each(['11111111-2222-3333-4444-555555555555', 'not-a-guid', '', '__proto__'])('returns null for %s', (value) => {
    expect(nameWellKnownId(value)).toBeNull();
  });

  it('has English and Japanese text for every tenant code', () => {
    expect(Object.keys(tenantTextsJa).sort()).toEqual(Object.keys(tenantTextsEn).sort());
  });
});

describe('nameAudience', () => {
  it.each([
    ['00000003-0000-0000-c000-000000000000', 'Microsoft Graph', 'app-id'],
    ['https://graph.microsoft.com', 'Microsoft Graph', 'uri'],
    ['https://graph.microsoft.com/', 'Microsoft Graph', 'uri'],
    ['https://GRAPH.microsoft.com', 'Microsoft Graph', 'uri'],
    ['https://graph.windows.net/', 'Azure AD Graph (retired)', 'uri'],
    ['https://graph.windows.net', 'Azure AD Graph (retired)', 'uri'],
    ['https://management.azure.com/', 'Azure Resource Manager', 'uri'],
    ['https://management.core.windows.net/', 'Azure Resource Manager', 'uri'],
    ['https://vault.azure.net', 'Azure Key Vault', 'uri'],
    ['https://database.windows.net/', 'Azure SQL Database', 'uri'],
    ['https://analysis.windows.net/powerbi/api', 'Power BI Service', 'uri'],
    ['https://contoso.sharepoint.com', 'Office 365 SharePoint Online', 'uri-pattern'],
    ['https://contoso-my.sharepoint.com/', 'Office 365 SharePoint Online', 'uri-pattern'],
    ['https://contoso.crm4.dynamics.com', 'Dataverse / Dynamics CRM', 'uri-pattern'],
    // Sovereign clouds: the claims table once lacked these while the diagnosis knew them.
    ['https://management.usgovcloudapi.net/', 'Azure Resource Manager', 'uri'],
    ['https://management.chinacloudapi.cn', 'Azure Resource Manager', 'uri'],
    ['https://contoso.sharepoint.us', 'Office 365 SharePoint Online', 'uri-pattern'],
  ] as const)('names %s as %s', (aud, name, matchedBy) => {
    expect(nameAudience(aud)).toMatchObject({ name, matchedBy });
  });

  it.each([
    'api://00000003-0000-0000-c000-000000000000',
    'https://graph.microsoft.com.evil.example',
    'https://contoso.sharepoint.com.evil.example',
    'http://graph.microsoft.com',
    'https://contoso.sharepoint.com/sites/x',
    '6e74172b-be56-4843-9ff4-e66a39bb12e3',
    'constructor',
  ])('does not name %s', (aud) => {
    expect(nameAudience(aud)).toBeNull();
  });
});

describe('describeEnum', () => {
  it.each([
    ['acr', '0', 'acr-0'],
    ['acr', '1', 'acr-1'],
    ['acr', 'b2c_1_signupsignin1', 'acr-b2c-policy'],
    ['acr', 'B2C_1A_signup_signin', 'acr-b2c-policy'],
    ['appidacr', '2', 'client-auth-certificate'],
    ['azpacr', '0', 'client-auth-public'],
    ['azpacr', '1', 'client-auth-secret'],
    ['idtyp', 'app', 'idtyp-app'],
    ['idtyp', 'user', 'idtyp-user'],
    ['acct', 1, 'acct-guest'],
    ['acct', '0', 'acct-member'],
    ['ver', '1.0', 'ver-1'],
    ['ver', '2.0', 'ver-2'],
    ['amr', 'mfa', 'amr-mfa'],
    ['amr', 'ngcmfa', 'amr-ngcmfa'],
    ['amr', 'hwk', 'amr-hwk'],
    ['xms_cc', 'CP1', 'xms-cc-cp1'],
    ['acrs', 'c25', 'acrs-auth-context'],
    // Authentication contexts go up to c99 (entra-docs conditional-access/concept-conditional-access-cloud-apps.md).
    ['acrs', 'c26', 'acrs-auth-context'],
    ['acrs', 'c99', 'acrs-auth-context'],
    ['token_use', 'access', 'token-use-access'],
  ] as const)('maps %s = %j to %s', (claim, value, code) => {
    expect(describeEnum(claim, value)).toBe(code);
  });

  it.each([
    ['acr', '2'],
    ['azpacr', '3'],
    ['azpacr', 'toString'],
    ['appidacr', '__proto__'],
    ['ver', 1],
    ['amr', 'MFA'],
    ['acrs', 'c100'],
    ['acrs', 'c0'],
    ['acrs', 'c05'],
    ['idtyp', null],
    ['scp', 'User.Read'],
  ] as const)('returns null for %s = %j', (claim, value) => {
    expect(describeEnum(claim, value)).toBeNull();
  });

  it('has a label in both languages for every enum code it can produce', () => {
    expect(Object.keys(enumTextsJa).sort()).toEqual(Object.keys(enumTextsEn).sort());
    for (const value of [...ENTRA_AMR_VALUES, ...RFC8176_AMR_VALUES]) {
      expect(Object.hasOwn(enumTextsEn, `amr-${value}`), value).toBe(true);
    }
  });

  it('tells which vocabulary defines an amr value', () => {
    expect(amrVocabulary('ngcmfa')).toEqual({ entra: true, rfc8176: false });
    expect(amrVocabulary('hwk')).toEqual({ entra: false, rfc8176: true });
    expect(amrVocabulary('pwd')).toEqual({ entra: true, rfc8176: true });
  });

  it('recognises GUIDs in either case only in the 8-4-4-4-12 form', () => {
    expect(isGuid('9188040D-6C67-4C5B-B112-36A304B66DAD')).toBe(true);
    expect(isGuid('9188040d6c674c5bb11236a304b66dad')).toBe(false);
    expect(isGuid(42)).toBe(false);
  });
});
