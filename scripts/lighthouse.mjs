#!/usr/bin/env node
// Lighthouse budget (issue 6): runs Lighthouse 12.8 on the built app, served under a sub-path, for
// the empty page and for a #token= deep link, and fails when a category score is below its threshold.
// Usage: node scripts/lighthouse.mjs [--dist dist] [--port 4391] [--preset desktop|mobile] [--json file]
//   (or DIST, LH_PORT, LH_PRESET). Chromium: CHROME_PATH, else /usr/bin/chromium.
// The preset and thresholds are explained in docs/decisions/020-budgets.md.
import { spawn } from 'node:child_process';
import { generateKeyPairSync, sign } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import lighthouse, { desktopConfig } from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { option } from './cli-options.mjs';

const opt = option;
const dist = opt('dist', 'DIST', 'dist');
const port = Number(opt('port', 'LH_PORT', '4391'));
const preset = opt('preset', 'LH_PRESET', 'desktop');
const jsonOut = opt('json', 'LH_JSON', '');
const base = '/lighthouse/sub/';

/** Minimum score per category (0..1). */
export const THRESHOLDS = { performance: 0.95, accessibility: 1, 'best-practices': 1, seo: 0.9 };

/**
 * A realistic RS256 ID token (Entra-like claims, 2048-bit key). Its issuer is not one the app
 * contacts on its own, so loading the deep link makes no request to another origin.
 */
function realisticJwt() {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const now = Math.floor(Date.now() / 1000);
  const b64 = (o) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const header = b64({ typ: 'JWT', alg: 'RS256', kid: 'lighthouse-key-1' });
  const payload = b64({
    aud: '6731de76-14a6-49ae-97bc-6eba6914391e',
    iss: 'https://id.contoso.example/b9419818-09af-49c2-b0c3-653adc1f376e/v2.0',
    iat: now - 60,
    nbf: now - 60,
    exp: now + 3540,
    name: 'Megan Bowen',
    nonce: 'c2b7e1a4-8d0f-4b1e-9a55-2f5c3e7d9b10',
    oid: 'a1dbdde8-e4f9-4571-ad93-3059e3750d23',
    preferred_username: 'megan@contoso.example',
    sub: 'MF4f-ggWMEji12KynJUNQZphaUTvLcQug5jdF2nl01Q',
    tid: 'b9419818-09af-49c2-b0c3-653adc1f376e',
    ver: '2.0',
  });
  const signature = sign('sha256', Buffer.from(`${header}.${payload}`), privateKey).toString('base64url');
  return `${header}.${payload}.${signature}`;
}

async function waitForServer(url) {
  for (let i = 0; i < 50; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`The static server did not answer at ${url}`);
}

/** Audits that cost points in a category: scored, applicable, below 1. */
function failingAudits(lhr, categoryId) {
  return lhr.categories[categoryId].auditRefs
    .filter((ref) => ref.weight > 0)
    .map((ref) => lhr.audits[ref.id])
    .filter((a) => a && a.score !== null && a.score < 1 && !['notApplicable', 'informative', 'manual'].includes(a.scoreDisplayMode))
    .map((a) => `${a.id} (${a.score.toFixed(2)})${a.displayValue ? `: ${a.displayValue}` : ''}`);
}

const appUrl = `http://127.0.0.1:${port}${base}`;
const pages = [
  { name: 'empty page', url: appUrl },
  { name: 'deep-linked token', url: `${appUrl}#token=${realisticJwt()}` },
];

const server = spawn(process.execPath, ['scripts/serve.mjs', '--port', String(port), '--base', base, '--root', dist], { stdio: 'ignore' });
const flags = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
let chrome;
const results = [];
const started = Date.now();
try {
  await waitForServer(appUrl);
  chrome = await chromeLauncher.launch({ chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', chromeFlags: flags, logLevel: 'silent' });
  const config = preset === 'desktop' ? desktopConfig : undefined;
  for (const page of pages) {
    const runner = await lighthouse(page.url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: Object.keys(THRESHOLDS) }, config);
    if (!runner) throw new Error(`Lighthouse returned nothing for ${page.name}`);
    const { lhr } = runner;
    if (lhr.runtimeError) throw new Error(`Lighthouse could not audit ${page.name}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const scores = {};
    const failures = [];
    for (const [id, min] of Object.entries(THRESHOLDS)) {
      const score = lhr.categories[id]?.score ?? 0;
      scores[id] = score;
      if (score < min) failures.push({ category: id, score, min, audits: failingAudits(lhr, id) });
    }
    results.push({ page: page.name, passed: failures.length === 0, scores, failures, warnings: lhr.runWarnings });
  }
} finally {
  if (chrome) await chrome.kill();
  server.kill();
}

console.log(`Lighthouse ${preset} preset, ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.table(Object.fromEntries(results.map((r) => [r.page, Object.fromEntries(Object.entries(r.scores).map(([k, v]) => [k, Math.round(v * 100)]))])));
for (const r of results) {
  for (const w of r.warnings) console.log(`warning (${r.page}): ${w}`);
  for (const f of r.failures) {
    console.error(`FAIL ${r.page}: ${f.category} ${f.score.toFixed(2)} < ${f.min}`);
    for (const a of f.audits) console.error(`     - ${a}`);
  }
}
if (jsonOut) {
  mkdirSync(dirname(jsonOut), { recursive: true });
  writeFileSync(jsonOut, JSON.stringify({ preset, thresholds: THRESHOLDS, results }, null, 2));
}
process.exit(results.every((r) => r.passed) ? 0 : 1);
