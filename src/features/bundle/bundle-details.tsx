import { Panel } from '../../components/ui/panel';
import type { BundleSource, OAuthError } from '../../core/token/recognize';
import type { Param } from '../../core/token/oauth-params';
import { useI18n } from '../../i18n/i18n';
import { SafeLink } from '../../components/ui/safe-link';

type Props = { source: BundleSource; params: Param[]; error: OAuthError | null };

/** The non-token parts of a response: the error (if any) and the other parameters, as text. */
export function BundleDetails({ source, params, error }: Props) {
  const { t } = useI18n();
  return (
    <div className="grid gap-3">
      {error ? (
        <Panel title={t.bundle.error}>
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
            <dt className="font-medium">{t.bundle.errorCode}</dt>
            <dd className="font-mono break-all">{error.error}</dd>
            {error.description ? (
              <>
                <dt className="font-medium">{t.bundle.errorDescription}</dt>
                <dd className="wrap-anywhere whitespace-pre-wrap">{error.description}</dd>
              </>
            ) : null}
            {error.uri ? (
              <>
                <dt className="font-medium">{t.bundle.errorUri}</dt>
                <dd className="break-all">
                  <SafeLink href={error.uri} />
                </dd>
              </>
            ) : null}
          </dl>
        </Panel>
      ) : null}
      {params.length > 0 ? (
        <Panel title={`${t.bundle.params} · ${t.bundle.sources[source]}`}>
          <table className="w-full text-left text-sm">
            <thead>
              <tr>
                <th scope="col" className="pr-4 font-medium">
                  {t.bundle.name}
                </th>
                <th scope="col" className="font-medium">
                  {t.bundle.value}
                </th>
              </tr>
            </thead>
            <tbody>
              {params.map((p, i) => (
                <tr key={`${p.name}-${i}`} className="align-top">
                  <td className="pr-4 font-mono break-all">{p.name}</td>
                  <td className="font-mono break-all">{p.value}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Panel>
      ) : null}
    </div>
  );
}
