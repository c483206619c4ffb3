import { hostOf, readAuthorization, withoutQuery } from './authorization';
import { headerField } from './header-lines';
import { shellStyleOf, shellWords } from './shell-words';
import { emptyExchange, type ExchangeContext } from './types';

// curl options that take a value (curl 8 man page); their value is never mistaken for the URL.
const WITH_VALUE = new Set([
  '-H',
  '--header',
  '-X',
  '--request',
  '-d',
  '--data',
  '--data-raw',
  '--data-binary',
  '--data-urlencode',
  '--json',
  '-F',
  '--form',
  '-u',
  '--user',
  '-b',
  '--cookie',
  '-c',
  '--cookie-jar',
  '-A',
  '--user-agent',
  '-e',
  '--referer',
  '-o',
  '--output',
  '-x',
  '--proxy',
  '--url',
  '--oauth2-bearer',
  '-E',
  '--cert',
  '--key',
  '--cacert',
  '-m',
  '--max-time',
  '--connect-timeout',
  '-w',
  '--write-out',
  '-T',
  '--upload-file',
  '--resolve',
  '--retry',
  '-K',
  '--config',
]);

/** True when the text is a curl command line (optionally after a `$ ` or `PS> ` prompt). */
export function looksLikeCurlCommand(text: string): boolean {
  return /^(?:\$ |PS[^>\n]{0,80}> )?curl(?:\.exe)?\s/i.test(text.trimStart());
}

/**
 * Reads a curl command line: the URL (first non-option argument or `--url`), the method
 * (`-X`, or POST when data is sent), and the Authorization header (`-H`, or `--oauth2-bearer`).
 * Cookies, `-u` passwords and request data are skipped unread. Never throws.
 */
export function parseCurlCommand(text: string): ExchangeContext {
  const words = shellWords(text.trim().replace(/^(?:\$ |PS[^>\n]{0,80}> )/, ''), shellStyleOf(text));
  const ex = emptyExchange('curl-command');
  let url: string | null = null;
  let data = false;
  const omitted = new Set<string>();
  for (let i = 1; i < words.length; i++) {
    const w = words[i] ?? '';
    const value = words[i + 1] ?? '';
    if (w.startsWith('-') && WITH_VALUE.has(w)) i++;
    if (w === '-H' || w === '--header') {
      const f = headerField(value);
      if (!f) continue;
      const name = f.name.toLowerCase();
      if (name === 'authorization') Object.assign(ex, readAuthorization(f.value));
      else if (name === 'dpop') ex.dpopProof = f.value;
      else omitted.add(name);
    } else if (w === '--oauth2-bearer') {
      Object.assign(ex, readAuthorization(`Bearer ${value}`));
    } else if (w === '-X' || w === '--request') {
      ex.method = value.toUpperCase();
    } else if (w === '--url') {
      url ??= value;
    } else if (w === '-b' || w === '--cookie') {
      omitted.add('cookie');
    } else if (w.startsWith('-d') || w.startsWith('--data') || w === '--json' || w === '-F' || w === '--form') {
      data = true;
    } else if (!w.startsWith('-') && url === null && /^(?:https?:\/\/)?[\w.-]+(?::\d+)?(?:\/|$)/i.test(w)) {
      url = w;
    }
  }
  if (url !== null && !/^https?:\/\//i.test(url)) url = `http://${url}`; // curl's default scheme
  ex.url = url ? withoutQuery(url) : null;
  ex.host = url ? hostOf(url) : null;
  ex.method ??= data ? 'POST' : 'GET';
  ex.omittedHeaders = [...omitted];
  return ex;
}
