import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../neo4j/managed.js';

/**
 * `npm run load -- [--url http://127.0.0.1:4000] [--seconds 60] [--concurrency 50] [--warmup 10]`
 *
 * Mixed queries against a running API (start it with `npm start`), from this separate
 * process. Reports requests, errors by code, 5xx responses, latency percentiles (overall and
 * per operation) and the API's memory floor early and late in the run. Exits 1 on any 5xx or
 * unexpected error.
 */

function arg(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? (process.argv[index + 1] ?? fallback) : fallback;
}

const url = arg('url', 'http://127.0.0.1:4000');
const seconds = Number(arg('seconds', '60'));
const concurrency = Number(arg('concurrency', '50'));
const warmup = Number(arg('warmup', '10'));

interface Request {
  name: string;
  query: string;
  variables: Record<string, unknown>;
  /** The error code this request is meant to get (bad input), if any. */
  expect?: string;
}

const example = (file: string) => readFileSync(join(PROJECT_ROOT, 'examples', `${file}.graphql`), 'utf8');
const PEOPLE = ['person:andy-couldrick', 'person:allison-parkinson', 'person:ray-jones', 'person:alison-michalska', 'person:james-blewett'];
const COUNCILS = ['council:doncaster', 'council:birmingham', 'council:slough', 'council:tameside', 'council:sunderland'];
const WORDS = ['Couldrik', 'Birmingham', 'trust', 'Ofsted', 'Doncaster', 'commissioner', 'ADCS', 'Tameside'];

function mix(i: number): Request {
  const pick = <T>(list: T[]) => list[i % list.length] as T;
  switch (i % 10) {
    case 0:
      return { name: 'careerTransitions', query: example('trust-leaders-who-became-commissioners'), variables: {} };
    case 1:
      return { name: 'search', query: example('search'), variables: { query: pick(WORDS) } };
    case 2:
      return { name: 'personCareer', query: example('person-career'), variables: { id: pick(PEOPLE) } };
    case 3:
      return { name: 'councilTimeline', query: example('council-timeline'), variables: { id: pick(COUNCILS) } };
    case 4:
      return { name: 'paths', query: example('connection-between'), variables: { from: pick(PEOPLE), to: pick(COUNCILS), maxHops: 4 } };
    case 5:
      return { name: 'councilsOverview', query: example('councils-overview'), variables: { first: 50 } };
    case 6:
      return { name: 'neighbourhood', query: example('neighbourhood'), variables: { id: pick(COUNCILS), depth: 2 } };
    case 7:
      return { name: 'statements', query: example('who-argued-against-trusts'), variables: {} };
    case 8:
      return { name: 'documentFacts', query: example('document-facts'), variables: { id: 'doc:dfe-more-cost-effective-alternative-to-childrens-trusts' } };
    default:
      return { name: 'badInput', query: example('search'), variables: { query: '((( ~~ ***' }, expect: 'BAD_USER_INPUT' };
  }
}

async function memory(): Promise<{ rssBytes: number; heapUsedBytes: number }> {
  const response = await fetch(`${url}/health`);
  return (await response.json()) as { rssBytes: number; heapUsedBytes: number };
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
}

async function run(durationSeconds: number, record: boolean) {
  const latencies: number[] = [];
  const codes = new Map<string, number>();
  const byName = new Map<string, { latencies: number[]; errors: number }>();
  let requests = 0;
  let serverErrors = 0;
  let unexpected = 0;
  let counter = 0;
  const deadline = Date.now() + durationSeconds * 1000;
  const worker = async () => {
    while (Date.now() < deadline) {
      const request = mix(counter++);
      const started = performance.now();
      let status = 0;
      let code: string | null = null;
      try {
        const response = await fetch(`${url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: request.query, variables: request.variables }),
        });
        status = response.status;
        const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
        code = body.errors?.[0]?.extensions?.code ?? null;
      } catch {
        code = 'NETWORK_ERROR';
      }
      if (!record) continue;
      const elapsed = performance.now() - started;
      latencies.push(elapsed);
      const stats = byName.get(request.name) ?? { latencies: [], errors: 0 };
      stats.latencies.push(elapsed);
      if ((code ?? undefined) !== request.expect) stats.errors += 1;
      byName.set(request.name, stats);
      requests += 1;
      if (status >= 500) serverErrors += 1;
      if (code) codes.set(code, (codes.get(code) ?? 0) + 1);
      if ((code ?? undefined) !== request.expect) unexpected += 1;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  latencies.sort((a, b) => a - b);
  return { requests, serverErrors, unexpected, codes, latencies, byName };
}

/**
 * Samples the API's memory every second while `work` runs. Heap size swings with garbage
 * collection, so the floor (minimum) of the first and of the last quarter of the run are what
 * show growth: a leak raises the floor, ordinary garbage does not.
 */
async function sampled<T>(work: Promise<T>): Promise<{ result: T; before: { rssBytes: number; heapUsedBytes: number }; after: { rssBytes: number; heapUsedBytes: number } }> {
  const samples: { rssBytes: number; heapUsedBytes: number }[] = [];
  let done = false;
  const sampler = (async () => {
    while (!done) {
      samples.push(await memory());
      await new Promise((r) => setTimeout(r, 1000));
    }
  })();
  const result = await work;
  done = true;
  await sampler;
  const quarter = Math.max(1, Math.floor(samples.length / 4));
  const floor = (list: typeof samples) => ({
    rssBytes: Math.min(...list.map((s) => s.rssBytes)),
    heapUsedBytes: Math.min(...list.map((s) => s.heapUsedBytes)),
  });
  return { result, before: floor(samples.slice(0, quarter)), after: floor(samples.slice(-quarter)) };
}

async function main(): Promise<number> {
  console.log(`Load: ${url}, concurrency ${concurrency}, ${warmup}s warm-up then ${seconds}s measured.`);
  await run(warmup, false);
  const { result, before, after } = await sampled(run(seconds, true));
  const growth = (a: number, b: number) => `${(((b - a) / a) * 100).toFixed(1)}%`;
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  console.log(`requests          ${result.requests} (${(result.requests / seconds).toFixed(0)}/s)`);
  console.log(`errors by code    ${JSON.stringify(Object.fromEntries(result.codes))}  (BAD_USER_INPUT is the deliberate bad input)`);
  console.log(`5xx responses     ${result.serverErrors}`);
  console.log(`unexpected        ${result.unexpected}`);
  console.log(`latency ms        p50 ${percentile(result.latencies, 50).toFixed(1)}  p95 ${percentile(result.latencies, 95).toFixed(1)}  p99 ${percentile(result.latencies, 99).toFixed(1)}`);
  for (const [name, stats] of [...result.byName].sort()) {
    const sorted = stats.latencies.sort((a, b) => a - b);
    console.log(`  ${name.padEnd(18)} n ${String(sorted.length).padStart(5)}  p50 ${percentile(sorted, 50).toFixed(1).padStart(8)}  p99 ${percentile(sorted, 99).toFixed(1).padStart(8)}  unexpected ${stats.errors}`);
  }
  console.log(`API rss floor     first quarter ${mb(before.rssBytes)} -> last quarter ${mb(after.rssBytes)} (${growth(before.rssBytes, after.rssBytes)})`);
  console.log(`API heap floor    first quarter ${mb(before.heapUsedBytes)} -> last quarter ${mb(after.heapUsedBytes)} (${growth(before.heapUsedBytes, after.heapUsedBytes)})`);
  return result.serverErrors === 0 && result.unexpected === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`Load run failed: ${error instanceof Error ? error.message : String(error)}. Is the API running (npm start)?`);
    process.exit(1);
  },
);

