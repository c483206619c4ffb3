import { relativeParts } from '../core/claims/format';
import type { Locale } from './languages';

/**
 * Every Intl-based formatting of the interface, in one place. Formatters are costly to build
 * (a measured start-up hot spot when ten were created per language at module load), so each is
 * created on first use and cached per locale. Times are seconds since the epoch; nothing here
 * reads the clock (the caller passes `now`).
 */

const cache = new Map<string, unknown>();

function cached<T>(key: string, make: () => T): T {
  let value = cache.get(key) as T | undefined;
  if (value === undefined) {
    value = make();
    cache.set(key, value);
  }
  return value;
}

const dateTime = (locale: Locale, utc: boolean) =>
  cached(
    `dt:${locale}:${utc}`,
    () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'medium', ...(utc ? { timeZone: 'UTC' } : {}) }),
  );
const withZone = (locale: Locale) =>
  cached(
    `tz:${locale}`,
    () =>
      new Intl.DateTimeFormat(locale, {
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: '2-digit',
        second: '2-digit',
        timeZoneName: 'short',
      }),
  );
const relativeFormat = (locale: Locale) => cached(`rt:${locale}`, () => new Intl.RelativeTimeFormat(locale, { numeric: 'always' }));
const unitFormat = (locale: Locale, unit: Unit) =>
  cached(`unit:${locale}:${unit}`, () => new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'short' }));

type Unit = 'year' | 'day' | 'hour' | 'minute' | 'second';
const YEAR_DAYS = 365;
const DURATION_UNITS: readonly (readonly [Unit, number])[] = [
  ['year', YEAR_DAYS * 86_400],
  ['day', 86_400],
  ['hour', 3_600],
  ['minute', 60],
  ['second', 1],
];

/** Date and time in the browser's time zone ("Nov 30, 2026, 8:01:02 PM"). */
export function formatLocal(locale: Locale, seconds: number): string {
  return dateTime(locale, false).format(seconds * 1000);
}

/** Date and time in UTC. */
export function formatUtc(locale: Locale, seconds: number): string {
  return dateTime(locale, true).format(seconds * 1000);
}

/** Date and time in the browser's time zone, naming the zone ("11/30/2026, 8:01:02 PM UTC"). */
export function formatZoned(locale: Locale, seconds: number): string {
  return withZone(locale).format(seconds * 1000);
}

/**
 * `at` seen from `now` in the largest whole unit, truncated toward zero: "in 42 minutes",
 * "3 days ago", "10 years ago" (years of 365 days; months are not used).
 */
export function formatRelative(locale: Locale, now: number, at: number): string {
  const p = relativeParts(now, at);
  // relativeParts stops at days; years read better for old tokens.
  if (p.unit === 'day' && Math.abs(p.value) >= YEAR_DAYS) return relativeFormat(locale).format(Math.trunc(p.value / YEAR_DAYS), 'year');
  return relativeFormat(locale).format(p.value, p.unit);
}

/** A length of time in its largest whole unit: "37 min", "2 hr", "10 yr". The sign is dropped. */
export function formatDuration(locale: Locale, seconds: number): string {
  const abs = Math.abs(seconds);
  const [unit, size] = DURATION_UNITS.find(([, s]) => abs >= s) ?? ['second', 1];
  return unitFormat(locale, unit).format(Math.floor(abs / size));
}

/** The time formatting of one language, as the explain catalogs carry it. */
export type TimeFormats = {
  /** Date and time in the browser's time zone. */
  local: (seconds: number) => string;
  utc: (seconds: number) => string;
  /** "in 42 minutes", "3 days ago": `at` seen from `now`. */
  relative: (now: number, at: number) => string;
  /** "37 min", "2 hr", "3 days": the largest whole unit. */
  duration: (seconds: number) => string;
};

/** Binds the formatters to one language; builds nothing until a text is formatted. */
export function timeFormats(locale: Locale): TimeFormats {
  return {
    local: (s) => formatLocal(locale, s),
    utc: (s) => formatUtc(locale, s),
    relative: (now, at) => formatRelative(locale, now, at),
    duration: (s) => formatDuration(locale, s),
  };
}
