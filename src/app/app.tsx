import { useDeferredValue, useMemo, useState } from 'react';
import { recognizeInput } from '../core/token/recognize';
import { SEED_SAMPLE_ID_TOKEN } from '../core/samples/seed-id-token';
import { I18nProvider, useI18n } from '../i18n/i18n';
import { TokenInput } from '../features/token-input/token-input';
import { ShareControls } from '../features/deep-link/share-controls';
import { ClearAddressOffer } from '../features/deep-link/clear-address-offer';
import { Header } from './header';
import { InputResult } from './input-result';
import { useFragmentInput } from './use-fragment-input';
import { markInput } from './perf';

const DEFER_ABOVE_CHARS = 64 * 1024;

function Explorer() {
  const { t } = useI18n();
  const [input, setInputState] = useFragmentInput();
  const setInput = (v: string) => {
    markInput();
    setInputState(v);
  };
  // Ordinary tokens decode and render within a frame, so they are shown at once; a huge paste is
  // rendered from a deferred copy so that typing never blocks on it.
  const deferred = useDeferredValue(input);
  const source = input.length > DEFER_ABOVE_CHARS ? deferred : input;
  const recognized = useMemo(() => recognizeInput(source), [source]);
  const notes = recognized.kind === 'token' ? recognized.notes : [];
  const [exampleKey, setExampleKey] = useState<{ token: string; key: string } | null>(null);
  // One clock-skew allowance for the signature checks, the timeline and the diagnosis.
  const [skewMinutes, setSkewMinutes] = useState(5);
  // A fresh example, signed in the page with a throwaway key, so it can be verified offline.
  const onExample = () => {
    import('../core/verify/example-token')
      .then((m) => m.makeExampleToken(Math.floor(Date.now() / 1000)))
      .then(({ token, publicJwk }) => {
        setExampleKey({ token, key: JSON.stringify(publicJwk, null, 2) });
        setInput(token);
      })
      .catch(() => setInput(SEED_SAMPLE_ID_TOKEN));
  };
  return (
    <div className="mx-auto grid max-w-7xl gap-4 p-4">
      <Header />
      <main className="grid gap-4">
        <ClearAddressOffer />
        <TokenInput value={input} onChange={setInput} onExample={onExample} notes={notes} actions={<ShareControls input={input} recognized={recognized} />} />
        <InputResult key={recognized.kind} recognized={recognized} rawInput={source} exampleKey={exampleKey} skewMinutes={skewMinutes} onSkewMinutes={setSkewMinutes} />
      </main>
      <footer className="border-t border-slate-200 pt-3 text-xs text-slate-600 dark:border-slate-700 dark:text-slate-400">{t.footer.privacy}</footer>
    </div>
  );
}

/** The composition root: providers around the explorer (the query cache lives in the lazy verification chunk). */
export function App() {
  return (
    <I18nProvider>
      <Explorer />
    </I18nProvider>
  );
}
