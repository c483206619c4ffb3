#!/usr/bin/env node
// Long fuzzing run of every fuzz suite, outside `npm test`: the token recogniser and decoder, and
// the HTTP exchange readers (raw HTTP, curl, PowerShell, fetch, HAR, API error lines):
//   node scripts/fuzz.mjs [--runs 100000] [--seed N]
// Runs src/core/token/fuzz.test.ts and src/core/exchange/fuzz.test.ts through Vitest (Node 20
// cannot import .ts itself) with FUZZ_RUNS raised so that about `--runs` token inputs are generated
// (and as many per exchange property), then prints how many token inputs and calls ran and the slowest call. Exit code 1 when a property failed (crash, wrong shape, or a
// call over the time bound); the failing case and its seed are in Vitest's output above.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  if (i === -1) return fallback;
  const value = Number(process.argv[i + 1]);
  if (!Number.isInteger(value) || value <= 0) {
    console.error(`--${name} needs a positive whole number`);
    process.exit(2);
  }
  return value;
}

const runs = option('runs', 100_000);
const seed = option('seed', Math.floor(Math.random() * 2 ** 31));
// The test file generates about 3.5 inputs per FUZZ_RUNS step (three full properties, a half one
// for JSON and a fortieth for 1 MB inputs).
const perProperty = Math.max(1, Math.ceil(runs / 3.525));
const dir = mkdtempSync(join(tmpdir(), 'token-fuzz-'));
const report = join(dir, 'report.json');

console.log(`Fuzzing with about ${runs} inputs (FUZZ_RUNS=${perProperty} per property, seed ${seed})…`);
const started = Date.now();
const SUITES = ['src/core/token/fuzz.test.ts', 'src/core/exchange/fuzz.test.ts'];
const result = spawnSync('npx', ['vitest', 'run', ...SUITES, '--testTimeout=0', '--reporter=dot'], {
  stdio: 'inherit',
  env: { ...process.env, FUZZ_RUNS: String(perProperty), FUZZ_SEED: String(seed), FUZZ_REPORT: report },
});
const seconds = ((Date.now() - started) / 1000).toFixed(1);

let stats = null;
try {
  stats = JSON.parse(readFileSync(report, 'utf8'));
} catch {
  // no report: Vitest failed before the suite finished
}
rmSync(dir, { recursive: true, force: true });

if (stats) {
  const s = stats.slowest;
  console.log(
    `\n${stats.inputs} inputs, ${stats.calls} calls (recognizeInput, analyzeToken, inputFromFragment) in ${seconds} s, seed ${seed}`,
  );
  console.log(
    `Slowest call: ${s.ms.toFixed(1)} ms wall (${s.cpuMs.toFixed(1)} ms CPU) on a ${s.length}-character input (${s.property}), starting ${s.head}; bound ${stats.boundMs} ms`,
  );
}
console.log(result.status === 0 ? 'No failure.' : `FAILED (exit ${result.status}); rerun with --seed ${seed}`);
process.exit(result.status === 0 ? 0 : 1);
