// Lighthouse runs shared by the gate (scripts/lighthouse.mjs), the benchmark (scripts/bench.mjs) and
// the side-by-side comparison (scripts/compare-builds.mjs): one realistic token, one Chromium, the
// preset's own throttling, and the figures that matter per run.
import { spawn } from 'node:child_process';
import { generateKeyPairSync, sign } from 'node:crypto';
import lighthouse, { desktopConfig } from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';

/** Minimum score per category (0..1), and the metric ceilings, per preset (docs/decisions/041-mobile-performance.md). */
export const THRESHOLDS = { performance: 0.95, accessibility: 1, 'best-practices': 1, seo: 0.9 };
export const METRIC_CEILINGS = { mobile: { tbtMs: 200 }, desktop: {} };

/**
 * A realistic RS256 ID token (Entra-like claims, 2048-bit key). Its issuer is not one the app
 * contacts on its own, so loading the deep link makes no request to another origin.
 */
export function realisticJwt(nowSeconds = Math.floor(Date.now() / 1000)) {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const b64 = (o) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const header = b64({ typ: 'JWT', alg: 'RS256', kid: 'lighthouse-key-1' });
  const payload = b64({
    aud: '6731de76-14a6-49ae-97bc-6eba6914391e',
    iss: 'https://id.contoso.example/b9419818-09af-49c2-b0c3-653adc1f376e/v2.0',
    iat: nowSeconds - 60,
    nbf: nowSeconds - 60,
    exp: nowSeconds + 3540,
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

export async function waitForServer(url) {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`The static server did not answer at ${url}`);
}

/** Serves a built folder under `base` with scripts/serve.mjs (gzip, like any static host); returns a stopper. */
export async function serveDist(dist, port, base) {
  const server = spawn(process.execPath, ['scripts/serve.mjs', '--port', String(port), '--base', base, '--root', dist], {
    stdio: 'ignore',
  });
  await waitForServer(`http://127.0.0.1:${port}${base}`);
  return () => server.kill();
}

const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function launchChrome() {
  return chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    chromeFlags: CHROME_FLAGS,
    logLevel: 'silent',
  });
}

/** Audits that cost points in a category: scored, applicable, below 1. */
function failingAudits(lhr, categoryId) {
  return lhr.categories[categoryId].auditRefs
    .filter((ref) => ref.weight > 0)
    .map((ref) => lhr.audits[ref.id])
    .filter((a) => a && a.score !== null && a.score < 1 && !['notApplicable', 'informative', 'manual'].includes(a.scoreDisplayMode))
    .map((a) => `${a.id} (${a.score.toFixed(2)})${a.displayValue ? `: ${a.displayValue}` : ''}`);
}

const num = (lhr, id) => lhr.audits[id]?.numericValue ?? NaN;

/**
 * One Lighthouse run of `url` on an already launched Chromium, with the preset's throttling
 * (mobile: simulated slow 4G and a 4x slower CPU; desktop: the desktop config).
 * Returns the category scores, the core metrics in ms, and what cost points.
 */
export async function audit(url, { chromePort, preset = 'mobile', categories = Object.keys(THRESHOLDS), keepLhr = false }) {
  const config = preset === 'desktop' ? desktopConfig : undefined;
  const runner = await lighthouse(url, { port: chromePort, output: 'json', logLevel: 'error', onlyCategories: categories }, config);
  if (!runner) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr } = runner;
  if (lhr.runtimeError) throw new Error(`Lighthouse could not audit ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const scores = Object.fromEntries(categories.map((id) => [id, lhr.categories[id]?.score ?? 0]));
  const scriptBytes = (lhr.audits['resource-summary']?.details?.items ?? []).find((i) => i.resourceType === 'script')?.transferSize ?? NaN;
  const metrics = {
    fcpMs: num(lhr, 'first-contentful-paint'),
    lcpMs: num(lhr, 'largest-contentful-paint'),
    tbtMs: num(lhr, 'total-blocking-time'),
    siMs: num(lhr, 'speed-index'),
    cls: num(lhr, 'cumulative-layout-shift'),
    mainThreadMs: num(lhr, 'mainthread-work-breakdown'),
    bootupMs: num(lhr, 'bootup-time'),
    scriptTransferBytes: scriptBytes,
  };
  const failing = Object.fromEntries(categories.map((id) => [id, failingAudits(lhr, id)]));
  return { scores, metrics, failing, warnings: lhr.runWarnings, ...(keepLhr ? { lhr } : {}) };
}

/** Whether one run meets every threshold of the preset; the reasons when it does not. */
export function judge(run, preset) {
  const reasons = [];
  for (const [id, min] of Object.entries(THRESHOLDS)) {
    const score = run.scores[id];
    if (score === undefined) continue;
    if (score < min)
      reasons.push(
        `${id} ${score.toFixed(2)} < ${min}${run.failing[id]?.length ? `\n       - ${run.failing[id].join('\n       - ')}` : ''}`,
      );
  }
  const { tbtMs } = METRIC_CEILINGS[preset] ?? {};
  if (tbtMs !== undefined && !(run.metrics.tbtMs <= tbtMs))
    reasons.push(`total blocking time ${Math.round(run.metrics.tbtMs)} ms > ${tbtMs} ms`);
  return reasons;
}

export function median(values) {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return NaN;
  const m = Math.floor(v.length / 2);
  return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
}
