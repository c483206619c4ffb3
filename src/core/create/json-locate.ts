/**
 * Finds where a JSON text (RFC 8259) stops being valid, independently of the engine's
 * `JSON.parse` message wording (which differs between browsers and Node versions).
 */

/** What a scan of JSON text found: the first grammar error, and the first integer JavaScript cannot hold exactly. */
export interface JsonScan {
  /** Zero-based offset of the first character that breaks RFC 8259 grammar, or null when valid. */
  readonly errorOffset: number | null;
  /** Offset of the first integer beyond 2^53 (RFC 7493 2.2): JSON.parse would silently round it. */
  readonly lossyIntegerOffset: number | null;
}

/** Scans JSON text once for grammar errors and integers that would lose precision. */
export function scanJson(text: string): JsonScan {
  let i = 0;
  let lossy: number | null = null;
  const fail = (at: number): never => {
    throw new LocatedError(at);
  };
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text.charAt(i))) i += 1;
  };
  const literal = (word: string) => {
    for (const ch of word) {
      if (text.charAt(i) !== ch) fail(i);
      i += 1;
    }
  };
  const number = () => {
    const start = i;
    if (text.charAt(i) === '-') i += 1;
    if (text.charAt(i) === '0') i += 1;
    else if (/[1-9]/.test(text.charAt(i))) while (/[0-9]/.test(text.charAt(i))) i += 1;
    else fail(i);
    if (text.charAt(i) === '.') {
      i += 1;
      if (!/[0-9]/.test(text.charAt(i))) fail(i);
      while (/[0-9]/.test(text.charAt(i))) i += 1;
    }
    if (text.charAt(i) === 'e' || text.charAt(i) === 'E') {
      i += 1;
      if (text.charAt(i) === '+' || text.charAt(i) === '-') i += 1;
      if (!/[0-9]/.test(text.charAt(i))) fail(i);
      while (/[0-9]/.test(text.charAt(i))) i += 1;
    }
    const token = text.slice(start, i);
    if (lossy === null && !/[.eE]/.test(token) && !Number.isSafeInteger(Number(token))) lossy = start;
  };
  const string = () => {
    i += 1; // opening quote
    for (;;) {
      if (i >= text.length) fail(i);
      const ch = text.charCodeAt(i);
      if (ch === 0x22) {
        i += 1;
        return;
      }
      if (ch < 0x20) fail(i); // RFC 8259 7: control characters must be escaped
      if (ch === 0x5c) {
        const next = text.charAt(i + 1);
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) fail(i);
          i += 6;
        } else if ('"\\/bfnrt'.includes(next) && next !== '') i += 2;
        else fail(i);
      } else i += 1;
    }
  };
  const value = (depth: number): void => {
    if (depth > 512) fail(i);
    ws();
    const ch = text.charAt(i);
    if (ch === '{') {
      i += 1;
      ws();
      if (text.charAt(i) === '}') {
        i += 1;
        return;
      }
      for (;;) {
        ws();
        if (text.charAt(i) !== '"') fail(i);
        string();
        ws();
        if (text.charAt(i) !== ':') fail(i);
        i += 1;
        value(depth + 1);
        ws();
        if (text.charAt(i) === ',') i += 1;
        else if (text.charAt(i) === '}') {
          i += 1;
          return;
        } else fail(i);
      }
    }
    if (ch === '[') {
      i += 1;
      ws();
      if (text.charAt(i) === ']') {
        i += 1;
        return;
      }
      for (;;) {
        value(depth + 1);
        ws();
        if (text.charAt(i) === ',') i += 1;
        else if (text.charAt(i) === ']') {
          i += 1;
          return;
        } else fail(i);
      }
    }
    if (ch === '"') return string();
    if (ch === 't') return literal('true');
    if (ch === 'f') return literal('false');
    if (ch === 'n') return literal('null');
    if (ch === '-' || /[0-9]/.test(ch)) return number();
    fail(i);
  };
  try {
    value(0);
    ws();
    return { errorOffset: i < text.length ? i : null, lossyIntegerOffset: lossy };
  } catch (error) {
    if (error instanceof LocatedError) return { errorOffset: error.offset, lossyIntegerOffset: lossy };
    throw error;
  }
}

class LocatedError extends Error {
  constructor(readonly offset: number) {
    super('json syntax');
  }
}

/** One-based line and column (in UTF-16 code units) of an offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lines = before.split('\n');
  return { line: lines.length, column: (lines[lines.length - 1] ?? '').length + 1 };
}
