import { useSyncExternalStore } from 'react';

// One ticking clock for the whole page: every panel that judges time reads the same second, so the
// claim checks, the timeline and the diagnosis can never disagree about "now".
const listeners = new Set<() => void>();
let now = Math.floor(Date.now() / 1000);
let timer: ReturnType<typeof setInterval> | undefined;

function tick(): void {
  const next = Math.floor(Date.now() / 1000);
  if (next === now) return;
  now = next;
  for (const l of listeners) l();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (timer === undefined) {
    tick();
    timer = setInterval(tick, 1000);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer !== undefined) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}

/** The current time in whole seconds from the page's one clock (ticks while anything reads it). */
export function useNow(): number {
  return useSyncExternalStore(subscribe, () => now);
}
