import { useId } from 'react';
import type { TimeMarker } from '../../../i18n/en/explain';
import type { TimelineScale } from './timeline-scale';

type Props = { scale: TimelineScale; summary: string; labels: Record<TimeMarker, string>; skewLabel: string };

const W = 1000;
const AXIS_Y = 44;
const ROW_H = 16;
const X0 = 20;
const XW = W - 40;

const COLOR: Record<TimeMarker, string> = {
  iat: 'stroke-slate-500 fill-slate-700 dark:fill-slate-300',
  nbf: 'stroke-slate-500 fill-slate-700 dark:fill-slate-300',
  auth_time: 'stroke-violet-500 fill-violet-800 dark:fill-violet-300',
  exp: 'stroke-red-600 fill-red-800 dark:fill-red-300',
  now: 'stroke-blue-600 fill-blue-800 dark:fill-blue-300',
};

/**
 * The lifetime drawn as an axis: accepted span, skew allowances (hatched), each instant and now.
 * The picture is one image for assistive technology; the same facts are listed in text beside it.
 */
export function TimelineSvg({ scale, summary, labels, skewLabel }: Props) {
  const id = useId();
  const rows = Math.max(1, ...scale.markers.map((mk) => mk.row + 1));
  const height = AXIS_Y + 14 + rows * ROW_H;
  const px = (x: number) => X0 + x * XW;
  return (
    <svg role="img" aria-labelledby={`${id}-t`} viewBox={`0 0 ${W} ${height}`} className="h-auto w-full text-[13px]">
      <title id={`${id}-t`}>{summary}</title>
      <defs>
        <pattern id={`${id}-h`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <line x1="0" y1="0" x2="0" y2="6" className="stroke-amber-500" strokeWidth="3" />
        </pattern>
      </defs>
      <line x1={X0} x2={X0 + XW} y1={AXIS_Y} y2={AXIS_Y} className="stroke-slate-400" strokeWidth="2" />
      {scale.valid ? (
        <rect
          x={px(scale.valid.from)}
          width={Math.max(1, px(scale.valid.to) - px(scale.valid.from))}
          y={AXIS_Y - 8}
          height="16"
          className="fill-emerald-500/40"
        />
      ) : null}
      {scale.windows.map((w, i) => (
        <rect key={i} x={px(w.from)} width={Math.max(1, px(w.to) - px(w.from))} y={AXIS_Y - 8} height="16" fill={`url(#${id}-h)`}>
          <title>{skewLabel}</title>
        </rect>
      ))}
      {scale.markers.map((mk) => {
        const x = px(mk.x);
        const isNow = mk.marker === 'now';
        const anchor = mk.x > 0.85 ? 'end' : mk.x < 0.15 ? 'start' : 'middle';
        const y = isNow ? AXIS_Y - 22 : AXIS_Y + 24 + mk.row * ROW_H;
        return (
          <g key={mk.marker} className={COLOR[mk.marker]}>
            <line
              x1={x}
              x2={x}
              y1={isNow ? AXIS_Y - 18 : AXIS_Y - 10}
              y2={isNow ? AXIS_Y + 18 : y - 11}
              strokeWidth={isNow ? 3 : 2}
              strokeDasharray={isNow && scale.nowOff ? '4 3' : undefined}
            />
            <text x={x} y={y} textAnchor={anchor} stroke="none">
              {isNow && scale.nowOff === 'after'
                ? `… ${labels.now} →`
                : isNow && scale.nowOff === 'before'
                  ? `← ${labels.now} …`
                  : labels[mk.marker]}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
