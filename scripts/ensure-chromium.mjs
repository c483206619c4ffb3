#!/usr/bin/env node
// Makes sure a Chromium exists for Playwright. Playwright's own browser download cannot work on
// these machines (no network beyond npm and Debian), so we use Debian's package.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

export function chromiumPath() {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  for (const p of ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']) {
    if (existsSync(p)) return p;
  }
  return null;
}

function tryInstall() {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (!isRoot || !hasApt) return false;
  console.log("Chromium is missing: installing Debian's chromium package (apt-get)...");
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium', {
    stdio: 'inherit',
  });
  return chromiumPath() !== null;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (chromiumPath() || tryInstall()) {
    process.exit(0);
  }
  console.error(
    'No Chromium found. Install one and re-run:\n' +
      '  Debian/Ubuntu: sudo apt-get install chromium\n' +
      '  or point CHROME_PATH at an existing Chrome/Chromium binary.',
  );
  process.exit(1);
}
