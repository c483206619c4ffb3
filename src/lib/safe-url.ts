/** The normalized URL when `text` is an absolute https URL without credentials; null otherwise. */
export function safeHttpsUrl(text: string): string | null {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || url.username || url.password) return null;
  return url.href;
}
