import { startTransition, useEffect, useState } from 'react';

/**
 * The current time in whole seconds, updated every `intervalMs`: the only clock the checks see.
 * A tick is a transition: it renders in short slices and yields to typing, never one long task.
 */
export function useNow(intervalMs = 1000): number {
  const [now, setNow] = useState(() => Math.floor(Date.now() / 1000));
  useEffect(() => {
    const id = setInterval(() => startTransition(() => setNow(Math.floor(Date.now() / 1000))), intervalMs);
    return () => clearInterval(id);
  }, [intervalMs]);
  return now;
}
