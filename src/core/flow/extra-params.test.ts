import { describe, expect, it } from 'vitest';
import { parseExtraParams } from './extra-params';

describe('parseExtraParams', () => {
  it('reads one name=value per line and &-separated pairs, keeping values literally', () => {
    expect(parseExtraParams('resource=https://api.example.com\n\nmax_age=0&ui_locales=ja a=b')).toEqual({
      params: [
        { name: 'resource', value: 'https://api.example.com' },
        { name: 'max_age', value: '0' },
        { name: 'ui_locales', value: 'ja a=b' },
      ],
      errors: [],
    });
  });

  it('refuses lines without a name or an equals sign, naming the line', () => {
    expect(parseExtraParams('ok=1\n=nothing\njustaword').errors).toEqual([
      { code: 'extra_malformed', line: 2 },
      { code: 'extra_malformed', line: 3 },
    ]);
  });

  it('refuses parameters the page sets itself, so state, nonce and PKCE cannot be overridden', () => {
    expect(parseExtraParams('state=abc\ncode_challenge_method=plain\nRedirect_URI=x').errors.map((e) => e.code)).toEqual([
      'extra_reserved',
      'extra_reserved',
      'extra_reserved',
    ]);
  });

  it('refuses client secrets and assertions: no credential is ever sent', () => {
    const { params, errors } = parseExtraParams('client_secret=s3cret\nclient_assertion=eyJ');
    expect(params).toEqual([]);
    expect(errors).toEqual([
      { code: 'extra_secret', name: 'client_secret' },
      { code: 'extra_secret', name: 'client_assertion' },
    ]);
  });
});
