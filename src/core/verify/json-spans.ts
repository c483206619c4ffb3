/** Where one top-level member of a JSON object text sits: its decoded name and the value's span. */
export interface MemberSpan {
  readonly name: string;
  /** Index of the value's first character and one past its last (quotes included for strings). */
  readonly valueStart: number;
  readonly valueEnd: number;
}

const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\n' || c === '\r';

function skipSpace(text: string, i: number): number {
  while (isSpace(text[i])) i++;
  return i;
}

/** End (exclusive) of the string starting at `i` (a quote), or -1. */
function stringEnd(text: string, i: number): number {
  if (text[i] !== '"') return -1;
  for (let j = i + 1; j < text.length; j++) {
    if (text[j] === '\\') j++;
    else if (text[j] === '"') return j + 1;
  }
  return -1;
}

/** End (exclusive) of the JSON value starting at `i`, or -1. Nested values are skipped by depth. */
function valueEnd(text: string, i: number): number {
  const first = text[i];
  if (first === '"') return stringEnd(text, i);
  if (first === '{' || first === '[') {
    let depth = 0;
    for (let j = i; j < text.length; j++) {
      const c = text[j];
      if (c === '"') {
        j = stringEnd(text, j) - 1;
        if (j < 0) return -1;
      } else if (c === '{' || c === '[') depth++;
      else if (c === '}' || c === ']') {
        depth--;
        if (depth === 0) return j + 1;
      }
    }
    return -1;
  }
  let j = i;
  while (j < text.length && !isSpace(text[j]) && text[j] !== ',' && text[j] !== '}' && text[j] !== ']') j++;
  return j > i ? j : -1;
}

/**
 * Lists the top-level members of a JSON object text in order, with the exact span of each value,
 * so a caller can replace one value without re-serialising (and so changing) the other bytes.
 * Returns null when the text is not a single object. Meant for text that JSON.parse accepted;
 * it does not validate the grammar inside values.
 */
export function topLevelMembers(text: string): MemberSpan[] | null {
  let i = skipSpace(text, 0);
  if (text[i] !== '{') return null;
  i = skipSpace(text, i + 1);
  const members: MemberSpan[] = [];
  if (text[i] === '}') return skipSpace(text, i + 1) === text.length ? members : null;
  for (;;) {
    const nameEnd = stringEnd(text, i);
    if (nameEnd < 0) return null;
    const name = JSON.parse(text.slice(i, nameEnd)) as string;
    i = skipSpace(text, nameEnd);
    if (text[i] !== ':') return null;
    const valueStart = skipSpace(text, i + 1);
    const end = valueEnd(text, valueStart);
    if (end < 0) return null;
    members.push({ name, valueStart, valueEnd: end });
    i = skipSpace(text, end);
    if (text[i] === ',') {
      i = skipSpace(text, i + 1);
      continue;
    }
    if (text[i] !== '}') return null;
    return skipSpace(text, i + 1) === text.length ? members : null;
  }
}
