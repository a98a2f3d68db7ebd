import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { createDriver } from '../src/neo4j/driver.js';
import { neo4jVersion, PROJECT_ROOT, type ManagedNeo4j } from '../src/neo4j/managed.js';
import { GENERATOR_VERSION } from './generator/generate.js';
import { ServerProcess } from './lib/children.js';
import { apiSourceFingerprint } from './lib/source.js';
import { measure, median, type Timed } from './lib/loadtest.js';
import { sliceOrder, sliceRatio, summariseSlices } from './lib/slices.js';
import { profileQuery } from './lib/profile.js';
import type { BenchResults, Concurrency, QueryCheck, QueryProfile, SoakResult } from './lib/results.js';
import { CONCURRENCY } from './lib/results.js';
import { prepareInstance, type BenchInstance } from './instance.js';
import { IMPLS, NOT_EXPRESSIBLE, QUERY_IDS, requestFor, variableSets, type Impl, type QueryId, type Variables } from './queries.js';
import { resultsFileName, scaleSection, writeResultsMarkdown } from './report.js';
import { RAW_QUERIES } from './servers/raw-queries.js';
import { benchWrites } from './run-writes.js';
import { WRITE_IDS, type WriteId } from './writes.js';
import type { WriteResults } from './lib/write-results.js';
import { writeSection } from './report-writes.js';

/**
 * `npm run bench -- --scale N` | `--quick`: loads (or reuses) the synthetic graph at scale N
 * in a dedicated Neo4j, starts the three servers as child processes, checks that they
 * answer (and that the API's JSON equals the raw implementation's), counts round trips,
 * PROFILEs, then measures each query at concurrency 1 and 16 with autocannon, one server
 * under load at a time, several runs, and writes bench/results/<scale>.json and RESULTS.md.
 */

const BENCH_DIR = join(PROJECT_ROOT, 'bench');
const RESULTS_DIR = join(BENCH_DIR, 'results');

interface Options {
  scale: number;
  quick: boolean;
  runs: number;
  slices: number;
  seconds: number;
  warmup: number;
  soak: number;
  paramsChecked: number;
  impls: Impl[];
  queries: QueryId[];
  keep: boolean;
  reload: boolean;
  seed: string;
  reportOnly: boolean;
  /** The write benchmark instead of the reads (W1-W3; --queries picks among them). */
  writes: boolean;
  writeCells: WriteId[];
}

const USAGE = `npm run bench -- [--scale N | --quick] [options]
  --scale N        scale factor: 1 (~10k nodes), 10 (~100k), 100 (~1M); default 1
  --quick          SF1, short runs, no soak; prints the ratio table (results/quick.json)
  --runs R         rounds over every cell; default 3
  --slices K       slices per cell in each round; default 4 (quick 1)
  --duration S     seconds per slice per implementation; default 2 (quick 1)
  --warmup S       warm-up seconds per cell before its first slice; default 3 (quick 1)
  --soak S         API memory soak at concurrency 16, seconds; default 300 (quick 0)
  --impls a,b      subset of raw,api,ngql
  --queries Q1,Q2  subset of Q1..Q6 (with --writes: of W1,W2,W3)
  --writes         the write benchmark (W1 upsertTenure, W2 createDocument, W3 90/10 mix) on
                   its own instance .neo4j/bench-N-writes; results/writes-N.json
  --keep           leave the benchmark Neo4j running afterwards (faster next run)
  --reload         regenerate and reload the graph even if it is already loaded
  --seed S         generator seed; default "bench"
  --report         only rewrite RESULTS.md from bench/results/*.json`;

function parseArgs(argv: string[]): Options {
  const value = (name: string): string | undefined => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const known = new Set(['--scale', '--quick', '--runs', '--slices', '--duration', '--warmup', '--soak', '--impls', '--queries', '--keep', '--reload', '--seed', '--report', '--writes', '--help']);
  for (const arg of argv) {
    if (arg.startsWith('--') && !known.has(arg)) throw new Error(`Unknown option ${arg}\n${USAGE}`);
  }
  if (argv.includes('--help')) {
    console.log(USAGE);
    process.exit(0);
  }
  const quick = argv.includes('--quick');
  const number = (name: string, fallback: number) => {
    const text = value(name);
    if (text === undefined) return fallback;
    const n = Number(text);
    if (!Number.isFinite(n) || n < 0) throw new Error(`${name} needs a number, got "${text}"`);
    return n;
  };
  const scale = number('--scale', 1);
  if (!Number.isInteger(scale) || scale < 1) throw new Error('--scale must be a positive integer');
  const positive = (name: string, fallback: number) => {
    const n = number(name, fallback);
    if (n <= 0) throw new Error(`${name} must be above 0`);
    return n;
  };
  const count = (name: string, fallback: number) => {
    const n = number(name, fallback);
    if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a positive integer`);
    return n;
  };
  const list = <T extends string>(name: string, all: T[]): T[] => {
    const text = value(name);
    if (!text) return all;
    const picked = text.split(',').map((s) => s.trim()) as T[];
    for (const p of picked) if (!all.includes(p)) throw new Error(`${name}: unknown ${p}`);
    return picked;
  };
  return {
    scale: quick ? 1 : scale,
    quick,
    runs: count('--runs', 3),
    slices: count('--slices', quick ? 1 : 4),
    seconds: positive('--duration', quick ? 1 : 2),
    warmup: number('--warmup', quick ? 1 : 3),
    soak: number('--soak', quick ? 0 : 300),
    paramsChecked: quick ? 16 : 64,
    impls: list('--impls', IMPLS),
    queries: argv.includes('--writes') ? QUERY_IDS : list('--queries', QUERY_IDS),
    writes: argv.includes('--writes'),
    writeCells: argv.includes('--writes') ? list('--queries', WRITE_IDS) : [],
    keep: argv.includes('--keep'),
    reload: argv.includes('--reload'),
    seed: value('--seed') ?? 'bench',
    reportOnly: argv.includes('--report'),
  };
}

const started = Date.now();
function log(line: string): void {
  const s = Math.round((Date.now() - started) / 1000);
  console.log(`[${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}] ${line}`);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));


interface Response {
  status: number;
  body: { data?: unknown; errors?: unknown } | null;
}

async function post(server: ServerProcess, body: string): Promise<Response> {
  const res = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const text = await res.text();
  try {
    return { status: res.status, body: JSON.parse(text) as Response['body'] };
  } catch {
    return { status: res.status, body: { errors: text.slice(0, 500) } };
  }
}

// ---- equivalence ----

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function canonical(value: unknown): Json {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.keys(value).sort().map((k) => [k, canonical((value as Record<string, unknown>)[k])]));
  }
  return (value ?? null) as Json;
}

/** Where two JSON values first differ, for the report. */
function difference(a: Json, b: Json, path = 'data'): string | null {
  if (JSON.stringify(a) === JSON.stringify(b)) return null;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return `${path}: ${a.length} items vs ${b.length}`;
    for (let i = 0; i < a.length; i += 1) {
      const d = difference(a[i] as Json, b[i] as Json, `${path}[${i}]`);
      if (d) return d;
    }
  }
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const d = difference(a[key] ?? null, b[key] ?? null, `${path}.${key}`);
      if (d) return d;
    }
  }
  return `${path}: api ${JSON.stringify(a).slice(0, 160)} vs raw ${JSON.stringify(b).slice(0, 160)}`;
}

/** Q5's shortest paths of equal length come in planner order; compare them as a set. */
function comparable(q: QueryId, data: unknown): Json {
  const c = canonical(data);
  if (q === 'Q5' && c && typeof c === 'object' && !Array.isArray(c) && Array.isArray(c.paths)) {
    return { paths: [...c.paths].sort((x, y) => JSON.stringify(x).localeCompare(JSON.stringify(y))) };
  }
  return c;
}

function itemCount(impl: Impl, q: QueryId, data: unknown): number | undefined {
  const d = data as Record<string, unknown> | null;
  const len = (v: unknown) => (Array.isArray(v) ? v.length : undefined);
  const at = (v: unknown, ...keys: (string | number)[]): unknown =>
    keys.reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string | number, unknown>)[k] : undefined), v);
  if (impl === 'ngql') {
    switch (q) {
      case 'Q1': return len(at(d, 'people', 0, 'tenures'));
      case 'Q2': return len(at(d, 'search'));
      case 'Q3': return len(at(d, 'careerTransitionStarts'));
      case 'Q4': return len(at(d, 'organisations', 0, 'timeline'));
      case 'Q6': return len(at(d, 'organisations'));
      default: return undefined;
    }
  }
  switch (q) {
    case 'Q1': return len(at(d, 'person', 'tenures'));
    case 'Q2': return len(at(d, 'search', 'edges'));
    case 'Q3': return len(at(d, 'careerTransitions', 'edges'));
    case 'Q4': return len(at(d, 'organisation', 'timeline', 'edges'));
    case 'Q5': return len(at(d, 'paths'));
    case 'Q6': return len(at(d, 'organisations', 'edges'));
  }
}

type Servers = Partial<Record<Impl, ServerProcess>>;
type Bodies = Record<Impl, Record<QueryId, string[]>>;

async function runChecks(servers: Servers, sets: Record<QueryId, Variables[]>, bodies: Bodies, options: Options): Promise<Record<QueryId, QueryCheck>> {
  const checks = {} as Record<QueryId, QueryCheck>;
  for (const q of options.queries) {
    const variables = sets[q].slice(0, options.paramsChecked);
    const check: QueryCheck = { params: variables.length, apiEqualsRaw: 0, mismatches: [], apiErrors: [], ngqlErrors: [], itemCounts: {} };
    for (let i = 0; i < variables.length; i += 1) {
      const responses: Partial<Record<Impl, Response>> = {};
      for (const impl of options.impls) {
        const body = bodies[impl][q][i];
        const server = servers[impl];
        if (body && server) responses[impl] = await post(server, body);
      }
      for (const impl of ['api', 'ngql'] as Impl[]) {
        const r = responses[impl];
        if (r && (r.status !== 200 || r.body?.errors)) {
          (impl === 'api' ? check.apiErrors : check.ngqlErrors).push({ variables: variables[i], status: r.status, errors: r.body?.errors ?? r.body });
        }
      }
      const raw = responses.raw;
      const api = responses.api;
      if (raw && api && raw.status === 200 && api.status === 200 && !api.body?.errors) {
        const d = difference(comparable(q, api.body?.data), comparable(q, raw.body?.data));
        if (d === null) check.apiEqualsRaw += 1;
        else check.mismatches.push({ variables: variables[i], difference: d });
      }
      if (i === 0) for (const impl of options.impls) check.itemCounts[impl] = itemCount(impl, q, responses[impl]?.body?.data);
    }
    checks[q] = check;
    log(
      `check ${q}: API = raw on ${check.apiEqualsRaw}/${check.params}` +
        (check.apiErrors.length ? `, ${check.apiErrors.length} API errors, e.g. ${JSON.stringify(check.apiErrors[0]?.errors).slice(0, 300)}` : '') +
        (check.mismatches.length ? `, differs: ${check.mismatches[0]?.difference}` : '') +
        (check.ngqlErrors.length ? `, ${check.ngqlErrors.length} @neo4j/graphql errors, e.g. ${JSON.stringify(check.ngqlErrors[0]?.errors).slice(0, 300)}` : '') +
        `; items ${JSON.stringify(check.itemCounts)}`,
    );
  }
  return checks;
}

// ---- round trips and profiles ----

async function countRoundTrips(servers: Servers, bodies: Bodies, options: Options): Promise<BenchResults['roundTrips']> {
  const out = { raw: {}, api: {}, ngql: {} } as BenchResults['roundTrips'];
  for (const impl of options.impls) {
    const server = servers[impl];
    if (!server) continue;
    for (const q of options.queries) {
      const list = bodies[impl][q].slice(0, 16);
      if (list.length === 0) continue;
      const requests = list.length >= 3 ? list : [...list, ...list, ...list];
      const before = (await server.stats()).roundTrips;
      for (const body of requests) await post(server, body);
      out[impl][q] = ((await server.stats()).roundTrips - before) / requests.length;
    }
  }
  log(`round trips per request: ${JSON.stringify(out)}`);
  return out;
}

async function runProfiles(servers: Servers, instance: BenchInstance, sets: Record<QueryId, Variables[]>, bodies: Bodies, options: Options): Promise<BenchResults['profiles']> {
  const out = { raw: {}, api: {}, ngql: {} } as BenchResults['profiles'];
  const driver = createDriver(instance.connection);
  try {
    for (const q of options.queries) {
      if (options.impls.includes('raw')) {
        const query = RAW_QUERIES[q];
        const profiles = [];
        for (const v of sets[q].slice(0, 8)) profiles.push(await profileQuery(driver, instance.connection.database, query.cypher, query.params(v)));
        const first = profiles[0];
        out.raw[q] = {
          dbHits: median(profiles.map((p) => p.dbHits)),
          statements: 1,
          plans: first ? [{ cypher: query.cypher, dbHits: first.dbHits, rows: first.rows, plan: first.plan }] : [],
        };
      }
      // The servers' own statements, as sent: captured on their driver, PROFILEd in their process.
      for (const impl of ['api', 'ngql'] as Impl[]) {
        const server = servers[impl];
        if (!server || !options.impls.includes(impl)) continue;
        const list = bodies[impl][q].slice(0, 4);
        if (list.length === 0) continue;
        const totals: number[] = [];
        const statements: number[] = [];
        let plans: QueryProfile['plans'] = [];
        for (const body of list) {
          await server.capture(true);
          await post(server, body);
          await server.capture(false);
          const captured = await server.profileCaptured();
          totals.push(captured.reduce((sum, p) => sum + p.dbHits, 0));
          statements.push(captured.length);
          if (plans.length === 0) plans = captured.map((p) => ({ cypher: p.cypher, dbHits: p.dbHits, rows: p.rows, plan: p.plan }));
        }
        out[impl][q] = { dbHits: median(totals), statements: median(statements), plans };
      }
      log(`profile ${q}: db hits raw ${out.raw[q]?.dbHits ?? '–'}, api ${out.api[q]?.dbHits ?? '–'}, ngql ${out.ngql[q]?.dbHits ?? '–'}`);
    }
  } finally {
    await driver.close();
  }
  return out;
}

// ---- load ----

/**
 * The load phase. The host is shared and its speed drifts by more than the margins we
 * measure, so the implementations are compared in short slices run back to back: for each
 * query and concurrency, a slice is `seconds` of each of raw, the API and @neo4j/graphql,
 * in an order that cycles through every permutation (sliceOrder), and every ratio is
 * computed per slice and reported as the median over the slices, with its quartiles. A slow
 * patch of the host then lands on all three implementations of a slice, not on one.
 * Rounds repeat the whole set (every query, then again), so slow drift affects all alike.
 */
async function runLoad(servers: Servers, bodies: Bodies, options: Options): Promise<Pick<BenchResults, 'latency' | 'ratios'>> {
  const slices: Record<string, Timed[]> = {};
  const durations = new Map<string, number>();
  const maxSeconds = options.quick ? 8 : 30;
  const groups = options.queries.flatMap((q) => (['c1', 'c16'] as Concurrency[]).map((c) => ({ q, c, impls: options.impls.filter((impl) => servers[impl] && bodies[impl][q].length > 0) })));
  const measured = groups.reduce((sum, g) => sum + g.impls.length, 0);
  const total = measured * (options.runs * options.slices * options.seconds + options.warmup);
  log(`load: ${groups.length} cells × ${options.runs} rounds × ${options.slices} slices × ${options.seconds}s per implementation (+${options.warmup}s warm-up), about ${Math.round(total / 60)} min`);
  for (let run = 0; run < options.runs; run += 1) {
    for (const { q, c, impls } of groups) {
      for (let k = 0; k < options.slices; k += 1) {
        const order = sliceOrder(impls, run * options.slices + k);
        const line: string[] = [];
        for (const impl of order) {
          const server = servers[impl] as ServerProcess;
          const list = bodies[impl][q];
          const key = `${impl}|${q}|${c}`;
          if (run === 0 && k === 0 && options.warmup > 0) await measure(server, list, CONCURRENCY[c], options.warmup, false);
          // A slice must collect enough responses for its p50 to mean something: a slow cell
          // (seconds per response at concurrency 16) runs longer, up to a cap, and keeps that
          // duration for its later slices.
          const wanted = Math.max(10, 2 * CONCURRENCY[c]);
          let seconds = durations.get(key) ?? options.seconds;
          let result = await measure(server, list, CONCURRENCY[c], seconds);
          while (result.n < wanted && seconds < maxSeconds) {
            seconds = Math.min(maxSeconds, seconds * Math.max(2, Math.ceil(wanted / Math.max(1, result.n))));
            log(`  ${q} ${c} ${impl}: only ${result.n} responses, running again for ${seconds}s`);
            await sleep(Math.min(10_000, 200 + (Number.isFinite(result.p99) ? result.p99 : 3_000)));
            result = await measure(server, list, CONCURRENCY[c], seconds);
          }
          durations.set(key, seconds);
          (slices[key] ??= []).push(result);
          line.push(`${impl} ${result.p50.toFixed(2)} ms ${result.rps.toFixed(0)}/s${result.non2xx + result.errors > 0 ? ` (${result.non2xx} non-2xx, ${result.errors} errors)` : ''}`);
          // Let requests autocannon abandoned at the end drain before the next server is loaded.
          await sleep(Math.min(5_000, 200 + (Number.isFinite(result.p99) ? result.p99 : 0)));
        }
        const raw = slices[`raw|${q}|${c}`]?.at(-1);
        const api = slices[`api|${q}|${c}`]?.at(-1);
        log(`round ${run + 1}/${options.runs} slice ${k + 1}/${options.slices} ${q} ${c.padEnd(3)}: ${line.join(', ')}${raw && api ? `; api/raw ${(api.p50 / raw.p50).toFixed(2)}` : ''}`);
      }
    }
  }
  const latency = { raw: {}, api: {}, ngql: {} } as BenchResults['latency'];
  for (const [key, list] of Object.entries(slices)) {
    const [impl, q, c] = key.split('|') as [Impl, QueryId, Concurrency];
    (latency[impl][q] ??= {})[c] = summariseSlices(list);
  }
  const ratios: BenchResults['ratios'] = {};
  for (const { q, c } of groups) {
    const of = (impl: Impl) => slices[`${impl}|${q}|${c}`] ?? [];
    (ratios[q] ??= {})[c] = {
      apiRawP50: sliceRatio(of('api'), of('raw'), (m) => m.p50),
      apiNgqlP50: sliceRatio(of('api'), of('ngql'), (m) => m.p50),
      apiNgqlRps: sliceRatio(of('api'), of('ngql'), (m) => m.rps),
    };
  }
  return { latency, ratios };
}

async function runSoak(server: ServerProcess, bodies: Bodies, options: Options): Promise<SoakResult> {
  // All six questions interleaved, at concurrency 16, for the whole soak.
  const mixed: string[] = [];
  const lists = options.queries.map((q) => bodies.api[q]);
  for (let i = 0; i < Math.max(...lists.map((l) => l.length)); i += 1) for (const list of lists) if (list.length > 0) mixed.push(list[i % list.length] as string);
  log(`soak: API at concurrency 16 for ${options.soak}s, heap sampled after a forced GC every 10 s`);
  const samples: SoakResult['samples'] = [];
  const t0 = Date.now();
  const sample = async () => {
    const stats = await server.statsAfterGc();
    samples.push({ t: Math.round((Date.now() - t0) / 1000), rssMB: stats.memory.rss / 1048576, heapAfterGcMB: stats.memory.heapUsed / 1048576 });
  };
  const timer = setInterval(() => void sample().catch(() => undefined), 10_000);
  const result = await measure(server, mixed, 16, options.soak, false);
  clearInterval(timer);
  await sample();
  const late = samples.filter((s) => s.t >= 60);
  const points = late.length >= 3 ? late : samples;
  const meanT = points.reduce((a, s) => a + s.t, 0) / points.length;
  const meanH = points.reduce((a, s) => a + s.heapAfterGcMB, 0) / points.length;
  const slopePerSecond =
    points.reduce((a, s) => a + (s.t - meanT) * (s.heapAfterGcMB - meanH), 0) / Math.max(1e-9, points.reduce((a, s) => a + (s.t - meanT) ** 2, 0));
  const first = points[0];
  const last = samples.at(-1);
  const rssGrowth = first && last ? last.rssMB / first.rssMB - 1 : 0;
  const heapSlopeMBPerMin = slopePerSecond * 60;
  const soak: SoakResult = {
    seconds: options.soak,
    connections: 16,
    requests: result.n,
    rps: result.rps,
    failures: result.non2xx + result.errors,
    samples,
    heapSlopeMBPerMin,
    rssGrowth,
    stable: heapSlopeMBPerMin < 1 && rssGrowth < 0.1,
  };
  log(`soak: ${result.n} requests, heap slope ${heapSlopeMBPerMin.toFixed(2)} MB/min, RSS growth ${(rssGrowth * 100).toFixed(1)}% → ${soak.stable ? 'stable' : 'NOT stable'}`);
  return soak;
}

function machineOf(instance: BenchInstance): BenchResults['machine'] {
  return {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
    memoryGB: Math.round(totalmem() / 1024 ** 3),
    node: process.version,
    neo4j: neo4jVersion(),
    neo4jHeap: instance.settings.heap,
    neo4jPagecache: instance.settings.pagecache,
  };
}

async function runWriteBenchmark(servers: Servers, instance: BenchInstance, options: Options, apiSource: BenchResults['apiSource']): Promise<void> {
  const measured = await benchWrites(servers, instance, { scale: options.scale, quick: options.quick, runs: options.runs, slices: options.slices, seconds: options.seconds, warmup: options.warmup, impls: options.impls, cells: options.writeCells }, log);
  const results: WriteResults = {
    kind: 'writes',
    scale: options.scale,
    quick: options.quick,
    seed: options.seed,
    generatorVersion: GENERATOR_VERSION,
    createdAt: new Date().toISOString(),
    machine: machineOf(instance),
    settings: { runs: options.runs, slicesPerRun: options.slices, seconds: options.seconds, warmupSeconds: options.warmup, paramsChecked: 1 },
    ...(apiSource ? { apiSource } : {}),
    loadedThisRun: instance.loadedNow,
    ...measured,
  };
  const file = join(RESULTS_DIR, options.quick ? 'writes-quick.json' : `writes-${options.scale}.json`);
  writeFileSync(file, `${JSON.stringify(results, null, 1)}\n`);
  log(`wrote ${file}`);
  if (!options.quick) {
    writeResultsMarkdown(RESULTS_DIR, join(BENCH_DIR, 'RESULTS.md'));
    log(`updated ${join(BENCH_DIR, 'RESULTS.md')}`);
  }
  console.log(`\n${writeSection(results)}\n`);
}

// ---- main ----

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  mkdirSync(RESULTS_DIR, { recursive: true });
  if (options.reportOnly) {
    writeResultsMarkdown(RESULTS_DIR, join(BENCH_DIR, 'RESULTS.md'));
    console.log(`Wrote ${join(BENCH_DIR, 'RESULTS.md')}`);
    return;
  }
  log(`${options.writes ? 'write ' : ''}benchmark SF${options.scale}${options.quick ? ' (quick)' : ''}: ${options.runs} rounds × ${options.slices} slices × ${options.seconds}s, warm-up ${options.warmup}s${options.writes ? '' : `, soak ${options.soak}s`}`);

  let instance: BenchInstance | null = null;
  let startedNeo4j: ManagedNeo4j | null = null;
  const servers: Servers = {};
  let cleaning = false;
  const cleanup = async () => {
    if (cleaning) return;
    cleaning = true;
    for (const server of Object.values(servers)) await server.stop().catch(() => undefined);
    if (startedNeo4j && !options.keep) {
      log('stopping the benchmark Neo4j');
      await startedNeo4j.stop().catch(() => undefined);
    } else if (instance) {
      log(`leaving the benchmark Neo4j running (${instance.started ? '--keep' : 'it was already running'}); stop it with: kill $(cat ${join(instance.neo4j.instanceDir, 'run/neo4j.pid')})`);
    }
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      log(`${signal}: stopping servers and Neo4j...`);
      void cleanup().finally(() => process.exit(130));
    });
  }

  try {
    instance = await prepareInstance({
      scale: options.scale,
      seed: options.seed,
      reload: options.reload,
      writes: options.writes,
      log,
      onStarted: (server) => (startedNeo4j = server),
    });
    const params = instance.marker.params;
    const apiSource = apiSourceFingerprint();
    log(`API source ${apiSource.sha256} (${apiSource.files} files in src/ and schema/, newest ${apiSource.newest})`);
    for (const impl of options.impls) {
      servers[impl] = await ServerProcess.start(impl, instance.connection, (line) => log(line));
      log(`${impl} server listening on ${servers[impl].url} (pid ${servers[impl].pid})`);
    }
    if (options.writes) {
      await runWriteBenchmark(servers, instance, options, apiSource);
      return;
    }
    const sets = variableSets(params);
    const bodies = Object.fromEntries(
      IMPLS.map((impl) => [
        impl,
        Object.fromEntries(QUERY_IDS.map((q) => [q, sets[q].map((v) => requestFor(impl, q, v)).filter((b) => b !== null).map((b) => JSON.stringify(b))])),
      ]),
    ) as Bodies;

    const checks = await runChecks(servers, sets, bodies, options);
    const roundTrips = await countRoundTrips(servers, bodies, options);
    const profiles = await runProfiles(servers, instance, sets, bodies, options);
    const idleRssMB = Object.fromEntries(IMPLS.map((impl) => [impl, (servers[impl]?.rssBytes() ?? 0) / 1048576])) as Record<Impl, number>;
    const { latency, ratios } = await runLoad(servers, bodies, options);
    const soak = options.soak > 0 && servers.api ? await runSoak(servers.api, bodies, options) : null;

    const marker = instance.marker;
    // A run of some questions only keeps its own file: the full run's figures stay as measured.
    const partial = options.queries.length < QUERY_IDS.length;
    const results: BenchResults = {
      scale: options.scale,
      quick: options.quick,
      ...(partial ? { queries: options.queries } : {}),
      seed: options.seed,
      generatorVersion: GENERATOR_VERSION,
      createdAt: new Date().toISOString(),
      machine: machineOf(instance),
      settings: { runs: options.runs, slicesPerRun: options.slices, seconds: options.seconds, warmupSeconds: options.warmup, paramsChecked: options.paramsChecked },
      apiSource,
      graph: { nodes: marker.nodes, relationships: marker.relationships, byLabel: marker.byLabel, byType: marker.byType },
      load: { loadedThisRun: instance.loadedNow, loadedAt: marker.loadedAt, ...marker.load },
      checks,
      roundTrips,
      profiles,
      latency,
      ratios,
      idleRssMB,
      soak,
      notExpressible: NOT_EXPRESSIBLE,
    };
    const file = join(RESULTS_DIR, options.quick ? 'quick.json' : resultsFileName(options.scale, partial ? options.queries : null));
    writeFileSync(file, `${JSON.stringify(results, null, 1)}\n`);
    log(`wrote ${file}`);
    if (!options.quick) {
      writeResultsMarkdown(RESULTS_DIR, join(BENCH_DIR, 'RESULTS.md'));
      log(`updated ${join(BENCH_DIR, 'RESULTS.md')}`);
    }
    console.log(`\n${scaleSection(results)}\n`);
  } finally {
    await cleanup();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);
