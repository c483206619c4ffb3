/** What was removed from around a pasted token, so the UI can say so. */
export type InputNote =
  'authorization_header_stripped' | 'bearer_stripped' | 'quotes_stripped' | 'whitespace_removed' | 'extracted_from_text';

const TOKEN_CHARS = /^[A-Za-z0-9\-_.=+/~]+$/;
const QUOTES: Record<string, string> = { '"': '"', "'": "'", '`': '`', '\u201c': '\u201d', '\u2018': '\u2019' };

/**
 * Strips the usual noise around a copied token: surrounding whitespace, a whole
 * `Authorization: Bearer ...` line, a `Bearer ` prefix in any case, wrapping quotes (with a trailing
 * comma, as copied out of JSON), and line breaks inside the token (wrapped terminal output).
 * Returns the remaining text and notes on what was removed. Does not decide whether it is a token.
 */
export function normalizeTokenText(raw: string): { text: string; notes: InputNote[] } {
  const notes: InputNote[] = [];
  let text = raw.trim();
  for (let round = 0; round < 3; round++) {
    const before = text;
    const header = /^authorization\s*:\s*/i.exec(text);
    if (header) {
      text = text.slice(header[0].length).trim();
      notes.push('authorization_header_stripped');
    }
    const bearer = /^bearer\s+/i.exec(text);
    if (bearer) {
      text = text.slice(bearer[0].length).trim();
      notes.push('bearer_stripped');
    }
    const unquoted = stripQuotes(text);
    if (unquoted !== text) {
      text = unquoted.trim();
      notes.push('quotes_stripped');
    }
    if (text === before) break;
  }
  if (/\s/.test(text)) {
    // Wrapped output has long runs between breaks; a sentence has short words, so leave it alone.
    const pieces = text.split(/\s+/);
    const joined = pieces.join('');
    if (TOKEN_CHARS.test(joined) && pieces.slice(0, -1).every((p) => p.length >= 16)) {
      text = joined;
      notes.push('whitespace_removed');
    }
  }
  return { text, notes: [...new Set(notes)] };
}

function stripQuotes(text: string): string {
  const t = text.replace(/,\s*$/, '');
  const open = t.charAt(0);
  const close = QUOTES[open];
  if (close !== undefined && t.length >= 2 && t.endsWith(close)) return t.slice(1, -1);
  return text;
}

/** True when the text consists only of characters that can appear in a compact token. */
export function isTokenLike(text: string): boolean {
  return TOKEN_CHARS.test(text);
}

// The lookbehind makes only the start of a base64url run a candidate; without it, text such as
// "eyJeyJeyJ…" (no dot) retried every position and took minutes for 1 MB (found by fuzzing).
const EMBEDDED_JWT = /(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{2,}\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*(?:\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*)?/;

/** Finds the first JWS/JWE-looking run inside free text (a log line, a curl command). */
export function findEmbeddedToken(text: string): string | null {
  const m = EMBEDDED_JWT.exec(text);
  return m ? m[0] : null;
}
