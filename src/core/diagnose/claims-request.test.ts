import { describe, expect, it } from 'vitest';
import { buildClaimsParameter, explainClaimsRequest } from './claims-request';

describe('explainClaimsRequest', () => {
  it('reads an nbf request as a CAE revocation with its instant', () => {
    expect(explainClaimsRequest({ access_token: { nbf: { essential: true, value: '1604106651' } } })).toEqual([
      { kind: 'cae-revocation', target: 'access_token', claim: 'nbf', essential: true, values: ['1604106651'], notBefore: 1604106651 },
    ]);
  });

  it('reads an acrs request as an authentication-context step-up', () => {
    expect(explainClaimsRequest({ access_token: { acrs: { essential: true, value: 'c1' } } })).toEqual([
      { kind: 'auth-context', target: 'access_token', claim: 'acrs', essential: true, values: ['c1'] },
    ]);
  });

  it('lists client capabilities, other claims and other targets', () => {
    const result = explainClaimsRequest({
      access_token: { xms_cc: { values: ['cp1'] }, amr: null },
      id_token: { auth_time: { essential: false } },
      ignored: 'not an object',
    });
    expect(result.map((r) => [r.kind, r.target, r.claim, r.essential, r.values])).toEqual([
      ['client-capabilities', 'access_token', 'xms_cc', false, ['cp1']],
      ['other-claim', 'access_token', 'amr', false, []],
      ['other-claim', 'id_token', 'auth_time', false, []],
    ]);
  });

  it('leaves notBefore out when the nbf value is not a number', () => {
    const [requirement] = explainClaimsRequest({ access_token: { nbf: { value: 'soon' } } });
    expect(requirement?.notBefore).toBeUndefined();
  });
});

describe('buildClaimsParameter', () => {
  const acrs = { access_token: { acrs: { essential: true, value: 'c1' } } };

  it('URL-encodes the compact JSON of the request', () => {
    const result = buildClaimsParameter(acrs);
    expect(result.json).toBe('{"access_token":{"acrs":{"essential":true,"value":"c1"}}}');
    expect(result.encoded).toBe('%7B%22access_token%22%3A%7B%22acrs%22%3A%7B%22essential%22%3Atrue%2C%22value%22%3A%22c1%22%7D%7D%7D');
    expect(decodeURIComponent(result.encoded)).toBe(result.json);
  });

  it('merges the cp1 client capability into access_token for a CAE-capable client', () => {
    const result = buildClaimsParameter(acrs, { clientCapable: true });
    expect(JSON.parse(result.json)).toEqual({
      access_token: { acrs: { essential: true, value: 'c1' }, xms_cc: { values: ['cp1'] } },
    });
  });

  it('adds an access_token member for the capability when the request targets only the ID token', () => {
    const result = buildClaimsParameter({ id_token: { auth_time: { essential: true } } }, { clientCapable: true });
    expect(JSON.parse(result.json)).toEqual({
      id_token: { auth_time: { essential: true } },
      access_token: { xms_cc: { values: ['cp1'] } },
    });
  });

  it('keeps an xms_cc the request already carries', () => {
    const request = { access_token: { xms_cc: { values: ['cp1', 'cp2'] } } };
    expect(JSON.parse(buildClaimsParameter(request, { clientCapable: true }).json)).toEqual(request);
  });
});
