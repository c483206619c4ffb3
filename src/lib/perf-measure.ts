// A User Timing measure around one asynchronous step, so the benchmark (scripts/bench-browser.mjs)
// can tell the core check apart from the rendering around it. Costs two timestamps per call.

/** Runs `step` and records its duration as the performance measure `name` (the latest call only), even when it rejects. */
export async function measured<T>(name: string, step: () => Promise<T>): Promise<T> {
  const start = performance.now();
  try {
    return await step();
  } finally {
    // Only the latest one is kept: a long session does not grow the performance timeline.
    performance.clearMeasures(name);
    performance.measure(name, { start, end: performance.now() });
  }
}
