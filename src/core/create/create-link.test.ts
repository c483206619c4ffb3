import { describe, expect, it } from 'vitest';
import { createLinkFragment, readCreateFragment } from './create-link';

describe('Create links', () => {
  it('round-trip the header and payload and carry nothing else', () => {
    const header = { alg: 'ES256', typ: 'JWT', kid: 'k1' };
    const payload = { sub: 'ユーザー', n: 1 };
    const fragment = createLinkFragment(header, payload);
    expect(fragment.split('.')).toHaveLength(2);
    expect(readCreateFragment(`#${fragment}`)).toEqual({ header, payload });
  });

  it('ignore other fragments and damaged links', () => {
    expect(readCreateFragment('#token=abc')).toBeNull();
    expect(readCreateFragment('#create=e30')).toBeNull();
    expect(readCreateFragment('#create=e30.e30.sig')).toBeNull();
    expect(readCreateFragment('#create=!!.e30')).toBeNull();
    expect(readCreateFragment('#create=WzFd.e30')).toBeNull(); // [1] is not an object
  });
});
