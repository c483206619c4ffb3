import { describe, it, expect } from 'vitest';
import { AUTHZ_ADVICE, CLAIMS, describeClaim, isClaimName, type ClaimName } from './catalog';
import { STANDARD_CLAIMS } from './catalog-standard';
import { MICROSOFT_CLAIMS } from './catalog-microsoft';
import { PROVIDER_CLAIMS } from './catalog-providers';
import { EXTRA_CLAIMS } from './catalog-extra';
import { HEADERS, describeHeader, isHeaderName } from './header-catalog';
import * as en from '../../i18n/en/claims';
import * as ja from '../../i18n/ja/claims';
import { claimTextsEn, headerTextsEn } from '../../i18n/en/claims';
import { claimTextsJa, headerTextsJa } from '../../i18n/ja/claims';

// The contract: every claim named in domain-facts §1b-§1e, copied from the tables by hand.
const DOMAIN_FACTS_CLAIMS: readonly string[] = [
  // §1b Entra table
  'aud',
  'iss',
  'idp',
  'iat',
  'nbf',
  'exp',
  'aio',
  'rh',
  'uti',
  'ver',
  'acr',
  'acrs',
  'amr',
  'appid',
  'azp',
  'appidacr',
  'azpacr',
  'scp',
  'roles',
  'wids',
  'groups',
  'hasgroups',
  '_claim_names',
  '_claim_sources',
  'sub',
  'oid',
  'tid',
  'name',
  'preferred_username',
  'unique_name',
  'upn',
  'email',
  'given_name',
  'family_name',
  'nonce',
  'c_hash',
  'at_hash',
  'sid',
  'ipaddr',
  'onprem_sid',
  'pwd_exp',
  'pwd_url',
  'in_corp',
  'nickname',
  'xms_cc',
  // §1b Entra optional claims
  'acct',
  'auth_time',
  'ctry',
  'tenant_ctry',
  'tenant_region_scope',
  'fwd',
  'idtyp',
  'login_hint',
  'verified_primary_email',
  'verified_secondary_email',
  'vnet',
  'xms_edov',
  'xms_pdl',
  'xms_pl',
  'xms_tpl',
  'ztdid',
  // §1b observed-only
  'xms_ssm',
  'xms_cae',
  'xms_mirid',
  'xms_tcdt',
  'xms_tdbr',
  'xms_st',
  'xms_idrel',
  'xms_act_fct',
  'xms_sub_fct',
  'xms_ftd',
  'xms_rd',
  'xms_filter_index',
  'xms_az_rid',
  'capolids_latebind',
  'puid',
  'platf',
  'app_displayname',
  'signin_state',
  'deviceid',
  // §1c B2C
  'tfp',
  'emails',
  'idp_access_token',
  'newUser',
  'country',
  'postalCode',
  'city',
  'state',
  'streetAddress',
  'jobTitle',
  // §1d IANA / OIDC
  'jti',
  'middle_name',
  'profile',
  'picture',
  'website',
  'email_verified',
  'gender',
  'birthdate',
  'zoneinfo',
  'locale',
  'phone_number',
  'phone_number_verified',
  'address',
  'updated_at',
  'events',
  'cnf',
  'act',
  'may_act',
  'client_id',
  'scope',
  'entitlements',
  'token_introspection',
  'vot',
  'vtm',
  'txn',
  'rph',
  'orig',
  'dest',
  'mky',
  'attest',
  'origid',
  'div',
  'opt',
  'rcd',
  'ueid',
  'sueids',
  'oemid',
  'hwmodel',
  'secboot',
  'dbgstat',
  'location',
  'eat_profile',
  'submods',
  // §1e providers
  'token_use',
  'cognito:username',
  'username',
  'cognito:groups',
  'cognito:roles',
  'cognito:preferred_role',
  'origin_jti',
  'event_id',
  'version',
  'hd',
  'gty',
  'permissions',
  'org_id',
  'cid',
  'uid',
  'typ',
  'realm_access',
  'resource_access',
  'session_state',
  'allowed-origins',
];

const DOMAIN_FACTS_HEADERS: readonly string[] = [
  'typ',
  'alg',
  'kid',
  'x5t',
  'nonce',
  'cty',
  'enc',
  'zip',
  'epk',
  'apu',
  'apv',
  'iv',
  'tag',
  'crit',
  'jku',
  'jwk',
  'x5u',
  'x5c',
  'b64',
];

const claimNames = Object.keys(CLAIMS) as ClaimName[];

describe('claim catalog', () => {
  it.each(DOMAIN_FACTS_CLAIMS)('knows the domain-facts claim %s', (name) => {
    expect(isClaimName(name)).toBe(true);
    expect(describeClaim(name).custom).toBe(false);
  });

  it('has an English and a Japanese text for every claim and no stray texts', () => {
    expect(Object.keys(claimTextsEn).sort()).toEqual([...claimNames].sort());
    expect(Object.keys(claimTextsJa).sort()).toEqual([...claimNames].sort());
    for (const name of claimNames) {
      expect(claimTextsEn[name].trim().length, name).toBeGreaterThan(10);
      expect(claimTextsJa[name].trim().length, name).toBeGreaterThan(5);
    }
  });

  it('does not define a claim in two source files', () => {
    const seen = [STANDARD_CLAIMS, MICROSOFT_CLAIMS, PROVIDER_CLAIMS, EXTRA_CLAIMS].flatMap((part) => Object.keys(part));
    expect(new Set(seen).size).toBe(seen.length);
  });

  it.each(claimNames)('gives %s a valid authz advice and an https link', (name) => {
    const info = CLAIMS[name];
    expect(AUTHZ_ADVICE).toContain(info.authz);
    if (info.status === undefined) expect(info.specUrl).toMatch(/^https:\/\/[^\s]+$/);
    else if (info.specUrl !== undefined) expect(info.specUrl).toMatch(/^https:\/\//);
    if (info.seeAlso !== undefined) expect(info.seeAlso).toMatch(/^https:\/\//);
  });

  it('marks observed-only Microsoft claims as undocumented and never safe for authorization', () => {
    for (const name of ['xms_ssm', 'xms_mirid', 'puid', 'signin_state'] as const) {
      expect(CLAIMS[name]).toMatchObject({ status: 'undocumented', source: 'microsoft-undocumented', authz: 'no' });
    }
  });

  it('advises against authorizing on mutable identity claims and for oid/scp/roles', () => {
    for (const name of ['email', 'upn', 'preferred_username', 'name', 'unique_name'] as const) {
      expect(CLAIMS[name].authz).toBe('no');
    }
    for (const name of ['oid', 'scp', 'roles', 'aud', 'iss'] as const) expect(CLAIMS[name].authz).toBe('yes');
  });

  it('links Entra claims to Microsoft Learn and registered claims to rfc-editor.org', () => {
    expect(CLAIMS.scp.specUrl).toBe('https://learn.microsoft.com/entra/identity-platform/access-token-claims-reference');
    expect(CLAIMS.exp.specUrl).toBe('https://www.rfc-editor.org/rfc/rfc7519#section-4.1.4');
    expect(CLAIMS.nonce.specUrl).toMatch(/^https:\/\/openid\.net\/specs\//);
  });
});

describe('describeClaim', () => {
  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'])(
    'treats the prototype key %s as a custom claim',
    (name) => {
      expect(describeClaim(name)).toEqual({ custom: true });
      expect(isClaimName(name)).toBe(false);
    },
  );

  it.each([
    ['extension_loyaltyNumber', 'extension-attribute'],
    ['https://example.com/roles', 'url-namespaced'],
    ['custom:tier', 'cognito-custom'],
  ] as const)('recognises %s as a %s custom claim', (name, pattern) => {
    expect(describeClaim(name)).toEqual({ custom: true, pattern });
  });

  it('returns the catalog row with the name for a known claim', () => {
    expect(describeClaim('wids')).toMatchObject({ custom: false, name: 'wids', valueKind: 'guid-list', authz: 'yes' });
  });
});

describe('header catalog', () => {
  it.each(DOMAIN_FACTS_HEADERS)('knows the header parameter %s', (name) => {
    expect(isHeaderName(name)).toBe(true);
  });

  it('has texts in both languages for every header parameter', () => {
    const names = Object.keys(HEADERS).sort();
    expect(Object.keys(headerTextsEn).sort()).toEqual(names);
    expect(Object.keys(headerTextsJa).sort()).toEqual(names);
  });

  it('never trusts key material carried by the token (RFC 8725 §3.10)', () => {
    for (const name of ['jku', 'jwk', 'x5u', 'x5c'] as const) expect(HEADERS[name].use).toBe('never-trust');
    for (const info of Object.values(HEADERS)) expect(info.specUrl).toMatch(/^https:\/\//);
  });

  it('treats prototype keys as custom header parameters', () => {
    expect(describeHeader('__proto__')).toEqual({ custom: true });
    expect(describeHeader('constructor')).toEqual({ custom: true });
    expect(describeHeader('kid')).toMatchObject({ custom: false, name: 'kid', use: 'select-key' });
  });
});

describe('English and Japanese text modules', () => {
  const pairs = Object.entries(en).map(([name, table]) => {
    const jaName = name.replace(/En$/, 'Ja');
    return [name, table, (ja as Record<string, unknown>)[jaName]] as const;
  });

  it('export the same set of tables', () => {
    expect(Object.keys(ja).sort()).toEqual(
      Object.keys(en)
        .map((n) => n.replace(/En$/, 'Ja'))
        .sort(),
    );
  });

  it.each(pairs)('%s has the same keys and no empty text in both languages', (_name, enTable, jaTable) => {
    expect(jaTable).toBeTypeOf('object');
    expect(Object.keys(jaTable as object).sort()).toEqual(Object.keys(enTable).sort());
    for (const text of [...Object.values(enTable), ...Object.values(jaTable as object)]) {
      expect(typeof text === 'string' && text.trim() !== '').toBe(true);
    }
  });
});
