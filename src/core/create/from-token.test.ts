import { describe, expect, it } from 'vitest';
import { startFromInput } from './from-token';

const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
const header = { alg: 'RS256', typ: 'JWT', kid: 'k' };
const payload = { sub: 'x', roles: ['a'], exp: 5 };
const jwt = `${b64(header)}.${b64(payload)}.c2ln`;

describe('startFromInput', () => {
  it('takes the header and every claim of the explorer token, from a bare JWT or a Bearer line', () => {
    expect(startFromInput(jwt)).toEqual({ header, payload });
    expect(startFromInput(`Authorization: Bearer ${jwt}`)).toEqual({ header, payload });
  });

  it('takes the first JWS of a token response', () => {
    expect(startFromInput(JSON.stringify({ token_type: 'Bearer', access_token: jwt }))).toEqual({ header, payload });
  });

  it('returns null when there is no readable JWS', () => {
    expect(startFromInput('')).toBeNull();
    expect(startFromInput('not a token')).toBeNull();
    expect(startFromInput(`${b64(header)}.bm90IGpzb24.c2ln`)).toBeNull();
  });
});
