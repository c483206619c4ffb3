import { useCallback, useMemo, useState } from 'react';
import { generateSigningKey } from '../../core/create/generate';
import { parsePrivateKey, type PrivateKeyResult, type SecretEncoding } from '../../core/create/private-key';
import type { SigningAlg } from '../../core/create/algorithms';
import { useAsyncResult } from '../../lib/use-async-result';

/**
 * The "Signing key" box: its text and encoding live in this component's state only (never in the
 * session store, storage or a link), so a reload forgets them.
 */
export function useSigningKey(onKid: (kid: string) => void) {
  const [text, setText] = useState('');
  const [encoding, setEncoding] = useState<SecretEncoding>('text');
  const [generating, setGenerating] = useState(false);
  const [generatedKid, setGeneratedKid] = useState<string | null>(null);
  const input = useMemo(() => ({ text, encoding }), [text, encoding]);
  const parse = useCallback(
    async (i: { text: string; encoding: SecretEncoding }): Promise<PrivateKeyResult> => {
      const result = await parsePrivateKey(i.text, i.encoding);
      // The header's kid follows the key, so the published JWKS and the token agree.
      if (result.ok && result.key.kid !== undefined) onKid(result.key.kid);
      return result;
    },
    [onKid],
  );
  const parsed = useAsyncResult(input, parse);
  const generate = (alg: SigningAlg) => {
    setGenerating(true);
    void generateSigningKey(alg)
      .then((key) => {
        setText(JSON.stringify(key.jwk, null, 2));
        setGeneratedKid(key.kid ?? null);
      })
      .finally(() => setGenerating(false));
  };
  const onText = (next: string) => {
    setText(next);
    setGeneratedKid(null);
  };
  return { text, onText, encoding, setEncoding, parsed, generate, generating, generatedKid };
}

export type SigningKeyState = ReturnType<typeof useSigningKey>;
