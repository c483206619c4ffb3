import { Panel } from '../../components/ui/panel';
import { useI18n } from '../../i18n/i18n';
import type { OpaqueToken } from '../../core/token/types';

/** An opaque token: what it probably is, and that only its issuer can read it. */
export function OpaqueView({ token }: { token: OpaqueToken }) {
  const { t } = useI18n();
  return (
    <Panel title={t.opaque.title}>
      <p className="text-sm">{t.opaque.kinds[token.kind]}</p>
      <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">{t.opaque.detail(token.length)}</p>
    </Panel>
  );
}
