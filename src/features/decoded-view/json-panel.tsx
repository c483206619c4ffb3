import { useMemo, type ReactNode } from 'react';
import { Panel } from '../../components/ui/panel';
import { CopyButton } from '../../components/ui/copy-button';
import { useI18n } from '../../i18n/i18n';
import { prettyJson } from '../../lib/pretty-json';

type Props = { title: ReactNode; copyName: string; value: unknown; titleClass: string; children?: ReactNode };

/** Pretty-printed JSON of a decoded part. Rendered as text only: React escapes every character. */
export function JsonPanel({ title, copyName, value, titleClass, children }: Props) {
  const { t } = useI18n();
  const printed = useMemo(() => prettyJson(value), [value]);
  const pretty = printed ?? t.decoded.tooDeep;
  return (
    <Panel
      title={<span className={titleClass}>{title}</span>}
      actions={<CopyButton text={pretty} label={t.decoded.copyPart(copyName)} copiedLabel={t.decoded.copied} />}
    >
      {children}
      <pre className="max-h-[36rem] overflow-auto rounded bg-slate-50 p-2 text-sm wrap-anywhere whitespace-pre-wrap dark:bg-slate-950">
        {pretty}
      </pre>
    </Panel>
  );
}

/** A part shown as raw text (a non-JSON payload, or the undecodable text of a broken part). */
export function TextPanel({ title, copyName, text, titleClass, children }: Omit<Props, 'value'> & { text: string }) {
  const { t } = useI18n();
  return (
    <Panel
      title={<span className={titleClass}>{title}</span>}
      actions={<CopyButton text={text} label={t.decoded.copyPart(copyName)} copiedLabel={t.decoded.copied} />}
    >
      {children}
      <pre className="max-h-[36rem] overflow-auto rounded bg-slate-50 p-2 text-sm wrap-anywhere whitespace-pre-wrap dark:bg-slate-950">
        {text}
      </pre>
    </Panel>
  );
}
