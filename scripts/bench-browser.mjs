// Browser half of `npm run bench`: drives the built app in Chromium and reads the app's own
// performance marks (src/app/perf.ts). Exported for scripts/bench.mjs.
import { chromium } from '@playwright/test';

const b64 = (s) => Buffer.from(s, 'utf8').toString('base64url');

/** A syntactically valid JWS of roughly `bytes` characters. */
export function tokenOfSize(bytes, tag = 'a') {
  const filler = tag.repeat(Math.max(0, Math.floor((bytes * 3) / 4) - 120));
  return `${b64('{"alg":"RS256","typ":"JWT","kid":"bench"}')}.${b64(`{"sub":"bench","iat":1700000000,"blob":"${filler}"}`)}.${b64('s'.repeat(256))}`;
}

export function stats(values) {
  const v = [...values].sort((a, b) => a - b);
  const q = (p) => v[Math.min(v.length - 1, Math.floor(p * (v.length - 1)))];
  return { n: v.length, median: q(0.5), p90: q(0.9), min: v[0], max: v[v.length - 1] };
}

async function coldLoad(browser, url, runs) {
  const toInteractive = [];
  const toDecoded = [];
  const token = tokenOfSize(1024);
  for (let i = 0; i < runs; i++) {
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    await page.goto(url);
    await page.getByRole('textbox', { name: 'Token' }).waitFor();
    toInteractive.push(await page.evaluate(() => performance.now()));
    await page.goto('about:blank');
    await page.goto(`${url}#token=${token}`);
    await page.getByRole('status').waitFor();
    toDecoded.push(await page.evaluate(() => performance.now()));
    await ctx.close();
  }
  return { toInteractive: stats(toInteractive), toDecodedDeepLink: stats(toDecoded) };
}

async function pasteLatency(browser, url, sizes, runs) {
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  await page.goto(url);
  const box = page.getByRole('textbox', { name: 'Token' });
  for (let i = 0; i < 5; i++) await box.fill(tokenOfSize(2048, `w${i}`)); // warm-up: JIT and first renders
  const commit = {};
  const paint = {};
  for (const size of sizes) {
    const c = [];
    const p = [];
    for (let i = 0; i < runs; i++) {
      const token = tokenOfSize(size, i % 2 ? 'b' : 'c');
      await page.evaluate(() => performance.clearMeasures());
      await box.fill(token);
      await page.waitForFunction(() => performance.getEntriesByName('te:input-to-paint').length > 0);
      const [dc, dp] = await page.evaluate(() => ['te:input-to-commit', 'te:input-to-paint'].map((n) => performance.getEntriesByName(n).at(-1).duration));
      c.push(dc);
      p.push(dp);
    }
    commit[`${size / 1024} KB`] = stats(c);
    paint[`${size / 1024} KB`] = stats(p);
  }
  const out = { commit, paint };
  await ctx.close();
  return out;
}

/** Runs the browser measurements against an already served app URL. */
export async function measureBrowser(url, { runs = 9 } = {}) {
  const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium' });
  try {
    return {
      load: await coldLoad(browser, url, runs),
      input: await pasteLatency(browser, url, [1024, 16 * 1024, 256 * 1024], runs),
    };
  } finally {
    await browser.close();
  }
}
