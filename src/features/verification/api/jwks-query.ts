import { queryOptions } from '@tanstack/react-query';
import { fetchJson, shouldRetry } from './fetch-json';

/**
 * One JWKS, keyed by its URL and parsed by core. Cached for an hour; on an unknown kid the caller
 * refetches once (keys rotate), which is the only time a cached JWKS is ignored.
 */
export function jwksQueryOptions(url: string) {
  return queryOptions({
    queryKey: ['jwks', url] as const,
    queryFn: ({ signal }) => fetchJson(url, signal),
    staleTime: 60 * 60 * 1000,
    retry: shouldRetry,
  });
}
