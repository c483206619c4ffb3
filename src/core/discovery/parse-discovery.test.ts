import { describe, it, expect } from 'vitest';
import { issuerMatches } from './issuer-match';
import { parseDiscovery } from './parse-discovery';
import { parseJwks } from './parse-jwks';

const TID = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const TEMPLATE = 'https://login.microsoftonline.com/{tenantid}/v2.0';

describe('issuerMatches', () => {
  it.each([
    ['exact v1 issuer', `https://sts.windows.net/${TID}/`, `https://sts.windows.net/${TID}/`, TID, true, 'exact_match'],
    ['trailing slash difference', `https://sts.windows.net/${TID}/`, `https://sts.windows.net/${TID}`, TID, false, 'mismatch'],
    ['template filled with tid', TEMPLATE, `https://login.microsoftonline.com/${TID}/v2.0`, TID, true, 'template_match'],
    [
      'template, iss tenant differs from tid',
      TEMPLATE,
      'https://login.microsoftonline.com/11111111-1111-1111-1111-111111111111/v2.0',
      TID,
      false,
      'mismatch',
    ],
    ['template, tid not a GUID', TEMPLATE, 'https://login.microsoftonline.com/contoso/v2.0', 'contoso', false, 'tid_not_guid'],
    ['template, no tid', TEMPLATE, `https://login.microsoftonline.com/${TID}/v2.0`, undefined, false, 'tid_missing'],
    ['token without iss', 'https://accounts.google.com', undefined, undefined, false, 'token_iss_missing'],
  ])('%s', (_label, metadata, iss, tid, match, code) => {
    expect(issuerMatches(metadata, iss, tid)).toMatchObject({ match, code });
  });

  it('reports expected (template filled in) and actual', () => {
    const iss = `https://login.microsoftonline.com/${TID}/v2.0`;
    expect(issuerMatches(TEMPLATE, iss, TID)).toEqual({ match: true, code: 'template_match', expected: iss, actual: iss });
  });
});

describe('parseDiscovery', () => {
  const payload = { iss: `https://login.microsoftonline.com/${TID}/v2.0`, tid: TID };

  it('returns jwks_uri, issuer check and signing algorithms', () => {
    const doc = {
      issuer: TEMPLATE,
      jwks_uri: 'https://login.microsoftonline.com/common/discovery/v2.0/keys',
      id_token_signing_alg_values_supported: ['RS256'],
    };
    expect(parseDiscovery(doc, payload)).toEqual({
      ok: true,
      value: {
        jwksUri: doc.jwks_uri,
        issuer: TEMPLATE,
        issuerCheck: { match: true, code: 'template_match', expected: payload.iss, actual: payload.iss },
        signingAlgs: ['RS256'],
      },
    });
  });

  it.each([
    ['an array', [], { code: 'not_an_object' }],
    ['null', null, { code: 'not_an_object' }],
    ['no jwks_uri', { issuer: 'x' }, { code: 'jwks_uri_missing' }],
    ['a numeric jwks_uri', { jwks_uri: 5 }, { code: 'jwks_uri_missing' }],
    [
      'an http jwks_uri',
      { jwks_uri: 'http://evil.example/keys' },
      { code: 'jwks_uri_not_fetchable', jwksUri: 'http://evil.example/keys', reason: 'http_not_loopback' },
    ],
  ])('rejects %s', (_label, doc, error) => {
    expect(parseDiscovery(doc, payload)).toEqual({ ok: false, error });
  });

  it('reports an issuer mismatch without rejecting the document', () => {
    const result = parseDiscovery({ issuer: 'https://other/', jwks_uri: 'https://other/keys' }, payload);
    expect(result).toMatchObject({ ok: true, value: { issuerCheck: { match: false, code: 'mismatch', expected: 'https://other/' } } });
  });
});

describe('parseJwks', () => {
  it('lists kids and the indexes of entries that are not JWKs', () => {
    const result = parseJwks({ keys: [{ kty: 'RSA', kid: 'a' }, 'x', { kty: 'EC' }, { kid: 'no-kty' }, { kty: 'RSA', kid: 'b' }] });
    expect(result).toMatchObject({ ok: true, value: { kids: ['a', 'b'], invalidEntries: [1, 3] } });
    expect(result.ok && result.value.keys).toHaveLength(3);
  });

  it.each([
    ['a string', 'keys', 'not_an_object'],
    ['an object without keys', {}, 'keys_missing'],
    ['keys that is not an array', { keys: {} }, 'keys_missing'],
    ['an empty keys array', { keys: [] }, 'keys_empty'],
    ['only non-JWK entries', { keys: [1, null] }, 'no_valid_keys'],
  ])('rejects %s', (_label, json, error) => {
    expect(parseJwks(json)).toEqual({ ok: false, error });
  });
});
