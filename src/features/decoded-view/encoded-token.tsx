import { Panel } from '../../components/ui/panel';
import { CopyButton } from '../../components/ui/copy-button';
import { useI18n } from '../../i18n/i18n';
import { SEGMENT_CLASS, segmentColor } from './segment-colors';
import { useFirstFrameLength } from '../../components/ui/staged';

/** The compact token, each segment in its own color (with a text legend, so color is not the only cue). */
export function EncodedToken({ compact }: { compact: string }) {
  const { t } = useI18n();
  // A long token's tail is laid out a frame later (decision 041); the copy button always copies all of it.
  const shown = compact.slice(0, useFirstFrameLength(compact));
  const count = compact.split('.').length;
  const segments = shown.split('.');
  return (
    <Panel title={t.decoded.encoded} actions={<CopyButton text={compact} label={t.decoded.copy} copiedLabel={t.decoded.copied} />}>
      <p className="mb-2 text-xs text-slate-600 dark:text-slate-400">{t.decoded.segmentLegend}</p>
      <pre className="max-h-[32rem] overflow-auto text-sm leading-relaxed break-all whitespace-pre-wrap">
        {segments.map((s, i) => (
          <span key={i}>
            {i > 0 ? <span className="text-slate-500">.</span> : null}
            <span className={SEGMENT_CLASS[segmentColor(i, count)]}>{s}</span>
          </span>
        ))}
        {shown.length < compact.length ? <span className="text-slate-500">…</span> : null}
      </pre>
    </Panel>
  );
}
