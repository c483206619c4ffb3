import { describe, expect, it } from 'vitest';
import { challengeProblemTextsEn, claimsRequirementTextsEn, diagnoseTextsEn } from '../../i18n/en/diagnose';
import { challengeProblemTextsJa, claimsRequirementTextsJa, diagnoseTextsJa } from '../../i18n/ja/diagnose';
import type { FindingText } from '../../i18n/en/diagnose';
import type { FindingEvidence, FindingId } from './finding';

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

/** One evidence sample per finding; the mapped type makes a missing id a compile error. */
const samples: { [K in FindingId]: FindingEvidence[K] } = {
  'token-expired': { exp: 1_700_000_000, now: 1_700_000_754, secondsAgo: 754, skewSeconds: 300 },
  'token-not-yet-valid': { nbf: 1_700_000_900, now: 1_700_000_000, secondsUntil: 900, skewSeconds: 300 },
  'audience-mismatch': {
    audience: ['https://graph.windows.net/'],
    expected: ['https://graph.microsoft.com'],
    api: 'graph',
    audienceResource: 'azure-ad-graph',
  },
  'graph-token-for-custom-api': { audience: ['https://graph.microsoft.com'], signals: ['aud', 'header-nonce'] },
  'token-version-mismatch': {
    tokenVersion: '1.0',
    expectedVersion: '2.0',
    issuer: 'https://sts.windows.net/t/',
    expectedIssuer: 'https://login.microsoftonline.com/t/v2.0',
  },
  'app-only-token-for-delegated': { signals: ['idtyp=app', 'no-scp', 'roles', 'oid=sub'], roles: ['User.Read.All'] },
  'delegated-token-for-application': { scopes: ['User.Read'] },
  'permission-missing': { required: 'Mail.Send', claim: 'scp', granted: ['User.Read'] },
  'no-permissions-in-token': { api: 'graph' },
  'personal-account-token': { tid: '9188040d-6c67-4c5b-b112-36a304b66dad', api: 'graph' },
  'privileged-operation-app-only': { trigger: 'password-reset' },
  'privileged-operation-no-admin-role': {
    trigger: 'UserAuthenticationMethod.ReadWrite.All',
    wids: ['b79fbf4d-3ef9-4689-8143-76b194e85509'],
    eligibleRoles: ['Password Administrator'],
  },
  'privileged-operation-role-unknown': { trigger: 'password-reset', eligibleRoles: ['Password Administrator'] },
  'id-token-as-access-token': { signals: ['nonce', 'no-client-id'], audience: ['client-id'] },
  'groups-overage': { source: 'claim-names', endpoint: 'https://graph.windows.net/t/users/u/getMemberObjects' },
  'claims-challenge': {
    error: 'insufficient_claims',
    requirements: ['auth-context', 'cae-revocation'],
    requestedClaims: ['access_token.acrs', 'access_token.nbf'],
    authContext: ['c1'],
    missingAuthContext: ['c1'],
    claimsJson: '{"access_token":{"acrs":{"essential":true,"value":"c1"}}}',
    claimsParameter: '%7B%22access_token%22%7D',
  },
  'claims-challenge-unreadable': { problem: 'invalid-base64' },
  'insufficient-scope-reported': { scope: 'Files.Read', description: 'needs Files.Read' },
  'invalid-token-reported': { description: 'Lifetime validation failed' },
  'app-only-without-oid': { appId: '11111111-2222-3333-4444-555555555555' },
  'no-token-received': { challenge: 'Bearer realm=""' },
  'personal-account-guest': { idp: 'live.com', tid: '72f988bf-86f1-41af-91ab-2d7cd011db47', api: 'sharepoint' },
  'b2c-permission-not-granted': { required: 'write', granted: ['read'] },
  'b2c-no-resource-scope': { audience: ['client-id'] },
  'used-to-work': { tokenVersion: '2.0', kid: 'abc', issuer: 'https://login.microsoftonline.com/t/v2.0' },
};

const ids = Object.keys(samples) as FindingId[];
const catalogs: [string, Record<FindingId, FindingText<never>>][] = [
  ['English', diagnoseTextsEn as Record<FindingId, FindingText<never>>],
  ['Japanese', diagnoseTextsJa as Record<FindingId, FindingText<never>>],
];

describe('diagnosis text catalogs', () => {
  it('have an entry for every finding id in both languages', () => {
    expect(Object.keys(diagnoseTextsEn).sort()).toEqual([...ids].sort());
    expect(Object.keys(diagnoseTextsJa).sort()).toEqual([...ids].sort());
  });

  for (const [language, texts] of catalogs) {
    it.each(ids)(`render a title, detail and action for %s in ${language}`, (id) => {
      const text = texts[id];
      const evidence = samples[id] as never;
      const rendered = [text.title, text.detail(evidence), text.action(evidence)];
      for (const part of rendered) {
        expect(part.trim()).not.toBe('');
        expect(part).not.toMatch(/undefined|\[object|NaN/);
        if (language === 'Japanese') expect(part).toMatch(JAPANESE);
        else expect(part).not.toMatch(JAPANESE);
      }
    });
  }

  it('quote the evidence in the detail', () => {
    expect(diagnoseTextsEn['permission-missing'].detail(samples['permission-missing'])).toContain('Mail.Send');
    expect(diagnoseTextsJa['permission-missing'].detail(samples['permission-missing'])).toContain('Mail.Send');
    expect(diagnoseTextsEn['token-expired'].detail(samples['token-expired'])).toContain('2023-11-14T22:13:20Z');
    expect(diagnoseTextsEn['claims-challenge'].action(samples['claims-challenge'])).toContain('claims=%7B%22access_token%22%7D');
    expect(diagnoseTextsJa['audience-mismatch'].detail(samples['audience-mismatch'])).toContain('Azure AD Graph');
  });

  it('explain every claims requirement and header problem in both languages', () => {
    for (const table of [claimsRequirementTextsEn, challengeProblemTextsEn])
      for (const text of Object.values(table)) expect(text.trim()).not.toBe('');
    for (const table of [claimsRequirementTextsJa, challengeProblemTextsJa])
      for (const text of Object.values(table)) expect(text).toMatch(JAPANESE);
    expect(Object.keys(claimsRequirementTextsJa).sort()).toEqual(Object.keys(claimsRequirementTextsEn).sort());
    expect(Object.keys(challengeProblemTextsJa).sort()).toEqual(Object.keys(challengeProblemTextsEn).sort());
  });

  it('says how long ago a token expired in natural units, years for an old token', () => {
    const now = 1_700_000_000;
    const exp = now - (10 * 365 + 3) * 86_400 - 5 * 3600;
    const evidence = { exp, now, secondsAgo: now - exp, skewSeconds: 300 };
    expect(diagnoseTextsEn['token-expired'].detail(evidence)).toContain(', 10 years ago (5 min of clock skew allowed)');
    expect(diagnoseTextsJa['token-expired'].detail(evidence)).toContain('10 年前に期限切れ');
  });

  it('says when a not-yet-valid token starts in natural units', () => {
    const now = 1_700_000_000;
    const evidence = { nbf: now + 754, now, secondsUntil: 754, skewSeconds: 60 };
    expect(diagnoseTextsEn['token-not-yet-valid'].detail(evidence)).toContain(', in 12 minutes even with 1 min of skew allowed');
    expect(diagnoseTextsJa['token-not-yet-valid'].detail(evidence)).toContain('12 分後');
  });
});
