#!/usr/bin/env node
// Lighthouse gate (issues 6 and 15): runs Lighthouse 12.8 on the built app, served gzip-compressed
// under a sub-path, for the empty page and for a #token= deep link, with the MOBILE preset by default
// (simulated slow 4G, 4x slower CPU). A page passes when one of up to --runs runs (default 3) meets
// every threshold: performance >= 0.95, accessibility 1, best practices 1, SEO 0.9, and on mobile a
// total blocking time <= 200 ms. Best of N absorbs the noise of a shared machine without lowering any
// threshold; a page that fails every run fails the gate.
// Usage: node scripts/lighthouse.mjs [--dist dist] [--port 4391] [--preset mobile|desktop] [--runs 3]
//        [--all-runs] [--json file]   (or DIST, LH_PORT, LH_PRESET, LH_RUNS, LH_JSON).
// Chromium: CHROME_PATH, else /usr/bin/chromium. See docs/decisions/041-mobile-performance.md.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { option } from './cli-options.mjs';
import { audit, judge, launchChrome, METRIC_CEILINGS, median, realisticJwt, serveDist, THRESHOLDS } from './bench-lighthouse.mjs';

const dist = option('dist', 'DIST', 'dist');
const port = Number(option('port', 'LH_PORT', '4391'));
const preset = option('preset', 'LH_PRESET', 'mobile');
const maxRuns = Math.max(1, Number(option('runs', 'LH_RUNS', '3')));
const allRuns = process.argv.includes('--all-runs');
const jsonOut = option('json', 'LH_JSON', '');
const base = '/lighthouse/sub/';
if (preset !== 'mobile' && preset !== 'desktop') throw new Error(`--preset must be mobile or desktop, not ${preset}`);

const appUrl = `http://127.0.0.1:${port}${base}`;
const pages = [
  { name: 'empty page', url: appUrl },
  { name: 'deep-linked token', url: `${appUrl}#token=${realisticJwt()}` },
];

const stop = await serveDist(dist, port, base);
let chrome;
const results = [];
const started = Date.now();
try {
  chrome = await launchChrome();
  for (const page of pages) {
    const runs = [];
    for (let i = 0; i < maxRuns; i++) {
      const run = await audit(page.url, { chromePort: chrome.port, preset });
      run.reasons = judge(run, preset);
      runs.push(run);
      if (run.reasons.length === 0 && !allRuns) break;
    }
    const best = runs.find((r) => r.reasons.length === 0) ?? [...runs].sort((a, b) => b.scores.performance - a.scores.performance)[0];
    results.push({ page: page.name, passed: best.reasons.length === 0, best, runs });
  }
} finally {
  if (chrome) await chrome.kill();
  stop();
}

const ms = (x) => (Number.isFinite(x) ? Math.round(x) : '-');
console.log(
  `Lighthouse ${preset} preset, thresholds ${JSON.stringify(THRESHOLDS)}${METRIC_CEILINGS[preset].tbtMs ? `, TBT <= ${METRIC_CEILINGS[preset].tbtMs} ms` : ''}; best of up to ${maxRuns} runs, ${((Date.now() - started) / 1000).toFixed(1)} s`,
);
console.table(
  results.flatMap((r) =>
    r.runs.map((run, i) => ({
      page: r.page,
      run: i + 1,
      perf: Math.round(run.scores.performance * 100),
      a11y: Math.round(run.scores.accessibility * 100),
      bp: Math.round(run.scores['best-practices'] * 100),
      seo: Math.round(run.scores.seo * 100),
      'FCP ms': ms(run.metrics.fcpMs),
      'LCP ms': ms(run.metrics.lcpMs),
      'TBT ms': ms(run.metrics.tbtMs),
      CLS: run.metrics.cls.toFixed(3),
      ok: run.reasons.length === 0 ? 'yes' : 'no',
    })),
  ),
);
for (const r of results) {
  for (const w of r.best.warnings) console.log(`warning (${r.page}): ${w}`);
  if (!r.passed) {
    console.error(`FAIL ${r.page}: no run out of ${r.runs.length} met the thresholds; the best one:`);
    for (const reason of r.best.reasons) console.error(`     ${reason}`);
  }
}
if (jsonOut) {
  mkdirSync(dirname(jsonOut), { recursive: true });
  const summary = results.map((r) => ({
    page: r.page,
    passed: r.passed,
    scores: r.best.scores,
    metrics: r.best.metrics,
    failures: r.best.reasons,
    medians: { performance: median(r.runs.map((x) => x.scores.performance)), tbtMs: median(r.runs.map((x) => x.metrics.tbtMs)) },
    runs: r.runs.map((x) => ({ scores: x.scores, metrics: x.metrics, reasons: x.reasons })),
  }));
  writeFileSync(
    jsonOut,
    JSON.stringify({ preset, thresholds: THRESHOLDS, ceilings: METRIC_CEILINGS[preset], maxRuns, results: summary }, null, 2),
  );
}
process.exit(results.every((r) => r.passed) ? 0 : 1);
