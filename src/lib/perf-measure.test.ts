import { describe, expect, it } from 'vitest';
import { measured } from './perf-measure';

describe('measured', () => {
  it('returns the step result and keeps one measure of its duration', async () => {
    await measured('test:step', () => new Promise((r) => setTimeout(() => r(1), 5)));
    const value = await measured('test:step', () => new Promise((r) => setTimeout(() => r(42), 20)));
    expect(value).toBe(42);
    const entries = performance.getEntriesByName('test:step', 'measure');
    expect(entries).toHaveLength(1);
    expect(entries[0]?.duration).toBeGreaterThanOrEqual(15);
  });

  it('records the measure when the step rejects, and passes the rejection on', async () => {
    performance.clearMeasures('test:fail');
    await expect(measured('test:fail', () => Promise.reject(new Error('no key')))).rejects.toThrow('no key');
    expect(performance.getEntriesByName('test:fail', 'measure')).toHaveLength(1);
  });
});
