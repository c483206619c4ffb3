#!/usr/bin/env node
// HAR half of `npm run bench`: opens a generated ~50 MB HAR with the app's file picker in Chromium and
// measures the time until the request list is shown, and how long the main thread was blocked meanwhile
// (the Long Tasks API: every task over 50 ms). The HAR is parsed in a Web Worker, so blocking should stay
// small. Exported for scripts/bench.mjs; also runs alone:
//   node scripts/bench-har.mjs [--dist dist] [--port 4398] [--mb 50] [--runs 3]
/* global window, document -- used only inside page.evaluate callbacks, which run in Chromium */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import { option } from './cli-options.mjs';
import { stats } from './bench-browser.mjs';

const b64 = (o) => Buffer.from(JSON.stringify(o)).toString('base64url');
const TOKEN = `${b64({ alg: 'RS256', typ: 'JWT', kid: 'bench' })}.${b64({ aud: 'https://graph.microsoft.com', scp: 'User.Read', exp: 1700003600 })}.${'s'.repeat(342)}`;

/** A HAR of about `megabytes` MB: mostly static resources with bodies, one request in ten with a token, some 401s. */
export function makeHar(megabytes) {
  const target = megabytes * 1024 * 1024;
  const body = 'x'.repeat(8 * 1024);
  const parts = [];
  let size = 0;
  for (let i = 0; size < target; i++) {
    const withToken = i % 10 === 0;
    const status = i % 50 === 0 ? 401 : 200;
    const entry = {
      startedDateTime: '2026-11-30T10:00:00.000Z',
      time: 12,
      request: {
        method: 'GET',
        url: `https://app.contoso.com/assets/${i}.js?v=${i}`,
        httpVersion: 'http/2.0',
        headers: [
          { name: ':authority', value: 'app.contoso.com' },
          { name: 'cookie', value: 'sid=bench' },
          ...(withToken ? [{ name: 'authorization', value: `Bearer ${TOKEN}` }] : []),
        ],
        queryString: [],
        cookies: [],
        headersSize: -1,
        bodySize: 0,
      },
      response: {
        status,
        statusText: '',
        httpVersion: 'http/2.0',
        headers: [{ name: 'content-type', value: 'text/javascript' }],
        cookies: [],
        content: { size: body.length, mimeType: 'text/javascript', text: body },
        redirectURL: '',
        headersSize: -1,
        bodySize: -1,
      },
      cache: {},
      timings: { send: 0, wait: 10, receive: 2 },
    };
    const text = JSON.stringify(entry);
    parts.push(text);
    size += text.length + 1;
  }
  return {
    text: `{"log":{"version":"1.2","creator":{"name":"bench","version":"1"},"entries":[${parts.join(',')}]}}`,
    entries: parts.length,
  };
}

/** Opens the HAR `runs` times in a fresh page each; returns time to list and main-thread blocking, in ms. */
export async function measureHar(url, { megabytes = 50, runs = 3 } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'bench-har-'));
  const file = join(dir, 'bench.har');
  const { text, entries } = makeHar(megabytes);
  writeFileSync(file, text);
  const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium' });
  const toList = [];
  const blockedTotal = [];
  const longestTask = [];
  try {
    for (let i = 0; i < runs; i++) {
      const page = await browser.newPage();
      await page.goto(url);
      const picker = page.getByLabel('Open a HAR file');
      await picker.waitFor({ state: 'attached' });
      await page.evaluate(() => {
        window.__longTasks = [];
        new PerformanceObserver((list) => window.__longTasks.push(...list.getEntries().map((e) => e.duration))).observe({
          type: 'longtask',
        });
      });
      // setInputFiles hands the file to the page; the clock starts when the page sees it.
      const start = page.evaluate(
        () =>
          new Promise((resolve) =>
            document.querySelector('input[type=file]').addEventListener('change', () => resolve(performance.now()), { once: true }),
          ),
      );
      await picker.setInputFiles(file);
      const t0 = await start;
      await page.getByText(/requests listed/).waitFor({ timeout: 120_000 });
      const t1 = await page.evaluate(() => performance.now());
      const tasks = await page.evaluate(() => window.__longTasks);
      toList.push(t1 - t0);
      blockedTotal.push(tasks.reduce((a, b) => a + Math.max(0, b - 50), 0));
      longestTask.push(tasks.length ? Math.max(...tasks) : 0);
      await page.close();
    }
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return {
    megabytes: +(text.length / 1024 / 1024).toFixed(1),
    entries,
    runs,
    toList: stats(toList),
    blockingTime: stats(blockedTotal),
    longestTask: stats(longestTask),
  };
}

/** Prints the result as a table (shared with scripts/bench.mjs). */
export function printHar(r) {
  const ms = (x) => x.toFixed(0);
  console.log(`HAR file (${r.megabytes} MB, ${r.entries} entries, opened with the file picker; ${r.runs} runs; median / max ms)`);
  console.table({
    'file chosen -> request list shown': { median: ms(r.toList.median), max: ms(r.toList.max) },
    'main-thread blocking (sum of long-task time over 50 ms)': { median: ms(r.blockingTime.median), max: ms(r.blockingTime.max) },
    'longest main-thread task': { median: ms(r.longestTask.median), max: ms(r.longestTask.max) },
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dist = option('dist', 'DIST', 'dist');
  const port = Number(option('port', 'BENCH_HAR_PORT', '4398'));
  const server = spawn('node', ['scripts/serve.mjs', '--port', String(port), '--base', '/bench/', '--root', dist], { stdio: 'ignore' });
  try {
    await new Promise((r) => setTimeout(r, 500));
    printHar(
      await measureHar(`http://127.0.0.1:${port}/bench/`, {
        megabytes: Number(option('mb', 'BENCH_HAR_MB', '50')),
        runs: Number(option('runs', 'BENCH_HAR_RUNS', '3')),
      }),
    );
  } finally {
    server.kill();
  }
}
