/** Which shell's quoting a command line was written for. */
export type ShellStyle = 'posix' | 'cmd' | 'powershell';

const MAX_WORDS = 10_000;

/**
 * Splits a command line into words the way its shell would: POSIX single and double quotes,
 * `$'…'`, backslash escapes and line continuations; cmd.exe `^` escapes (Chrome's "Copy as cURL
 * (cmd)"); PowerShell backtick continuations. One pass, no regular expressions, so hostile input
 * stays linear. Unterminated quotes end at the end of the text. Never throws.
 */
export function shellWords(text: string, style: ShellStyle): string[] {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  let quote: '' | "'" | '"' | "$'" = '';
  const escape = style === 'cmd' ? '^' : style === 'powershell' ? '`' : '\\';
  for (let i = 0; i < text.length && words.length < MAX_WORDS; i++) {
    const c = text.charAt(i);
    if (quote === "'" || quote === "$'") {
      if (c === "'") quote = '';
      else if (quote === "$'" && c === '\\' && i + 1 < text.length) word += text.charAt(++i);
      else word += c;
      continue;
    }
    if (c === escape && i + 1 < text.length) {
      const next = text.charAt(i + 1);
      // cmd.exe passes ^" on as a quote, which the program's argument parser then honours.
      if (style === 'cmd' && next === '"') {
        quote = quote === '"' ? '' : '"';
        inWord = true;
        i++;
        continue;
      }
      i++;
      if (next === '\r' && text.charAt(i + 1) === '\n') i++;
      if (next === '\n' || next === '\r') continue; // line continuation
      if (quote === '"' && style === 'posix' && !'"\\$`'.includes(next)) word += c;
      word += next;
      inWord = true;
      continue;
    }
    if (quote === '"') {
      if (c === '"') quote = '';
      else word += c;
      continue;
    }
    if (c === "'" && style !== 'cmd') {
      quote = "'";
      inWord = true;
      continue;
    }
    if (c === '$' && text.charAt(i + 1) === "'" && style === 'posix') {
      quote = "$'";
      inWord = true;
      i++;
      continue;
    }
    if (c === '"') {
      quote = '"';
      inWord = true;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
      continue;
    }
    word += c;
    inWord = true;
  }
  if (inWord && words.length < MAX_WORDS) words.push(word);
  return words;
}

/** Guesses the quoting style: cmd when `^"` appears, PowerShell when a backtick ends a line. */
export function shellStyleOf(text: string): ShellStyle {
  if (text.includes('^"') || /\^\r?\n/.test(text)) return 'cmd';
  if (/`\r?\n/.test(text)) return 'powershell';
  return 'posix';
}
