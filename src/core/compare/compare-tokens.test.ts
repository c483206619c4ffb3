import { describe, expect, it } from 'vitest';
import { analyzeToken } from '../token/analyze-token';
import { encodeBase64url } from '../token/base64url';
import { recognizeInput } from '../token/recognize';
import { compareTokens } from './compare-tokens';
import { compareFragment, compareInputsFromFragment } from './compare-link';
import { curl8Verbose } from '../exchange/samples/http-samples';

const enc = (o: object) => encodeBase64url(new TextEncoder().encode(JSON.stringify(o)));
const jwt = (h: object, p: object) => analyzeToken(`${enc(h)}.${enc(p)}.c2lnbmF0dXJl`);

const WORKS = jwt(
  { alg: 'RS256', kid: 'k1', typ: 'JWT' },
  {
    aud: 'api://orders',
    iss: 'https://login.microsoftonline.com/t/v2.0',
    ver: '2.0',
    scp: 'Orders.Read Orders.Write',
    exp: 2000,
    iat: 1000,
    azp: 'c1',
    sub: 's',
  },
);
const FAILS = jwt(
  { alg: 'RS256', kid: 'k2', typ: 'JWT' },
  {
    aud: 'https://graph.microsoft.com',
    iss: 'https://sts.windows.net/t/',
    ver: '1.0',
    scp: 'Orders.Write User.Read',
    exp: 2000,
    iat: 1000,
    appid: 'c1',
    sub: 's',
  },
);

describe('compareTokens', () => {
  const r = compareTokens(WORKS, FAILS);
  if (!r.ok) throw new Error('unreadable');
  const by = (name: string) => r.differences.find((d) => d.name === name);

  it('lists changed, added and removed claims with both values and their topic', () => {
    expect(by('aud')).toMatchObject({ change: 'changed', a: '"api://orders"', b: '"https://graph.microsoft.com"', topic: 'audience' });
    expect(by('iss')).toMatchObject({ change: 'changed', topic: 'issuer' });
    expect(by('ver')).toMatchObject({ topic: 'version' });
    expect(by('azp')).toMatchObject({ change: 'removed', a: '"c1"', b: null, topic: 'client' });
    expect(by('appid')).toMatchObject({ change: 'added', a: null, b: '"c1"', topic: 'client' });
    expect(by('kid')).toMatchObject({ part: 'header', topic: 'key' });
  });

  it('compares scopes item by item', () => {
    expect(by('scp')).toMatchObject({ topic: 'scopes', onlyA: ['Orders.Read'], onlyB: ['User.Read'] });
  });

  it('does not list identical claims as differences', () => {
    expect(r.differences.map((d) => d.name)).not.toContain('exp');
    expect(r.same).toEqual(
      expect.arrayContaining([
        { part: 'header', name: 'alg' },
        { part: 'payload', name: 'sub' },
        { part: 'payload', name: 'exp' },
      ]),
    );
  });

  it('treats the same roles in another order as no difference', () => {
    const x = compareTokens(jwt({ alg: 'none' }, { roles: ['a', 'b'] }), jwt({ alg: 'none' }, { roles: ['b', 'a'] }));
    expect(x.ok && x.differences).toEqual([]);
  });

  it('says which side cannot be compared', () => {
    expect(compareTokens(WORKS, analyzeToken('EwAoA8l6BAAU'))).toEqual({ ok: false, unreadable: ['b'] });
  });
});

describe('Compare links', () => {
  it('carry both tokens without signatures by default and read back', () => {
    const frag = compareFragment(WORKS, FAILS, 'unsigned');
    expect(frag).not.toContain('c2lnbmF0dXJl');
    const back = compareInputsFromFragment(frag);
    expect(back?.a).toBe(`${WORKS.format === 'jws' ? WORKS.segments[0] : ''}.${WORKS.format === 'jws' ? WORKS.segments[1] : ''}.`);
  });

  it('never carry the cookies or headers of a pasted exchange', () => {
    const r = recognizeInput(curl8Verbose(WORKS.compact));
    const token = r.kind === 'token' ? r.token : null;
    for (const mode of ['unsigned', 'redacted', 'full'] as const) {
      const frag = decodeURIComponent(compareFragment(token, null, mode));
      expect(frag).not.toContain('abc123secret');
      expect(frag).not.toContain('graph.microsoft.com');
    }
  });

  it('read nothing from a fragment without a or b', () => {
    expect(compareInputsFromFragment('#token=x')).toBeNull();
  });
});

describe('compareTokens with claim names that are Object.prototype members', () => {
  it('gives them the "other" topic, never a prototype function', () => {
    const a = jwt({ alg: 'RS256' }, { constructor: 'a', toString: 'x' });
    const b = jwt({ alg: 'RS256' }, { constructor: 'b', toString: 'y' });
    const result = compareTokens(a, b);
    if (!result.ok) throw new Error('both tokens are readable');
    expect(result.differences.map((d) => [d.name, d.topic])).toEqual([
      ['constructor', 'other'],
      ['toString', 'other'],
    ]);
  });
});
