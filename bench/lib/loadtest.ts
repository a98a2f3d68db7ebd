import autocannon from 'autocannon';
import type { ServerProcess } from './children.js';

/**
 * One measurement: autocannon (in the runner's process, never the server's) keeps
 * `connections` requests in flight for `seconds`, cycling through the request bodies.
 * Latencies are recorded per response (autocannon's own histogram has no p95), and the
 * server's memory is sampled from /proc (RSS) and over IPC (V8 heap) while it runs.
 */

export interface Measurement {
  /** How long the load ran (a slow cell runs longer, to collect enough responses). */
  seconds: number;
  /** Completed 2xx responses. */
  n: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  /** 2xx responses per second. */
  rps: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  /** 2xx responses whose body held GraphQL errors (counted only when measure was asked to look). */
  errorBodies?: number;
  rssMaxMB: number;
  rssMedianMB: number;
  heapMaxMB: number;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] as number;
}

export function median(values: number[]): number {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

const MB = 1024 * 1024;

/** One kind of request within a mixed load (reads and writes): its own latencies. */
export interface KindTimed {
  n: number;
  p50: number;
  p95: number;
  p99: number;
  /** 2xx responses of this kind per second. */
  rps: number;
  non2xx: number;
  latencies: number[];
}

/** A measurement with every 2xx response's latency (for pooling slices; not written to JSON). */
export interface Timed extends Measurement {
  latencies: number[];
  /** Per kind of request, when the requests came from a RequestSource that names kinds. */
  kinds?: Record<string, KindTimed>;
}

/** One request: its body, what kind it is (for a mixed load), extra headers (a credential). */
export interface LoadRequest {
  body: string;
  kind?: string;
  headers?: Record<string, string>;
}

/**
 * Requests made as they are sent, rather than a fixed list: writes need a new body each time
 * (an upsert that changes something, a document text not stored before).
 */
export interface RequestSource {
  next(): LoadRequest;
}

/** A fixed list of bodies, cycled (every connection shares the cycle). */
export function cycle(bodies: string[]): RequestSource {
  let next = 0;
  return { next: () => ({ body: bodies[next++ % bodies.length] as string }) };
}

/**
 * `checkBodies`: count 2xx responses whose body holds GraphQL errors (a write refused in a 200
 * response); off for the read benchmark, whose answers were checked before measuring.
 */
export async function measure(server: ServerProcess, bodies: string[] | RequestSource, connections: number, seconds: number, sampleMemory = true, checkBodies = false): Promise<Timed> {
  const latencies: number[] = [];
  const byKind = new Map<string, { latencies: number[]; non2xx: number }>();
  let non2xx = 0;
  const source = Array.isArray(bodies) ? cycle(bodies) : bodies;
  const rss: number[] = [];
  let heapMax = 0;
  const sampler = sampleMemory
    ? setInterval(() => {
        rss.push(server.rssBytes());
        if (rss.length % 4 === 0) {
          server.stats().then((s) => (heapMax = Math.max(heapMax, s.memory.heapUsed)), () => undefined);
        }
      }, 500)
    : null;
  const started = process.hrtime.bigint();
  let finished = started;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: server.url,
        connections,
        duration: seconds,
        timeout: 120,
        pipelining: 1,
        ...(checkBodies ? { verifyBody: (body: unknown) => !String(body).includes('"errors":[') } : {}),
        requests: [
          {
            method: 'POST',
            path: '/graphql',
            headers: { 'content-type': 'application/json' },
            // Round-robin over the parameter sets (or the source's next request), shared by all
            // connections. The kind is kept in the connection's context, where the response
            // handler finds it: with pipelining 1 a connection has one request in flight.
            setupRequest: (request, context) => {
              const next = source.next();
              (context as { kind?: string }).kind = next.kind;
              return { ...request, body: next.body, headers: next.headers ? { ...request.headers, ...next.headers } : request.headers };
            },
          },
        ],
      },
      (error: unknown, res: autocannon.Result) => (error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve(res)),
    );
    // The runtime passes (client, statusCode, bytes, ms); the published types omit `client`.
    instance.on('response', (...args: unknown[]) => {
      finished = process.hrtime.bigint();
      const status = Number(args.length >= 4 ? args[1] : args[0]);
      const ms = Number(args[args.length - 1]);
      const ok = status >= 200 && status < 300;
      if (ok) latencies.push(ms);
      else non2xx += 1;
      const kind = kindOf(args.length >= 4 ? args[0] : undefined);
      if (kind !== undefined) {
        let entry = byKind.get(kind);
        if (!entry) byKind.set(kind, (entry = { latencies: [], non2xx: 0 }));
        if (ok) entry.latencies.push(ms);
        else entry.non2xx += 1;
      }
    });
  });
  if (sampler) clearInterval(sampler);
  const elapsed = Math.max(1e-9, Number(finished - started) / 1e9);
  const window = Math.min(elapsed, seconds + 1);
  latencies.sort((a, b) => a - b);
  const kinds = byKind.size > 0 ? Object.fromEntries([...byKind].map(([kind, entry]) => [kind, kindSummary(entry.latencies, entry.non2xx, window)])) : undefined;
  return {
    seconds,
    n: latencies.length,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    mean: latencies.reduce((a, b) => a + b, 0) / Math.max(1, latencies.length),
    rps: latencies.length / window,
    non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    ...(checkBodies ? { errorBodies: result.mismatches } : {}),
    rssMaxMB: rss.length > 0 ? Math.max(...rss) / MB : server.rssBytes() / MB,
    rssMedianMB: rss.length > 0 ? median(rss) / MB : server.rssBytes() / MB,
    heapMaxMB: heapMax / MB,
    latencies,
    ...(kinds ? { kinds } : {}),
  };
}

/** The kind of the request a connection just had answered (see setupRequest above). */
function kindOf(client: unknown): string | undefined {
  const context = (client as { requestIterator?: { context?: { kind?: unknown } } } | undefined)?.requestIterator?.context;
  return typeof context?.kind === 'string' ? context.kind : undefined;
}

export function kindSummary(latencies: number[], non2xx: number, seconds: number): KindTimed {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    n: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    rps: sorted.length / Math.max(1e-9, seconds),
    non2xx,
    latencies: sorted,
  };
}
