// Measures what dist/ makes a browser download: the initial JS/CSS that index.html references,
// and everything else (loaded on demand), raw and gzip. Used by the benchmark and the budget check.
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const sizeOf = (file) => {
  const buf = readFileSync(file);
  return { raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
};
const add = (a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip });
const zero = { raw: 0, gzip: 0 };

const KB = 1024;
/** Budgets in gzip bytes (gzip level 9, as measured here): docs/decisions/020-budgets.md. */
export const BUDGETS = { initialJs: 100 * KB, initialCss: 15 * KB };

/** Sizes for a built dist/ folder. */
export function bundleSizes(dist = 'dist') {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const referenced = new Set([...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+)"/g)].map((m) => m[1]));
  const assets = readdirSync(join(dist, 'assets')).map((f) => `assets/${f}`);
  let initialJs = zero;
  let initialCss = zero;
  let lazyJs = zero;
  const lazyFiles = [];
  const initialFiles = [...referenced];
  for (const file of assets) {
    const s = sizeOf(join(dist, file));
    if (file.endsWith('.js') && referenced.has(file)) initialJs = add(initialJs, s);
    else if (file.endsWith('.css') && referenced.has(file)) initialCss = add(initialCss, s);
    else if (file.endsWith('.js')) {
      lazyJs = add(lazyJs, s);
      lazyFiles.push({ file, ...s });
    }
  }
  return { initialJs, initialCss, lazyJs, lazyFiles, initialFiles };
}

/**
 * The views registered in src/app/views.ts (`import('../features/x/x-view')`), each with whether
 * the build gave it its own chunk that index.html does not load: a view imported statically
 * anywhere would be folded into the entry chunk and have none.
 */
export function viewChunks(dist = 'dist', viewsFile = 'src/app/views.ts') {
  const names = [...readFileSync(viewsFile, 'utf8').matchAll(/import\(\s*'[^']*\/([\w-]+)'\s*\)/g)].map((m) => m[1]);
  const { lazyFiles, initialFiles } = bundleSizes(dist);
  return names.map((name) => {
    const own = (f) => f.startsWith(`assets/${name}-`) && f.endsWith('.js');
    return { name, lazy: lazyFiles.some((f) => own(f.file)) && !initialFiles.some(own) };
  });
}
