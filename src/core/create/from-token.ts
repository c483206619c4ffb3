import { recognizeInput } from '../token/recognize';
import type { AnalyzedToken } from '../token/types';
import type { JsonObject } from './parse-part';

function fromToken(token: AnalyzedToken): { header: JsonObject; payload: JsonObject } | null {
  if (token.format !== 'jws' || !token.header.ok || !token.payload.ok || token.payload.kind !== 'json') return null;
  return { header: token.header.value, payload: token.payload.value };
}

/**
 * The header and claims of the token in the explorer's input (a bare JWT, a Bearer line, or the
 * first JWS of a token response or redirect), every claim kept; null when there is none to start from.
 */
export function startFromInput(input: string): { header: JsonObject; payload: JsonObject } | null {
  const recognized = recognizeInput(input);
  if (recognized.kind === 'token') return fromToken(recognized.token);
  if (recognized.kind === 'bundle') {
    for (const labelled of recognized.tokens) {
      const found = fromToken(labelled.token);
      if (found) return found;
    }
  }
  return null;
}
