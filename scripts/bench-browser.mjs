// Browser half of `npm run bench`: drives the built app in Chromium and reads the app's own
// performance marks (src/app/perf.ts). Exported for scripts/bench.mjs.
/* global document, window, MutationObserver, HTMLTextAreaElement -- used only inside page.evaluate callbacks, which run in Chromium */
import { chromium } from '@playwright/test';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';

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

export async function pasteLatency(browser, url, sizes, runs) {
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
      const [dc, dp] = await page.evaluate(() =>
        ['te:input-to-commit', 'te:input-to-paint'].map((n) => performance.getEntriesByName(n).at(-1).duration),
      );
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

export const VERIFY_ALGS = ['RS256', 'PS256', 'ES256', 'EdDSA'];

/** A key pair for `alg`, its public JWK as a person would paste it, and a signer of fresh tokens. */
async function signerFor(alg) {
  const { publicKey, privateKey } = await generateKeyPair(alg, { extractable: true });
  const kid = `bench-${alg.toLowerCase()}`;
  const jwk = { ...(await exportJWK(publicKey)), kid, alg, use: 'sig' };
  const now = Math.floor(Date.now() / 1000);
  // The issuer is not one the app contacts on its own, so only the pasted key is used.
  const sign = (n) =>
    new SignJWT({ sub: `bench-user-${n}`, name: `Bench ${n}`, aud: 'api://bench', nonce: `n-${n}` })
      .setProtectedHeader({ alg, kid, typ: 'JWT' })
      .setIssuer('https://bench.example/tenant/v2.0')
      .setIssuedAt(now)
      .setNotBefore(now)
      .setExpirationTime(now + 3600)
      .sign(privateKey);
  return { jwk, sign };
}

/** The same token with another payload: its signature no longer matches. */
function tampered(token) {
  const [h, , s] = token.split('.');
  return `${h}.${b64('{"sub":"tampered","iss":"https://bench.example/tenant/v2.0"}')}.${s}`;
}

/**
 * In the page: puts `token` into the Token box as an input event, then resolves with the ms until a
 * role="status" element contains `want` (DOM committed, before paint), and the duration of the core
 * check the app measured for it (NaN when none ran for this token).
 */
function fillAndTime(box, token, want) {
  return box.evaluate(
    (el, { token, want }) =>
      new Promise((resolve, reject) => {
        const read = () => [...document.querySelectorAll('[role="status"]')].map((n) => n.textContent ?? '').join(' | ');
        let done = false;
        const observer = new MutationObserver(() => check());
        const timer = setTimeout(() => {
          observer.disconnect();
          if (!done) reject(new Error(`"${want}" never appeared; status: ${read()}`));
        }, 10_000);
        const t0 = performance.now();
        function check() {
          if (done || !read().includes(want)) return;
          done = true;
          const ms = performance.now() - t0;
          observer.disconnect();
          clearTimeout(timer);
          // The app's own measure of the core check (src/lib/perf-measure.ts), for this token.
          const core = performance.getEntriesByName('te:verify-core', 'measure').at(-1);
          resolve({ ms, coreMs: core && core.startTime >= t0 ? core.duration : NaN });
        }
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
        Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value').set.call(el, token);
        el.dispatchEvent(new Event('input', { bubbles: true }));
        check();
      }),
    { token, want },
  );
}

/** WebCrypto parameters of each JWS algorithm the benchmark signs with (RFC 7518 section 3, RFC 8037). */
const WEBCRYPTO = {
  RS256: { importAs: { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }, verifyAs: { name: 'RSASSA-PKCS1-v1_5' } },
  PS256: { importAs: { name: 'RSA-PSS', hash: 'SHA-256' }, verifyAs: { name: 'RSA-PSS', saltLength: 32 } },
  ES256: { importAs: { name: 'ECDSA', namedCurve: 'P-256' }, verifyAs: { name: 'ECDSA', hash: 'SHA-256' } },
  EdDSA: { importAs: { name: 'Ed25519' }, verifyAs: { name: 'Ed25519' } },
};

/**
 * The core check alone, in the same page, with nothing else running: WebCrypto verifying the token's
 * signature with the key already imported (the state "keys cached" leaves). Median of five, in ms.
 */
function isolatedCheckMs(page, jwk, token) {
  return page.evaluate(
    async ({ jwk, token, params }) => {
      const [h, p, sig] = token.split('.');
      const bytes = (b64u) => Uint8Array.from(atob(b64u.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));
      // Only the key material: WebCrypto refuses a JWK whose "alg" names another algorithm family.
      const material = Object.fromEntries(Object.entries(jwk).filter(([k]) => !['alg', 'kid', 'use'].includes(k)));
      const key = await crypto.subtle.importKey('jwk', material, params.importAs, false, ['verify']);
      const data = new TextEncoder().encode(`${h}.${p}`);
      const signature = bytes(sig);
      const times = [];
      for (let i = 0; i < 5; i++) {
        const t0 = performance.now();
        const ok = await crypto.subtle.verify(params.verifyAs, key, signature, data);
        times.push(performance.now() - t0);
        if (!ok) throw new Error('the isolated check did not verify the token');
      }
      return times.sort((a, b) => a - b)[2];
    },
    { jwk, token, params: WEBCRYPTO[jwk.alg] },
  );
}

/**
 * Verification with keys cached: the public JWK is already in "Verification key" and has verified
 * a token once; each run then swaps in a new token and times until the verdict reads verified.
 * A tampered token in between makes sure the verdict really changed for every timed run. The
 * overhead is that time minus the core check alone (isolatedCheckMs); the app's own measure of its
 * check (verifyJws, including any wait for the busy main thread) is reported beside it.
 */
export async function verifyLatency(browser, url, runs) {
  const out = {};
  for (const alg of VERIFY_ALGS) {
    const { jwk, sign } = await signerFor(alg);
    const tokens = await Promise.all(Array.from({ length: runs + 3 }, (_, i) => sign(i)));
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    await page.goto(url);
    const box = page.getByRole('textbox', { name: 'Token' });
    await box.fill(tokens[0]);
    await page.getByRole('textbox', { name: 'Verification key' }).fill(JSON.stringify(jwk, null, 2));
    await page.getByRole('status').filter({ hasText: 'Signature verified' }).waitFor();
    const handle = await box.elementHandle();
    const times = [];
    const core = [];
    const overhead = [];
    const inApp = [];
    for (let i = 1; i < tokens.length; i++) {
      await fillAndTime(handle, tampered(tokens[i]), 'Invalid signature');
      const { ms, coreMs } = await fillAndTime(handle, tokens[i], 'Signature verified');
      if (i <= 2) continue; // the first two warm up the JIT
      const check = await isolatedCheckMs(page, jwk, tokens[i]);
      times.push(ms);
      core.push(check);
      inApp.push(coreMs);
      overhead.push(ms - check);
    }
    out[alg] = { ...stats(times), core: stats(core), inAppCheck: stats(inApp), overhead: stats(overhead) };
    await ctx.close();
  }
  return out;
}

/**
 * Token-to-verdict runs per algorithm: a few milliseconds each, so many more than the other
 * measures. Its target is the worst of four medians, and a median of 9 on a shared machine moves by
 * several milliseconds between runs (a stray collection or timer), more than the budget itself.
 */
export const VERIFY_RUNS = 25;

/** Runs the browser measurements against an already served app URL. */
export async function measureBrowser(url, { runs = 9 } = {}) {
  const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium' });
  try {
    return {
      load: await coldLoad(browser, url, runs),
      input: await pasteLatency(browser, url, [1024, 16 * 1024, 256 * 1024], runs),
      verify: await verifyLatency(browser, url, Math.max(runs, VERIFY_RUNS)),
      longTasks: await longTasks(browser, url, Math.max(3, Math.ceil(runs / 3))),
    };
  } finally {
    await browser.close();
  }
}

/** Records every long task (over 50 ms) of the page in window.__longTasks, from before the app's first script. */
function observeLongTasks() {
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push(e.duration);
  }).observe({ type: 'longtask' });
}

const takeLongTasks = (page) =>
  page.evaluate(() => {
    const all = window.__longTasks;
    window.__longTasks = [];
    return all;
  });

/**
 * The longest task of the page's main thread in a Chromium trace, in thread CPU time: what the page
 * itself spent, without the time other processes of a busy machine held the core.
 */
function longestTaskCpuMs(traceBuffer) {
  const events = JSON.parse(traceBuffer.toString()).traceEvents;
  const main = events.find(
    (e) =>
      e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && events.some((x) => x.pid === e.pid && x.name === 'EventDispatch'),
  );
  if (!main) return NaN;
  const tasks = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.name === 'RunTask' && e.dur !== undefined);
  return Math.max(0, ...tasks.map((e) => (e.tdur ?? e.dur) / 1000));
}

/**
 * Long tasks while a person types the end of a token, keys already cached, up to the moment
 * verification completes and the verdict reads verified; once for a realistic RS256 token and once
 * for a 16 KB one. Per run: the longest task as the Long Tasks API reports it (wall clock, over
 * 50 ms, else 0), and the longest task's own CPU time from a trace (robust to a busy machine).
 */
export async function longTasks(browser, url, runs) {
  const { jwk, sign } = await signerFor('RS256');
  const big = 'x'.repeat(12 * 1024);
  const { privateKey, publicJwk } = await bigSigner();
  const signBig = (n) =>
    new SignJWT({ sub: `bench-${n}`, blob: big }).setProtectedHeader({ alg: 'RS256', kid: publicJwk.kid }).sign(privateKey);
  const scenarios = { 'typing, realistic RS256 token': sign, 'typing, 16 KB RS256 token': signBig };
  const out = {};
  for (const [name, make] of Object.entries(scenarios)) {
    const longest = [];
    const longestCpu = [];
    const ctx = await browser.newContext();
    await ctx.addInitScript(observeLongTasks);
    const page = await ctx.newPage();
    await page.goto(url);
    const key = name.includes('16 KB') ? publicJwk : jwk;
    const box = page.getByRole('textbox', { name: 'Token' });
    await box.fill(await make(0));
    await page.getByRole('textbox', { name: 'Verification key' }).fill(JSON.stringify(key, null, 2));
    await page.getByRole('status').filter({ hasText: 'Signature verified' }).waitFor();
    for (let i = 1; i <= runs; i++) {
      const token = await make(i);
      const typed = 24; // the last characters of the signature, one key press each
      await box.fill(token.slice(0, -typed));
      await page.getByRole('status').filter({ hasText: 'Signature verified' }).waitFor({ state: 'hidden' });
      await page.waitForTimeout(300);
      await takeLongTasks(page);
      await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
      await box.press('End');
      await page.keyboard.type(token.slice(-typed));
      await page.getByRole('status').filter({ hasText: 'Signature verified' }).waitFor();
      await page.waitForTimeout(300); // tasks that follow the verdict count too
      longest.push(Math.max(0, ...(await takeLongTasks(page))));
      longestCpu.push(longestTaskCpuMs(await browser.stopTracing()));
    }
    out[name] = { wall: stats(longest), cpu: stats(longestCpu) };
    await ctx.close();
  }
  return out;
}

async function bigSigner() {
  const { publicKey, privateKey } = await generateKeyPair('RS256', { extractable: true });
  return { privateKey, publicJwk: { ...(await exportJWK(publicKey)), kid: 'bench-big', alg: 'RS256', use: 'sig' } };
}
