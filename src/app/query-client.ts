import { notifyManager, QueryClient } from '@tanstack/react-query';

// A finished check reaches the screen in the same task: TanStack Query otherwise hands results to
// React one setTimeout later, which on a busy phone (timers clamped, tasks queued) is most of the
// time between the check's end and the verdict (decision 041). Batching within a task still holds.
notifyManager.setScheduler(queueMicrotask);

/**
 * One cache for the page's lifetime, so discovery and JWKS answers survive switching tokens.
 * Created in the lazily loaded verification chunk: TanStack Query is not part of the first paint.
 */
export const queryClient = new QueryClient({
  // networkMode 'always': parsing and verifying are local work that must run offline, and a fetch
  // made offline should fail at once with a clear message rather than wait silently.
  defaultOptions: { queries: { refetchOnWindowFocus: false, refetchOnReconnect: false, networkMode: 'always' } },
});
