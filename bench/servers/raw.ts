import { createServer } from 'node:http';
import neo4j, { type Record as Neo4jRecord } from 'neo4j-driver';
import type { GraphQLRequest, QueryId } from '../queries.js';
import { readJson, runServer } from './harness.js';
import { RAW_QUERIES } from './raw-queries.js';
import { RAW_WRITES, WriteError } from './raw-writes.js';

/**
 * (a) The floor: a bare node:http handler that maps the operation name of the same request
 * body to one hand-written Cypher query, runs it (one round trip, a read transaction, as the
 * API does) and writes the same JSON. No GraphQL parsing, validation or resolvers. The writes
 * (W1, W2: raw-writes.ts) run in one write transaction each, with the request's credential.
 */
await runServer(
  'raw',
  async ({ driver, database }) => {
    const server = createServer((req, res) => {
      const send = (status: number, body: unknown) => {
        res.statusCode = status;
        res.setHeader('content-type', 'application/json; charset=utf-8');
        res.end(JSON.stringify(body));
      };
      readJson(req)
        .then(async (body) => {
          const request = body as GraphQLRequest;
          const write = RAW_WRITES[request.operationName];
          if (write) {
            const session = driver.session({ database, defaultAccessMode: neo4j.session.WRITE });
            try {
              const result = await session.executeWrite((tx) => write(tx, req.headers.authorization, (request.variables?.input ?? {}) as Record<string, unknown>), { timeout: 5_000 });
              return send(200, result);
            } catch (error) {
              if (error instanceof WriteError) return send(200, { errors: [{ message: error.message, extensions: { code: error.code } }], data: null });
              throw error;
            } finally {
              await session.close();
            }
          }
          const query = RAW_QUERIES[request.operationName as QueryId];
          if (!query) return send(400, { errors: [{ message: `unknown operation ${request.operationName}` }] });
          const variables = request.variables ?? {};
          const result = await driver.executeQuery(query.cypher, query.params(variables), { database, routing: neo4j.routing.READ });
          send(200, { data: query.shape(result.records.map((record: Neo4jRecord) => record.toObject()), variables) });
        })
        .catch((error: unknown) => send(500, { errors: [{ message: error instanceof Error ? error.message : String(error) }] }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    return { port, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
  },
  // Integers (counts, lengths) come back as JS numbers: nothing to convert per row.
  { disableLosslessIntegers: true },
);
