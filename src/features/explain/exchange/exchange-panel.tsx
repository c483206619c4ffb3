import type { ExchangeFacts } from '../../../core/exchange/recognize-exchange';
import { apiOfHost } from '../../../core/exchange/api-host';
import { useCatalog, useI18n } from '../../../i18n/i18n';
import { catalogLoaders } from '../../../i18n/catalogs';
import { exchangeEn } from '../../../i18n/en/exchange';
import { Panel } from '../../../components/ui/panel';
import { ApiErrorList } from './api-error-list';
import { ChallengeView } from './challenge-view';

const LOADERS = catalogLoaders('exchange');

type Json = Readonly<Record<string, unknown>>;
type Props = { facts: ExchangeFacts; header: Json | null; payload: Json | null; hasSignature: boolean; now: number };

/**
 * What a pasted exchange says about the failing call: request, status, API, the WWW-Authenticate
 * challenge and the API's error messages, each connected to the token when there is one. Only the
 * facts the parsers kept are shown; cookies and other headers are named, never shown.
 */
export function ExchangePanel({ facts, header, payload, hasSignature, now }: Props) {
  const m = useCatalog(LOADERS) ?? exchangeEn;
  const { locale } = useI18n();
  const ex = facts.context;
  const api = apiOfHost(ex.host);
  const row = 'grid grid-cols-[10rem_1fr] gap-2 text-sm';
  return (
    <>
      <Panel title={`${m.heading}: ${m.sources[ex.source]}`}>
        <div className="grid gap-2">
          {ex.url !== null || ex.method !== null ? (
            <p className={row}>
              <span className="font-medium">{m.request}</span>
              <code className="font-mono text-xs break-all">{[ex.method, ex.url].filter(Boolean).join(' ')}</code>
            </p>
          ) : null}
          {ex.status !== null ? (
            <p className={row}>
              <span className="font-medium">{m.status}</span>
              <span>{ex.status}</span>
            </p>
          ) : null}
          {api && ex.host ? (
            <p className={row}>
              <span className="font-medium">{m.api}</span>
              <span>
                {ex.host} ({api.resource ?? m.apiNames[api.api]}){' '}
                <span className="text-xs text-slate-600 dark:text-slate-400">{m.apiHint}</span>
              </span>
            </p>
          ) : null}
          {ex.scheme !== null ? (
            <p className={row}>
              <span className="font-medium">{m.scheme}</span>
              <span className="font-mono">{ex.scheme}</span>
            </p>
          ) : null}
          {ex.scheme?.toLowerCase() === 'basic' ? <p className="text-sm">{m.basic}</p> : null}
          {ex.dpopProof !== null ? <p className="text-sm">{m.dpop}</p> : null}
          {ex.credentialVariable !== null ? <p className="text-sm font-medium">{m.variable(ex.credentialVariable)}</p> : null}
          {ex.source !== 'www-authenticate' && ex.source !== 'api-error' && ex.scheme === null && ex.credentialVariable === null ? (
            <p className="text-sm">{m.noToken}</p>
          ) : null}
          {ex.wwwAuthenticate !== null ? (
            <div className="grid gap-1">
              <h3 className="text-sm font-semibold">{m.challenge}</h3>
              <ChallengeView value={ex.wwwAuthenticate} m={m} />
            </div>
          ) : null}
          {ex.responseBody !== null && facts.apiErrors.length === 0 ? (
            <details className="text-sm">
              <summary className="cursor-pointer">{m.body}</summary>
              <pre className="mt-1 max-h-64 overflow-auto rounded bg-slate-50 p-2 text-xs whitespace-pre-wrap dark:bg-slate-800">
                {ex.responseBody}
              </pre>
            </details>
          ) : null}
          {ex.omittedHeaders.length > 0 ? (
            <p className="text-xs text-slate-600 dark:text-slate-400">{m.omitted(ex.omittedHeaders.join(', '))}</p>
          ) : null}
        </div>
      </Panel>
      {facts.apiErrors.length > 0 ? (
        <Panel title={m.errorsHeading}>
          <ApiErrorList
            errors={facts.apiErrors}
            header={header}
            payload={payload}
            hasSignature={hasSignature}
            now={now}
            locale={locale}
            m={m}
          />
        </Panel>
      ) : null}
    </>
  );
}
