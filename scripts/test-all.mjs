#!/usr/bin/env node
// The one test command (README, .ci/run): typecheck, lint, unit tests, build, budgets, Lighthouse, end-to-end.
// Ends with one plain line "N passed, N failed" summed over every suite, and exits non-zero on failure.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync, rmSync } from 'node:fs';

const results = { passed: 0, failed: 0, skipped: 0 };
const out = 'test-results';
mkdirSync(out, { recursive: true });

function run(label, cmd, args, env = {}) {
  console.log(`\n=== ${label}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status === 0;
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

// Gates that are not test runners still count: one check each.
for (const [label, script] of [
  ['typecheck', 'typecheck'],
  ['lint', 'lint'],
]) {
  if (run(label, 'npm', ['run', '-s', script])) results.passed += 1;
  else results.failed += 1;
}

// Unit tests (Vitest).
const vitestJson = `${out}/vitest.json`;
const unitOk = run('unit', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${vitestJson}`]);
const v = readJson(vitestJson);
if (v) {
  results.passed += v.numPassedTests ?? 0;
  results.failed += v.numFailedTests ?? 0;
  results.skipped += (v.numPendingTests ?? 0) + (v.numTodoTests ?? 0);
}
if (!unitOk && (!v || v.numFailedTests === 0)) results.failed += 1;

// Build + budgets.
if (run('build', 'npx', ['vite', 'build', '--logLevel', 'warn'])) results.passed += 1;
else results.failed += 1;
if (existsSync('scripts/check-budget.mjs')) {
  if (run('bundle budget', 'node', ['scripts/check-budget.mjs'])) results.passed += 1;
  else results.failed += 1;
}

// Browser checks: Lighthouse (one check per audited page), then end-to-end (Playwright + Debian Chromium).
if (!run('chromium', 'node', ['scripts/ensure-chromium.mjs'])) {
  results.failed += 1;
} else {
  if (existsSync('scripts/lighthouse.mjs')) {
    const lhJson = `${out}/lighthouse.json`;
    rmSync(lhJson, { force: true }); // a stale file must not count for this run
    const lhOk = run('lighthouse', 'node', ['scripts/lighthouse.mjs', '--json', lhJson]);
    const lh = readJson(lhJson);
    if (lh?.results) {
      for (const page of lh.results) {
        if (page.passed) results.passed += 1;
        else results.failed += 1;
      }
    }
    if (!lhOk && (!lh?.results || lh.results.every((page) => page.passed))) results.failed += 1;
  }
  const pwJson = `${out}/playwright.json`;
  const e2eOk = run('e2e', 'npx', ['playwright', 'test', '--reporter=list,json'], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: pwJson,
  });
  const p = readJson(pwJson);
  if (p?.stats) {
    results.passed += (p.stats.expected ?? 0) + (p.stats.flaky ?? 0);
    results.failed += p.stats.unexpected ?? 0;
    results.skipped += p.stats.skipped ?? 0;
  }
  if (!e2eOk && (!p?.stats || p.stats.unexpected === 0)) results.failed += 1;
}

const skipped = results.skipped ? `, ${results.skipped} skipped` : '';
console.log(`\n${results.passed} passed, ${results.failed} failed${skipped}`);
process.exit(results.failed > 0 || results.skipped > 0 ? 1 : 0);
