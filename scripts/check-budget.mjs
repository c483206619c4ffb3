#!/usr/bin/env node
// Bundle budget (issues 6 and 15): the JavaScript and CSS that index.html makes every visitor
// download must stay small, and every view but the explorer must be its own lazily loaded chunk, so
// the explorer's first paint never waits on another view's code. Run after a build.
// Usage: node scripts/check-budget.mjs [--dist dist]   (or DIST=/tmp/out)
// Exits 1 naming the measured figure and the budget when one is exceeded (docs/decisions/020-budgets.md).
import { BUDGETS, bundleSizes, viewChunks } from './bundle-size.mjs';
import { option } from './cli-options.mjs';

const dist = option('dist', 'DIST', 'dist');
const KB = 1024;
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
const views = viewChunks(dist);
for (const v of views) {
  if (!v.lazy) failed += 1;
  console.log(
    `${v.lazy ? 'ok  ' : 'FAIL'} view ${v.name}: ${v.lazy ? 'its own chunk, loaded on demand' : 'no chunk of its own outside index.html (imported statically somewhere?)'}`,
  );
}
for (const [name, size, budget] of rows) {
  if (size.gzip > budget)
    console.error(`Budget exceeded: ${name} is ${kb(size.gzip)} gzip, budget ${kb(budget)} gzip (over by ${kb(size.gzip - budget)}).`);
}
process.exit(failed ? 1 : 0);
