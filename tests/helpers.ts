import { createHash } from 'node:crypto';
import { inject, vi } from 'vitest';
import { Database } from '../src/neo4j/database.js';
import { createDriver } from '../src/neo4j/driver.js';
import { migrate } from '../src/neo4j/migrations.js';
import { createApp, type App, type AppOptions } from '../src/server.js';
import { ManagedNeo4j } from '../src/neo4j/managed.js';

export interface TestApi {
  app: App;
  db: Database;
  url: string;
  /** POSTs an operation to the real HTTP endpoint and returns the parsed body and status; `headers` adds to the request's (e.g. `authorization`). */
  graphql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<{ status: number; headers: Headers; data?: T | null; errors?: { message: string; extensions?: { code?: string } }[] }>;
  close(): Promise<void>;
}

/**
 * The API over HTTP on a free port, backed by the suite's throwaway Neo4j; `queryTimeoutMs`
 * replaces the per-transaction limit of 5 s.
 */
export async function startTestApi(options: Partial<Omit<AppOptions, 'db'>> & { queryTimeoutMs?: number } = {}): Promise<TestApi> {
  const connection = inject('neo4j');
  const driver = createDriver(connection);
  const { queryTimeoutMs, ...appOptions } = options;
  const db = new Database(driver, connection.database, queryTimeoutMs);
  await migrate(db);
  const app = createApp({
    db,
    migrated: true,
    // Unexpected errors are printed, so a failing test shows the cause the client never sees.
    log: (entry) => {
      if (entry.level === 'error') console.error(JSON.stringify(entry));
    },
    ...appOptions,
  });
  const port = await app.listen(0, '127.0.0.1');
  const url = `http://127.0.0.1:${port}`;
  return {
    app,
    db,
    url,
    async graphql(query, variables, headers = {}) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, headers: response.headers, ...((await response.json()) as object) };
    },
    async close() {
      await app.stop();
      await driver.close();
    },
  };
}

/**
 * Removes what a test made under `slug`: the nodes whose id holds it, the Changes and tokens of
 * the callers whose names end with it.
 */
export async function removeSlugData(db: Database, slug: string): Promise<void> {
  await db.write('MATCH (n) WHERE n.id CONTAINS $slug DETACH DELETE n', { slug });
  await db.write('MATCH (c:Change) WHERE c.by ENDS WITH $slug DETACH DELETE c', { slug });
  await db.write('MATCH (t:ApiToken) WHERE t.name ENDS WITH $slug DELETE t', { slug });
}

/** The suite's own throwaway Neo4j (never a developer's), for tests that stop and start it. */
export function suiteNeo4j(): ManagedNeo4j {
  const config = inject('neo4j');
  return new ManagedNeo4j({ instanceDir: config.instanceDir, boltPort: config.boltPort, httpPort: config.httpPort, password: config.password, heap: '512m', pagecache: '128m' });
}

/** A prefix unique to one test run, so each test's data is its own and easy to remove. */
export function uniqueSlug(): string {
  return `t${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
}

/**
 * POSTs an operation and records the Cypher the API sent through the real driver meanwhile:
 * the response as `<status> <body>` (to compare byte for byte) and each query's text.
 */
export async function postCountingCypher(api: TestApi, query: string, variables: Record<string, unknown> = {}): Promise<{ text: string; cypher: string[] }> {
  const spy = vi.spyOn(api.db.driver, 'executeQuery');
  try {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    return { text: `${response.status} ${await response.text()}`, cypher: spy.mock.calls.map((call) => String(call[0])) };
  } finally {
    spy.mockRestore();
  }
}

/** A value with every map's keys in order, so that equal graphs print equally whatever the store order. */
function sortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedKeys);
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, sortedKeys(v)]));
  }
  return value;
}

/** A fingerprint of the whole graph (API tokens are not part of it): every node's labels and properties, every relationship and its properties. */
export async function graphFingerprint(db: Database): Promise<string> {
  const nodes = await db.read(`MATCH (n) WHERE NOT n:ApiToken WITH n ORDER BY n.id RETURN collect([labels(n), properties(n)]) AS n`);
  const rels = await db.read(
    `MATCH (a)-[r]->(b) WITH a.id AS a, type(r) AS t, b.id AS b, properties(r) AS p ORDER BY a, t, b, p.quote RETURN collect([a, t, b, p]) AS r`,
  );
  return JSON.stringify(sortedKeys([nodes, rels]));
}

/** The whole graph as one read saw it (API tokens aside), keyed by element id, with a hash to compare. */
export interface GraphSnapshot {
  hash: string;
  /** `node <elementId>` / `rel <elementId>` → labels or type, ends and properties, as sorted JSON. */
  entries: Map<string, string>;
  /** How many `Change` nodes the graph holds. */
  changes: number;
}

/**
 * Every node (labels, properties, `Change` nodes included) and every relationship (type, ends,
 * properties) in one read transaction, hashed: equal snapshots of one database mean nothing was
 * written in between. Element ids are part of it, so a node deleted and made again also counts.
 * Unlike graphFingerprint, it cannot compare two databases (their element ids differ).
 */
export async function graphSnapshot(db: Database): Promise<GraphSnapshot> {
  const [row] = await db.read<{ nodes: [string, string[], Record<string, unknown>][]; rels: [string, string, string, string, Record<string, unknown>][] }>(
    `/* graphSnapshot */
     CALL () { MATCH (n) WHERE NOT n:ApiToken RETURN collect([elementId(n), labels(n), properties(n)]) AS nodes }
     CALL () { MATCH (a)-[r]->(b) RETURN collect([elementId(r), type(r), elementId(a), elementId(b), properties(r)]) AS rels }
     RETURN nodes, rels`,
  );
  const entries = new Map<string, string>();
  let changes = 0;
  for (const [id, labels, props] of row!.nodes) {
    if (labels.includes('Change')) changes += 1;
    entries.set(`node ${id}`, JSON.stringify(sortedKeys([[...labels].sort(), props])));
  }
  for (const [id, type, from, to, props] of row!.rels) entries.set(`rel ${id}`, JSON.stringify(sortedKeys([type, from, to, props])));
  const hash = createHash('sha256');
  for (const key of [...entries.keys()].sort()) hash.update(`${key}\u0000${entries.get(key)}\u0000`);
  return { hash: hash.digest('hex'), entries, changes };
}

/** What differs between two snapshots, for a failure message: at most `limit` lines, each cut to 300 characters. */
export function snapshotDifference(before: GraphSnapshot, after: GraphSnapshot, limit = 10): string {
  const lines: string[] = [];
  for (const [key, value] of after.entries) {
    const was = before.entries.get(key);
    if (was === undefined) lines.push(`+ ${key} ${value}`);
    else if (was !== value) lines.push(`~ ${key} ${was} -> ${value}`);
  }
  for (const [key, value] of before.entries) if (!after.entries.has(key)) lines.push(`- ${key} ${value}`);
  return lines.slice(0, limit).map((line) => (line.length > 300 ? `${line.slice(0, 300)}…` : line)).join('\n') + (lines.length > limit ? `\n… and ${lines.length - limit} more` : '');
}
