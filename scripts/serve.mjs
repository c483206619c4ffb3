#!/usr/bin/env node
// Minimal static server for dist/ (used by `npm start`, the e2e tests and the benchmark).
// It serves the site under an optional sub-path to prove the build is path-independent.
// Usage: node scripts/serve.mjs [--port 4173] [--base /sub/path/] [--root dist]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { option } from './cli-options.mjs';

const opt = (name, fallback) => option(name, null, fallback);
const port = Number(opt('port', process.env.PORT ?? '4173'));
const host = opt('host', '127.0.0.1');
let base = opt('base', '/');
if (!base.startsWith('/')) base = `/${base}`;
if (!base.endsWith('/')) base = `${base}/`;
const root = resolve(opt('root', 'dist'));

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
};

const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.svg', '.json', '.webmanifest', '.txt']);
const gzCache = new Map();
function gzipped(file, body) {
  const hit = gzCache.get(file);
  if (hit && hit.raw.equals(body)) return hit.gz;
  const gz = gzipSync(body, { level: 9 });
  gzCache.set(file, { raw: body, gz });
  return gz;
}

async function fileFor(pathname) {
  const rel = normalize(decodeURIComponent(pathname.slice(base.length))).replace(/^([/\\])+/, '');
  if (rel.startsWith('..')) return null;
  const full = join(root, rel || 'index.html');
  try {
    const s = await stat(full);
    return s.isDirectory() ? join(full, 'index.html') : full;
  } catch {
    return null;
  }
}

const server = createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (url.pathname === base.slice(0, -1)) {
    res.writeHead(301, { location: base });
    res.end();
    return;
  }
  if (!url.pathname.startsWith(base)) {
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('Not found');
    return;
  }
  const file = await fileFor(url.pathname);
  if (!file) {
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('Not found');
    return;
  }
  try {
    let body = await readFile(file);
    const hashed = /\/assets\//.test(file);
    const headers = {
      'content-type': types[extname(file)] ?? 'application/octet-stream',
      'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      vary: 'accept-encoding',
    };
    // Compress text like any production static host would, so measurements reflect real transfer sizes.
    if (/gzip/.test(req.headers['accept-encoding'] ?? '') && COMPRESSIBLE.has(extname(file))) {
      body = gzipped(file, body);
      headers['content-encoding'] = 'gzip';
    }
    res.writeHead(200, headers);
    res.end(body);
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('Not found');
  }
});

server.listen(port, host, () => {
  console.log(`Token Explorer is being served at http://${host}:${port}${base}`);
});
