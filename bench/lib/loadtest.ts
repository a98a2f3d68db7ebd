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

/** A measurement with every 2xx response's latency (for pooling slices; not written to JSON). */
export interface Timed extends Measurement {
  latencies: number[];
}

export async function measure(server: ServerProcess, bodies: string[], connections: number, seconds: number, sampleMemory = true): Promise<Timed> {
  const latencies: number[] = [];
  let non2xx = 0;
  let next = 0;
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
        requests: [
          {
            method: 'POST',
            path: '/graphql',
            headers: { 'content-type': 'application/json' },
            // Round-robin over the parameter sets, shared by all connections.
            setupRequest: (request) => ({ ...request, body: bodies[next++ % bodies.length] }),
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
      if (status >= 200 && status < 300) latencies.push(ms);
      else non2xx += 1;
    });
  });
  if (sampler) clearInterval(sampler);
  const elapsed = Math.max(1e-9, Number(finished - started) / 1e9);
  latencies.sort((a, b) => a - b);
  return {
    seconds,
    n: latencies.length,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    mean: latencies.reduce((a, b) => a + b, 0) / Math.max(1, latencies.length),
    rps: latencies.length / Math.min(elapsed, seconds + 1),
    non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    rssMaxMB: rss.length > 0 ? Math.max(...rss) / MB : server.rssBytes() / MB,
    rssMedianMB: rss.length > 0 ? median(rss) / MB : server.rssBytes() / MB,
    heapMaxMB: heapMax / MB,
    latencies,
  };
}
