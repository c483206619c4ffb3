import { useId } from 'react';
import { SIGNING_ALGS, type SigningAlg } from '../../core/create/algorithms';
import { catalogLoaders } from '../../i18n/catalogs';
import { useCatalog } from '../../i18n/i18n';
import type { CreateMessages } from '../../i18n/en/create';
import { PartEditor } from './part-editor';
import { SignedOutput } from './signed-output';
import { SigningKey } from './signing-key';
import { StartPoints } from './start-points';
import { TestKit } from './test-kit';
import { useEditor } from './use-editor';
import { useSigned } from './use-signed';
import { useSigningKey } from './use-signing-key';
import { select } from './styles';

const catalogs = catalogLoaders('create');

function Create({ m }: { m: CreateMessages }) {
  const id = useId();
  const editor = useEditor();
  const key = useSigningKey(editor.setKid);
  const { input, signed } = useSigned(editor.header, editor.payload, editor.alg, key.parsed);
  return (
    <div className="grid gap-4">
      <div>
        <h2 className="text-lg font-semibold">{m.title}</h2>
        <p className="text-sm text-slate-700 dark:text-slate-300">{m.intro}</p>
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        <div className="grid content-start gap-3">
          <StartPoints m={m} editor={editor} keyReady={key.parsed?.ok === true} keyKid={key.parsed?.ok ? key.parsed.key.kid : undefined} />
          <PartEditor m={m} part="header" text={editor.headerText} onText={editor.onHeaderText} result={editor.header} rows={6} />
          <PartEditor m={m} part="payload" text={editor.payloadText} onText={editor.setPayloadText} result={editor.payload} rows={18} />
        </div>
        <div className="grid content-start gap-3">
          <div className="flex items-center gap-2">
            <label htmlFor={`${id}-alg`} className="text-sm font-semibold">
              {m.algorithm}
            </label>
            <select id={`${id}-alg`} className={select} value={editor.alg} onChange={(e) => editor.setAlg(e.target.value as SigningAlg)}>
              {SIGNING_ALGS.map((a) => (
                <option key={a} value={a}>
                  {a}
                </option>
              ))}
            </select>
          </div>
          <SigningKey m={m} alg={editor.alg} state={key} />
          <SignedOutput m={m} input={input} signed={signed} />
        </div>
      </div>
      {/* The kit is made only from claims and a key that sign: the same refusals as the signed token above. */}
      <TestKit m={m} input={signed?.result.ok ? input : null} />
    </div>
  );
}

/** The Create view: sign new tokens, generate keys, make negative-test tokens. Loaded lazily. */
export default function CreateView() {
  const m = useCatalog(catalogs);
  return m === null ? null : <Create m={m} />;
}
