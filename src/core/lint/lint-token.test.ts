import { describe, it, expect } from 'vitest';
import { lintJws, lintToken } from './lint-token';
import type { LintContext, LintId } from './lint-types';
import { analyzeToken } from '../token/analyze-token';
import { b64, jws } from '../token/test-helpers';
import { encodeBase64url } from '../token/base64url';

const NOW = 1_700_000_000;
const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const HEALTHY_HEADER = { alg: 'RS256', typ: 'JWT', kid: 'nOo3ZDrODXEK1jKWhXslHR_KXEg' };
const HEALTHY_PAYLOAD = {
  aud: 'api://contoso-api',
  iss: `https://login.microsoftonline.com/${TENANT}/v2.0`,
  iat: NOW - 600,
  nbf: NOW - 600,
  exp: NOW - 600 + 3900,
  scp: 'User.Read',
  tid: TENANT,
  ver: '2.0',
};
const GENERIC = { iss: 'https://id.example.com', sub: 'u1', iat: NOW, exp: NOW + 3600 };

type Case = [
  name: string,
  header: Record<string, unknown>,
  payload: Record<string, unknown> | null,
  ctx: Partial<LintContext>,
  id: LintId,
  evidence: Record<string, string | number>,
];

const cases: Case[] = [
  ['alg none', { alg: 'none' }, GENERIC, {}, 'alg_none', { alg: 'none' }],
  ['alg NONE in another case', { alg: 'NoNe' }, GENERIC, {}, 'alg_none', { alg: 'NoNe' }],
  [
    'HS256 from an Entra issuer',
    { alg: 'HS256' },
    HEALTHY_PAYLOAD,
    {},
    'hmac_where_asymmetric_expected',
    { because: 'issuer', family: 'entra-v2' },
  ],
  [
    'HS256 when the caller expects a public key',
    { alg: 'HS256' },
    GENERIC,
    { expectedAsymmetric: true },
    'hmac_where_asymmetric_expected',
    { because: 'caller' },
  ],
  [
    'HS384 against an RSA key from the JWKS',
    { alg: 'HS384' },
    GENERIC,
    { signature: { alg: 'RS256' } },
    'hmac_where_asymmetric_expected',
    { expected: 'RS256', because: 'key' },
  ],
  [
    'jku in the header',
    { alg: 'RS256', jku: 'https://evil.example/jwks' },
    GENERIC,
    {},
    'header_key_url',
    { param: 'jku', value: 'https://evil.example/jwks' },
  ],
  ['x5u in the header', { alg: 'RS256', x5u: 'https://evil.example/cert.pem' }, GENERIC, {}, 'header_key_url', { param: 'x5u' }],
  ['jwk in the header', { alg: 'RS256', jwk: { kty: 'RSA', n: 'AQAB', e: 'AQAB' } }, GENERIC, {}, 'header_embedded_key', { param: 'jwk' }],
  ['x5c in the header', { alg: 'RS256', x5c: ['MIIB'] }, GENERIC, {}, 'header_embedded_key', { param: 'x5c' }],
  ['kid with ../', { alg: 'HS256', kid: '../../../../dev/null' }, GENERIC, {}, 'kid_path_traversal', { pattern: '../' }],
  ['kid with ..\\', { alg: 'RS256', kid: '..\\..\\keys\\k.pem' }, GENERIC, {}, 'kid_path_traversal', { pattern: '../' }],
  ['kid naming /etc/passwd', { alg: 'RS256', kid: '/etc/passwd' }, GENERIC, {}, 'kid_path_traversal', { pattern: '/etc/passwd' }],
  ['kid with a NUL byte', { alg: 'RS256', kid: 'key\u0000.pem' }, GENERIC, {}, 'kid_path_traversal', { pattern: 'NUL byte' }],
  ["kid with ' OR", { alg: 'RS256', kid: "x' OR '1'='1" }, GENERIC, {}, 'kid_sql_injection', { pattern: "' OR" }],
  [
    'kid with UNION SELECT',
    { alg: 'RS256', kid: 'k UNION SELECT secret FROM keys' },
    GENERIC,
    {},
    'kid_sql_injection',
    { pattern: 'UNION SELECT' },
  ],
  ['kid with a comment after a space', { alg: 'RS256', kid: 'k1 --' }, GENERIC, {}, 'kid_sql_injection', { pattern: '--' }],
  ['kid with a semicolon', { alg: 'RS256', kid: 'k1;drop table keys' }, GENERIC, {}, 'kid_sql_injection', { pattern: ';' }],
  ['kid with $(', { alg: 'RS256', kid: 'k$(curl evil.example)' }, GENERIC, {}, 'kid_command_injection', { pattern: '$(' }],
  ['kid with backticks', { alg: 'RS256', kid: 'k`id`' }, GENERIC, {}, 'kid_command_injection', { pattern: '`' }],
  ['kid with &&', { alg: 'RS256', kid: 'k && id' }, GENERIC, {}, 'kid_command_injection', { pattern: '&&' }],
  ['kid with a pipe', { alg: 'RS256', kid: 'k|id' }, GENERIC, {}, 'kid_command_injection', { pattern: '|' }],
  ['crit', { alg: 'RS256', crit: ['exp'], exp: NOW }, GENERIC, {}, 'crit_present', { names: 'exp' }],
  ['b64 false', { alg: 'HS256', b64: false, crit: ['b64'] }, GENERIC, {}, 'b64_false', {}],
  ['no exp', HEALTHY_HEADER, { iss: 'https://id.example.com', sub: 'u1', iat: NOW }, {}, 'exp_missing', {}],
  [
    'a generic token valid for a week',
    HEALTHY_HEADER,
    { ...GENERIC, exp: NOW + 7 * 86_400 },
    {},
    'lifetime_excessive',
    { lifetimeSeconds: 7 * 86_400, maxSeconds: 86_400, norm: 'generic' },
  ],
  [
    'an Entra access token valid for 25 hours',
    HEALTHY_HEADER,
    { ...HEALTHY_PAYLOAD, exp: HEALTHY_PAYLOAD.iat + 25 * 3600 },
    {},
    'lifetime_excessive',
    { norm: 'entra', maxSeconds: 86_700 },
  ],
  [
    'a CAE access token valid for 30 hours',
    HEALTHY_HEADER,
    { ...HEALTHY_PAYLOAD, xms_cc: ['cp1'], exp: HEALTHY_PAYLOAD.iat + 30 * 3600 },
    {},
    'lifetime_excessive',
    { norm: 'entra-cae', maxSeconds: 101_100 },
  ],
  [
    'at+jwt with a nonce',
    { ...HEALTHY_HEADER, typ: 'at+jwt' },
    { ...GENERIC, nonce: 'n' },
    {},
    'typ_contradicts_use',
    { typ: 'at+jwt', claim: 'nonce' },
  ],
  [
    'application/at+jwt with at_hash',
    { ...HEALTHY_HEADER, typ: 'application/AT+JWT' },
    { ...GENERIC, at_hash: 'x' },
    {},
    'typ_contradicts_use',
    { claim: 'at_hash' },
  ],
  [
    'at+jwt on a Keycloak ID token',
    { ...HEALTHY_HEADER, typ: 'at+jwt' },
    { ...GENERIC, typ: 'ID' },
    {},
    'typ_contradicts_use',
    { claim: 'typ' },
  ],
  [
    'logout+jwt with scopes',
    { ...HEALTHY_HEADER, typ: 'logout+jwt' },
    { ...GENERIC, scp: 'User.Read' },
    {},
    'typ_contradicts_use',
    { claim: 'scp' },
  ],
  [
    'duplicate member names from the decoder',
    HEALTHY_HEADER,
    GENERIC,
    { duplicates: [{ part: 'payload', name: 'sub' }] },
    'duplicate_member',
    { part: 'payload', name: 'sub' },
  ],
];

describe('lintToken', () => {
  it.each(cases)('reports %s', async (_name, header, payload, ctx, id, evidence) => {
    const findings = await lintToken(header, payload, { ...ctx });
    const hit = findings.find((f) => f.id === id);
    expect(hit, JSON.stringify(findings)).toBeDefined();
    expect(hit?.evidence).toMatchObject(evidence);
  });

  it('finds nothing in a healthy RS256 Entra access token', async () => {
    const token = analyzeToken(
      jws(JSON.stringify(HEALTHY_HEADER), JSON.stringify(HEALTHY_PAYLOAD), encodeBase64url(new Uint8Array(256).fill(7))),
    );
    if (token.format !== 'jws') throw new Error('expected a JWS');
    expect(await lintJws(token)).toEqual([]);
  });

  it('keeps ordinary base64url key ids that happen to contain "--" or dots quiet', async () => {
    for (const kid of ['ab--cd_EF', 'key.2024.01', 'MnC_VZcATfM5pOYiJHMba9goEKY', '6f2b8c1e-0d3a-4b7e-9c55-1f0e2d3c4b5a']) {
      expect(await lintToken({ alg: 'RS256', kid }, GENERIC, {})).toEqual([]);
    }
  });

  it('keeps a healthy B2C ID token and an Entra 24-hour MSA ID token quiet about lifetime', async () => {
    const b2c = {
      iss: 'https://contoso.b2clogin.com/tfp/775527ff-9a37-4307-8b3d-cc311f58d925/b2c_1_signin/v2.0/',
      sub: 'u',
      nonce: 'n',
      iat: NOW,
      exp: NOW + 3600,
    };
    const msa = {
      iss: 'https://login.microsoftonline.com/9188040d-6c67-4c5b-b112-36a304b66dad/v2.0',
      sub: 'u',
      nonce: 'n',
      iat: NOW,
      exp: NOW + 86_700,
    };
    expect(await lintToken(HEALTHY_HEADER, b2c, {})).toEqual([]);
    expect(await lintToken(HEALTHY_HEADER, msa, {})).toEqual([]);
  });

  it('lists the most severe findings first', async () => {
    const findings = await lintToken({ alg: 'none', crit: ['x'] }, { sub: 'u' }, {});
    expect(findings.map((f) => f.severity)).toEqual(['critical', 'medium', 'medium']);
  });

  it('clips a 100 000-character kid in the evidence', async () => {
    const [f] = await lintToken({ alg: 'RS256', kid: `../${'a'.repeat(100_000)}` }, GENERIC, {});
    expect(String(f?.evidence.kid).length).toBeLessThanOrEqual(81);
  });

  it('describes non-string jku and crit values by type, even when nested too deeply to serialise', async () => {
    const deep = JSON.parse(`${'['.repeat(20_000)}${']'.repeat(20_000)}`) as unknown;
    const findings = await lintToken({ alg: 'RS256', jku: deep, crit: deep }, GENERIC, {});
    expect(findings.map((f) => f.evidence)).toEqual([{ param: 'jku', value: '(array)' }, { names: '(array)' }]);
  });

  it('lints a JWS with the duplicates the decoder found', async () => {
    const token = analyzeToken(`${b64('{"alg":"RS256","alg":"RS256"}')}.${b64(JSON.stringify(GENERIC))}.c2ln`);
    if (token.format !== 'jws') throw new Error('expected a JWS');
    const findings = await lintJws(token);
    expect(findings?.map((f) => [f.id, f.evidence])).toEqual([['duplicate_member', { part: 'header', name: 'alg' }]]);
  });
});
