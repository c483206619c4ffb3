import { queryOptions } from '@tanstack/react-query';
import { fetchJson, shouldRetry } from './fetch-json';

/** One OpenID discovery (or RFC 8414) metadata document, keyed by its URL; parsed by core/discovery. */
export function discoveryQueryOptions(url: string) {
  return queryOptions({
    queryKey: ['discovery', url] as const,
    queryFn: ({ signal }) => fetchJson(url, signal),
    staleTime: 60 * 60 * 1000,
    retry: shouldRetry,
  });
}
