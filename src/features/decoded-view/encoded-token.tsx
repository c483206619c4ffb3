import { Panel } from '../../components/ui/panel';
import { CopyButton } from '../../components/ui/copy-button';
import { useI18n } from '../../i18n/i18n';
import { SEGMENT_CLASS, segmentColor } from './segment-colors';
import { useValueAfterPaint } from '../../components/ui/staged';

/**
 * How much of a new token the first frame lays out: more than the panel shows before scrolling.
 * The rest follows after that frame is painted, so a 16 KB paste does not pay for wrapping all of it
 * before the verdict and the decoded claims appear (decision 041).
 */
export const FIRST_FRAME_CHARS = 4096;

/** The compact token, each segment in its own color (with a text legend, so color is not the only cue). */
export function EncodedToken({ compact }: { compact: string }) {
  const { t } = useI18n();
  const settled = useValueAfterPaint(compact);
  const shown = settled === compact || compact.length <= FIRST_FRAME_CHARS ? compact : compact.slice(0, FIRST_FRAME_CHARS);
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
