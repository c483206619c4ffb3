#!/usr/bin/env node
// Bundle budget (issue 6): the JavaScript and CSS that index.html makes every visitor download
// must stay small; everything else loads on demand. Run after a build.
// Usage: node scripts/check-budget.mjs [--dist dist]   (or DIST=/tmp/out)
// Exits 1 naming the measured figure and the budget when one is exceeded (docs/decisions/020-budgets.md).
import { bundleSizes } from './bundle-size.mjs';

const KB = 1024;
/** Budgets in gzip bytes (gzip level 9, as bundle-size.mjs measures). */
export const BUDGETS = { initialJs: 100 * KB, initialCss: 15 * KB };

const args = process.argv.slice(2);
const i = args.indexOf('--dist');
const dist = i >= 0 && args[i + 1] ? args[i + 1] : (process.env.DIST ?? 'dist');

const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;
const sizes = bundleSizes(dist);
const rows = [
  ['initial JS', sizes.initialJs, BUDGETS.initialJs],
  ['initial CSS', sizes.initialCss, BUDGETS.initialCss],
];

let failed = 0;
for (const [name, size, budget] of rows) {
  const ok = size.gzip <= budget;
  if (!ok) failed += 1;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}: ${kb(size.gzip)} gzip (${kb(size.raw)} raw), budget ${kb(budget)} gzip`);
}
console.log(`     lazy JS: ${kb(sizes.lazyJs.gzip)} gzip in ${sizes.lazyFiles.length} chunks (not budgeted: loaded on demand)`);
for (const [name, size, budget] of rows) {
  if (size.gzip > budget) console.error(`Budget exceeded: ${name} is ${kb(size.gzip)} gzip, budget ${kb(budget)} gzip (over by ${kb(size.gzip - budget)}).`);
}
process.exit(failed ? 1 : 0);
