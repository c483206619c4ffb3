import { describe, it, expect } from 'vitest';
import { isGroupsOverage, valueView } from './value-view';

describe('valueView', () => {
  it.each([
    ['exp', 1_700_000_000, { kind: 'date', seconds: 1_700_000_000 }],
    ['exp', 1_700_000_000_000, { kind: 'bad-date', text: '1700000000000', problem: 'milliseconds' }],
    ['exp', '1700000000', { kind: 'bad-date', text: '"1700000000"', problem: 'not-a-number' }],
    ['name', 'Ada', { kind: 'scalar', item: { text: 'Ada' } }],
    ['address', { locality: 'Paris' }, { kind: 'json', text: '{\n  "locality": "Paris"\n}' }],
  ])('shows %s = %j as %j', (name, value, view) => {
    expect(valueView(name, value)).toEqual(view);
  });

  it('splits space-separated scopes into separate items', () => {
    expect(valueView('scp', 'User.Read  Mail.Send')).toEqual({ kind: 'list', items: [{ text: 'User.Read' }, { text: 'Mail.Send' }] });
  });

  it('explains each amr value and names wids role templates', () => {
    const amr = valueView('amr', ['pwd', 'mfa', 'weird']);
    expect(amr).toEqual({
      kind: 'list',
      items: [
        { text: 'pwd', note: { kind: 'enum', code: 'amr-pwd' } },
        { text: 'mfa', note: { kind: 'enum', code: 'amr-mfa' } },
        { text: 'weird' },
      ],
    });
    const wids = valueView('wids', ['62e90394-69f5-4237-9190-012177145e10']);
    expect(wids.kind === 'list' && wids.items[0]?.note).toEqual({
      kind: 'well-known',
      id: { kind: 'directory-role', name: 'Global Administrator', isDefaultUserRole: false },
    });
  });

  it.each([
    ['tid', '9188040d-6c67-4c5b-b112-36a304b66dad', { kind: 'well-known', id: { kind: 'tenant', code: 'msa' } }],
    ['aud', 'https://graph.microsoft.com', { kind: 'audience', name: 'Microsoft Graph' }],
    ['aud', '00000003-0000-0000-c000-000000000000', { kind: 'audience', name: 'Microsoft Graph' }],
    ['idtyp', 'app', { kind: 'enum', code: 'idtyp-app' }],
    ['appidacr', '2', { kind: 'enum', code: 'client-auth-certificate' }],
    ['ver', '2.0', { kind: 'enum', code: 'ver-2' }],
  ])('annotates %s = %s', (name, value, note) => {
    const view = valueView(name, value);
    expect(view.kind === 'scalar' ? view.item.note : undefined).toEqual(note);
  });

  it('leaves nested arrays as JSON rather than guessing chips', () => {
    expect(valueView('custom_matrix', [[1, 2]]).kind).toBe('json');
  });
});

describe('isGroupsOverage', () => {
  it('recognises _claim_names pointing groups elsewhere, and nothing else', () => {
    expect(isGroupsOverage('_claim_names', { groups: 'src1' })).toBe(true);
    expect(isGroupsOverage('_claim_names', { other: 'src1' })).toBe(false);
    expect(isGroupsOverage('groups', { groups: 'src1' })).toBe(false);
  });
});
