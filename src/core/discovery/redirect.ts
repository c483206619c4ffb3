/** Where a fetch ended up, as the Fetch API reports it (`Response.redirected`, `Response.url`). */
export interface FetchOutcome {
  readonly redirected: boolean;
  /** The final URL; empty for responses that do not expose it. */
  readonly url: string;
}

/**
 * The URL a discovery or JWKS answer really came from, when it is not the URL that was asked for
 * and shown on the page; null when the answer came from that URL. Keys are only taken from an
 * address the person was shown, so the caller refuses the answer when this is not null.
 * Does NOT fetch anything; comparison is on the parsed URLs (so `A` and `a` hosts are equal).
 */
export function redirectedTo(requested: string, outcome: FetchOutcome): string | null {
  // Response.url never carries a fragment (Fetch standard), so the requested one is dropped too.
  const normalise = (text: string) => {
    try {
      const url = new URL(text);
      url.hash = '';
      return url.href;
    } catch {
      return text;
    }
  };
  const finalUrl = outcome.url === '' ? requested : outcome.url;
  if (!outcome.redirected && normalise(finalUrl) === normalise(requested)) return null;
  return finalUrl;
}

/** The host (with port) of a URL, to name it in a sentence; the text itself when it is no URL. */
export function urlHost(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
