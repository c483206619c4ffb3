import { describe, it, expect } from 'vitest';
import { timelineScale } from './timeline-scale';

const T = 1_700_000_000;

describe('timelineScale', () => {
  it('returns null when the token carries no times', () => {
    expect(timelineScale({}, T, 300)).toBeNull();
  });

  it('places iat, exp and now in time order on the axis', () => {
    const s = timelineScale({ iat: T, exp: T + 3600 }, T + 1800, 300);
    const x = Object.fromEntries((s?.markers ?? []).map((m) => [m.marker, m.x]));
    expect(x['iat']).toBeLessThan(x['now'] ?? 0);
    expect(x['now']).toBeLessThan(x['exp'] ?? 0);
    expect(s?.nowOff).toBeNull();
  });

  it('draws the skew allowance after exp and before nbf', () => {
    const s = timelineScale({ nbf: T, exp: T + 3600 }, T, 300);
    expect(s?.windows).toHaveLength(2);
    const [before, after] = s?.windows ?? [];
    expect(before && before.from < before.to).toBe(true);
    expect(after && after.from < after.to).toBe(true);
    expect(s?.valid?.from).toBeCloseTo(before?.to ?? -1);
  });

  it.each([
    ['after', T + 10 * 365 * 86_400, 1],
    ['before', T - 10 * 365 * 86_400, 0],
  ] as const)('pins a far-away now to the %s edge and keeps the token readable', (side, now, edge) => {
    const s = timelineScale({ iat: T, exp: T + 3600 }, now, 300);
    expect(s?.nowOff).toBe(side);
    expect(s?.markers.find((m) => m.marker === 'now')?.x).toBe(edge);
    const iat = s?.markers.find((m) => m.marker === 'iat')?.x ?? 0;
    const exp = s?.markers.find((m) => m.marker === 'exp')?.x ?? 0;
    expect(exp - iat).toBeGreaterThan(0.5);
  });

  it('puts labels of coinciding instants on separate rows', () => {
    const s = timelineScale({ iat: T, nbf: T, exp: T + 3600 }, T + 60, 300);
    const rows = (s?.markers ?? []).filter((m) => m.marker === 'iat' || m.marker === 'nbf').map((m) => m.row);
    expect(new Set(rows).size).toBe(rows.length);
  });
});
