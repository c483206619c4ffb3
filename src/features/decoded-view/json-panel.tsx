import { useMemo, type ReactNode } from 'react';
import { Panel } from '../../components/ui/panel';
import { CopyButton } from '../../components/ui/copy-button';
import { useI18n } from '../../i18n/i18n';
import { prettyJson } from '../../lib/pretty-json';
import { useFirstFrameLength } from '../../components/ui/staged';

const pre = 'max-h-[36rem] overflow-auto rounded bg-slate-50 p-2 text-sm wrap-anywhere whitespace-pre-wrap dark:bg-slate-950';

/** Long text, its tail laid out a frame after its head (decision 041), with a visible mark until then. */
function PartText({ text }: { text: string }) {
  const length = useFirstFrameLength(text);
  return <pre className={pre}>{length < text.length ? `${text.slice(0, length)}…` : text}</pre>;
}

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
      <PartText text={pretty} />
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
      <PartText text={text} />
    </Panel>
  );
}
