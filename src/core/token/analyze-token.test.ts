import { describe, expect, it } from 'vitest';
import { analyzeToken } from './analyze-token';
import { RFC7515_VECTORS } from '../test-vectors/rfc7515';
import { RFC7520_VECTORS } from '../test-vectors/rfc7520';
import { RFC8037_VECTORS } from '../test-vectors/rfc8037';
import { SEED_SAMPLE_ID_TOKEN } from '../samples/seed-id-token';
import { b64, jws } from './test-helpers';
import type { TokenIssue } from './types';

describe('analyzeToken decodes the published spec vectors byte for byte', () => {
  const vectors = [...RFC7515_VECTORS, ...RFC7520_VECTORS, ...RFC8037_VECTORS];
  it.each(vectors.map((v) => [v.name, v] as const))('%s', (_name, v) => {
    const t = analyzeToken(v.compact);
    expect(t.format).toBe('jws');
    if (t.format !== 'jws') return;
    expect(t.header.ok && t.header.value).toEqual(v.expectedHeader);
    expect(t.header.ok && t.header.text).toBe(v.expectedHeaderText);
    expect(t.payload.ok).toBe(true);
    if (t.payload.ok && t.payload.kind !== 'binary') expect(t.payload.text).toBe(v.expectedPayloadText);
    expect(t.unsecured).toBe(v.alg === 'none');
    expect(t.issues.filter((i) => i.code !== 'payload_not_json')).toEqual([]);
  });

  it('keeps CR/LF and spaces of RFC 7515 A.1 in the header text and still parses it', () => {
    const a1 = RFC7515_VECTORS[0];
    const t = analyzeToken(a1?.compact ?? '');
    expect(t.format === 'jws' && t.header.ok && t.header.text).toContain('\r\n');
  });

  it('shows a plain-text payload as text with a note, not as an error (RFC 8037 A.4)', () => {
    const t = analyzeToken(RFC8037_VECTORS[0]?.compact ?? '');
    expect(t.format === 'jws' && t.payload.ok && t.payload.kind).toBe('text');
    expect(t.format === 'jws' && t.issues).toEqual([{ code: 'payload_not_json' }]);
  });

  it('decodes the seed sample ID token claims', () => {
    const t = analyzeToken(SEED_SAMPLE_ID_TOKEN);
    expect(t.format).toBe('jws');
    if (t.format !== 'jws' || !t.payload.ok || t.payload.kind !== 'json') throw new Error('not decoded');
    expect(t.payload.value).toMatchObject({ name: 'Babe Ruth', ver: '2.0', tid: 'b9419818-09af-49c2-b0c3-653adc1f376e' });
    expect(t.header.ok && t.header.value.kid).toBe('MnC_VZcATfM5pOYiJHMba9goEKY');
    expect(t.signature.ok && t.signature.bytes.length).toBe(256);
  });
});

const H = '{"alg":"HS256","typ":"JWT"}';
const P = '{"sub":"1234567890","name":"Ada"}';

type Case = { name: string; token: string; format: string; issue: TokenIssue };
const malformed: Case[] = [
  { name: 'two segments', token: `${b64(H)}.${b64(P)}`, format: 'malformed', issue: { code: 'segment_count', found: 2 } },
  { name: 'four segments', token: `${b64(H)}.${b64(P)}.a.b`, format: 'malformed', issue: { code: 'segment_count', found: 4 } },
  { name: 'one JOSE-looking segment', token: b64(H), format: 'malformed', issue: { code: 'segment_count', found: 1 } },
  {
    name: 'payload with a bad character',
    token: `${b64(H)}.${b64(P).slice(0, 16)}*${b64(P).slice(17)}.c2ln`,
    format: 'jws',
    issue: { code: 'base64url_char', part: 'payload', position: 17, char: '*' },
  },
  {
    name: 'standard base64 in the signature',
    token: `${b64(H)}.${b64(P)}.ab+/cd`,
    format: 'jws',
    issue: { code: 'base64url_char', part: 'signature', position: 3, char: '+' },
  },
  {
    name: 'impossible base64url length',
    token: `${b64(H)}.${b64(P)}.abcde`,
    format: 'jws',
    issue: { code: 'base64url_length', part: 'signature' },
  },
  {
    name: 'header that is a JSON string',
    token: jws('"hello"', P),
    format: 'jws',
    issue: { code: 'not_json_object', part: 'header', actual: 'string' },
  },
  {
    name: 'header that is a JSON array',
    token: jws('[1,2]', P),
    format: 'jws',
    issue: { code: 'not_json_object', part: 'header', actual: 'array' },
  },
  { name: 'empty header', token: `.${b64(P)}.c2ln`, format: 'jws', issue: { code: 'empty_segment', part: 'header' } },
  { name: 'empty payload', token: `${b64(H)}..c2ln`, format: 'jws', issue: { code: 'empty_segment', part: 'payload' } },
];

describe('analyzeToken names the part and the reason for malformed input', () => {
  it.each(malformed.map((c) => [c.name, c] as const))('%s', (_n, c) => {
    const t = analyzeToken(c.token);
    expect(t.format).toBe(c.format);
    if (t.format === 'opaque') throw new Error('unexpected opaque');
    const all: TokenIssue[] = [...t.issues];
    if (t.format === 'jws') {
      for (const p of [t.header, t.payload, t.signature]) if (!p.ok) all.push(p.issue);
    }
    if ((t.format === 'malformed' || t.format === 'jwe') && t.header && !t.header.ok) all.push(t.header.issue);
    expect(all).toContainEqual(c.issue);
  });

  it('reports invalid JSON in the header with the parser detail', () => {
    const t = analyzeToken(jws('{"alg":"HS256",}', P));
    expect(t.format === 'jws' && !t.header.ok && t.header.issue.code).toBe('json_invalid');
  });

  it('never hides a readable header behind a broken payload', () => {
    const t = analyzeToken(`${b64(H)}.%%%.c2ln`);
    if (t.format !== 'jws') throw new Error('expected jws');
    expect(t.header.ok && t.header.value.alg).toBe('HS256');
    expect(!t.payload.ok && t.payload.issue).toEqual({ code: 'base64url_char', part: 'payload', position: 1, char: '%' });
  });

  it('still decodes the header of a token with the wrong number of segments', () => {
    const t = analyzeToken(`${b64(H)}.${b64(P)}`);
    expect(t.format === 'malformed' && t.header?.ok && t.header.value.typ).toBe('JWT');
  });

  it('reports invalid UTF-8 in the header', () => {
    const t = analyzeToken(`_w.${b64(P)}.c2ln`);
    expect(t.format === 'jws' && !t.header.ok && t.header.issue).toEqual({ code: 'utf8_invalid', part: 'header' });
  });

  it('tolerates JSON with whitespace and CR/LF in header and payload', () => {
    const t = analyzeToken(jws('{\r\n "alg" : "RS256",\n\t"kid":"k1"\r\n}', '{\n  "sub": "x",\r\n  "n": 1\n}'));
    expect(t.format === 'jws' && t.header.ok && t.payload.ok && t.issues).toEqual([]);
  });
});

describe('analyzeToken flags risky but readable tokens', () => {
  it('reports duplicate member names in header and payload with their location', () => {
    const t = analyzeToken(jws('{"alg":"HS256","alg":"none"}', '{"sub":"a","nested":{"x":1,"x":2},"sub":"b"}'));
    expect(t.format === 'jws' && t.issues).toEqual(
      expect.arrayContaining([
        { code: 'duplicate_member', part: 'header', name: 'alg', path: '$' },
        { code: 'duplicate_member', part: 'payload', name: 'x', path: '$.nested' },
        { code: 'duplicate_member', part: 'payload', name: 'sub', path: '$' },
      ]),
    );
  });

  it('treats alg none with an empty signature as an unsecured JWT', () => {
    const t = analyzeToken(`${b64('{"alg":"none"}')}.${b64(P)}.`);
    expect(t.format === 'jws' && t.unsecured).toBe(true);
    expect(t.format === 'jws' && t.issues).toEqual([]);
  });

  it('reports alg none that nevertheless carries a signature, and does not call it unsecured', () => {
    const t = analyzeToken(`${b64('{"alg":"none"}')}.${b64(P)}.c2ln`);
    expect(t.format === 'jws' && t.issues).toContainEqual({ code: 'alg_none_with_signature' });
    expect(t.format === 'jws' && t.unsecured).toBe(false);
  });

  it('reports a signed alg with an empty signature', () => {
    const t = analyzeToken(`${b64(H)}.${b64(P)}.`);
    expect(t.format === 'jws' && t.issues).toContainEqual({ code: 'signature_missing', alg: 'HS256' });
  });

  it('reports a missing alg', () => {
    const t = analyzeToken(jws('{"typ":"JWT"}', P));
    expect(t.format === 'jws' && t.issues).toContainEqual({ code: 'alg_missing' });
  });
});

describe('analyzeToken recognises JWE and opaque tokens', () => {
  const jweHeader = b64('{"alg":"RSA-OAEP","enc":"A256GCM","cty":"JWT"}');
  it('explains a five-segment JWE and notes a nested JWT', () => {
    const t = analyzeToken(`${jweHeader}.${b64('k'.repeat(256))}.${b64('iv-12-bytes!')}.${b64('ciphertext')}.${b64('tag-16-bytes!!!!')}`);
    expect(t.format).toBe('jwe');
    if (t.format !== 'jwe') return;
    expect(t.nested).toBe(true);
    expect(t.header.ok && t.header.value.enc).toBe('A256GCM');
    expect(t.lengths).toEqual({ encryptedKey: 256, iv: 12, ciphertext: 10, tag: 16 });
  });

  it('accepts an empty encrypted key (dir) and notes a JWE header without enc', () => {
    const t = analyzeToken(`${b64('{"alg":"dir"}')}..${b64('iv')}.${b64('ct')}.${b64('tag')}`);
    expect(t.format === 'jwe' && t.lengths.encryptedKey).toBe(null);
    expect(t.format === 'jwe' && t.issues).toContainEqual({ code: 'enc_missing' });
  });

  it.each([
    ['EwBoA8l6BAAUO9chh8cJscQLmU+LSWpbnr0vmwwAAcRNzGL', 'msa_access_token'],
    ['M.C520_BAY.0.U.-CrEXAMPLEa1b2c3!!', 'msa_refresh_token'],
    ['0.AVYAexampleexampleexample.AgABAAEAAAD--DLA3VO7QrddgJg7WevrAgDs_wQA9P8', 'entra_refresh_token'],
    ['1.AVYAexampleexampleexample.AgABAAIAAAD', 'entra_authorization_code'],
    ['ya29.a0AfH6SMBexample-token', 'google_access_token'],
    ['1//0gexampleRefreshToken', 'google_refresh_token'],
    ['PHNhbWxwOlJlc3BvbnNlIHhtbG5z', 'saml'],
    ['4f2a9c0e7b1d', 'unknown'],
  ])('classifies %s as %s', (token, kind) => {
    const t = analyzeToken(token);
    expect(t.format === 'opaque' && t.kind).toBe(kind);
  });
});

describe('allIssues lists part failures before token-level issues', () => {
  it('puts the payload failure first and keeps warnings after it', async () => {
    const { allIssues, problemIssues } = await import('./all-issues');
    const t = analyzeToken(`${b64('{"alg":"none","alg":"none"}')}.%.c2ln`);
    expect(allIssues(t).map((i) => i.code)).toEqual(['base64url_char', 'duplicate_member', 'alg_none_with_signature']);
    expect(problemIssues(analyzeToken(RFC8037_VECTORS[0]?.compact ?? ''))).toEqual([]);
  });
});
