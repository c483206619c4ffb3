import { useEffect, useState } from 'react';

/**
 * The result of an async computation for the current `input`, or null while it runs (or when
 * `input` is null). A result computed for an older input is never shown for a newer one.
 */
export function useAsyncResult<I, R>(input: I | null, run: (input: I) => Promise<R>): R | null {
  const [done, setDone] = useState<{ input: I; result: R } | null>(null);
  useEffect(() => {
    if (input === null) return;
    let live = true;
    void run(input).then((result) => {
      if (live) setDone({ input, result });
    });
    return () => {
      live = false;
    };
  }, [input, run]);
  return done !== null && input !== null && done.input === input ? done.result : null;
}
