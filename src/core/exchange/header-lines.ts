/** One header as written, name in its original case. */
export type HeaderField = { name: string; value: string };

// RFC 9110 §5.6.2 token characters, optionally after a ':' for HTTP/2 pseudo-headers as DevTools
// prints them (":authority: host"). The name class excludes ':' so the match cannot backtrack.
const FIELD = /^(:?[A-Za-z0-9!#$%&'*+.^_`|~-]+):[ \t]*(.*)$/;
const REQUEST_LINE = /^([A-Z][A-Z-]{1,15}) (\S+)(?: (HTTP\/[0-9.]+))?[ \t]*$/;
const STATUS_LINE = /^(HTTP\/[0-9.]+) ([1-5][0-9]{2})(?: .*)?$/;
// DevTools "copy response headers" on HTTP/2 writes the status as a field of its own.
const STATUS_FIELD = /^(?::status|status):[ \t]*([1-5][0-9]{2})\b/i;

/** Splits text into lines on CRLF, LF or a lone CR. */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\n|\r/);
}

/** A header line (`Name: value`, or `:pseudo: value`), or null. */
export function headerField(line: string): HeaderField | null {
  if (line.length > 64 * 1024) return null;
  const m = FIELD.exec(line);
  return m ? { name: m[1] ?? '', value: (m[2] ?? '').trim() } : null;
}

/** A request line (`GET /v1.0/me HTTP/1.1`), or null. */
export function requestLine(line: string): { method: string; target: string } | null {
  if (line.length > 16 * 1024) return null;
  const m = REQUEST_LINE.exec(line.trim());
  if (!m || (!m[3] && !/^(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)$/.test(m[1] ?? ''))) return null;
  return { method: m[1] ?? '', target: m[2] ?? '' };
}

/** The status code of a status line (`HTTP/1.1 401 Unauthorized`, `HTTP/2 401`, `:status: 401`), or null. */
export function statusLine(line: string): number | null {
  const t = line.trim();
  if (t.length > 1024) return null;
  const m = STATUS_LINE.exec(t) ?? STATUS_FIELD.exec(t);
  if (!m) return null;
  return Number(m[2] ?? m[1]);
}

/** The value of the first field of that name (case-insensitive), or null. */
export function field(fields: readonly HeaderField[], name: string): string | null {
  const n = name.toLowerCase();
  return fields.find((f) => f.name.toLowerCase() === n)?.value ?? null;
}

/** All values of a field joined as one list (RFC 9110 §5.3), or null when absent. */
export function joinedField(fields: readonly HeaderField[], name: string): string | null {
  const n = name.toLowerCase();
  const values = fields.filter((f) => f.name.toLowerCase() === n).map((f) => f.value);
  return values.length === 0 ? null : values.join(', ');
}
