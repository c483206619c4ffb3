import { describe, expect, it } from 'vitest';
import { planKeys } from './key-plan';
import { FetchProblem, shouldRetry } from './api/fetch-json';

const entraV2 = {
  iss: 'https://login.microsoftonline.com/b9419818-09af-49c2-b0c3-653adc1f376e/v2.0',
  tid: 'b9419818-09af-49c2-b0c3-653adc1f376e',
  ver: '2.0',
};
const local = { iss: 'http://127.0.0.1:9999/tenant-a' };
const base = { keyText: '', encoding: 'text' as const, url: '' };

describe('planKeys decides where keys may come from, without fetching', () => {
  it('prefers a pasted key over everything else', () => {
    expect(planKeys({ ...base, keyText: 'secret', url: 'https://x.example/keys', payload: entraV2 })).toEqual({
      kind: 'pasted',
      text: 'secret',
      encoding: 'text',
    });
  });

  it('reads a typed URL with /.well-known/ as discovery and anything else as a JWKS', () => {
    expect(planKeys({ ...base, url: 'https://idp.example/.well-known/openid-configuration', payload: null })).toMatchObject({
      kind: 'url',
      as: 'discovery',
    });
    expect(planKeys({ ...base, url: 'https://idp.example/keys', payload: null })).toMatchObject({ kind: 'url', as: 'jwks' });
  });

  it('refuses a typed URL that may not be fetched', () => {
    expect(planKeys({ ...base, url: 'http://idp.example/keys', payload: null })).toEqual({ kind: 'url-error', error: 'http_not_loopback' });
    expect(planKeys({ ...base, url: 'javascript:alert(1)', payload: null })).toEqual({ kind: 'url-error', error: 'wrong_scheme' });
  });

  it('fetches Microsoft discovery on its own but waits for the person for any other issuer', () => {
    expect(planKeys({ ...base, payload: entraV2 })).toMatchObject({
      kind: 'discovery',
      auto: true,
      host: 'login.microsoftonline.com',
      primary: { url: `${entraV2.iss}/.well-known/openid-configuration` },
    });
    expect(planKeys({ ...base, payload: local })).toMatchObject({
      kind: 'discovery',
      auto: false,
      host: '127.0.0.1:9999',
      fallback: { reason: 'rfc8414' },
    });
  });

  it('has nothing to do without iss or payload', () => {
    expect(planKeys({ ...base, payload: {} })).toEqual({ kind: 'none' });
    expect(planKeys({ ...base, payload: null })).toEqual({ kind: 'none' });
  });
});

describe('shouldRetry retries only what a retry can fix, once', () => {
  it.each([
    [new FetchProblem('http_status', 'u', 503), 0, true],
    [new FetchProblem('http_status', 'u', 503), 1, false],
    [new FetchProblem('http_status', 'u', 404), 0, false],
    [new FetchProblem('network', 'u'), 0, true],
    [new FetchProblem('not_json', 'u', 200), 0, false],
    [new FetchProblem('timeout', 'u'), 0, false],
    [new FetchProblem('offline_mode', 'u'), 0, false],
    [new Error('bug'), 0, false],
  ] as const)('%s after %i failures -> %s', (error, count, expected) => {
    expect(shouldRetry(count, error)).toBe(expected);
  });
});
