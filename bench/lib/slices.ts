import { median, percentile, type KindTimed, type Measurement, type Timed } from './loadtest.js';
import type { CellSummary, SliceRatio } from './results.js';
import type { KindSummary } from './write-results.js';

/**
 * The statistics of paired slices (bench/run.ts runLoad): the order the implementations run
 * in, the ratio of two implementations slice by slice, and the pooled summary of a cell.
 */

/** Linear interpolation between closest ranks (numpy's default); `sorted` ascending, p in [0, 1]. */
export function quantile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const at = (sorted.length - 1) * p;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  if (lo === hi) return sorted[lo] as number;
  return (sorted[lo] as number) + ((sorted[hi] as number) - (sorted[lo] as number)) * (at - lo);
}

/**
 * `figure(numerator[i]) / figure(denominator[i])` for every slice i, with the median and
 * quartiles over the slices. A slice whose ratio is not a finite number (a side with no 2xx
 * response, or no throughput) is kept as null and left out of the statistics; `usable` says
 * how many counted. Undefined when the two sides were not measured in the same slices.
 */
export function sliceRatio<M = Measurement>(numerator: M[], denominator: M[], figure: (m: M) => number): SliceRatio | undefined {
  if (numerator.length === 0 || numerator.length !== denominator.length) return undefined;
  const perSlice = numerator.map((m, i) => {
    const value = figure(m) / figure(denominator[i] as M);
    return Number.isFinite(value) ? value : null;
  });
  const sorted = perSlice.filter((v): v is number => v !== null).sort((a, b) => a - b);
  if (sorted.length === 0) return undefined;
  return { perSlice, usable: sorted.length, median: quantile(sorted, 0.5), q1: quantile(sorted, 0.25), q3: quantile(sorted, 0.75) };
}

/** Every order of `items`: cycling through them, each item runs first, and before each other, equally often. */
export function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]));
}

/** The order of slice `index` (counted from 0 within one cell). */
export function sliceOrder<T>(items: readonly T[], index: number): T[] {
  const all = permutations(items);
  return all[index % all.length] as T[];
}

/**
 * One implementation's cell: latency percentiles over every response of every slice
 * (pooled), the other figures the median over the slices, and the slices without their
 * latency lists (those are not written to the results file).
 */
export function summariseSlices(slices: Timed[]): CellSummary {
  const m = (f: (r: Measurement) => number) => median(slices.map(f));
  const pooled = slices.flatMap((s) => s.latencies).sort((a, b) => a - b);
  return {
    runs: slices.map(({ latencies: _latencies, ...rest }) => rest),
    median: {
      p50: percentile(pooled, 50),
      p95: percentile(pooled, 95),
      p99: percentile(pooled, 99),
      rps: m((r) => r.rps),
      n: m((r) => r.n),
      rssMaxMB: m((r) => r.rssMaxMB),
      heapMaxMB: m((r) => r.heapMaxMB),
      failures: slices.reduce((sum, r) => sum + r.non2xx + r.errors, 0),
    },
  };
}

/**
 * One kind of request (the reads, or the writes, of a mixed load) over a cell's slices:
 * percentiles over every response (pooled), throughput and count the median of the slices.
 */
export function summariseKind(slices: (KindTimed | undefined)[]): KindSummary {
  const present = slices.filter((s): s is KindTimed => s !== undefined);
  const pooled = present.flatMap((s) => s.latencies).sort((a, b) => a - b);
  return {
    p50: percentile(pooled, 50),
    p95: percentile(pooled, 95),
    p99: percentile(pooled, 99),
    rps: median(present.map((s) => s.rps)),
    n: median(present.map((s) => s.n)),
    failures: present.reduce((sum, s) => sum + s.non2xx, 0),
    slices: present.length,
  };
}
