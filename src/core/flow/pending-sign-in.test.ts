import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from './flow-settings';
import { parsePendingSignIn, roundTripValues, type PendingSignIn } from './pending-sign-in';

const RECORD: PendingSignIn = {
  state: 's',
  nonce: 'n',
  verifier: 'v',
  discoveryUrl: 'https://op/.well-known/openid-configuration',
  issuer: 'https://op',
  issParameter: false,
  tokenEndpoint: 'https://op/token',
  redirectUri: 'https://app/',
  createdAt: 1000,
  settings: { ...DEFAULT_SETTINGS, clientId: 'c' },
};

describe('roundTripValues', () => {
  it('makes distinct base64url values from distinct random bytes', () => {
    const v = roundTripValues({
      state: new Uint8Array(32).fill(1),
      nonce: new Uint8Array(32).fill(2),
      verifier: new Uint8Array(32).fill(3),
    });
    expect(v.state).toMatch(/^[\w-]{43}$/);
    expect(new Set([v.state, v.nonce, v.verifier]).size).toBe(3);
  });

  it('refuses short randomness for state', () => {
    expect(() => roundTripValues({ state: new Uint8Array(8), nonce: new Uint8Array(32), verifier: new Uint8Array(32) })).toThrow(
      RangeError,
    );
  });
});

describe('parsePendingSignIn', () => {
  it('reads back what was stored', () => {
    expect(parsePendingSignIn(JSON.stringify(RECORD))).toEqual(RECORD);
  });

  it.each([[null], ['not json'], ['[]'], [JSON.stringify({ ...RECORD, verifier: '' })], [JSON.stringify({ ...RECORD, createdAt: 'x' })]])(
    'gives null for %j',
    (text) => {
      expect(parsePendingSignIn(text)).toBeNull();
    },
  );
});
