#!/usr/bin/env node
// `npm run bench`: builds the app, serves it, and measures decode speed (Vitest bench, in Node),
// Lighthouse on the mobile and desktop presets, load, input-to-paint and verification latency,
// long tasks and a 50 MB HAR (Chromium), and bundle bytes. Prints the detail tables, then one line per target of
// issue 15 with its figure and the target, and writes bench-results/<timestamp>.json plus
// bench-results/latest.json for comparison with earlier runs. Figures are medians over several
// runs (the machine is shared); the lines say how many.
// Usage: node scripts/bench.mjs [--dist dist] [--port 4399] [--runs 9] [--lighthouse-runs 3]
//        [--no-build]   (or DIST, BENCH_PORT, BENCH_RUNS, BENCH_LH_RUNS; --lighthouse-runs 0 skips Lighthouse)
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { measureBrowser, VERIFY_RUNS } from './bench-browser.mjs';
import { measureHar, printHar } from './bench-har.mjs';
import { audit, launchChrome, median, realisticJwt, serveDist } from './bench-lighthouse.mjs';
import { BUDGETS, bundleSizes, viewChunks } from './bundle-size.mjs';
import { option } from './cli-options.mjs';

const dist = option('dist', 'DIST', 'dist');
const PORT = Number(option('port', 'BENCH_PORT', '4399'));
const runs = Number(option('runs', 'BENCH_RUNS', '9'));
const lhRuns = Number(option('lighthouse-runs', 'BENCH_LH_RUNS', '3'));
mkdirSync('bench-results', { recursive: true });

const step = (cmd, args) => {
  const r = spawnSync(cmd, args, { stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed`);
};

step('node', ['scripts/ensure-chromium.mjs']);
if (!process.argv.includes('--no-build')) step('npx', ['vite', 'build', '--logLevel', 'warn', '--outDir', dist, '--emptyOutDir']);
step('npx', ['vitest', 'bench', '--run', '--outputJson', 'bench-results/core.json']);

const core = JSON.parse(readFileSync('bench-results/core.json', 'utf8'))
  .files.flatMap((f) => f.groups)
  .flatMap((g) =>
    g.benchmarks.map((b) => ({ group: g.fullName.split(' > ').pop(), name: b.name, meanMs: b.mean, p99Ms: b.p99, hz: b.hz })),
  );

/** Lighthouse, interleaved per run so a burst of load on the machine hits every page alike. */
async function lighthouseFigures(appUrl) {
  const token = realisticJwt();
  const pages = { empty: appUrl, deepLink: `${appUrl}#token=${token}` };
  const out = { mobile: { empty: [], deepLink: [] }, desktop: { empty: [], deepLink: [] } };
  const chrome = await launchChrome();
  try {
    for (let i = 0; i < lhRuns; i++) {
      for (const preset of ['mobile', 'desktop']) {
        for (const [name, url] of Object.entries(pages)) {
          const run = await audit(url, { chromePort: chrome.port, preset, categories: ['performance'] });
          out[preset][name].push({ performance: run.scores.performance, ...run.metrics });
        }
      }
    }
  } finally {
    await chrome.kill();
  }
  return out;
}

const base = '/bench/';
const stop = await serveDist(dist, PORT, base);
let browser;
let lighthouse;
let har;
try {
  const url = `http://127.0.0.1:${PORT}${base}`;
  lighthouse = lhRuns > 0 ? await lighthouseFigures(url) : { mobile: { empty: [], deepLink: [] }, desktop: { empty: [], deepLink: [] } };
  browser = await measureBrowser(url, { runs });
  har = await measureHar(url, { megabytes: 50, runs: 3 });
} finally {
  stop();
}
const bytes = bundleSizes(dist);

const result = { date: new Date().toISOString(), runs, lhRuns, core, lighthouse, browser, har, bytes };
writeFileSync('bench-results/latest.json', JSON.stringify(result, null, 2));
writeFileSync(`bench-results/${result.date.replace(/[:.]/g, '-')}.json`, JSON.stringify(result, null, 2));

const ms = (x) => (x === undefined || !Number.isFinite(x) ? '-' : x.toFixed(2));
const kb = (x) => `${(x / 1024).toFixed(1)} KB`;
console.log('\nCore (Node, Vitest bench)');
console.table(core.map((c) => ({ benchmark: `${c.group}: ${c.name}`, 'mean ms': ms(c.meanMs), 'p99 ms': ms(c.p99Ms) })));
console.log(`Lighthouse (performance only, ${lhRuns} runs each, interleaved; medians)`);
console.table(
  Object.entries(lighthouse).flatMap(([preset, pages]) =>
    Object.entries(pages).map(([page, list]) => ({
      preset,
      page,
      score: ms(median(list.map((r) => r.performance))),
      'FCP ms': Math.round(median(list.map((r) => r.fcpMs))),
      'LCP ms': Math.round(median(list.map((r) => r.lcpMs))),
      'TBT ms': Math.round(median(list.map((r) => r.tbtMs))),
      'SI ms': Math.round(median(list.map((r) => r.siMs))),
      CLS: median(list.map((r) => r.cls)).toFixed(3),
      'all scores': list.map((r) => r.performance.toFixed(2)).join(' '),
    })),
  ),
);
console.log(`Browser (Chromium, ${runs} runs each; median / p90 / max ms)`);
const rows = [
  ['cold load to interactive', browser.load.toInteractive],
  ['cold load to decoded #token= view', browser.load.toDecodedDeepLink],
  ...Object.entries(browser.input.commit).map(([k, v]) => [`input to decoded view committed, ${k}`, v]),
  ...Object.entries(browser.input.paint).map(([k, v]) => [`input to next painted frame, ${k}`, v]),
  ...Object.entries(browser.longTasks).flatMap(([k, v]) => [
    [`longest task (wall clock, Long Tasks API), ${k} until verified`, v.wall],
    [`longest task (its CPU time, trace), ${k} until verified`, v.cpu],
  ]),
];
console.table(rows.map(([name, s]) => ({ measure: name, median: ms(s.median), p90: ms(s.p90), max: ms(s.max) })));
console.log(
  `Verification with keys cached (pasted public JWK, already used once), token in -> "Signature verified"; ${Math.max(runs, VERIFY_RUNS)} runs each, ms`,
);
console.table(
  Object.entries(browser.verify).map(([alg, s]) => ({
    alg,
    median: ms(s.median),
    p90: ms(s.p90),
    'core check alone, median': ms(s.core.median),
    'in-app check, median': ms(s.inAppCheck.median),
    'overhead median': ms(s.overhead.median),
    'overhead p90': ms(s.overhead.p90),
  })),
);
printHar(har);
console.log('Bytes');
console.table({
  'initial JS': { raw: kb(bytes.initialJs.raw), gzip: kb(bytes.initialJs.gzip) },
  'initial CSS': { raw: kb(bytes.initialCss.raw), gzip: kb(bytes.initialCss.gzip) },
  'lazy JS': { raw: kb(bytes.lazyJs.raw), gzip: kb(bytes.lazyJs.gzip) },
});
console.log('Loaded lazily (on demand, not in the initial download)');
console.table(bytes.lazyFiles.map((f) => ({ chunk: f.file.replace(/^assets\//, ''), raw: kb(f.raw), gzip: kb(f.gzip) })));

// One line per target (issue 15), figure first, then the target.
const views = viewChunks(dist);
const lh = (preset, page, key) => median(lighthouse[preset][page].map((r) => r[key]));
const worstVerifyOverhead = Math.max(...Object.values(browser.verify).map((s) => s.overhead.median));
const longestWall = Math.max(...Object.values(browser.longTasks).map((s) => s.wall.median));
const longestCpu = Math.max(...Object.values(browser.longTasks).map((s) => s.cpu.max));
const targets = [
  [
    `Lighthouse mobile performance, empty page (median of ${lhRuns})`,
    lh('mobile', 'empty', 'performance'),
    '>=',
    0.95,
    (x) => x.toFixed(2),
  ],
  [
    `Lighthouse mobile performance, deep-linked RS256 token (median of ${lhRuns})`,
    lh('mobile', 'deepLink', 'performance'),
    '>=',
    0.95,
    (x) => x.toFixed(2),
  ],
  [
    `Lighthouse mobile total blocking time, empty page (median of ${lhRuns})`,
    lh('mobile', 'empty', 'tbtMs'),
    '<=',
    200,
    (x) => `${Math.round(x)} ms`,
  ],
  [
    `Lighthouse mobile total blocking time, deep-linked token (median of ${lhRuns})`,
    lh('mobile', 'deepLink', 'tbtMs'),
    '<=',
    200,
    (x) => `${Math.round(x)} ms`,
  ],
  [`Lighthouse desktop performance, empty page (median of ${lhRuns})`, lh('desktop', 'empty', 'performance'), '>=', 1, (x) => x.toFixed(2)],
  [
    `Lighthouse desktop performance, deep-linked token (median of ${lhRuns})`,
    lh('desktop', 'deepLink', 'performance'),
    '>=',
    1,
    (x) => x.toFixed(2),
  ],
  [`input to next frame, 16 KB token (median of ${runs})`, browser.input.paint['16 KB'].median, '<=', 16, (x) => `${x.toFixed(1)} ms`],
  [
    `verification with cached keys, time over the core check (worst algorithm's median of ${Math.max(runs, VERIFY_RUNS)})`,
    worstVerifyOverhead,
    '<=',
    5,
    (x) => `${x.toFixed(1)} ms`,
  ],
  [
    'longest task while typing or when verification completes, its CPU time (worst of all runs)',
    longestCpu,
    '<=',
    50,
    (x) => `${Math.round(x)} ms`,
  ],
  [
    'longest task while typing or when verification completes, wall clock (worst scenario median; a busy machine adds to it)',
    longestWall,
    '<=',
    50,
    (x) => `${Math.round(x)} ms`,
  ],
  ['initial JS (gzip)', bytes.initialJs.gzip, '<=', BUDGETS.initialJs, kb],
  [
    'views loaded lazily (own chunk, not in index.html)',
    views.filter((v) => v.lazy).length,
    '>=',
    views.length,
    (x) => `${x} of ${views.length}`,
  ],
];
console.log('\nTargets (issue 15)');
for (const [name, figure, op, target, fmt] of targets) {
  const ok = op === '>=' ? figure >= target : figure <= target;
  const shown = Number.isFinite(figure) ? fmt(figure) : 'not measured';
  console.log(`${Number.isFinite(figure) ? (ok ? 'ok  ' : 'MISS') : 'n/a '} ${name}: ${shown} (target ${op} ${fmt(target)})`);
}
console.log('Written: bench-results/latest.json');
