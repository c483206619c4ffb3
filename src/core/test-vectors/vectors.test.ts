import { describe, it, expect } from 'vitest';
import { RFC7515_VECTORS } from './rfc7515';
import { RFC7520_VECTORS } from './rfc7520';
import { RFC8037_VECTORS } from './rfc8037';

const ALL = [...RFC7515_VECTORS, ...RFC7520_VECTORS, ...RFC8037_VECTORS];

// Independent of the code under test: Node's Buffer does the base64url work here.
function segmentText(compact: string, index: number): string {
  const segment = compact.split('.')[index];
  if (segment === undefined) throw new Error(`segment ${index} missing`);
  return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from(segment, 'base64url'));
}

describe('stored JWS test vectors', () => {
  it('cover every appendix and section the brief lists', () => {
    expect(ALL.map((v) => v.source)).toEqual([
      'RFC 7515 A.1',
      'RFC 7515 A.2',
      'RFC 7515 A.3',
      'RFC 7515 A.4',
      'RFC 7515 A.5',
      'RFC 7520 4.1',
      'RFC 7520 4.2',
      'RFC 7520 4.3',
      'RFC 7520 4.4',
      'RFC 8037 A.4',
    ]);
  });

  it.each(ALL)('$source has three segments and canonical base64url', ({ compact }) => {
    const parts = compact.split('.');
    expect(parts).toHaveLength(3);
    for (const part of parts) {
      expect(part).toMatch(/^[A-Za-z0-9_-]*$/);
      expect(Buffer.from(part, 'base64url').toString('base64url')).toBe(part);
    }
  });

  it.each(ALL)('$source header decodes to the exact expected text and object', (v) => {
    const text = segmentText(v.compact, 0);
    expect(text).toBe(v.expectedHeaderText);
    expect(JSON.parse(text)).toEqual(v.expectedHeader);
    expect(v.expectedHeader['alg']).toBe(v.alg);
  });

  it.each(ALL)('$source payload decodes to the exact expected text', (v) => {
    expect(segmentText(v.compact, 1)).toBe(v.expectedPayloadText);
  });

  it('keeps the CR LF and spaces of RFC 7515 A.1 in header and payload', () => {
    const a1 = RFC7515_VECTORS[0];
    expect(a1?.expectedHeaderText).toContain('\r\n "alg"');
    expect(a1?.expectedPayloadText).toContain('\r\n "exp"');
  });

  it('has an empty signature only for the unsecured example', () => {
    for (const v of ALL) {
      const signature = v.compact.split('.')[2];
      expect(signature === '').toBe(v.alg === 'none');
      expect(v.key === null).toBe(v.alg === 'none');
    }
  });
});
