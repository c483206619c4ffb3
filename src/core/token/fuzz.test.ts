import { describe, it, expect, afterAll } from 'vitest';
import { writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { recognizeInput, type Recognized } from './recognize';
import { analyzeToken } from './analyze-token';
import { inputFromFragment } from './deep-link';
import { b64 } from './test-helpers';
import type { AnalyzedToken, TokenIssue } from './types';
import { SEED_SAMPLE_ID_TOKEN } from '../samples/seed-id-token';
import { RFC7515_VECTORS } from '../test-vectors/rfc7515';
import { RFC7520_VECTORS } from '../test-vectors/rfc7520';
import { RFC8037_VECTORS } from '../test-vectors/rfc8037';

// FUZZ_RUNS raises the number of cases per property (scripts/fuzz.mjs); the normal run stays small.
const RUNS = Number(process.env.FUZZ_RUNS) || 150;
const HUGE_RUNS = Math.max(8, Math.floor(RUNS / 40));
const SEED = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);
const BOUND_MS = 200;

// Closed sets mirrored from the types: `satisfies` makes a new variant a compile error here.
const KINDS = { empty: 1, token: 1, bundle: 1, jwks: 1, jwk: 1, discovery: 1, unrecognized: 1, exchange: 1, har: 1 } satisfies Record<
  Recognized['kind'],
  1
>;
const FORMATS = { jws: 1, jwe: 1, opaque: 1, malformed: 1 } satisfies Record<AnalyzedToken['format'], 1>;
const ISSUES = {
  segment_count: 1,
  empty_segment: 1,
  base64url_char: 1,
  base64url_padding: 1,
  base64url_length: 1,
  utf8_invalid: 1,
  json_invalid: 1,
  not_json_object: 1,
  duplicate_member: 1,
  alg_missing: 1,
  alg_not_string: 1,
  alg_none_with_signature: 1,
  signature_missing: 1,
  enc_missing: 1,
  payload_not_json: 1,
  payload_binary: 1,
} satisfies Record<TokenIssue['code'], 1>;

type Slowest = { property: string; length: number; ms: number; cpuMs: number; head: string };
const stats = { inputs: 0, calls: 0, slowest: { property: '', length: 0, ms: 0, cpuMs: 0, head: '' } as Slowest };

/** Wall and CPU milliseconds of one call: CPU time is not inflated when a busy machine deschedules us. */
function measure(fn: () => unknown): { wall: number; cpu: number } {
  const cpu0 = process.cpuUsage();
  const start = performance.now();
  fn();
  const wall = performance.now() - start;
  const cpu = process.cpuUsage(cpu0);
  return { wall, cpu: (cpu.user + cpu.system) / 1000 };
}

/**
 * Runs `fn`, records its time, and fails the case when it exceeds the bound. A slow call is timed
 * twice more and the fastest attempt counts; it fails only when its CPU time is over the bound too,
 * so a real hang fails while a pause of a loaded machine (wall time only) does not.
 */
function timed<T>(property: string, input: string, fn: () => T): T {
  let out: T | undefined;
  let best = measure(() => (out = fn()));
  for (let retry = 0; retry < 2 && best.wall >= BOUND_MS; retry++) {
    const again = measure(fn);
    best = { wall: Math.min(best.wall, again.wall), cpu: Math.min(best.cpu, again.cpu) };
  }
  stats.calls++;
  if (best.wall > stats.slowest.ms)
    stats.slowest = { property, length: input.length, ms: best.wall, cpuMs: best.cpu, head: JSON.stringify(input.slice(0, 40)) };
  expect(
    Math.min(best.wall, best.cpu),
    `${property}: ${input.length} chars took ${best.wall.toFixed(1)} ms (${best.cpu.toFixed(1)} ms CPU)`,
  ).toBeLessThan(BOUND_MS);
  return out as T;
}

function checkIssue(issue: TokenIssue): void {
  expect(Object.hasOwn(ISSUES, issue.code), issue.code).toBe(true);
}

function checkToken(token: AnalyzedToken): void {
  expect(Object.hasOwn(FORMATS, token.format), token.format).toBe(true);
  expect(typeof token.compact).toBe('string');
  if (token.format === 'opaque') return void expect(token.length).toBe(token.compact.length);
  token.issues.forEach(checkIssue);
  if (token.header && !token.header.ok) checkIssue(token.header.issue);
  if (token.format === 'jws') {
    expect(token.segments).toHaveLength(3);
    if (!token.payload.ok) checkIssue(token.payload.issue);
    if (!token.signature.ok) checkIssue(token.signature.issue);
  }
  if (token.format === 'jwe') expect(token.segments).toHaveLength(5);
}

function checkRecognized(r: Recognized): void {
  expect(Object.hasOwn(KINDS, r.kind), r.kind).toBe(true);
  if (r.kind === 'token') checkToken(r.token);
  if (r.kind === 'bundle') {
    r.tokens.forEach((t) => checkToken(t.token));
    for (const p of r.params) expect(typeof p.value).toBe('string');
  }
}

function percentEncoded(text: string): string | null {
  try {
    return encodeURIComponent(text);
  } catch {
    return null;
  }
}

/** Every entry point on one input: the recogniser, the bare decoder and the deep-link reader. */
function exercise(property: string, input: string): void {
  stats.inputs++;
  checkRecognized(timed(property, input, () => recognizeInput(input)));
  checkToken(timed(property, input, () => analyzeToken(input)));
  const fromLink = timed(property, input, () => inputFromFragment(`#${input}`));
  if (fromLink !== null) checkRecognized(timed(property, fromLink, () => recognizeInput(fromLink)));
  // A lone surrogate cannot be percent-encoded, so such text can never arrive as #token=.
  const link = percentEncoded(input);
  if (link !== null) expect(timed(property, input, () => inputFromFragment(`#token=${link}`))).toBe(input);
}

const REAL_TOKENS = [SEED_SAMPLE_ID_TOKEN, ...[...RFC7515_VECTORS, ...RFC7520_VECTORS, ...RFC8037_VECTORS].map((v) => v.compact)];
const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
const tokenChar = fc.constantFrom(...'eyJAZaz09-_.=+/ {}[]":,#&?%\\'.split(''));
const anyChar = fc.oneof(fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), loneSurrogate, tokenChar);
const noise = fc.string({ unit: anyChar, maxLength: 6 });

const mutation = fc.oneof(
  fc.tuple(fc.constant('insert' as const), fc.nat(), noise),
  fc.tuple(fc.constant('delete' as const), fc.nat(), fc.nat({ max: 40 }).map(String)),
  fc.tuple(fc.constant('replace' as const), fc.nat(), fc.string({ unit: anyChar, minLength: 1, maxLength: 1 })),
  fc.tuple(fc.constant('dot' as const), fc.nat(), fc.constant('.')),
  fc.tuple(fc.constant('undot' as const), fc.nat(), fc.constant('')),
  fc.tuple(
    fc.constant('wrap' as const),
    fc.nat(),
    fc.constantFrom(
      'Bearer |',
      'Authorization: Bearer |',
      '"|",',
      '#token=|',
      'https://app.example/cb#id_token=|&state=1',
      '{"access_token":"|"}',
      '? |\n',
      '|.|',
    ),
  ),
);

function mutate(token: string, ops: readonly (readonly [string, number, string])[]): string {
  let s = token;
  for (const [op, at, arg] of ops) {
    const i = at % (s.length + 1);
    if (op === 'insert' || op === 'dot') s = s.slice(0, i) + arg + s.slice(i);
    else if (op === 'delete') s = s.slice(0, i) + s.slice(i + Number(arg));
    else if (op === 'replace') s = s.slice(0, i) + arg + s.slice(i + 1);
    else if (op === 'undot') s = s.replace('.', '');
    else s = arg.split('|').join(s);
  }
  return s;
}

const DANGEROUS_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'alg',
  'typ',
  'kid',
  'crit',
  'exp',
  'access_token',
  'keys',
  'kty',
  'issuer',
  'error',
];
/** JSON object text from entries, so `__proto__` stays an own member and duplicates survive. */
const objectText = fc
  .array(fc.tuple(fc.oneof(fc.constantFrom(...DANGEROUS_KEYS), fc.string()), fc.jsonValue({ maxDepth: 3 })), { maxLength: 8 })
  .map((entries) => `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v) ?? 'null'}`).join(',')}}`);
const nested = fc.tuple(fc.integer({ min: 1, max: 20_000 }), fc.constantFrom('{"a":|}', '[|]', '{"__proto__":|}')).map(([depth, shape]) => {
  const [open, close] = shape.split('|') as [string, string];
  return `${open.repeat(depth)}1${close.repeat(depth)}`;
});
const jsonText = fc.oneof(
  objectText,
  nested,
  fc.jsonValue().map((v) => JSON.stringify(v) ?? 'null'),
);

// Many property runs per test: the timeout only catches a hang; speed is judged by the time-bound tests and npm run fuzz.
describe('fuzzing the recogniser and decoder', { timeout: 30_000 }, () => {
  const params = { numRuns: RUNS, ...(SEED === undefined ? {} : { seed: SEED }) };

  it('never throws on arbitrary strings, including lone surrogates and control characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: anyChar, maxLength: 400 }), (s) => exercise('arbitrary', s)),
      params,
    );
  });

  it('never throws on arbitrary full-unicode text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => exercise('unicode', s)),
      params,
    );
  });

  it('decodes mutated real tokens (seed ID token, RFC 7515/7520/8037 vectors) into typed results', () => {
    const arb = fc.tuple(fc.constantFrom(...REAL_TOKENS), fc.array(mutation, { minLength: 1, maxLength: 6 }));
    fc.assert(
      fc.property(arb, ([token, ops]) => exercise('mutated', mutate(token, ops))),
      params,
    );
  });

  it('handles base64url of random, hostile and deeply nested JSON in every position', () => {
    const arb = fc.tuple(jsonText, jsonText, fc.constantFrom('header', 'payload', 'input', 'response', 'fragment'));
    fc.assert(
      fc.property(arb, ([a, b, where]) => {
        const token = where === 'header' ? `${b64(a)}.${b64(b)}.c2ln` : `${b64('{"alg":"RS256"}')}.${b64(a)}.c2ln`;
        const input =
          where === 'input'
            ? a
            : where === 'response'
              ? `{"access_token":${JSON.stringify(token)},"extra":${a}}`
              : where === 'fragment'
                ? `#id_token=${token}&state=${encodeURIComponent(b)}`
                : token;
        exercise('json', input);
      }),
      { ...params, numRuns: Math.max(20, Math.floor(RUNS / 2)) },
    );
  });

  it('finishes huge inputs (up to 1 MB) within the time bound', () => {
    const unit = fc.constantFrom(
      'eyJ',
      'A',
      '.',
      'a=',
      '{',
      '[',
      ' ',
      'eyJhbGciOiJIUzI1NiJ9.',
      '%',
      '"',
      ',',
      '\u202e',
      '\u200b',
      'Bearer ',
      '#',
    );
    const arb = fc.tuple(
      fc.array(unit, { minLength: 1, maxLength: 3 }),
      fc.integer({ min: 1, max: 1024 * 1024 }),
      fc.constantFrom('', '{', '{ ', '#token=', 'x '),
    );
    fc.assert(
      fc.property(arb, ([units, size, prefix]) => {
        const chunk = units.join('');
        exercise('huge', (prefix + chunk.repeat(Math.ceil(size / chunk.length))).slice(0, size));
      }),
      { ...params, numRuns: HUGE_RUNS },
    );
  });

  // Shapes built to hit backtracking or quadratic scans: many token starts without a dot, long runs
  // of separators, unclosed JSON, and a 1 MB token inside text.
  const MB = 1024 * 1024;
  const hard: [string, string][] = [
    ['eyJ repeated inside broken JSON', `{ ${'eyJ'.repeat(MB / 3)}`],
    ['eyJ repeated inside text', `x ${'eyJ'.repeat(MB / 3)}`],
    ['eyJx. repeated inside text', `x ${'eyJxx.'.repeat(MB / 6)}`],
    ['dots only', '.'.repeat(MB)],
    ['commas and spaces', `"${', '.repeat(MB / 2)}`],
    ['unclosed objects', '{"a":'.repeat(MB / 5)],
    ['percent signs in a fragment', `#token=${'%'.repeat(MB)}`],
    ['many parameters', `#state=1${'&a=b'.repeat(MB / 4)}`],
    ['deeply nested member of a token response', `{"access_token":"x","extra":${'{"__proto__":'.repeat(50_000)}1${'}'.repeat(50_000)}}`],
    ['deeply nested JWS payload', `${b64('{"alg":"RS256"}')}.${b64(`${'['.repeat(200_000)}${']'.repeat(200_000)}`)}.c2ln`],
    ['whitespace-wrapped token', `${'A'.repeat(20)}\n`.repeat(MB / 21)],
  ];
  it.each(hard)('finishes a 1 MB input built to be slow: %s', (name, input) => {
    exercise(`hard: ${name}`, input);
  });

  afterAll(() => {
    if (process.env.FUZZ_REPORT)
      writeFileSync(process.env.FUZZ_REPORT, JSON.stringify({ runsPerProperty: RUNS, seed: SEED ?? null, boundMs: BOUND_MS, ...stats }));
  });
});
