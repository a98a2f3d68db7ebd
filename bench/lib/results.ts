import type { PlanLine } from './profile.js';
import type { Measurement } from './loadtest.js';
import type { Impl, QueryId } from '../queries.js';

/** The shape of bench/results/<scale>.json (one file per scale factor). */

export type Concurrency = 'c1' | 'c16';
export const CONCURRENCY: Record<Concurrency, number> = { c1: 1, c16: 16 };

export interface CellSummary {
  /** Every slice this implementation ran for this query and concurrency, in order. */
  runs: Measurement[];
  /**
   * p50/p95/p99 over every response of every slice (pooled); throughput, sizes and memory
   * are the median over the slices.
   */
  median: { p50: number; p95: number; p99: number; rps: number; n: number; rssMaxMB: number; heapMaxMB: number; failures: number };
}

/** A ratio measured once per slice: the implementations ran back to back within each slice. */
export interface SliceRatio {
  /** One value per slice, in slice order; null where a side had no usable figure. */
  perSlice: (number | null)[];
  /** Slices with a ratio (the statistics below are over these). */
  usable: number;
  median: number;
  /**
   * Quartiles of the per-slice values (linear interpolation): how much of the ratio is the
   * host's noise.
   */
  q1: number;
  q3: number;
}

/** Paired comparisons of one query at one concurrency. */
export interface CellRatios {
  apiRawP50?: SliceRatio;
  apiNgqlP50?: SliceRatio;
  apiNgqlRps?: SliceRatio;
}

export interface QueryCheck {
  params: number;
  /** Parameter sets for which the API's JSON equals the raw implementation's. */
  apiEqualsRaw: number;
  mismatches: { variables: unknown; difference: string }[];
  /** GraphQL or HTTP errors the API returned: the exact message, code and request. */
  apiErrors: { variables: unknown; status: number; errors: unknown }[];
  ngqlErrors: { variables: unknown; status: number; errors: unknown }[];
  /** Items the first response listed, per implementation (a sanity check for @neo4j/graphql). */
  itemCounts: Partial<Record<Impl, number>>;
}

export interface QueryProfile {
  /** Median over the parameter sets profiled of the total db hits of one request. */
  dbHits: number;
  /** Cypher statements one request sent (median). */
  statements: number;
  /** The plan of each statement for the first parameter set. */
  plans: { cypher: string; dbHits: number; rows: number; plan: PlanLine[] }[];
}

export interface SoakResult {
  seconds: number;
  connections: number;
  requests: number;
  rps: number;
  failures: number;
  /** Samples every 10 s: seconds since start, RSS and V8 heap after a forced full GC. */
  samples: { t: number; rssMB: number; heapAfterGcMB: number }[];
  /** Least-squares slope of the heap after GC from the second minute on, MB per minute. */
  heapSlopeMBPerMin: number;
  /** RSS at the end relative to RSS after the first minute. */
  rssGrowth: number;
  stable: boolean;
}

export interface BenchResults {
  scale: number;
  quick: boolean;
  /**
   * The questions measured when a run measured only some (`--queries`): such a run writes
   * results/<scale>-<queries>.json, leaving the full run's <scale>.json as it was.
   */
  queries?: QueryId[];
  seed: string;
  generatorVersion: number;
  createdAt: string;
  machine: { cpus: number; cpuModel: string; memoryGB: number; node: string; neo4j: string; neo4jHeap: string; neo4jPagecache: string };
  /** runs × slicesPerRun slices of `seconds` per implementation and cell. */
  settings: { runs: number; slicesPerRun: number; seconds: number; warmupSeconds: number; paramsChecked: number };
  /**
   * Which API code was measured: a hash of src/ and schema/ when the servers started (the API
   * is developed while benchmarks run; growth ratios only mean something for equal hashes).
   */
  apiSource?: { sha256: string; files: number; newest: string };
  graph: { nodes: number; relationships: number; byLabel: Record<string, number>; byType: Record<string, number> };
  load: { loadedThisRun: boolean; seconds: number; batches: number; nodesPerSecond: number; relationshipsPerSecond: number; perKind: Record<string, { rows: number; seconds: number }>; loadedAt: string };
  checks: Record<QueryId, QueryCheck>;
  roundTrips: Record<Impl, Partial<Record<QueryId, number>>>;
  profiles: Record<Impl, Partial<Record<QueryId, QueryProfile>>>;
  latency: Record<Impl, Partial<Record<QueryId, Partial<Record<Concurrency, CellSummary>>>>>;
  /** The ratios of implementations measured in the same slices. */
  ratios: Partial<Record<QueryId, Partial<Record<Concurrency, CellRatios>>>>;
  /** Idle RSS of each server process after start-up and checks. */
  idleRssMB: Record<Impl, number>;
  soak: SoakResult | null;
  notExpressible: Partial<Record<QueryId, string>>;
}

