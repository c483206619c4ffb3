import { QueryClient } from '@tanstack/react-query';

/**
 * One cache for the page's lifetime, so discovery and JWKS answers survive switching tokens.
 * Created in the lazily loaded verification chunk: TanStack Query is not part of the first paint.
 */
export const queryClient = new QueryClient({
  // networkMode 'always': parsing and verifying are local work that must run offline, and a fetch
  // made offline should fail at once with a clear message rather than wait silently.
  defaultOptions: { queries: { refetchOnWindowFocus: false, refetchOnReconnect: false, networkMode: 'always' } },
});
