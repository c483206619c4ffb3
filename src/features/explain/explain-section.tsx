import { useMemo } from 'react';
import type { Recognized } from '../../core/token/recognize';
import type { AnalyzedToken } from '../../core/token/types';
import { analyzeAt, describeToken, lintInputOf } from '../../core/analysis/analyze';
import { useSessionField } from '../../lib/session';
import { extractAadstsCodes } from '../../core/aadsts/extract-aadsts-codes';
import { aadstsLookupHost } from '../../core/aadsts/lookup-host';
import { useCatalog } from '../../i18n/i18n';
import { explainEn } from '../../i18n/en/explain';
import { Panel } from '../../components/ui/panel';
import { Staged } from '../../components/ui/staged';
import { TokenSummary } from './token-summary/token-summary';
import { ClaimsTable } from './claims-table/claims-table';
import { HeaderTable } from './claims-table/header-table';
import { LifetimePanel } from './timeline/lifetime-panel';
import { useNow } from '../../lib/use-now';
import { DiagnosisPanel } from './diagnosis/diagnosis-panel';
import { IdpErrors } from './idp-errors/idp-errors';
import { SecurityPanel } from './security-lint/security-panel';
import { catalogLoaders } from '../../i18n/catalogs';
import { ExchangePanel } from './exchange/exchange-panel';
import { diagnosisStart } from '../../core/exchange/api-host';

export type ExplainProps = { recognized: Recognized; rawInput: string; token: AnalyzedToken | null };

const LOADERS = catalogLoaders('explain');

/** The raw input plus the codes of a parsed error response, so a code is found however it arrived. */
function errorText(recognized: Recognized, rawInput: string): string {
  if (recognized.kind !== 'bundle' || recognized.error === null) return rawInput;
  return `${rawInput}\n${recognized.error.codes.map((c) => `AADSTS${c}`).join(' ')}`;
}

/**
 * Entry of the lazily loaded "explain" chunk: token classification, claims table, lifetime
 * timeline, 401/403 diagnosis, identity-platform error codes and the token security lint. Each part shows only when it
 * applies: claims need a JSON payload, the header table a readable header, errors an AADSTS code.
 */
export default function ExplainSection({ recognized, rawInput, token }: ExplainProps) {
  const m = useCatalog(LOADERS) ?? explainEn;
  const now = useNow();
  const skewMinutes = useSessionField('skewMinutes');
  // One analysis per token: read once, judged at the page's one clock and the session's one skew.
  const description = useMemo(() => describeToken(token), [token]);
  const analysis = useMemo(() => analyzeAt(description, { now, skewSeconds: skewMinutes * 60 }), [description, now, skewMinutes]);
  const { header, payload, classification, lifetime } = analysis;
  // The lookup link follows the token's cloud (China has its own error page host).
  const codes = useMemo(() => {
    const text = errorText(recognized, rawInput);
    return extractAadstsCodes(text, aadstsLookupHost(payload?.['iss'], text));
  }, [recognized, rawInput, payload]);
  // A pasted exchange (HTTP text, curl, HAR entry, API error message) brings the call's context.
  const exchange = 'exchange' in recognized ? recognized.exchange : undefined;
  const hasSignature = token?.format === 'jws' && token.signature.ok && token.signature.bytes.length > 0;
  const u = m.ui;
  // Each panel is built only when its own inputs change (the clock's tick reaches only the panels
  // that show time), and mounts in its own frame the first time (Staged), so no single task builds
  // the whole section. React skips an element that is the same object as in the last render.
  const summary = useMemo(() => (classification ? <TokenSummary classification={classification} m={m} /> : null), [classification, m]);
  const errors = useMemo(
    () =>
      codes.length > 0 ? (
        <Panel title={u.errors.heading}>
          <IdpErrors codes={codes} m={m} />
        </Panel>
      ) : null,
    [codes, m, u],
  );
  const claims = useMemo(
    () =>
      payload ? (
        <Panel title={u.claims.heading}>
          <ClaimsTable payload={payload} classification={classification} now={now} m={m} />
        </Panel>
      ) : null,
    [payload, classification, now, m, u],
  );
  const headers = useMemo(
    () =>
      header ? (
        <Panel title={u.headers.heading}>
          <HeaderTable header={header} m={m} />
        </Panel>
      ) : null,
    [header, m, u],
  );
  const timeline = useMemo(
    () =>
      lifetime ? (
        <Panel title={u.timeline.heading}>
          <LifetimePanel evaluation={lifetime} now={now} skewSeconds={skewMinutes * 60} m={m} />
        </Panel>
      ) : null,
    [lifetime, now, skewMinutes, m, u],
  );
  const diagnosis = useMemo(
    () =>
      payload && header ? (
        <Panel title={u.diagnosis.heading}>
          <DiagnosisPanel
            key={exchange ? JSON.stringify(diagnosisStart(exchange.context)) : ''}
            initial={exchange ? diagnosisStart(exchange.context) : undefined}
            analysis={analysis}
            m={m}
          />
        </Panel>
      ) : null,
    [payload, header, exchange, analysis, m, u],
  );
  // The lint judges the lifetime's length, never the time: a tick does not reach it.
  const { lifetimeSeconds } = lintInputOf(analysis);
  const security = useMemo(
    () =>
      token?.format === 'jws' && header ? <SecurityPanel token={token} analysis={description} lifetimeSeconds={lifetimeSeconds} /> : null,
    [token, header, description, lifetimeSeconds],
  );

  if (header === null && payload === null && codes.length === 0 && !exchange) return null;
  return (
    <section aria-label={u.title} className="grid gap-3">
      {summary}
      {exchange ? <ExchangePanel facts={exchange} header={header} payload={payload} hasSignature={hasSignature} now={now} /> : null}
      {errors ? <Staged>{errors}</Staged> : null}
      {claims ? <Staged>{claims}</Staged> : null}
      {headers ? <Staged>{headers}</Staged> : null}
      {timeline ? <Staged>{timeline}</Staged> : null}
      {diagnosis ? <Staged>{diagnosis}</Staged> : null}
      {security ? <Staged>{security}</Staged> : null}
    </section>
  );
}
