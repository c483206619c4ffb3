import { isOfflineMode } from '../../../lib/offline-mode';

/** Why the provider's metadata could not be read; the view names the URL and this code. */
export type MetadataProblemCode = 'http_status' | 'not_json' | 'network' | 'timeout' | 'offline_mode';

export type MetadataAnswer = { ok: true; json: unknown } | { ok: false; code: MetadataProblemCode; status?: number };

const TIMEOUT_MS = 8000;

/**
 * GETs the provider's metadata as a simple CORS request (no custom headers, so no preflight; no
 * cookies; no referrer). Refused while "Offline mode" is on. Parsing is core/flow's job.
 * Rejects only when `signal` aborts.
 */
export async function fetchMetadata(url: string, signal: AbortSignal): Promise<MetadataAnswer> {
  if (isOfflineMode()) return { ok: false, code: 'offline_mode' };
  const timeout = AbortSignal.timeout(TIMEOUT_MS);
  let response: Response;
  try {
    response = await fetch(url, {
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      mode: 'cors',
      signal: AbortSignal.any([signal, timeout]),
    });
  } catch (e) {
    if (signal.aborted) throw e;
    return { ok: false, code: timeout.aborted ? 'timeout' : 'network' };
  }
  if (!response.ok) return { ok: false, code: 'http_status', status: response.status };
  try {
    return { ok: true, json: JSON.parse(await response.text()) as unknown };
  } catch {
    return { ok: false, code: 'not_json' };
  }
}
