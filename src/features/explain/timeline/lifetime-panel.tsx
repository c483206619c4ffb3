import { SkewControl } from '../../../components/ui/skew-control';
import type { LifetimeEvaluation } from '../../../core/claims/lifetime';
import type { ExplainMessages, TimeMarker } from '../../../i18n/en/explain';
import { lifetimeWords, type LifetimeTone } from './lifetime-words';
import { timelineScale } from './timeline-scale';
import { TimelineSvg } from './timeline-svg';

type Props = {
  evaluation: LifetimeEvaluation;
  now: number;
  skewSeconds: number;
  m: ExplainMessages;
};

const TONE: Record<LifetimeTone, { mark: string; className: string }> = {
  ok: { mark: '✓', className: 'text-emerald-800 dark:text-emerald-300' },
  bad: { mark: '✗', className: 'text-red-800 dark:text-red-300' },
  warn: { mark: '!', className: 'text-amber-800 dark:text-amber-300' },
  neutral: { mark: '', className: '' },
};

/** The lifetime: the state in words, the drawn timeline, and the same instants listed as text. */
export function LifetimePanel({ evaluation: ev, now, skewSeconds, m }: Props) {
  const t = m.ui.timeline;
  const words = lifetimeWords(ev, skewSeconds, m);
  const times = ev.state === 'invalid-times' ? {} : { iat: ev.iat, nbf: ev.nbf, authTime: ev.authTime, exp: ev.exp };
  const scale = timelineScale(definedOnly(times), now, skewSeconds);
  const tone = TONE[words.tone];
  const instants: [TimeMarker, number | undefined][] = [
    ['iat', times.iat],
    ['nbf', times.nbf],
    ['auth_time', times.authTime],
    ['exp', times.exp],
    ['now', now],
  ];
  return (
    <div className="grid gap-2">
      <p className={`text-base font-semibold ${tone.className}`}>
        {tone.mark ? <span aria-hidden="true">{tone.mark} </span> : null}
        <span>{words.headline}</span>
      </p>
      {words.notes.map((n, i) => (
        <p key={i} className="text-sm">
          {n}
        </p>
      ))}
      {scale ? (
        <TimelineSvg scale={scale} summary={[words.headline, ...words.notes].join(' ')} labels={t.markers} skewLabel={t.skewWindow} />
      ) : null}
      {scale ? (
        <ul aria-label={t.describe} className="grid gap-0.5 text-xs text-slate-700 dark:text-slate-300">
          {instants.map(([marker, at]) =>
            at === undefined ? null : (
              <li key={marker}>
                <span className="font-semibold">{t.markers[marker]}</span>: {m.time.local(at)}
                {marker === 'now' ? '' : ` (${m.time.relative(now, at)})`}
              </li>
            ),
          )}
        </ul>
      ) : null}
      <SkewControl label={t.skewLabel} />
    </div>
  );
}

function definedOnly(times: {
  iat?: number | undefined;
  nbf?: number | undefined;
  authTime?: number | undefined;
  exp?: number | undefined;
}) {
  return Object.fromEntries(Object.entries(times).filter(([, v]) => v !== undefined)) as {
    iat?: number;
    nbf?: number;
    authTime?: number;
    exp?: number;
  };
}
