import { Suspense, useDeferredValue, useEffect, useMemo } from 'react';
import { recognizeInput } from '../core/token/recognize';
import { shareableInput } from '../core/exchange/share-input';
import { SEED_SAMPLE_ID_TOKEN } from '../core/samples/seed-id-token';
import { I18nProvider, useI18n } from '../i18n/i18n';
import { TokenInput } from '../features/token-input/token-input';
import { ShareControls } from '../features/deep-link/share-controls';
import { ClearAddressOffer } from '../features/deep-link/clear-address-offer';
import { ErrorBoundary } from '../components/ui/error-boundary';
import { markFirstPaint } from '../components/ui/staged';
import { openInExplorer, setExplorerInput, useSessionField } from '../lib/session';
import { Header } from './header';
import { InputResult } from './input-result';
import { initSessionFromLocation, useLocationRoute } from './use-location-route';
import { ViewNav } from './view-nav';
import { TokenResponseSlot } from '../lib/token-response-slot';
import { TokenResponseResult } from './token-response-result';
import { LAZY_VIEWS } from './views';
import { markInput } from './perf';
import { LazyHar } from './lazy-har';
import { recognizeHarEntry } from '../core/exchange/har-entry';

const DEFER_ABOVE_CHARS = 64 * 1024;

function setInput(v: string) {
  markInput();
  setExplorerInput(v);
}

// A fresh example, signed in the page with a throwaway key, so it can be verified offline.
function onExample() {
  import('../core/verify/example-token')
    .then((m) => m.makeExampleToken(Math.floor(Date.now() / 1000)))
    .then(({ token, publicJwk }) => {
      markInput();
      openInExplorer({ token, key: JSON.stringify(publicJwk, null, 2) });
    })
    .catch(() => setInput(SEED_SAMPLE_ID_TOKEN));
}

function Explorer() {
  const input = useSessionField('explorerInput');
  // Ordinary tokens decode and render within a frame, so they are shown at once; a huge paste is
  // rendered from a deferred copy so that typing never blocks on it.
  const deferred = useDeferredValue(input);
  const source = input.length > DEFER_ABOVE_CHARS ? deferred : input;
  const recognized = useMemo(() => recognizeInput(source), [source]);
  const notes = recognized.kind === 'token' ? recognized.notes : [];
  return (
    <>
      <ClearAddressOffer />
      <TokenInput
        value={input}
        onChange={setInput}
        onExample={onExample}
        notes={notes}
        actions={<ShareControls input={shareableInput(recognized, input)} recognized={recognized} />}
      />
      <InputResult key={recognized.kind} recognized={recognized} rawInput={source} />
      <LazyHar
        pasted={recognized.kind === 'har' ? source : null}
        renderEntry={(entry) => (
          <InputResult key={entry.index} recognized={recognizeHarEntry(entry)} rawInput={entry.exchange.responseBody ?? ''} />
        )}
      />
    </>
  );
}

/** The current view: the explorer is in the initial chunk; every other view loads on first visit. */
function CurrentView() {
  const { t } = useI18n();
  const view = useSessionField('view');
  if (view === 'inspect') return <Explorer />;
  const View = LAZY_VIEWS[view];
  return (
    <ErrorBoundary
      fallback={(_e, retry) => (
        <div role="alert" className="grid justify-items-start gap-2 text-sm">
          <p>{t.views.failed}</p>
          <button type="button" className="rounded border border-slate-300 px-3 py-1 dark:border-slate-600" onClick={retry}>
            {t.views.retry}
          </button>
        </div>
      )}
    >
      <Suspense fallback={<p className="text-sm text-slate-600 dark:text-slate-400">{t.views.loading}</p>}>
        <View />
      </Suspense>
    </ErrorBoundary>
  );
}

function Page() {
  const { t } = useI18n();
  useLocationRoute();
  return (
    <div className="mx-auto grid max-w-7xl gap-4 p-4">
      <Header />
      <ViewNav />
      <main className="grid gap-4">
        <CurrentView />
      </main>
      <footer className="border-t border-slate-200 pt-3 text-xs text-slate-600 dark:border-slate-700 dark:text-slate-400">
        {t.footer.privacy}
      </footer>
    </div>
  );
}

initSessionFromLocation();

/** The composition root: providers around the page (the query cache lives in the lazy verification chunk). */
export function App() {
  useEffect(markFirstPaint, []);
  return (
    <I18nProvider>
      <TokenResponseSlot value={TokenResponseResult}>
        <Page />
      </TokenResponseSlot>
    </I18nProvider>
  );
}
