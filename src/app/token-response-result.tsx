import { useMemo } from 'react';
import { recognizeInput } from '../core/token/recognize';
import type { TokenResponseProps } from '../lib/token-response-slot';
import { InputResult } from './input-result';

/**
 * A token-endpoint answer (or an error redirect) shown exactly as the explorer shows a pasted one,
 * plus what the sign-in that produced it expects (issuer metadata, client ID, nonce, code).
 */
export function TokenResponseResult({ text, expectations }: TokenResponseProps) {
  const recognized = useMemo(() => recognizeInput(text), [text]);
  return <InputResult key={text} recognized={recognized} rawInput={text} expectations={expectations} />;
}
