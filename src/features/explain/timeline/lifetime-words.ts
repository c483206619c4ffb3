import type { LifetimeEvaluation } from '../../../core/claims/lifetime';
import type { ExplainMessages } from '../../../i18n/en/explain';

export type LifetimeTone = 'ok' | 'bad' | 'warn' | 'neutral';
export type LifetimeWords = { tone: LifetimeTone; headline: string; notes: string[] };

/**
 * Puts a lifetime evaluation into words: "Valid, expires in 37 min", "Expired 2 hr ago",
 * "Not yet valid for 4 min", plus notes on the skew allowance, a future iat and the usual lifetime.
 * Does not decide anything itself: the state comes from evaluateLifetime.
 */
export function lifetimeWords(ev: LifetimeEvaluation, skewSeconds: number, m: ExplainMessages): LifetimeWords {
  const t = m.ui.timeline;
  const d = m.time.duration;
  if (ev.state === 'invalid-times') return { tone: 'bad', headline: t.invalid(ev.claim, m.invalidTimes[ev.code]), notes: [] };

  let tone: LifetimeTone;
  let headline: string;
  if (ev.state === 'expired') {
    tone = 'bad';
    headline = t.expired(d(ev.secondsSinceExpiry ?? 0));
  } else if (ev.state === 'not-yet-valid') {
    tone = 'bad';
    headline = t.notYetValid(d(ev.secondsUntilValid ?? 0));
  } else if (ev.state === 'no-exp') {
    tone = 'warn';
    headline = ev.iat === undefined && ev.nbf === undefined ? t.noTimes : t.noExp;
  } else if (ev.secondsSinceExpiry !== undefined) {
    // Past exp but still inside the skew allowance.
    tone = 'warn';
    headline = t.expired(d(ev.secondsSinceExpiry));
  } else if (ev.secondsUntilValid !== undefined) {
    tone = 'warn';
    headline = t.notYetValid(d(ev.secondsUntilValid));
  } else {
    tone = 'ok';
    headline = t.valid(d(ev.secondsToExpiry ?? 0));
  }

  const notes: string[] = [];
  if (ev.withinSkew) notes.push(t.withinSkew(d(skewSeconds)));
  if (ev.iatInFuture) notes.push(t.iatInFuture);
  if (ev.lifetimeSeconds !== undefined) {
    const compared = t.compared[ev.comparedToTypical];
    const typical = ev.typical ? `${t.typicalPrefix} ${m.typical[ev.typical.kind]}` : '';
    notes.push([t.lifetime(d(ev.lifetimeSeconds)), compared, typical].filter((s) => s !== '').join(' '));
  }
  return { tone, headline, notes };
}
