import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { ApolloServer, HeaderMap, type HTTPGraphQLRequest } from '@apollo/server';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { readJson, runServer } from './harness.js';

/**
 * (c) The Neo4j GraphQL Library (@neo4j/graphql 7): schema and resolvers generated from
 * neo4j-graphql.graphql, each operation translated into one Cypher query. Served by Apollo
 * Server on node:http exactly as the API is (same request handling, no framework).
 */
await runServer('ngql', async ({ driver, database }) => {
  const typeDefs = readFileSync(new URL('./neo4j-graphql.graphql', import.meta.url), 'utf8');
  const neoSchema = new Neo4jGraphQL({ typeDefs, driver });
  const apollo = new ApolloServer({ schema: await neoSchema.getSchema(), introspection: false });
  await apollo.start();

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      res.statusCode = 500;
      res.end(JSON.stringify({ errors: [{ message: error instanceof Error ? error.message : String(error) }] }));
    });
  });
  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const request: HTTPGraphQLRequest = { method: req.method?.toUpperCase() ?? 'GET', headers, search: url.search, body: await readJson(req) };
    // The library reads the database name from the context's sessionConfig.
    const response = await apollo.executeHTTPGraphQLRequest({ httpGraphQLRequest: request, context: async () => ({ sessionConfig: { database } }) });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  }
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    port,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await apollo.stop();
    },
  };
});
