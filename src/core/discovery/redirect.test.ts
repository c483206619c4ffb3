import { describe, expect, it } from 'vitest';
import { redirectedTo } from './redirect';

describe('redirectedTo', () => {
  const asked = 'https://login.example.com/tenant/discovery/keys';

  it('accepts an answer from the very URL that was asked for', () => {
    expect(redirectedTo(asked, { redirected: false, url: asked })).toBeNull();
    expect(redirectedTo(asked, { redirected: false, url: '' })).toBeNull();
    expect(redirectedTo(`${asked}#keys`, { redirected: false, url: asked })).toBeNull();
  });

  it('names the final URL of a redirected answer, even on the same host', () => {
    expect(redirectedTo(asked, { redirected: true, url: 'https://evil.example/keys' })).toBe('https://evil.example/keys');
    expect(redirectedTo(asked, { redirected: true, url: asked })).toBe(asked);
  });

  it('names a final URL that differs even when the redirected flag is missing', () => {
    expect(redirectedTo(asked, { redirected: false, url: 'https://other.example/keys' })).toBe('https://other.example/keys');
  });
});
