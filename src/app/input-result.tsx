import { useEffect, useId, useState } from 'react';
import type { Recognized } from '../core/token/recognize';
import type { AnalyzedToken } from '../core/token/types';
import { useI18n } from '../i18n/i18n';
import { problemsFor } from '../features/token-input/problems';
import { ProblemsAlert } from '../features/token-input/problems-alert';
import { BundleTabs } from '../features/bundle/bundle-tabs';
import { BundleDetails } from '../features/bundle/bundle-details';
import { TokenView } from '../features/decoded-view/token-view';
import { RecognizedNote } from '../features/decoded-view/recognized-note';
import { StructuralVerdict } from '../features/verification/verdict';
import { markPainted } from './perf';
import { LazyVerification } from './lazy-verification';
import { LazyExplain } from './lazy-explain';
import { companionsOf } from '../features/verification/companions';

/** Everything shown below the input for one recognised input. */
type Props = { recognized: Recognized; rawInput: string };

export function InputResult({ recognized, rawInput }: Props) {
  const { t } = useI18n();
  const [selected, setSelected] = useState(0);
  const panelId = useId();
  const tokens = recognized.kind === 'bundle' ? recognized.tokens : [];
  const token: AnalyzedToken | null =
    recognized.kind === 'token' ? recognized.token : (tokens[Math.min(selected, tokens.length - 1)]?.token ?? null);
  const problems = problemsFor(recognized, token, t);

  useEffect(() => {
    markPainted();
  }, [recognized]);

  return (
    <div className="grid gap-3">
      <ProblemsAlert problems={problems} />
      <RecognizedNote recognized={recognized} />
      {recognized.kind === 'bundle' && tokens.length > 0 ? (
        <BundleTabs tokens={tokens} selected={Math.min(selected, tokens.length - 1)} onSelect={setSelected} panelId={panelId} />
      ) : null}
      {token ? (
        <div id={panelId} role={recognized.kind === 'bundle' ? 'tabpanel' : undefined} className="grid gap-3">
          {token.format === 'jws' && !token.unsecured && token.header.ok ? (
            <LazyVerification
              token={token}
              companions={companionsOf(recognized)}
              fallback={
                <>
                  <StructuralVerdict token={token} />
                  <TokenView token={token} />
                </>
              }
              failed={(retry) => (
                <>
                  <StructuralVerdict token={token} />
                  <TokenView token={token} />
                  <p className="text-sm">
                    {t.verdict.unavailable}{' '}
                    <button type="button" onClick={retry} className="underline">
                      {t.verdict.retry}
                    </button>
                  </p>
                </>
              )}
            >
              <TokenView token={token} />
            </LazyVerification>
          ) : (
            <>
              <StructuralVerdict token={token} />
              <TokenView token={token} />
            </>
          )}
        </div>
      ) : null}
      {recognized.kind !== 'empty' ? <LazyExplain recognized={recognized} rawInput={rawInput} token={token} /> : null}
      {recognized.kind === 'bundle' ? <BundleDetails source={recognized.source} params={recognized.params} error={recognized.error} /> : null}
    </div>
  );
}
