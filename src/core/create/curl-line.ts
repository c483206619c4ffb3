/** Why a typed API URL cannot go into a curl line. */
export type ApiUrlError = 'api_url_empty' | 'api_url_invalid' | 'api_url_scheme';

export type CurlResult = { readonly ok: true; readonly line: string } | { readonly ok: false; readonly error: ApiUrlError };

// POSIX shell single quotes take everything literally; a quote itself is closed, escaped, reopened.
function shellQuote(text: string): string {
  return `'${text.replaceAll("'", `'\\''`)}'`;
}

/**
 * A `curl` command that sends `token` as a Bearer credential (RFC 6750 2.1) to `apiUrl`, which must
 * be an http(s) URL. The URL is shell-quoted so a pasted `&` or `;` cannot run anything.
 */
export function curlLine(token: string, apiUrl: string): CurlResult {
  const trimmed = apiUrl.trim();
  if (trimmed === '') return { ok: false, error: 'api_url_empty' };
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return { ok: false, error: 'api_url_invalid' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, error: 'api_url_scheme' };
  return { ok: true, line: `curl -H "Authorization: Bearer ${token}" ${shellQuote(url.href)}` };
}
