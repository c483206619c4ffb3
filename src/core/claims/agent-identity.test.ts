import { describe, expect, it } from 'vitest';
import { agentRole, isUnscopedScp, numberList } from './agent-identity';
import { classifyToken } from './classify';
import { describeEnum } from './well-known';
import { describeClaim } from './catalog';
import { readTokenFacts } from '../diagnose/token-facts';

// Source for every row: entra-docs docs/agent-id/agent-token-claims.md (Nov 2025).
const TENANT = '00000001-0000-0ff1-ce00-000000000000';
/** The reference's sample of an agent acting autonomously (v1, app-only). */
const AUTONOMOUS = {
  aud: 'f2510d34-8dca-4ab8-a0bc-aaec4d3a3e36',
  iss: `https://sts.windows.net/${TENANT}/`,
  iat: 1753392285,
  nbf: 1753392285,
  exp: 1753421385,
  appid: 'aaaaaaaa-1111-2222-3333-444444444444',
  appidacr: '2',
  idp: `https://sts.windows.net/${TENANT}/`,
  idtyp: 'app',
  oid: 'bbbbbbbb-1111-2222-3333-444444444444',
  sub: 'cccccccc-1111-2222-3333-444444444444',
  tid: TENANT,
  ver: '1.0',
  xms_act_fct: '3 9 11',
  xms_idrel: '7 10',
  xms_sub_fct: '9 3 11',
  xms_tnt_fct: '3 9',
  xms_par_app_azp: '30cf4c22-9985-4ef7-8756-91cc888176bd',
};

describe('agent identity tokens', () => {
  it.each([
    ['the autonomous sample (subject facet 11)', AUTONOMOUS, 'autonomous'],
    [
      'an agent acting for a human user (actor facet 11 only)',
      { xms_act_fct: '11', idtyp: 'user', scp: 'Files.Read' },
      'on-behalf-of-user',
    ],
    ["an agent's user account (subject facet 13)", { xms_act_fct: '11', xms_sub_fct: '13', idtyp: 'user' }, 'agent-user-account'],
    ['facets in any order', { xms_sub_fct: '13 9', xms_act_fct: '9 11' }, 'agent-user-account'],
    ['an ordinary app token', { idtyp: 'app', roles: ['x'] }, null],
    ['an undocumented facet only', { xms_act_fct: '3 9' }, null],
  ] as const)('recognises %s', (_name, payload, role) => {
    expect(agentRole(payload)).toBe(role);
    expect(classifyToken({}, payload).agent).toBe(role);
  });

  it.each([
    ['/', true],
    ['', true],
    [' / ', true],
    ['User.Read', false],
    ['/ User.Read', false],
    [undefined, false],
  ] as const)('treats scp %j as unscoped: %s', (scp, unscoped) => {
    expect(isUnscopedScp(scp)).toBe(unscoped);
  });

  it.each(['/', ''])('keeps an app-only agent token with scp %j app-only', (scp) => {
    const payload = { ...AUTONOMOUS, idtyp: undefined, scp, roles: ['Agent.Work'] };
    expect(classifyToken({}, payload).subject).toBe('app');
    expect(readTokenFacts({}, payload).kind).toBe('app-only');
    expect(readTokenFacts({}, payload).scopes).toEqual([]);
  });

  it('reads facet lists as numbers and ignores junk', () => {
    expect(numberList('3 9 11')).toEqual([3, 9, 11]);
    expect(numberList('7  x 10')).toEqual([7, 10]);
    expect(numberList(['11'])).toEqual([]);
  });

  it.each([
    ['xms_idrel', '1', 'idrel-1'],
    ['xms_idrel', '7', 'idrel-7'],
    ['xms_idrel', '33', 'idrel-33'],
    ['xms_act_fct', '11', 'facet-agent-identity'],
    ['xms_sub_fct', '13', 'facet-agent-user'],
    ['xms_tnt_fct', '11', 'facet-agent-identity'],
    ['xms_idrel', '10', null],
    ['xms_idrel', '35', null],
    ['xms_idrel', '07', null],
    ['xms_act_fct', '3', null],
  ] as const)('names %s = %s as %s', (claim, value, code) => {
    expect(describeEnum(claim, value)).toBe(code);
  });

  it.each(['xms_idrel', 'xms_act_fct', 'xms_sub_fct', 'xms_tnt_fct', 'xms_par_app_azp'])(
    'documents %s (no longer "observed only")',
    (name) => {
      const info = describeClaim(name);
      expect(info).toMatchObject({
        custom: false,
        source: 'microsoft',
        specUrl: 'https://learn.microsoft.com/entra/agent-id/agent-token-claims',
      });
      expect('status' in info ? info.status : undefined).toBeUndefined();
    },
  );

  it('advises against authorizing on the parent app (xms_par_app_azp)', () => {
    expect(describeClaim('xms_par_app_azp')).toMatchObject({ authz: 'no', valueKind: 'guid' });
  });
});
