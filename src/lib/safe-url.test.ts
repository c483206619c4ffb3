import { describe, expect, it } from 'vitest';
import { safeHttpsUrl } from './safe-url';

describe('safeHttpsUrl only lets https links through', () => {
  it.each([
    ['https://login.microsoftonline.com/error?code=50011', 'https://login.microsoftonline.com/error?code=50011'],
    ['javascript:alert(1)', null],
    ['JaVaScRiPt:alert(1)', null],
    ['data:text/html,<script>alert(1)</script>', null],
    ['http://example.com', null],
    ['https://user:pass@example.com/', null],
    ['not a url', null],
    ['  https://example.com/a b', 'https://example.com/a%20b'],
  ])('%s', (input, expected) => {
    expect(safeHttpsUrl(input)).toBe(expected);
  });
});
