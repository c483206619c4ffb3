import { describe, it, expect } from 'vitest';
import { diagnose } from '../../../core/diagnose/diagnose';
import { contextOf, EMPTY_SCENARIO } from './scenario';

const NOW = 1_700_000_000;
const appOnlyGraph = {
  aud: '00000003-0000-0000-c000-000000000000',
  iss: 'https://sts.windows.net/72f988bf-86f1-41af-91ab-2d7cd011db47/',
  tid: '72f988bf-86f1-41af-91ab-2d7cd011db47',
  appid: '11111111-2222-3333-4444-555555555555',
  idtyp: 'app',
  roles: ['User.Read.All'],
  iat: NOW - 60,
  nbf: NOW - 60,
  exp: NOW + 3600,
};

describe('contextOf', () => {
  it('states nothing for an untouched form', () => {
    expect(contextOf(EMPTY_SCENARIO)).toEqual({});
  });

  it('carries every stated field, trimmed, and the custom API only when the API is custom', () => {
    expect(
      contextOf({
        ...EMPTY_SCENARIO,
        api: 'custom',
        customApi: ' api://x ',
        permission: ' Read ',
        permissionType: 'delegated',
        personal: 'no',
        version: '2.0',
        passwordReset: true,
      }),
    ).toEqual({
      api: 'custom',
      customApi: 'api://x',
      requiredPermission: 'Read',
      permissionType: 'delegated',
      acceptsPersonalAccounts: false,
      expectedVersion: '2.0',
      passwordReset: true,
    });
    expect(contextOf({ ...EMPTY_SCENARIO, api: 'graph', customApi: 'api://x' })).toEqual({ api: 'graph' });
  });

  it('lets the rules find an app-only Graph token used for a delegated permission', () => {
    const context = contextOf({ ...EMPTY_SCENARIO, api: 'graph', permission: 'User.Read', permissionType: 'delegated' });
    const ids = diagnose({ header: {}, payload: appOnlyGraph, now: NOW, skewSeconds: 300, context }).map((f) => f.id);
    expect(ids).toContain('app-only-token-for-delegated');
    expect(ids).not.toContain('audience-mismatch');
  });
});
