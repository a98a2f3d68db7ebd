import type { IncomingMessage } from 'node:http';
import neo4j, { type Config, type Driver } from 'neo4j-driver';
import { profileQuery, type Profile } from '../lib/profile.js';
import { countingDriver, QueryCounter } from './counting-driver.js';

/**
 * What every benchmark server process shares: the Neo4j connection (from the environment),
 * a driver whose round trips are counted, and an IPC channel through which the runner asks
 * for round-trip counts, memory (after a forced GC when asked) and PROFILEs of the queries
 * the server sent. The servers themselves answer HTTP on node:http.
 */

export type Command =
  | { id: number; cmd: 'stats' }
  | { id: number; cmd: 'gc' }
  | { id: number; cmd: 'capture'; on: boolean }
  | { id: number; cmd: 'profile' }
  | { id: number; cmd: 'stop' };

export interface Stats {
  roundTrips: number;
  memory: NodeJS.MemoryUsage;
}

export interface CapturedProfile extends Profile {
  cypher: string;
}

export type Reply = { id: number; ok: true; result: unknown } | { id: number; ok: false; error: string };
export type ReadyMessage = { type: 'ready'; port: number };

export interface Started {
  port: number;
  close: () => Promise<void>;
}

export interface ServerContext {
  /** The driver to serve with: counting, otherwise the real one. */
  driver: Driver;
  database: string;
}

/** Same settings as src/neo4j/driver.ts createDriver, so only the layer above differs. */
export function benchDriverConfig(overrides: Config = {}): Config {
  return {
    disableLosslessIntegers: false,
    connectionAcquisitionTimeout: 10_000,
    connectionTimeout: 5_000,
    maxTransactionRetryTime: 5_000,
    userAgent: 'childrens-services-graph',
    ...overrides,
  };
}

export async function runServer(name: string, start: (context: ServerContext) => Promise<Started>, driverConfig: Config = {}): Promise<void> {
  const uri = process.env.BENCH_NEO4J_URI;
  const password = process.env.BENCH_NEO4J_PASSWORD;
  const database = process.env.BENCH_NEO4J_DATABASE ?? 'neo4j';
  if (!uri || !password || !process.send) throw new Error(`${name}: start me from bench/run.ts (needs BENCH_NEO4J_* and an IPC channel)`);
  const real = neo4j.driver(uri, neo4j.auth.basic(process.env.BENCH_NEO4J_USER ?? 'neo4j', password), benchDriverConfig(driverConfig));
  const counter = new QueryCounter();
  const driver = countingDriver(real, counter);
  const started = await start({ driver, database });

  const gc = (globalThis as { gc?: () => void }).gc;
  const handle = async (message: Command): Promise<unknown> => {
    switch (message.cmd) {
      case 'stats':
        return { roundTrips: counter.count, memory: process.memoryUsage() } satisfies Stats;
      case 'gc':
        gc?.();
        gc?.();
        return { roundTrips: counter.count, memory: process.memoryUsage() } satisfies Stats;
      case 'capture':
        counter.capture(message.on);
        return counter.captured.length;
      case 'profile': {
        // Profiles run on the real driver: they are not the server's round trips.
        const out: CapturedProfile[] = [];
        for (const query of counter.captured) out.push({ cypher: query.cypher, ...(await profileQuery(real, database, query.cypher, query.params)) });
        return out;
      }
      case 'stop':
        await started.close();
        await real.close();
        setTimeout(() => process.exit(0), 50);
        return true;
    }
  };
  process.on('message', (message: Command) => {
    handle(message).then(
      (result) => process.send?.({ id: message.id, ok: true, result } satisfies Reply),
      (error: unknown) => process.send?.({ id: message.id, ok: false, error: error instanceof Error ? error.message : String(error) } satisfies Reply),
    );
  });
  process.on('disconnect', () => process.exit(0));
  process.send({ type: 'ready', port: started.port } satisfies ReadyMessage);
}

/** Reads a JSON request body (the bench only sends small, valid JSON). */
export async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req as AsyncIterable<Buffer>) chunks.push(chunk);
  const text = Buffer.concat(chunks).toString('utf8');
  return text.length > 0 ? JSON.parse(text) : undefined;
}
