import { describeClaim } from './catalog';

/** Reads an own property only, so `__proto__`/`constructor` never resolve to Object.prototype. */
export { own as ownClaim } from '../json';

export { isNumericDate, MAX_NUMERIC_DATE, numericDateProblem, type NumericDateProblem } from './time-rule';

/**
 * Turns a list-like claim value into chips: space-separated strings for `scp`/`scope`
 * (RFC 6749 §3.3, RFC 8693 §4.2), arrays of strings/numbers for `roles`, `groups`, `wids`,
 * `amr` and any other array. Returns null when the value is not a list (objects, scalars, nested arrays).
 * Does not deduplicate or validate the entries.
 */
export function splitListClaim(name: string, value: unknown): readonly string[] | null {
  if (typeof value === 'string') {
    const info = describeClaim(name);
    if (info.custom || info.valueKind !== 'space-list') return null;
    return value.split(/[ \t\r\n]+/).filter((s) => s !== '');
  }
  if (!Array.isArray(value)) return null;
  const items: string[] = [];
  for (const item of value as readonly unknown[]) {
    if (typeof item === 'string') items.push(item);
    else if (typeof item === 'number' || typeof item === 'boolean') items.push(String(item));
    else return null;
  }
  return items;
}

export type RelativeUnit = 'second' | 'minute' | 'hour' | 'day';

export type RelativeParts = {
  /** -1: `to` is before `from` (past), 0: same second, 1: future. */
  readonly sign: -1 | 0 | 1;
  readonly unit: RelativeUnit;
  /** Signed whole units, ready for `Intl.RelativeTimeFormat#format(value, unit)`. */
  readonly value: number;
};

const UNITS: readonly (readonly [RelativeUnit, number])[] = [
  ['day', 86_400],
  ['hour', 3_600],
  ['minute', 60],
];

/**
 * Expresses `toSeconds - fromSeconds` in the largest unit that is at least one whole unit,
 * truncating toward zero (59 min 59 s is "59 minutes", never "1 hour").
 * Does not localise; the UI passes the parts to Intl.RelativeTimeFormat.
 */
export function relativeParts(fromSeconds: number, toSeconds: number): RelativeParts {
  const delta = toSeconds - fromSeconds;
  const sign = delta > 0 ? 1 : delta < 0 ? -1 : 0;
  const abs = Math.abs(delta);
  for (const [unit, size] of UNITS) {
    if (abs >= size) return { sign, unit, value: sign * Math.floor(abs / size) };
  }
  // `|| 0` turns -0 into 0 for sub-second past deltas.
  return { sign, unit: 'second', value: sign * Math.floor(abs) || 0 };
}
