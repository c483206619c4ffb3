import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useOfflineMode } from '../../lib/offline-mode';
import type { JwsToken } from '../../core/token/types';
import { useCatalog, useI18n } from '../../i18n/i18n';
import { verifyEn } from '../../i18n/en/verify';
import { Panel } from '../../components/ui/panel';
import { planKeys, type SecretEncoding } from './key-plan';
import { useKeySet } from './use-key-set';
import { useSignature } from './use-verification';
import { setLastVerification, useSessionField } from '../../lib/session';
import { verdictWord } from './verdict-word';
import { keyProblemText } from './problem-text';
import { Verdict } from './verdict';
import { verificationSummary } from './verification-summary';
import { KeyDetails } from './key-details';
import { KeyControls } from './key-controls';
import { CheckOptions } from './check-options';
import { LiveClaimChecks } from './live-claim-checks';
import { Staged } from '../../components/ui/staged';
import { classifyToken } from '../../core/claims/classify';
import { isDpopProof } from '../../core/pop/pop-checks';
import type { Companions } from './companions';
import { catalogLoaders } from '../../i18n/catalogs';

const LOADERS = catalogLoaders('verify');
const EMPTY: Readonly<Record<string, unknown>> = {};

/**
 * Expectations set by whoever obtained the token (the "Get a token" view): the metadata URL of the
 * issuer the person chose (placed in "JWKS or discovery URL", so it is fetched without asking: the
 * person picked it), and the audience and nonce to compare when those fields are left empty.
 */
export type VerificationPresets = { metadataUrl?: string; audience?: string; nonce?: string };
type Props = { token: JwsToken; companions: Companions; presets?: VerificationPresets; children?: ReactNode };

/**
 * Signature verification and claim checks for one JWS, with every step shown; `children` (the decoded
 * view) sit between the verdict and the key controls. The skew, the clock and a preset key come from
 * the session; the outcome is published there for the other panels (the security lint).
 */
export function VerificationSection({ token, companions, presets = {}, children }: Props) {
  const v = useCatalog(LOADERS) ?? verifyEn;
  const { t } = useI18n();
  const presetKey = useSessionField('presetKey');
  const skewMinutes = useSessionField('skewMinutes');
  const exampleKey = presetKey?.token === token.compact ? presetKey.key : null;
  const [keyText, setKeyText] = useState('');
  // A key preset for this token (the example, "Open in explorer") is placed in the box once, on arrival.
  const [appliedPreset, setAppliedPreset] = useState<string | null>(null);
  if (exampleKey !== null && exampleKey !== appliedPreset) {
    setAppliedPreset(exampleKey);
    setKeyText(exampleKey);
  }
  const [encoding, setEncoding] = useState<SecretEncoding>('text');
  // A preset metadata URL (the issuer the person signed in with) is shown in the URL field, so the keys come from a URL on the page.
  const [url, setUrl] = useState(presets.metadataUrl ?? '');
  const [approved, setApproved] = useState<ReadonlySet<string>>(new Set());
  const [expected, setExpected] = useState({ audience: '', clientId: '', nonce: '' });
  const offline = useOfflineMode();
  const queryClient = useQueryClient();
  // Fetches refused while offline mode was on are retried once it is turned off.
  useEffect(() => {
    if (!offline) void queryClient.invalidateQueries({ predicate: (q) => q.state.status === 'error' });
  }, [offline, queryClient]);

  const header = token.header.ok ? token.header.value : EMPTY;
  const payload = token.payload.ok && token.payload.kind === 'json' ? token.payload.value : null;
  const tokenKind = useMemo(() => (payload ? classifyToken(header, payload).kind : null), [header, payload]);
  const plan = useMemo(() => planKeys({ keyText, encoding, url, payload }), [keyText, encoding, url, payload]);
  const keySet = useKeySet(plan, payload ?? EMPTY, plan.kind === 'discovery' && approved.has(plan.host));
  const { result, refetched } = useSignature(token, keySet);
  const expectedAudience = expected.audience.trim() || presets.audience;
  const expectedClientId = expected.clientId.trim();
  const expectedNonce = expected.nonce.trim() || presets.nonce;
  const expectedIssuer = keySet.issuerCheck?.expected;
  const skewSeconds = skewMinutes * 60;
  // The expectations for the claim checks, one object while none of them changes (the clock is read below, in LiveClaimChecks).
  const context = useMemo(
    () => ({
      skewSeconds,
      ...(expectedIssuer === undefined ? {} : { expectedIssuer }),
      ...(expectedAudience ? { expectedAudience } : {}),
      ...(expectedClientId ? { expectedClientId } : {}),
      ...(expectedNonce ? { expectedNonce } : {}),
      ...(tokenKind ? { tokenKind } : {}),
      ...(companions.accessToken === undefined ? {} : { accessToken: companions.accessToken }),
      ...(companions.code === undefined ? {} : { code: companions.code }),
    }),
    [skewSeconds, expectedIssuer, expectedAudience, expectedClientId, expectedNonce, tokenKind, companions.accessToken, companions.code],
  );
  const isProof = companions.pop !== undefined && companions.pop.proof === token.compact;

  // The outcome (never the key itself) goes to the session, where the security lint reads it.
  const summary = useMemo(
    () => verificationSummary(token.compact, result, plan.kind === 'discovery', keySet.keys),
    [token.compact, result, plan.kind, keySet.keys],
  );
  useEffect(() => {
    setLastVerification(token.compact, summary);
  }, [token.compact, summary]);

  const lines: string[] = [];
  if (result?.transform === 'ms-graph-nonce') lines.push(v.graph);
  if (isProof || (!companions.pop && isDpopProof(header))) lines.push(v.popProof);
  if (token.segments[2] === '') lines.push(t.share.sharedWithoutSignature);
  if (!result) {
    if (plan.kind === 'url-error') lines.push(v.urlErrors[plan.error]);
    else if (keySet.status === 'idle') lines.push(v.pending.noKey);
    else if (keySet.status === 'awaiting-approval' && plan.kind === 'discovery') lines.push(v.pending.approve(plan.host));
    else if (keySet.status === 'error' && keySet.problem) lines.push(keyProblemText(keySet.problem, v));
    else if (keySet.loadingUrl) lines.push(v.pending.fetching(keySet.loadingUrl));
    else if (keySet.status === 'ready') lines.push(v.pending.verifying);
  }
  if (keySet.issuerCheck && !keySet.issuerCheck.match)
    lines.push(`${v.issuer[keySet.issuerCheck.code]} (${keySet.issuerCheck.expected} ≠ ${keySet.issuerCheck.actual ?? '-'})`);
  const sourceLabel = plan.kind === 'pasted' ? v.keySource.pasted : (keySet.jwksUrl ?? '');

  return (
    <section aria-label={v.title} className="grid gap-3">
      <Verdict word={verdictWord(result)} lines={result ? [v.reasons[result.reason], ...lines] : lines} />
      {keySet.status === 'awaiting-approval' && plan.kind === 'discovery' ? (
        <div>
          <button
            type="button"
            className="rounded bg-blue-700 px-3 py-1 text-sm font-medium text-white hover:bg-blue-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600"
            onClick={() => setApproved(new Set([...approved, plan.host]))}
          >
            {v.keySource.fetchFrom(plan.host)}
          </button>
        </div>
      ) : null}
      {children}
      <div className="grid gap-3 lg:grid-cols-3">
        <Panel title={v.keySource.heading} className="lg:col-span-2">
          <KeyControls
            v={v}
            keyText={keyText}
            onKeyText={setKeyText}
            encoding={encoding}
            onEncoding={setEncoding}
            url={url}
            onUrl={setUrl}
          />
          {keySet.warnings.map((w, i) => (
            <p key={i} className="mt-2 text-sm text-amber-800 dark:text-amber-300">
              {v.keyWarnings[w.code]}
              {w.index === undefined ? '' : ` (#${w.index + 1})`}
            </p>
          ))}
          {result ? (
            <div className="mt-3 border-t border-slate-200 pt-2 dark:border-slate-700">
              <h3 className="mb-1 text-sm font-semibold">{v.keyUsed.heading}</h3>
              <KeyDetails v={v} result={result} sourceLabel={sourceLabel} refetched={refetched} />
            </div>
          ) : null}
        </Panel>
        <Panel title={v.options.heading}>
          <CheckOptions v={v} value={expected} onChange={setExpected} />
        </Panel>
      </div>
      {payload ? (
        // Below the fold: on a first load it mounts after the verdict and the decoded view are painted.
        <Staged>
          <LiveClaimChecks v={v} token={token} header={header} payload={payload} context={context} pop={companions.pop} />
        </Staged>
      ) : null}
    </section>
  );
}
