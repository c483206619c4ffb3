import { describe, expect, it } from 'vitest';
import { decodeBase64Lenient, decodeBase64url, decodeUtf8 } from './base64url';
import { decodeBase64 } from '../verify/bytes';

const text = (bytes: Uint8Array | undefined | null) => (bytes ? decodeUtf8(bytes) : null);

describe('one base64 codec, strict for token segments and lenient for pasted text', () => {
  it('decodes the same bytes from the standard and the url-safe alphabet, padded or not', () => {
    // "<<??>>" encodes to PDw/Pz4+ (standard) and PDw_Pz4- (url-safe).
    expect(decodeBase64Lenient('PDw/Pz4+')).toMatchObject({ flavor: 'base64' });
    expect(decodeBase64Lenient('PDw_Pz4-')).toMatchObject({ flavor: 'base64url' });
    expect(text(decodeBase64Lenient('PDw/Pz4+')?.bytes)).toBe('<<??>>');
    expect(text(decodeBase64Lenient('PDw_Pz4-')?.bytes)).toBe('<<??>>');
    expect(text(decodeBase64Lenient('YWI=')?.bytes)).toBe('ab');
    expect(text(decodeBase64Lenient('YWI')?.bytes)).toBe('ab');
  });

  it.each([
    ['a mix of both alphabets', 'PDw/Pz4-'],
    ['a character outside both alphabets', 'YW*='],
    ['padding in the middle', 'YQ==YQ=='],
    ['padding with a wrong length', 'YWI=='],
    ['an impossible length', 'YWJjZ'],
  ])('refuses %s in lenient mode', (_name, input) => {
    expect(decodeBase64Lenient(input)).toBeUndefined();
  });

  it('keeps strict mode strict: a standard-alphabet character is reported with its position', () => {
    expect(decodeBase64url('PDw/Pz4+', 'payload')).toEqual({
      ok: false,
      issue: { code: 'base64url_char', part: 'payload', position: 4, char: '/' },
    });
  });

  it('serves key input: standard base64 with line breaks, never the url-safe alphabet', () => {
    expect(text(decodeBase64('YWJj\nZGVm'))).toBe('abcdef');
    expect(decodeBase64('PDw_Pz4-')).toBeNull();
  });
});
