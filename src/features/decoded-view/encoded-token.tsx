import { Panel } from '../../components/ui/panel';
import { CopyButton } from '../../components/ui/copy-button';
import { useI18n } from '../../i18n/i18n';
import { SEGMENT_CLASS, segmentColor } from './segment-colors';

/** The compact token, each segment in its own color (with a text legend, so color is not the only cue). */
export function EncodedToken({ compact }: { compact: string }) {
  const { t } = useI18n();
  const segments = compact.split('.');
  return (
    <Panel title={t.decoded.encoded} actions={<CopyButton text={compact} label={t.decoded.copy} copiedLabel={t.decoded.copied} />}>
      <p className="mb-2 text-xs text-slate-600 dark:text-slate-400">{t.decoded.segmentLegend}</p>
      <pre className="max-h-[32rem] overflow-auto text-sm leading-relaxed break-all whitespace-pre-wrap">
        {segments.map((s, i) => (
          <span key={i}>
            {i > 0 ? <span className="text-slate-500">.</span> : null}
            <span className={SEGMENT_CLASS[segmentColor(i, segments.length)]}>{s}</span>
          </span>
        ))}
      </pre>
    </Panel>
  );
}
