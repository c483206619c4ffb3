import type { TimeMarker } from '../../../i18n/en/explain';

export type TokenTimes = { iat?: number; nbf?: number; authTime?: number; exp?: number };

export type PlacedMarker = { marker: TimeMarker; at: number; x: number; row: number };

/** Where everything sits on a 0..1 axis. `nowOff` says that now lies far outside and is pinned to an edge. */
export type TimelineScale = {
  markers: PlacedMarker[];
  /** Clock-skew allowances: before nbf and after exp. */
  windows: { from: number; to: number }[];
  /** The span in which the token is accepted without skew (nbf or iat to exp). */
  valid: { from: number; to: number } | null;
  nowOff: 'before' | 'after' | null;
};

// Labels closer than this (fraction of the axis) go on separate rows.
const MIN_LABEL_GAP = 0.14;

/**
 * Lays out the token's instants, the skew windows and now on one axis. When now is more than one
 * token span away (an old sample token), the axis keeps the token readable and pins now to the edge.
 * Does not evaluate validity (see evaluateLifetime); returns null when the token has no times.
 */
export function timelineScale(times: TokenTimes, now: number, skewSeconds: number): TimelineScale | null {
  const entries: [TimeMarker, number][] = [];
  if (times.iat !== undefined) entries.push(['iat', times.iat]);
  if (times.nbf !== undefined) entries.push(['nbf', times.nbf]);
  if (times.authTime !== undefined) entries.push(['auth_time', times.authTime]);
  if (times.exp !== undefined) entries.push(['exp', times.exp]);
  if (entries.length === 0) return null;

  const edges = entries.map(([, at]) => at);
  if (times.nbf !== undefined) edges.push(times.nbf - skewSeconds);
  if (times.exp !== undefined) edges.push(times.exp + skewSeconds);
  let lo = Math.min(...edges);
  let hi = Math.max(...edges);
  const span = Math.max(hi - lo, 600);
  let nowOff: TimelineScale['nowOff'] = null;
  if (now < lo - span) nowOff = 'before';
  else if (now > hi + span) nowOff = 'after';
  else {
    lo = Math.min(lo, now);
    hi = Math.max(hi, now);
  }
  const pad = Math.max(hi - lo, 600) * 0.06;
  const from = lo - pad;
  const width = hi + pad - from;
  const x = (t: number) => Math.min(1, Math.max(0, (t - from) / width));

  const all: [TimeMarker, number][] = [...entries, ['now', now]];
  const placed = all
    .map(([marker, at]) => ({ marker, at, x: marker === 'now' && nowOff !== null ? (nowOff === 'before' ? 0 : 1) : x(at), row: 0 }))
    .sort((a, b) => a.x - b.x);
  const lastXInRow: number[] = [];
  for (const p of placed) {
    // now is drawn above the axis, the token's instants below it: only the latter share rows.
    if (p.marker === 'now') continue;
    let row = 0;
    while ((lastXInRow[row] ?? -1) > p.x - MIN_LABEL_GAP) row++;
    p.row = row;
    lastXInRow[row] = p.x;
  }

  const windows: { from: number; to: number }[] = [];
  if (times.nbf !== undefined) windows.push({ from: x(times.nbf - skewSeconds), to: x(times.nbf) });
  if (times.exp !== undefined) windows.push({ from: x(times.exp), to: x(times.exp + skewSeconds) });
  const start = times.nbf ?? times.iat;
  const valid = start !== undefined && times.exp !== undefined ? { from: x(start), to: x(times.exp) } : null;
  return { markers: placed, windows, valid, nowOff };
}
