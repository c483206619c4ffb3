// Performance marks read by the benchmark (scripts/bench-browser.mjs): from an input change to the
// commit of the decoded view (decode + render), and to the next frame after it (paint).
export const INPUT_MARK = 'te:input';
export const COMMIT_MEASURE = 'te:input-to-commit';
export const PAINT_MEASURE = 'te:input-to-paint';

/** Marks the moment the input changed. */
export function markInput(): void {
  performance.clearMarks(INPUT_MARK);
  performance.mark(INPUT_MARK);
}

/** Called from the result's commit effect: measures decode+render now, and paint after the next frame. */
export function markPainted(): void {
  if (performance.getEntriesByName(INPUT_MARK, 'mark').length === 0) return;
  performance.measure(COMMIT_MEASURE, INPUT_MARK);
  requestAnimationFrame(() => {
    setTimeout(() => {
      performance.measure(PAINT_MEASURE, INPUT_MARK);
      performance.clearMarks(INPUT_MARK);
    }, 0);
  });
}
