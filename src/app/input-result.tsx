import { useDeferredValue, useEffect, useId, useMemo, useState } from 'react';
import type { LabelledToken, Recognized } from '../core/token/recognize';
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
import { LazyVerification, preloadVerification } from './lazy-verification';
import { LazyExplain } from './lazy-explain';
import { LazyJweDecrypt } from './lazy-jwe-decrypt';
import { recognizeInput } from '../core/token/recognize';
import { companionsOf } from '../features/verification/companions';
import { Staged } from '../components/ui/staged';
import type { VerificationPresets } from '../features/verification/verification-section';
import type { TokenExpectations } from '../core/flow/expectations';

/** What a page-run sign-in expects of the selected token: the chosen issuer for all, client ID and nonce for the ID token. */
function presetsFor(expectations: TokenExpectations | null, role: LabelledToken['role'] | null): VerificationPresets {
  if (expectations === null) return {};
  if (role !== 'id_token') return { metadataUrl: expectations.metadataUrl };
  return {
    metadataUrl: expectations.metadataUrl,
    audience: expectations.clientId,
    ...(expectations.nonce === null ? {} : { nonce: expectations.nonce }),
  };
}

/** A token found inside another (a decrypted JWE's nested JWT), shown like any input; analysed once per text. */
function InnerResult({ compact }: { compact: string }) {
  const recognized = useMemo(() => recognizeInput(compact), [compact]);
  return <InputResult recognized={recognized} rawInput={compact} />;
}

/** Everything shown below the input for one recognised input. */
type Props = { recognized: Recognized; rawInput: string; expectations?: TokenExpectations | null };

export function InputResult({ recognized, rawInput, expectations = null }: Props) {
  const { t } = useI18n();
  const [selected, setSelected] = useState(0);
  const panelId = useId();
  const tokens = recognized.kind === 'bundle' ? recognized.tokens : [];
  const token: AnalyzedToken | null =
    recognized.kind === 'token' ? recognized.token : (tokens[Math.min(selected, tokens.length - 1)]?.token ?? null);
  const problems = problemsFor(recognized, token, t);
  const role = recognized.kind === 'bundle' ? (tokens[Math.min(selected, tokens.length - 1)]?.role ?? null) : null;
  const companions = companionsOf(recognized);
  if (expectations?.code && role === 'id_token' && companions.code === undefined) companions.code = expectations.code;
  // The explanations sit below the fold: a new token renders them from a deferred copy (after the
  // verdict and the decoded view, in interruptible slices), and the first time only after a paint.
  const explain = useMemo(() => ({ recognized, rawInput, token }), [recognized, rawInput, token]);
  const deferredExplain = useDeferredValue(explain);

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
            // On the first load the verification chunk is requested only after the decoded view has
            // painted (fetching it earlier delays that paint on a slow phone, decision 041), and the
            // verdict swaps in once the chunk is there, so the decoded view is not rebuilt twice.
            <Staged
              onlyFirstPaint
              until={preloadVerification}
              fallback={
                <>
                  <StructuralVerdict token={token} />
                  <TokenView token={token} />
                </>
              }
            >
              <LazyVerification
                token={token}
                companions={companions}
                presets={presetsFor(expectations, role)}
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
            </Staged>
          ) : (
            <>
              <StructuralVerdict token={token} />
              <TokenView token={token} />
              {token.format === 'jwe' ? (
                <LazyJweDecrypt compact={token.compact} renderInner={(inner) => <InnerResult compact={inner} />} />
              ) : null}
            </>
          )}
        </div>
      ) : null}
      {deferredExplain.recognized.kind !== 'empty' ? (
        <Staged>
          <LazyExplain {...deferredExplain} />
        </Staged>
      ) : null}
      {recognized.kind === 'bundle' ? (
        <BundleDetails source={recognized.source} params={recognized.params} error={recognized.error} />
      ) : null}
    </div>
  );
}
