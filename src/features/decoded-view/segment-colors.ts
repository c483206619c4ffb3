/** Segment colors, shared by the encoded view and the panel headings so they read as one key. */
export const SEGMENT_CLASS = {
  header: 'text-rose-700 dark:text-rose-300',
  payload: 'text-violet-700 dark:text-violet-300',
  signature: 'text-sky-700 dark:text-sky-300',
  other: 'text-amber-700 dark:text-amber-300',
} as const;

export type SegmentColor = keyof typeof SEGMENT_CLASS;

/** Color for segment `i` of a compact token with `count` segments. */
export function segmentColor(i: number, count: number): SegmentColor {
  if (i === 0) return 'header';
  if (count === 3) return i === 1 ? 'payload' : 'signature';
  return i === 3 ? 'payload' : 'other';
}
