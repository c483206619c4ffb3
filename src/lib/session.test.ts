import { describe, expect, it } from 'vitest';
import { getSession, initSession, setLastVerification, type VerificationSummary } from './session';

const summary = (compact: string, verdict = 'verified'): VerificationSummary => ({
  compact,
  verdict,
  fromIssuer: false,
  asymmetricKeys: true,
});

describe('setLastVerification', () => {
  it('keeps a summary until its own token has none', () => {
    initSession({ lastVerification: null });
    const a = summary('a.b.c');
    setLastVerification('a.b.c', a);
    expect(getSession().lastVerification).toBe(a);
    // Another token with no result yet: nothing changes (readers match the summary to their token).
    const before = getSession();
    setLastVerification('x.y.z', null);
    expect(getSession()).toBe(before);
    // The same token loses its result (its key was removed): the summary goes.
    setLastVerification('a.b.c', null);
    expect(getSession().lastVerification).toBeNull();
  });

  it('does not replace an equal summary, and does replace a changed verdict', () => {
    initSession({ lastVerification: null });
    setLastVerification('a.b.c', summary('a.b.c'));
    const before = getSession();
    setLastVerification('a.b.c', summary('a.b.c'));
    expect(getSession()).toBe(before);
    setLastVerification('a.b.c', summary('a.b.c', 'invalid_signature'));
    expect(getSession().lastVerification?.verdict).toBe('invalid_signature');
  });
});
