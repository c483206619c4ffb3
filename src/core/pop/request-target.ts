/**
 * The HTTP request a proof-of-possession token is presented with, as far as it was pasted:
 * method and absolute URL (scheme, host, path; query and fragment are kept but ignored by checks).
 */
export type RequestTarget = { readonly method: string | null; readonly url: string | null };

/**
 * RFC 9449 §4.3 step 9: `htu` is compared with the request URI ignoring query and fragment, after
 * syntax- and scheme-based normalisation (RFC 3986 §6.2.2, §6.2.3): case of scheme and host,
 * default port, percent-encoding case. The URL parser applies all of these. Null for a non-URL.
 */
export function comparableUri(text: string): string | null {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  const path = url.pathname.replace(/%[0-9a-f]{2}/gi, (e) => e.toUpperCase());
  return `${url.protocol}//${url.host}${path}`;
}
