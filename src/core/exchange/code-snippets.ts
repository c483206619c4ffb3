import { hostOf, readAuthorization, withoutQuery } from './authorization';
import { findEmbeddedToken } from '../token/normalize';
import { shellWords } from './shell-words';
import { emptyExchange, type ExchangeContext } from './types';

const SCHEME = /\b(Bearer|DPoP)[ \t]+/gi;
const STOP = new Set([' ', '\t', '\r', '\n', '"', "'", '`', ';', ',', ')']);

/** Reads the credential after a `Bearer `/`DPoP ` found in program text; a variable is reported as such. */
export function bearerIn(text: string): Pick<ExchangeContext, 'scheme' | 'credential' | 'credentialVariable'> | null {
  SCHEME.lastIndex = 0;
  for (let m = SCHEME.exec(text), n = 0; m !== null && n < 1000; m = SCHEME.exec(text), n++) {
    const start = m.index + m[0].length;
    let end = start;
    const braced = text.startsWith('${', start) || text.startsWith('$(', start);
    while (end < text.length && end - start < 100_000) {
      const c = text.charAt(end);
      if (STOP.has(c) && !(braced && c === ')')) break;
      if (c === '}' && !braced) break;
      end++;
      if (braced && (c === '}' || c === ')')) break;
    }
    const value = text.slice(start, end);
    if (value !== '') return readAuthorization(`${m[1] ?? 'Bearer'} ${value}`);
    // 'Bearer ' + token  (string concatenation in JavaScript or PowerShell)
    const concat = /^['"`]\s*\+\s*(\$?[A-Za-z_][\w$.]{0,80})/.exec(text.slice(start, start + 200));
    if (concat) return { scheme: m[1] ?? 'Bearer', credential: null, credentialVariable: concat[1] ?? null };
  }
  return null;
}

function firstUrl(text: string): string | null {
  const m = /https?:\/\/[^\s'"`)<>]{1,2000}/i.exec(text);
  return m ? m[0] : null;
}

function finish(ex: ExchangeContext, url: string | null, text: string): ExchangeContext {
  ex.url = url ? withoutQuery(url) : null;
  ex.host = url ? hostOf(url) : null;
  const auth = bearerIn(text);
  if (auth) Object.assign(ex, auth);
  else {
    const embedded = findEmbeddedToken(text);
    if (embedded) Object.assign(ex, { scheme: 'Bearer', credential: embedded, credentialVariable: null });
  }
  return ex;
}

/** True for a PowerShell Invoke-RestMethod / Invoke-WebRequest call (or their aliases irm/iwr). */
export function looksLikePowerShell(text: string): boolean {
  return /\b(?:Invoke-RestMethod|Invoke-WebRequest)\b/i.test(text) || /^[ \t]*(?:irm|iwr)[ \t]/im.test(text);
}

/**
 * Reads an Invoke-RestMethod / Invoke-WebRequest call: `-Uri` (or the first positional URL),
 * `-Method`, and the token from a `Bearer …` string (in `-Headers @{…}` or a `$headers` variable) or
 * `-Token`. Other headers and bodies are not kept. Never throws.
 */
export function parsePowerShell(text: string): ExchangeContext {
  const words = shellWords(text, 'powershell');
  const after = (names: string[]) => {
    const i = words.findIndex((w) => names.includes(w.toLowerCase()));
    return i >= 0 ? (words[i + 1] ?? null) : null;
  };
  const ex = emptyExchange('powershell');
  const uri = after(['-uri', '-url']);
  const method = after(['-method']);
  ex.method = method && /^[A-Za-z]{3,10}$/.test(method) ? method.toUpperCase() : 'GET';
  return finish(ex, uri && /^https?:\/\//i.test(uri) ? uri : firstUrl(text), text);
}

/** True for JavaScript `fetch(` code. */
export function looksLikeFetch(text: string): boolean {
  return /\bfetch\s*\(/.test(text);
}

function firstStringAfter(text: string, from: number): string | null {
  for (let i = from; i < text.length && i < from + 200; i++) {
    const c = text.charAt(i);
    if (c === '"' || c === "'" || c === '`') {
      const end = text.indexOf(c, i + 1);
      return end < 0 ? null : text.slice(i + 1, end);
    }
    if (c !== ' ' && c !== '\n' && c !== '\t' && c !== '\r' && c !== '(') return null;
  }
  return null;
}

/**
 * Reads `fetch(url, { method, headers })` code: the URL literal, the method, and the token from the
 * Authorization header (`Bearer …`, a template `${token}` or `'Bearer ' + token` noted as a variable).
 * Never throws.
 */
export function parseFetch(text: string): ExchangeContext {
  const ex = emptyExchange('fetch');
  const at = /\bfetch\s*\(/.exec(text);
  const literal = at ? firstStringAfter(text, at.index + at[0].length) : null;
  const method = /\bmethod\s*:\s*['"`]([A-Za-z]{3,10})['"`]/.exec(text);
  ex.method = method?.[1]?.toUpperCase() ?? 'GET';
  return finish(ex, literal && /^https?:\/\//i.test(literal) ? literal : firstUrl(text), text);
}
