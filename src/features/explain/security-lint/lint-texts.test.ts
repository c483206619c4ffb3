import { describe, it, expect } from 'vitest';
import { lintEn } from '../../../i18n/en/lint';
import { lintJa } from '../../../i18n/ja/lint';
import { LINT_RULES, type LintEvidence, type LintId } from '../../../core/lint/lint-types';

// One evidence record that carries every field any text reads, so no text can print "undefined".
const EVIDENCE: LintEvidence = {
  alg: 'HS256',
  secret: 'secret',
  expected: 'RS256',
  because: 'issuer',
  family: 'entra-v2',
  param: 'jku',
  value: 'https://evil.example',
  kid: '../x',
  pattern: '../',
  names: 'b64',
  lifetimeSeconds: 90_000,
  maxSeconds: 86_400,
  norm: 'generic',
  part: 'payload',
  name: 'sub',
  typ: 'at+jwt',
  claim: 'nonce',
};
const IDS = Object.keys(LINT_RULES) as LintId[];
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

describe('security lint texts', () => {
  it.each(IDS)('%s has an English and a Japanese title, reason and fix', (id) => {
    for (const m of [lintEn, lintJa]) {
      const t = m.findings[id];
      for (const s of [t.title, t.detail(EVIDENCE), t.fix(EVIDENCE)]) {
        expect(s.trim()).not.toBe('');
        expect(s).not.toMatch(/undefined|NaN|\[object/);
      }
    }
    expect(lintJa.findings[id].detail(EVIDENCE)).toMatch(JAPANESE);
    expect(lintJa.findings[id].title).not.toBe(lintEn.findings[id].title);
  });

  it('words the reason of an HMAC finding by what made the public key expected', () => {
    const t = lintEn.findings.hmac_where_asymmetric_expected;
    const reasons = ['key', 'issuer', 'caller'].map((because) => t.detail({ ...EVIDENCE, because }));
    expect(new Set(reasons).size).toBe(3);
  });

  it('states lifetimes in hours', () => {
    expect(lintEn.findings.lifetime_excessive.detail(EVIDENCE)).toContain('25.0 h');
    expect(lintJa.findings.lifetime_excessive.detail(EVIDENCE)).toContain('25.0 時間');
  });
});
