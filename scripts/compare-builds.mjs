#!/usr/bin/env node
// Side by side: this build against another local build (given by URL, or a folder to serve), with the
// same realistic token, the same Lighthouse preset and throttling, runs interleaved (A, B, A, B, ...)
// so a burst of load on the shared machine hits both alike. Prints the median per figure for each
// build and the ratio ours/other (below 1 means ours is faster or smaller).
// Usage:
//   node scripts/compare-builds.mjs --other http://127.0.0.1:5173/ [--other-link '#token={token}']
//        [--dist dist] [--runs 5] [--preset mobile|desktop] [--port 4395] [--cpu 4] [--claim 'Megan Bowen']
//   node scripts/compare-builds.mjs --other-dist /tmp/old-dist      (serves that folder too)
// --other-link says where the other app takes a token: '{token}' is replaced (e.g. '?token={token}'
// or '#id_token={token}'). Figures: Lighthouse score, FCP, LCP, TBT and script bytes on the deep
// link; and, in Chromium with the CPU slowed down --cpu times, the ms from navigation until a claim
// value (--claim) is visible on the page.
import { chromium } from '@playwright/test';
import { option } from './cli-options.mjs';
import { audit, launchChrome, median, realisticJwt, serveDist } from './bench-lighthouse.mjs';

const dist = option('dist', 'DIST', 'dist');
const port = Number(option('port', 'COMPARE_PORT', '4395'));
const runs = Number(option('runs', 'COMPARE_RUNS', '5'));
const preset = option('preset', 'LH_PRESET', 'mobile');
const cpu = Number(option('cpu', null, preset === 'mobile' ? '4' : '1'));
const claim = option('claim', null, 'Megan Bowen');
const otherLink = option('other-link', null, '#token={token}');
let otherUrl = option('other', null, '');
const otherDist = option('other-dist', null, '');
if (!otherUrl && !otherDist) {
  console.error('Give the other build: --other <url> (already served) or --other-dist <folder> (served here).');
  process.exit(2);
}

const stops = [await serveDist(dist, port, '/ours/')];
if (otherDist) {
  stops.push(await serveDist(otherDist, port + 1, '/other/'));
  otherUrl = `http://127.0.0.1:${port + 1}/other/`;
}
const token = realisticJwt();
const builds = {
  ours: `http://127.0.0.1:${port}/ours/#token=${token}`,
  other: `${otherUrl}${otherLink.replace('{token}', token)}`,
};

/** ms from navigation start until `text` is visible, with the CPU slowed down `rate` times. */
async function timeToClaim(browser, url, text, rate) {
  const ctx = await browser.newContext({ viewport: { width: 412, height: 823 }, isMobile: rate > 1 });
  const page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await page.goto(url);
  await page.getByText(text, { exact: false }).first().waitFor({ state: 'visible', timeout: 60_000 });
  const ms = await page.evaluate(() => performance.now());
  await ctx.close();
  return ms;
}

const figures = { ours: [], other: [] };
const chrome = await launchChrome();
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium' });
try {
  for (let i = 0; i < runs; i++) {
    // Alternate who goes first, so neither always runs on a warmer machine.
    const order = i % 2 ? ['other', 'ours'] : ['ours', 'other'];
    for (const name of order) {
      const run = await audit(builds[name], { chromePort: chrome.port, preset, categories: ['performance'] });
      const claimMs = await timeToClaim(browser, builds[name], claim, cpu);
      figures[name].push({ score: run.scores.performance, ...run.metrics, claimMs });
      process.stdout.write(
        `run ${i + 1}/${runs} ${name}: score ${run.scores.performance.toFixed(2)}, TBT ${Math.round(run.metrics.tbtMs)} ms, claim visible ${Math.round(claimMs)} ms\n`,
      );
    }
  }
} finally {
  await browser.close();
  await chrome.kill();
  for (const stop of stops) stop();
}

const rows = [
  ['Lighthouse performance score', 'score', (x) => x.toFixed(2)],
  ['first contentful paint (ms)', 'fcpMs', Math.round],
  ['largest contentful paint (ms)', 'lcpMs', Math.round],
  ['total blocking time (ms)', 'tbtMs', Math.round],
  ['script transferred (KB)', 'scriptTransferBytes', (x) => (x / 1024).toFixed(1)],
  [`navigation to "${claim}" visible, CPU /${cpu} (ms)`, 'claimMs', Math.round],
];
console.log(`\n${preset} preset, ${runs} interleaved runs each, medians; token ${token.length} chars`);
console.log(`ours:  ${builds.ours.replace(token, '<token>')}\nother: ${builds.other.replace(token, '<token>')}`);
console.table(
  rows.map(([label, key, fmt]) => {
    const a = median(figures.ours.map((f) => f[key]));
    const b = median(figures.other.map((f) => f[key]));
    return { figure: label, ours: fmt(a), other: fmt(b), 'ours / other': b ? (a / b).toFixed(2) : '-' };
  }),
);
