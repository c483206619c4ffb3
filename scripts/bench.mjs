#!/usr/bin/env node
// `npm run bench`: builds the app, serves it, and measures decode speed (Vitest bench, in Node),
// load and input-to-paint latency (Chromium), and bundle bytes. Prints a table and writes
// bench-results/<timestamp>.json plus bench-results/latest.json for comparison with earlier runs.
// Usage: node scripts/bench.mjs [--dist dist] [--port 4399]   (or DIST, BENCH_PORT, BENCH_RUNS)
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { measureBrowser } from './bench-browser.mjs';
import { measureHar, printHar } from './bench-har.mjs';
import { bundleSizes } from './bundle-size.mjs';
import { option } from './cli-options.mjs';

const opt = option;
const dist = opt('dist', 'DIST', 'dist');
const PORT = Number(opt('port', 'BENCH_PORT', '4399'));
const runs = Number(process.env.BENCH_RUNS ?? 9);
mkdirSync('bench-results', { recursive: true });

const step = (cmd, args) => {
  const r = spawnSync(cmd, args, { stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed`);
};

step('node', ['scripts/ensure-chromium.mjs']);
step('npx', ['vite', 'build', '--logLevel', 'warn', '--outDir', dist, '--emptyOutDir']);
step('npx', ['vitest', 'bench', '--run', '--outputJson', 'bench-results/core.json']);

const core = JSON.parse(readFileSync('bench-results/core.json', 'utf8'))
  .files.flatMap((f) => f.groups)
  .flatMap((g) => g.benchmarks.map((b) => ({ group: g.fullName.split(' > ').pop(), name: b.name, meanMs: b.mean, p99Ms: b.p99, hz: b.hz })));

const server = spawn('node', ['scripts/serve.mjs', '--port', String(PORT), '--base', '/bench/', '--root', dist], { stdio: 'ignore' });
let browser;
let har;
try {
  await new Promise((r) => setTimeout(r, 500));
  browser = await measureBrowser(`http://127.0.0.1:${PORT}/bench/`, { runs });
  har = await measureHar(`http://127.0.0.1:${PORT}/bench/`, { megabytes: 50, runs: 3 });
} finally {
  server.kill();
}
const bytes = bundleSizes(dist);

const result = { date: new Date().toISOString(), runs, core, browser, har, bytes };
writeFileSync('bench-results/latest.json', JSON.stringify(result, null, 2));
writeFileSync(`bench-results/${result.date.replace(/[:.]/g, '-')}.json`, JSON.stringify(result, null, 2));

const ms = (x) => (x === undefined ? '-' : x.toFixed(2));
const kb = (x) => `${(x / 1024).toFixed(1)} KB`;
console.log('\nCore (Node, Vitest bench)');
console.table(core.map((c) => ({ benchmark: `${c.group}: ${c.name}`, 'mean ms': ms(c.meanMs), 'p99 ms': ms(c.p99Ms) })));
console.log(`Browser (Chromium, ${runs} runs each; median / p90 / max ms)`);
const rows = [
  ['cold load to interactive', browser.load.toInteractive],
  ['cold load to decoded #token= view', browser.load.toDecodedDeepLink],
  ...Object.entries(browser.input.commit).map(([k, v]) => [`input to decoded view committed, ${k}`, v]),
  ...Object.entries(browser.input.paint).map(([k, v]) => [`input to next painted frame, ${k}`, v]),
];
console.table(rows.map(([name, s]) => ({ measure: name, median: ms(s.median), p90: ms(s.p90), max: ms(s.max) })));
console.log(`Verification with keys cached (pasted public JWK, already used once), token in -> "Signature verified"; ${runs} runs each, ms`);
console.table(Object.entries(browser.verify).map(([alg, s]) => ({ alg, median: ms(s.median), p90: ms(s.p90), min: ms(s.min), max: ms(s.max) })));
printHar(har);
console.log('Bytes');
console.table({
  'initial JS': { raw: kb(bytes.initialJs.raw), gzip: kb(bytes.initialJs.gzip) },
  'initial CSS': { raw: kb(bytes.initialCss.raw), gzip: kb(bytes.initialCss.gzip) },
  'lazy JS': { raw: kb(bytes.lazyJs.raw), gzip: kb(bytes.lazyJs.gzip) },
});
console.log('Loaded lazily (on demand, not in the initial download)');
console.table(bytes.lazyFiles.map((f) => ({ chunk: f.file.replace(/^assets\//, ''), raw: kb(f.raw), gzip: kb(f.gzip) })));
console.log('Written: bench-results/latest.json');
