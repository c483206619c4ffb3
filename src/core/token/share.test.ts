import { describe, expect, it } from 'vitest';
import { isRedactable, shareableToken, REDACTED } from './share';
import { analyzeToken } from './analyze-token';
import { jws } from './test-helpers';

const token = analyzeToken(
  jws(
    '{"alg":"RS256","kid":"k"}',
    '{"sub":"s1","name":"Ada","email":"ada@example.com","upn":"ada@contoso.com","scp":"read","__proto__":{"x":1}}',
    'c2lnbmF0dXJl',
  ),
);

describe('shareableToken', () => {
  it('shares the full token only when asked', () => {
    expect(shareableToken(token, 'full')).toBe(token.compact);
  });

  it('drops the signature by default, keeping header and payload byte for byte', () => {
    const shared = shareableToken(token, 'unsigned');
    expect(shared).toBe(`${token.compact.split('.').slice(0, 2).join('.')}.`);
    const again = analyzeToken(shared ?? '');
    expect(again.format === 'jws' && again.payload.ok && again.payload.kind === 'json' && again.payload.value.name).toBe('Ada');
  });

  it('masks personal claims and keeps the rest, without a signature', () => {
    const again = analyzeToken(shareableToken(token, 'redacted') ?? '');
    if (again.format !== 'jws' || !again.payload.ok || again.payload.kind !== 'json') throw new Error('not decodable');
    expect(again.payload.value).toMatchObject({ sub: 's1', name: REDACTED, email: REDACTED, upn: REDACTED, scp: 'read' });
    expect(again.segments[2]).toBe('');
    expect(Object.hasOwn(again.payload.value, '__proto__')).toBe(true);
  });

  it('shares JWE and opaque tokens whole', () => {
    const opaque = analyzeToken('EwBoA8l6BAAUO9chh8cJscQLmU+LSWpbnr0vmwwAAcRNzGL');
    expect(shareableToken(opaque, 'unsigned')).toBe(opaque.compact);
  });

  it('masks personal claims behind a byte-order mark, whitespace, escaped names and duplicates', () => {
    const payload = '\uFEFF \n{"sub":"s1","na\\u006de":"Ada","email":"a@x","email":"ada@example.com"} ';
    const shared = shareableToken(analyzeToken(jws('{"alg":"RS256"}', payload)), 'redacted');
    expect(shared).not.toBeNull();
    const text = Buffer.from(shared?.split('.')[1] ?? '', 'base64url').toString('utf8');
    expect(JSON.parse(text)).toEqual({ sub: 's1', name: REDACTED, email: REDACTED });
    expect(text).not.toContain('Ada');
    expect(text).not.toContain('example.com');
  });

  it.each([
    ['a text payload', 'Ada Lovelace, ada@example.com'],
    ['a JSON array payload', '[{"name":"Ada"}]'],
    ['broken JSON', '{"name":"Ada",'],
  ])('offers no redacted link for %s, rather than an unmasked one', (_name, payload) => {
    const token = analyzeToken(jws('{"alg":"RS256"}', payload));
    expect(shareableToken(token, 'redacted')).toBeNull();
    expect(shareableToken(token, 'unsigned')).toBe(`${token.compact.split('.').slice(0, 2).join('.')}.`);
  });
});

describe('isRedactable', () => {
  it.each([
    ['claims', '{"sub":"s1","name":"Ada"}'],
    ['claims behind a byte-order mark (which the analysis cannot read)', '\uFEFF{"name":"Ada"}'],
    ['duplicate names', '{"name":"A","name":"B"}'],
    ['a text payload', 'Ada Lovelace'],
    ['a JSON array payload', '[{"name":"Ada"}]'],
    ['broken JSON', '{"name":"Ada",'],
  ])('says exactly whether a redacted link exists: %s', (_name, payload) => {
    const token = analyzeToken(jws('{"alg":"RS256"}', payload));
    expect(isRedactable(token)).toBe(shareableToken(token, 'redacted') !== null);
  });

  it('a payload that is not base64url or not UTF-8 has no redacted link', () => {
    for (const compact of [
      `${jws('{"alg":"RS256"}', '{}').split('.')[0]}.%%%%.c2ln`,
      `${jws('{"alg":"RS256"}', '{}').split('.')[0]}.__8.c2ln`,
    ]) {
      const token = analyzeToken(compact);
      expect(isRedactable(token)).toBe(false);
      expect(shareableToken(token, 'redacted')).toBeNull();
    }
  });
});
