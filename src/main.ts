import { EnvError, loadEnv } from './env.js';
import { jsonLogger } from './logger.js';
import { Database } from './neo4j/database.js';
import { createDriver, waitForNeo4j, type Neo4jConnection } from './neo4j/driver.js';
import { localNeo4j } from './neo4j/local.js';
import { ManagedNeo4jError, type ManagedNeo4j } from './neo4j/managed.js';
import { migrate } from './neo4j/migrations.js';
import { isDatabaseEmpty, loadSeedGraph } from './seeds/loader.js';
import { SeedValidationError } from './seeds/validate.js';
import { createApp } from './server.js';

// Set once this process has started a managed Neo4j, so that any later failure stops it again.
let managed: ManagedNeo4j | null = null;
let startedNeo4j = false;

/** `npm start`: Neo4j (managed unless NEO4J_URI is set), migrations, seed graph, API. */
async function main(): Promise<void> {
  const env = loadEnv();

  let connection: Neo4jConnection;
  if (env.NEO4J_URI) {
    connection = { uri: env.NEO4J_URI, user: env.NEO4J_USER, password: env.NEO4J_PASSWORD, database: env.NEO4J_DATABASE };
    console.log(`Using the Neo4j at ${env.NEO4J_URI} (NEO4J_URI).`);
    await waitForNeo4j(connection, 60_000);
  } else {
    managed = localNeo4j(env);
    startedNeo4j = (await managed.start()).started;
    connection = managed.connection;
  }

  const driver = createDriver(connection);
  const db = new Database(driver, connection.database, env.CYPHER_TIMEOUT_MS);
  await migrate(db);
  if (env.SEED_ON_START && (await isDatabaseEmpty(db))) {
    const summary = await loadSeedGraph(db, { seedsDir: env.SEEDS_DIR, corpusDir: env.CORPUS_DIR, log: console.log });
    console.log(`Loaded the seed graph: ${summary.nodes} nodes, ${summary.relationships} relationships.`);
  }

  const ide = env.GRAPHQL_IDE ? env.GRAPHQL_IDE === 'true' : env.NODE_ENV !== 'production';
  const flag = (value: 'true' | 'false' | undefined) => (value ? value === 'true' : env.NODE_ENV !== 'production');
  const app = createApp({
    db,
    migrated: true,
    introspection: flag(env.GRAPHQL_INTROSPECTION),
    ide,
    corsOrigins: env.CORS_ORIGINS,
    limits: {
      maxDepth: env.MAX_QUERY_DEPTH,
      maxCost: env.MAX_QUERY_COST,
      maxAliases: env.MAX_ALIASES,
      maxQueryLength: env.MAX_QUERY_LENGTH,
    },
    log: jsonLogger(env.LOG_LEVEL),
  });
  const port = await app.listen(env.PORT, env.HOST);
  console.log(`GraphQL API      http://${env.HOST}:${port}/graphql${ide ? '  (GraphiQL in a browser)' : ''}`);
  console.log(`Health           http://${env.HOST}:${port}/health  (ready: /ready)`);
  if (managed) {
    console.log(`Neo4j Browser    ${managed.browserUrl}  (user neo4j, password from NEO4J_PASSWORD)`);
    console.log(`Bolt             ${managed.boltUri}`);
  }

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: draining requests and shutting down...`);
    try {
      await app.stop();
      await driver.close();
      if (managed && startedNeo4j) {
        await managed.stop();
        console.log('Stopped the managed Neo4j this process had started.');
      }
      process.exit(0);
    } catch (error) {
      console.error('Shutdown failed:', error);
      process.exit(1);
    }
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch(async (error: unknown) => {
  if (error instanceof EnvError || error instanceof ManagedNeo4jError || error instanceof SeedValidationError) {
    console.error(error.message);
  } else {
    console.error('Start-up failed:', error instanceof Error ? error.message : error);
  }
  if (managed && startedNeo4j) await managed.stop().catch(() => {});
  process.exit(1);
});
