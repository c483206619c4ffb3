import { Panel } from '../../components/ui/panel';
import { useI18n } from '../../i18n/i18n';
import type { JweToken } from '../../core/token/types';
import { EncodedToken } from './encoded-token';
import { JsonPanel } from './json-panel';
import { SEGMENT_CLASS } from './segment-colors';

/** A JWE: the protected header, what the other parts are, and why the content cannot be read. */
export function JweView({ token }: { token: JweToken }) {
  const { t } = useI18n();
  const l = token.lengths;
  const rows: [string, number | null][] = [
    [t.parts.encrypted_key, l.encryptedKey],
    [t.parts.iv, l.iv],
    [t.parts.ciphertext, l.ciphertext],
    [t.parts.tag, l.tag],
  ];
  return (
    <div className="grid gap-3 lg:grid-cols-2">
      <EncodedToken compact={token.compact} />
      <div className="grid content-start gap-3">
        <Panel title={t.decoded.jwe.title}>
          <p className="text-sm">{t.decoded.jwe.unreadable}</p>
          {token.nested ? <p className="mt-2 text-sm">{t.decoded.jwe.nested}</p> : null}
        </Panel>
        {token.header.ok ? (
          <JsonPanel title={t.decoded.jwe.header} copyName={t.parts.header} value={token.header.value} titleClass={SEGMENT_CLASS.header} />
        ) : null}
        <Panel title={t.decoded.jwe.parts}>
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
            {rows.map(([name, n]) => (
              <div key={name} className="contents">
                <dt className="text-slate-600 dark:text-slate-400">{name}</dt>
                <dd>{n === null ? t.decoded.jwe.none : t.decoded.bytes(n)}</dd>
              </div>
            ))}
          </dl>
        </Panel>
      </div>
    </div>
  );
}
