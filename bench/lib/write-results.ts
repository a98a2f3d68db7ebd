import type { Impl, QueryId } from '../queries.js';
import type { WriteId } from '../writes.js';
import type { BenchResults, CellRatios, CellSummary, Concurrency, SliceRatio } from './results.js';

/** The shape of bench/results/writes-<scale>.json (npm run bench -- --writes). */
/** One kind of request of a mixed load over a cell's slices (bench/lib/slices.ts summariseKind). */
export interface KindSummary {
  p50: number;
  p95: number;
  p99: number;
  rps: number;
  n: number;
  failures: number;
  slices: number;
}

/** The equivalence of one write between the API and raw, checked on the graph before measuring. */
export interface WriteCheck {
  /** What was compared, and whether the API's graph state and Change equal raw's. */
  comparisons: { what: string; equal: boolean; difference?: string }[];
  /** Responses with errors, per implementation (exact messages). */
  errors: Partial<Record<Impl, unknown[]>>;
  /** What @neo4j/graphql's write left different from the API's (it has no version or audit). */
  ngqlDifferences: string[];
}

/** W3 for one implementation: its reads alone, then within the 90/10 mix. */
export interface MixSummary {
  readOnly: KindSummary;
  mixReads: KindSummary;
  mixWrites: KindSummary;
  /** Mix read p50 / read-only p50, slice by slice (the two ran back to back). */
  mixReadVsReadOnlyP50?: SliceRatio;
}

/** bench/results/writes-<scale>.json: the write benchmark (npm run bench -- --writes). */
export interface WriteResults {
  kind: 'writes';
  scale: number;
  quick: boolean;
  seed: string;
  generatorVersion: number;
  createdAt: string;
  machine: BenchResults['machine'];
  settings: BenchResults['settings'];
  apiSource?: BenchResults['apiSource'];
  /** The graph as the run found it, and after the run. */
  graph: { nodes: number; relationships: number };
  /** Whether the run loaded the graph afresh (absent in files from before it was recorded: they did). */
  loadedThisRun?: boolean;
  graphAfter: { nodes: number; relationships: number; changes: number };
  checks: Partial<Record<'W1' | 'W2', WriteCheck>>;
  roundTrips: Record<Impl, Partial<Record<'W1' | 'W2', number>>>;
  latency: Record<Impl, Partial<Record<'W1' | 'W2', Partial<Record<Concurrency, CellSummary>>>>>;
  ratios: Partial<Record<'W1' | 'W2', Partial<Record<Concurrency, CellRatios>>>>;
  mix?: {
    reads: QueryId[];
    writeEvery: number;
    perImpl: Partial<Record<Impl, MixSummary>>;
    apiRawReadP50?: SliceRatio;
    apiRawWriteP50?: SliceRatio;
    apiNgqlReadP50?: SliceRatio;
  };
  /** Writes each implementation made (checks, warm-up and load). */
  writesMade: Record<Impl, { tenure: number; document: number }>;
  cells: WriteId[];
  notes: Record<Impl, string>;
}
