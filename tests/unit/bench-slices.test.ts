import { describe, expect, it } from 'vitest';
import type { Timed } from '../../bench/lib/loadtest.js';
import { permutations, quantile, sliceOrder, sliceRatio, summariseSlices } from '../../bench/lib/slices.js';

/** A slice of load with these latencies, as bench/lib/loadtest.ts measure() reports one. */
function slice(latencies: number[], seconds = 2): Timed {
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (p: number) => (sorted.length ? (sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] as number) : Number.NaN);
  return {
    seconds,
    n: sorted.length,
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
    mean: sorted.reduce((a, b) => a + b, 0) / Math.max(1, sorted.length),
    rps: sorted.length / seconds,
    non2xx: 0,
    errors: 0,
    timeouts: 0,
    rssMaxMB: 100,
    rssMedianMB: 100,
    heapMaxMB: 50,
    latencies: sorted,
  };
}

describe('benchmark slices', () => {
  it('interpolate quartiles between ranks', () => {
    expect(quantile([1, 2, 3, 4], 0.25)).toBe(1.75);
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantile([1, 2, 3, 4], 0.75)).toBe(3.25);
    expect(quantile([7], 0.25)).toBe(7);
    expect(quantile([], 0.5)).toBeNaN();
  });

  it('compare two implementations slice by slice, not median against median', () => {
    // A slow patch of the host hits both sides of slice 2: per slice the API costs 1.2x.
    const raw = [slice([1, 1, 1]), slice([10, 10, 10]), slice([1, 1, 1])];
    const api = [slice([1.2, 1.2, 1.2]), slice([12, 12, 12]), slice([1.2, 1.2, 1.2])];
    const ratio = sliceRatio(api, raw, (m) => m.p50);
    expect(ratio?.perSlice.map((v) => v?.toFixed(2))).toEqual(['1.20', '1.20', '1.20']);
    expect(ratio?.median).toBeCloseTo(1.2, 10);
    // Paired the other way round, the same figures tell a different story.
    const crossed = sliceRatio([slice([10]), slice([1])], [slice([1]), slice([10])], (m) => m.p50);
    expect(crossed?.perSlice).toEqual([10, 0.1]);
    expect(crossed?.median).toBeCloseTo(5.05, 10);
  });

  it('leave out a slice without a ratio, and say how many counted', () => {
    const raw = [slice([1]), slice([1]), slice([]), slice([1])];
    const api = [slice([1.1]), slice([1.3]), slice([1.2]), slice([1.2])];
    const ratio = sliceRatio(api, raw, (m) => m.p50);
    expect(ratio?.perSlice[2]).toBeNull();
    expect(ratio?.usable).toBe(3);
    expect(ratio?.median).toBeCloseTo(1.2, 10);
    expect(sliceRatio([slice([])], [slice([])], (m) => m.p50)).toBeUndefined();
    expect(sliceRatio([slice([1])], [], (m) => m.p50)).toBeUndefined();
  });

  it('run every implementation first, and before each other, equally often', () => {
    expect(permutations(['raw', 'api', 'ngql'])).toHaveLength(6);
    expect(new Set(permutations(['raw', 'api', 'ngql']).map((order) => order.join()))).toHaveProperty('size', 6);
    const orders = Array.from({ length: 12 }, (_, i) => sliceOrder(['raw', 'api', 'ngql'], i));
    for (const impl of ['raw', 'api', 'ngql']) expect(orders.filter((order) => order[0] === impl)).toHaveLength(4);
    expect(orders.filter((order) => order.indexOf('api') < order.indexOf('raw'))).toHaveLength(6);
    expect(Array.from({ length: 4 }, (_, i) => sliceOrder(['raw', 'api'], i).join())).toEqual(['raw,api', 'api,raw', 'raw,api', 'api,raw']);
  });

  it('pool the latencies of every slice for the percentiles', () => {
    const summary = summariseSlices([slice([1, 1, 1, 1]), slice([9])]);
    // The median of the two slices' p50s would be 5; over every response it is 1.
    expect(summary.median.p50).toBe(1);
    expect(summary.median.p99).toBe(9);
    expect(summary.median.rps).toBe(1.25);
    expect(summary.runs[0]).not.toHaveProperty('latencies');
  });
});
