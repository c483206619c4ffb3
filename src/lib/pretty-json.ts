/** Beyond this depth indentation is dropped: indented output grows with the square of the depth. */
export const MAX_INDENT_DEPTH = 24;

/** Nesting depth of a JSON value, stopping early once it exceeds `limit`. Iterative: no stack overflow. */
export function jsonDepth(value: unknown, limit: number): number {
  let max = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [v, d] = stack.pop() as [unknown, number];
    if (v === null || typeof v !== 'object') continue;
    if (d + 1 > max) max = d + 1;
    if (max > limit) return max;
    for (const child of Object.values(v as object)) stack.push([child, d + 1]);
  }
  return max;
}

/**
 * JSON for display: indented normally, compact when nested deeper than MAX_INDENT_DEPTH (an attacker
 * can nest thousands of levels), and null when the engine cannot serialise it at all (too deep for
 * its stack): the caller then says so instead of crashing.
 */
export function prettyJson(value: unknown): string | null {
  try {
    return jsonDepth(value, MAX_INDENT_DEPTH) > MAX_INDENT_DEPTH ? JSON.stringify(value) : JSON.stringify(value, null, 2);
  } catch {
    return null;
  }
}
