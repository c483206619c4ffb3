/** A member name that occurs twice in the same JSON object, with the JSONPath-like location of that object. */
export type DuplicateMember = { name: string; path: string };

type Frame = { kind: 'object'; keys: Set<string>; path: string; key: string | null } | { kind: 'array'; path: string; index: number };

/**
 * Finds duplicate member names in already-valid JSON text. JSON.parse silently keeps the last value,
 * while other parsers keep the first: a parser-differential risk. RFC 7515 §4 and RFC 7519 §4 require
 * unique names. Iterative, so deep nesting cannot overflow
 * the stack. Assumes `text` parsed with JSON.parse; does not validate grammar.
 */
export function findDuplicateMembers(text: string): DuplicateMember[] {
  const found: DuplicateMember[] = [];
  const stack: Frame[] = [];
  let expectKey = false;
  let i = 0;
  const n = text.length;
  const childPath = (): string => {
    const top = stack[stack.length - 1];
    if (!top) return '$';
    if (top.kind === 'array') return `${top.path}[${top.index}]`;
    return `${top.path}.${top.key ?? '?'}`;
  };
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 0x7b /* { */) {
      stack.push({ kind: 'object', keys: new Set(), path: childPath(), key: null });
      expectKey = true;
      i++;
    } else if (c === 0x5b /* [ */) {
      stack.push({ kind: 'array', path: childPath(), index: 0 });
      expectKey = false;
      i++;
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      stack.pop();
      expectKey = false;
      i++;
    } else if (c === 0x2c /* , */) {
      const top = stack[stack.length - 1];
      if (top?.kind === 'array') top.index++;
      expectKey = top?.kind === 'object';
      i++;
    } else if (c === 0x22 /* " */) {
      const start = i;
      i++;
      while (i < n && text.charCodeAt(i) !== 0x22) i += text.charCodeAt(i) === 0x5c ? 2 : 1;
      i++;
      const top = stack[stack.length - 1];
      if (expectKey && top?.kind === 'object') {
        const name = JSON.parse(text.slice(start, i)) as string;
        if (top.keys.has(name)) found.push({ name, path: top.path });
        top.keys.add(name);
        top.key = name;
        expectKey = false;
      }
    } else {
      i++;
    }
  }
  return found;
}
