import { inject, vi } from 'vitest';
import { Database } from '../src/neo4j/database.js';
import { createDriver } from '../src/neo4j/driver.js';
import { migrate } from '../src/neo4j/migrations.js';
import { createApp, type App, type AppOptions } from '../src/server.js';

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
