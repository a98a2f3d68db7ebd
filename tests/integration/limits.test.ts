import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Neo4jError } from 'neo4j-driver';
import { GraphQLError } from 'graphql';
import { Database } from '../../src/neo4j/database.js';
import { createDriver } from '../../src/neo4j/driver.js';
import { formatError } from '../../src/errors.js';
import type { LogEntry } from '../../src/logger.js';
import { startTestApi, type TestApi } from '../helpers.js';

let api: TestApi;
const logs: LogEntry[] = [];
beforeAll(async () => {
  api = await startTestApi({ corsOrigins: ['http://newsroom.example'], log: (entry) => logs.push(entry) });
});
afterAll(() => api.close());

const nested = (depth: number) => {
  let selection = 'id';
  for (let i = 0; i < depth; i += 1) selection = `organisation { tenures { ${selection} } }`;
  return `{ person(id: "person:andy-couldrick") { tenures { ${selection} } } }`;
};

describe('limits on by default, each rejection a coded error', () => {
  it('rejects a query deeper than 12 levels with QUERY_TOO_DEEP', async () => {
    const result = await api.graphql(nested(6));
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_DEEP', maxDepth: 12 });
    expect(result.status).toBe(400);
    const fine = await api.graphql(nested(2));
    expect(fine.errors).toBeUndefined();
  });

  it('rejects a query whose nested pages could cost too much with QUERY_TOO_COMPLEX', async () => {
    const result = await api.graphql(`{ organisations(first: 100) { edges { node {
      tenures { person { tenures { organisation { tenures { evidence { quote } } } } } } } } } }`);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', maxCost: 50000 });
  });

  it('rejects more than 30 aliases with TOO_MANY_ALIASES', async () => {
    const aliases = Array.from({ length: 31 }, (_, i) => `a${i}: person(id: "person:andy-couldrick") { id }`).join(' ');
    const result = await api.graphql(`{ ${aliases} }`);
    expect(result.errors?.[0]?.extensions?.code).toBe('TOO_MANY_ALIASES');
  });

  it('rejects a query text over 20,000 characters with QUERY_TOO_LARGE before parsing it', async () => {
    const result = await api.graphql(`{ __typename ${' '.repeat(20_001)} }`);
    expect(result.status).toBe(400);
    expect(result.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_LARGE');
  });

  it('stops a Cypher transaction that runs past the timeout, and reports it as TIMEOUT', async () => {
    const connection = inject('neo4j');
    const driver = createDriver(connection);
    const slow = new Database(driver, connection.database, 200);
    try {
      const error = await slow.read('UNWIND range(1, 500000000) AS x RETURN sum(x) AS s').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(Neo4jError);
      expect((error as Neo4jError).code).toMatch(/TransactionTimedOut/);
      const shaped = formatError({ message: (error as Error).message }, new GraphQLError('x', { originalError: error as Error, path: ['people'] }), () => {});
      expect(shaped).toMatchObject({ message: 'The query took too long and was stopped.', extensions: { code: 'TIMEOUT' } });
    } finally {
      await driver.close();
    }
  });
});

describe('production safeguards', () => {
  it('blocks a cross-site GET without a preflight header (CSRF prevention)', async () => {
    const response = await fetch(`${api.url}/graphql?query=${encodeURIComponent('{ __typename }')}`);
    expect(response.status).toBe(400);
    const ok = await fetch(`${api.url}/graphql?query=${encodeURIComponent('{ __typename }')}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(ok.status).toBe(200);
  });

  it('allows only allow-listed origins through CORS', async () => {
    const allowed = await fetch(`${api.url}/graphql`, { method: 'OPTIONS', headers: { origin: 'http://newsroom.example', 'access-control-request-method': 'POST' } });
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('http://newsroom.example');
    const other = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { origin: 'http://evil.example', 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('logs one JSON line per operation with the request id it returns to the client', async () => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'trace-123' },
      body: JSON.stringify({ query: 'query Who { person(id: "person:ray-jones") { name } }' }),
    });
    expect(response.headers.get('x-request-id')).toBe('trace-123');
    expect(logs).toContainEqual(expect.objectContaining({ msg: 'graphql', requestId: 'trace-123', operationName: 'Who' }));
  });

  it('can turn introspection and the IDE off', async () => {
    const locked = await startTestApi({ introspection: false, ide: false });
    try {
      const result = await locked.graphql('{ __schema { types { name } } }');
      expect(result.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      const page = await fetch(`${locked.url}/graphql`, { headers: { accept: 'text/html' } });
      expect(page.headers.get('content-type')).not.toMatch(/text\/html/);
    } finally {
      await locked.close();
    }
  });
});
