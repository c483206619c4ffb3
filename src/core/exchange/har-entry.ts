import { findApiErrors } from '../api-errors/find-api-errors';
import { recognizedWithExchange, recognizeInput, type Recognized } from '../token/recognize';
import type { HarEntry } from './har';
import { innerOf } from './recognize-exchange';

/** A HAR entry as the explorer shows any input: its token (or returned tokens) with the request as context. */
export function recognizeHarEntry(entry: HarEntry): Recognized {
  const inner = innerOf<Recognized>(entry.exchange, recognizeInput, { kind: 'empty' });
  const apiErrors = entry.exchange.responseBody ? findApiErrors(entry.exchange.responseBody) : [];
  return recognizedWithExchange(inner, { context: entry.exchange, apiErrors });
}
