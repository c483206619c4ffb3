import { useEffect, useState } from 'react';
import { parseFlowMetadata, type FlowMetadata, type FlowMetadataError } from '../../core/flow/flow-metadata';
import { fetchMetadata, type MetadataProblemCode } from './api/fetch-metadata';
import { useOfflineMode } from '../../lib/offline-mode';

export type MetadataState =
  | { status: 'idle' }
  | { status: 'loading'; url: string }
  | { status: 'fetch-error'; url: string; code: MetadataProblemCode; httpStatus?: number }
  | { status: 'invalid'; url: string; error: FlowMetadataError }
  | { status: 'ready'; url: string; metadata: FlowMetadata };

const DEBOUNCE_MS = 400;

/**
 * The provider metadata for a discovery URL (null: none yet), fetched a moment after the Issuer
 * field settles, so typing does not send a request per keystroke. Nothing is fetched in offline mode.
 */
export function useFlowMetadata(url: string | null): MetadataState {
  const offline = useOfflineMode();
  const [result, setResult] = useState<MetadataState>({ status: 'idle' });
  useEffect(() => {
    if (url === null || offline) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      fetchMetadata(url, controller.signal).then(
        (answer) => {
          if (!answer.ok)
            return setResult({
              status: 'fetch-error',
              url,
              code: answer.code,
              ...(answer.status === undefined ? {} : { httpStatus: answer.status }),
            });
          const parsed = parseFlowMetadata(answer.json);
          setResult(parsed.ok ? { status: 'ready', url, metadata: parsed.value } : { status: 'invalid', url, error: parsed.error });
        },
        () => undefined, // aborted: a newer URL is being read
      );
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [url, offline]);
  if (url === null || offline) return { status: 'idle' };
  return result.status !== 'idle' && result.url === url ? result : { status: 'loading', url };
}
