import { useId, useMemo, useState, type ReactNode } from 'react';
import { decryptJwe, type JweDecryptError, type JweDecryptResult } from '../../core/jwe/decrypt-jwe';
import type { PrivateKeyErrorCode, SecretEncoding } from '../../core/create/private-key';
import { Panel } from '../../components/ui/panel';
import { catalogLoaders } from '../../i18n/catalogs';
import { useCatalog } from '../../i18n/i18n';
import { useAsyncResult } from '../../lib/use-async-result';
import type { CreateMessages } from '../../i18n/en/create';

const catalogs = catalogLoaders('create');

const field =
  'w-full rounded border border-slate-300 bg-white p-2 font-mono text-sm dark:border-slate-600 dark:bg-slate-900 focus-visible:outline-2 focus-visible:outline-blue-600';
const alertClass = 'rounded border border-red-600 bg-red-50 p-2 text-sm text-red-900 dark:bg-red-950 dark:text-red-100';

function errorText(m: CreateMessages, e: JweDecryptError): string {
  const t = m.jwe.errors;
  switch (e.code) {
    case 'unsupported_alg':
      return t.unsupported_alg(e.alg);
    case 'unsupported_enc':
      return t.unsupported_enc(e.enc);
    case 'unsupported_zip':
      return t.unsupported_zip(e.zip);
    case 'unsupported_here':
      return t.unsupported_here(e.alg, e.enc);
    case 'key_kind':
      return t.key_kind(e.alg, e.needs);
    case 'key_unusable':
      return t.key_unusable(e.alg);
    case 'key_input':
      return m.key.errors[e.error.code satisfies PrivateKeyErrorCode];
    case 'not_compact_jwe':
    case 'jwe_invalid':
    case 'decryption_failed':
      return t[e.code];
  }
}

const decrypt = (i: { compact: string; keyText: string; encoding: SecretEncoding }) => decryptJwe(i.compact, i.keyText, i.encoding);

function useDecrypted(compact: string, keyText: string, encoding: SecretEncoding): JweDecryptResult | null {
  const input = useMemo(() => (keyText.trim() === '' ? null : { compact, keyText, encoding }), [compact, keyText, encoding]);
  return useAsyncResult(input, decrypt);
}

type Props = { compact: string; renderInner: (compact: string) => ReactNode };

/**
 * The JWE "Decryption key" box: decrypts in the page with a pasted key (kept in this component's
 * state only), shows the plaintext, and hands a nested JWT (cty: JWT) to `renderInner`.
 */
export default function JweDecrypt({ compact, renderInner }: Props) {
  const m = useCatalog(catalogs);
  const id = useId();
  const [keyText, setKeyText] = useState('');
  const [encoding, setEncoding] = useState<SecretEncoding>('base64url');
  const result = useDecrypted(compact, keyText, encoding);
  if (m === null) return null;
  return (
    <Panel title={m.jwe.label}>
      <div className="grid gap-2">
        <label htmlFor={id} className="sr-only">
          {m.jwe.label}
        </label>
        <p id={`${id}-hint`} className="text-xs text-slate-600 dark:text-slate-400">
          {m.jwe.hint}
        </p>
        <textarea
          id={id}
          aria-describedby={`${id}-hint`}
          className={field}
          rows={4}
          spellCheck={false}
          autoComplete="off"
          value={keyText}
          onChange={(e) => setKeyText(e.target.value)}
        />
        <label className="flex items-center gap-2 text-sm">
          {m.jwe.encoding}
          <select
            className="rounded border border-slate-300 bg-white px-2 py-1 dark:border-slate-600 dark:bg-slate-900"
            value={encoding}
            onChange={(e) => setEncoding(e.target.value as SecretEncoding)}
          >
            {(['text', 'base64', 'base64url'] as const).map((e) => (
              <option key={e} value={e}>
                {m.key.encodings[e]}
              </option>
            ))}
          </select>
        </label>
        {result !== null && !result.ok ? (
          <p role="alert" className={alertClass}>
            {errorText(m, result.error)}
          </p>
        ) : null}
        {result?.ok ? (
          <div className="grid gap-2">
            <h3 className="text-sm font-semibold">{m.jwe.heading}</h3>
            {result.value.text === null ? (
              <p className="text-sm">{m.jwe.binary(result.value.plaintext.length)}</p>
            ) : (
              <pre
                aria-label={m.jwe.plaintext}
                className="max-h-64 overflow-auto rounded bg-slate-50 p-2 text-xs break-all whitespace-pre-wrap dark:bg-slate-950"
              >
                {result.value.text}
              </pre>
            )}
            {result.value.nested !== null ? (
              <div className="grid gap-2 border-l-4 border-blue-600 pl-3">
                <p className="text-sm font-medium">{m.jwe.nested}</p>
                {renderInner(result.value.nested)}
              </div>
            ) : null}
          </div>
        ) : null}
      </div>
    </Panel>
  );
}
