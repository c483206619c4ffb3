/** The line around `index`, trimmed to at most 300 characters, for display. */
export function excerptAt(text: string, index: number): string {
  const start = Math.max(text.lastIndexOf('\n', index) + 1, index - 150);
  let end = text.indexOf('\n', index);
  if (end < 0) end = text.length;
  return text.slice(start, Math.min(end, start + 300)).trim();
}

/** A value quoted after `label` within `window` characters: `label '…'` or `label "…"`, or null. */
export function quotedAfter(text: string, label: string, from = 0, window = 2000): string | null {
  const at = text.indexOf(label, from);
  if (at < 0 || at - from > window) return null;
  let i = at + label.length;
  // "ValidTo (UTC): '…'" in newer Microsoft.IdentityModel versions.
  for (let n = 0; n < 8 && i < text.length; n++) {
    if (text.charAt(i) === ' ' || text.charAt(i) === ':') i++;
    else if (text.startsWith('(UTC)', i)) i += 5;
    else break;
  }
  const q = text.charAt(i);
  if (q !== "'" && q !== '"') return null;
  const end = text.indexOf(q, i + 1);
  if (end < 0 || end - i > 4000) return null;
  return text.slice(i + 1, end);
}

/** Splits a quoted list ("a, b" as Microsoft.IdentityModel prints it) into its values. */
export function listOf(value: string | null): string[] | undefined {
  if (value === null) return undefined;
  const items = value
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '' && s !== 'null');
  return items.length > 0 ? items : undefined;
}
