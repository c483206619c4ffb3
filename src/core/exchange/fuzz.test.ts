import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { SEED_SAMPLE_ID_TOKEN as T } from '../samples/seed-id-token';
import { findApiErrors } from '../api-errors/find-api-errors';
import { recognizeInput } from '../token/recognize';
import { parseCurlCommand } from './curl-command';
import { parseFetch, parsePowerShell } from './code-snippets';
import { parseHttpText } from './http-text';
import { parseHar } from './har';
import { shellWords } from './shell-words';
import { curl8Verbose, http11Crlf } from './samples/http-samples';
import { curlBash } from './samples/code-samples';

// FUZZ_RUNS and FUZZ_SEED come from scripts/fuzz.mjs for a long run; the normal run stays small.
const RUNS = Number(process.env.FUZZ_RUNS) || 150;
const SEED = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);
const SEEDED = SEED === undefined ? {} : { seed: SEED };
const BOUND_MS = 400;

const PARSERS: Record<string, (text: string) => unknown> = {
  parseHttpText,
  parseCurlCommand,
  parsePowerShell,
  parseFetch,
  findApiErrors,
  recognizeInput,
  parseHar: (t) => parseHar(t, { limit: 100 }),
  shellWords: (t) => shellWords(t, 'posix'),
  shellWordsCmd: (t) => shellWords(t, 'cmd'),
};

// Pieces the parsers react to, so random text reaches their branches rather than bouncing off.
const PIECES = [
  '> ',
  '< ',
  '* ',
  '\r\n',
  '\n',
  'HTTP/1.1 401 ',
  'HTTP/2 ',
  'GET / HTTP/1.1',
  ':authority: ',
  ':status: 401',
  'Host: ',
  'Authorization: Bearer ',
  'WWW-Authenticate: Bearer ',
  'realm="',
  'curl ',
  "-H '",
  '-H "',
  '^"',
  '`\n',
  "'",
  '"',
  '\\',
  "$'",
  'Invoke-RestMethod -Uri ',
  'fetch(',
  'Bearer ${',
  'IDX10214: ',
  "Audiences: '",
  '{"error":{"code":"',
  '{"log":',
  'jwt expired',
  'eyJ',
  '.',
  T.slice(0, 40),
  '[PII',
  // Whitespace runs: "^\\s*" under the m flag once made PowerShell detection quadratic (found here).
  ' ',
  '\t',
  ' \n',
  'irm ',
  'iwr ',
  '$ ',
  'PS C:\\> ',
];
const fragment = fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom(...PIECES));
const hostile = fc.array(fragment, { maxLength: 60 }).map((parts) => parts.join(''));

function measure(fn: () => unknown): number {
  const cpu0 = process.cpuUsage();
  const start = performance.now();
  fn();
  const wall = performance.now() - start;
  const cpu = process.cpuUsage(cpu0);
  return Math.min(wall, (cpu.user + cpu.system) / 1000);
}

/** Fastest of up to three runs (wall or CPU time): a busy machine or a cold JIT does not fail a case, a real hang does. */
function timed(fn: () => unknown): number {
  let best = measure(fn);
  for (let retry = 0; retry < 2 && best >= BOUND_MS; retry++) best = Math.min(best, measure(fn));
  return best;
}

describe('exchange parsers on arbitrary and hostile input', { timeout: 30_000 }, () => {
  for (const [name, parse] of Object.entries(PARSERS)) {
    it(`${name} never throws on text built from the shapes it reads`, () => {
      fc.assert(
        fc.property(hostile, (text) => {
          parse(text);
        }),
        { numRuns: RUNS, ...SEEDED },
      );
    });

    it(`${name} stays fast on 200 KB of any one trigger piece repeated`, () => {
      for (const piece of PIECES) {
        // Framed by other characters, so trimming cannot empty a run of whitespace.
        const text = `x ${piece.repeat(Math.ceil(200_000 / piece.length))} x`;
        expect(
          timed(() => parse(text)),
          JSON.stringify(piece),
        ).toBeLessThan(BOUND_MS);
      }
    });

    it(`${name} stays fast on 200 KB of two trigger pieces alternating`, () => {
      fc.assert(
        fc.property(fc.constantFrom(...PIECES), fc.constantFrom(...PIECES), (a, b) => {
          const text = (a + b).repeat(Math.ceil(200_000 / (a.length + b.length)));
          expect(timed(() => parse(text))).toBeLessThan(BOUND_MS);
        }),
        { numRuns: 12, ...SEEDED },
      );
    });
  }

  it('parseHar never throws on arbitrary JSON in place of a HAR or of its entries', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        parseHar(v);
        const r = parseHar({ log: { entries: [v, { request: v, response: v }] } });
        expect(r.ok).toBe(true);
      }),
      { numRuns: RUNS, ...SEEDED },
    );
  });

  it('keeps extracting the token from real samples whatever surrounds them', () => {
    fc.assert(
      fc.property(fc.constantFrom(curl8Verbose(T), http11Crlf(T), curlBash(T)), fc.constantFrom('', '\n', '\r\n', '   '), (sample, pad) => {
        const r = recognizeInput(pad + sample + pad);
        expect(r.kind === 'token' && r.token.compact).toBe(T);
      }),
      { numRuns: 30, ...SEEDED },
    );
  });
});
