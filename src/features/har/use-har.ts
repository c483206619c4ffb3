import { useCallback, useEffect, useRef, useState } from 'react';
import type { HarResult } from '../../core/exchange/har';
import type { HarRequest, HarResponse } from './har-worker';

export type HarState =
  { status: 'idle' } | { status: 'reading' } | { status: 'done'; result: HarResult } | { status: 'failed'; detail: string };

/** Reads HAR files in a Web Worker; only the latest request's answer is kept. */
export function useHar(): { state: HarState; read: (source: File | string) => void } {
  const worker = useRef<Worker | null>(null);
  const latest = useRef(0);
  const [state, setState] = useState<HarState>({ status: 'idle' });

  useEffect(
    () => () => {
      worker.current?.terminate();
      worker.current = null;
    },
    [],
  );

  const read = useCallback((source: File | string) => {
    if (!worker.current) {
      worker.current = new Worker(new URL('./har-worker.ts', import.meta.url), { type: 'module' });
      worker.current.onmessage = (event: MessageEvent<HarResponse>) => {
        const r = event.data;
        if (r.id !== latest.current) return;
        setState('result' in r ? { status: 'done', result: r.result } : { status: 'failed', detail: r.failure });
      };
      worker.current.onerror = (event) => setState({ status: 'failed', detail: event.message || 'worker error' });
    }
    const id = ++latest.current;
    const request: HarRequest = typeof source === 'string' ? { id, text: source } : { id, file: source };
    setState({ status: 'reading' });
    worker.current.postMessage(request);
  }, []);

  return { state, read };
}
