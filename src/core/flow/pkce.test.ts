import { describe, expect, it } from 'vitest';
import { isCodeVerifier, s256Challenge, verifierFromBytes } from './pkce';

// RFC 7636 Appendix B: the octets, the verifier they give and its S256 challenge.
const RFC_BYTES = Uint8Array.from([
  116, 24, 223, 180, 151, 153, 224, 37, 79, 250, 96, 125, 216, 173, 187, 186, 22, 212, 37, 77, 105, 214, 191, 240, 91, 88, 5, 88, 83, 132,
  141, 121,
]);

describe('PKCE S256', () => {
  it('derives the RFC 7636 Appendix B verifier from its random octets', () => {
    expect(verifierFromBytes(RFC_BYTES)).toBe('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk');
  });

  it('computes the RFC 7636 Appendix B challenge', async () => {
    expect(await s256Challenge('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk')).toBe('E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM');
  });

  it('gives a different challenge for a verifier that differs in one character', async () => {
    expect(await s256Challenge('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXl')).not.toBe('E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM');
  });

  it('refuses fewer than 32 random bytes', () => {
    expect(() => verifierFromBytes(new Uint8Array(31))).toThrow(RangeError);
  });

  it.each([
    ['dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk', true],
    ['a'.repeat(42), false],
    ['a'.repeat(128), true],
    ['a'.repeat(129), false],
    [`${'a'.repeat(42)}+`, false],
  ])('knows whether %s is a well-formed verifier', (text, ok) => {
    expect(isCodeVerifier(text)).toBe(ok);
  });
});
