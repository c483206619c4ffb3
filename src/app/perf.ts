// Performance marks read by the benchmark (scripts/bench.mjs): the time from an input change to
// the next frame after the decoded view has rendered.
export const INPUT_MARK = 'te:input';
export const PAINT_MEASURE = 'te:input-to-paint';

/** Marks the moment the input changed. */
export function markInput(): void {
  performance.clearMarks(INPUT_MARK);
  performance.mark(INPUT_MARK);
}

/** Measures input-to-paint once the browser has produced the next frame. */
export function markPainted(): void {
  if (performance.getEntriesByName(INPUT_MARK, 'mark').length === 0) return;
  requestAnimationFrame(() => {
    setTimeout(() => {
      performance.measure(PAINT_MEASURE, INPUT_MARK);
      performance.clearMarks(INPUT_MARK);
    }, 0);
  });
}
