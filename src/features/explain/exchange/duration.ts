import { relativeParts } from '../../../core/claims/format';

/** "3 hours" / "3 時間": the distance between two instants in its largest whole unit. */
export function durationText(fromSeconds: number, toSeconds: number, locale: string): string {
  const { unit, value } = relativeParts(fromSeconds, toSeconds);
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(Math.abs(value));
}
