import { EnvError, loadEnv } from '../env.js';
import { Database } from '../neo4j/database.js';
import { createDriver, waitForNeo4j, type Neo4jConnection } from '../neo4j/driver.js';
import { localNeo4j } from '../neo4j/local.js';
import { ManagedNeo4jError, type ManagedNeo4j } from '../neo4j/managed.js';
import { migrate } from '../neo4j/migrations.js';
import { countGraph, DEFAULT_CORPUS_DIR, DEFAULT_SEEDS_DIR, loadSeedGraph } from '../seeds/loader.js';
import { readSeeds, SeedValidationError } from '../seeds/validate.js';

/**
 * `npm run seed`: validates seeds/ and loads it (idempotently) into the configured Neo4j.
 * `npm run seed -- --check`: validates only, with no database (for data editors and CI).
 */
async function main(): Promise<void> {
  const env = loadEnv();
  if (process.argv.includes('--check')) {
    const graph = readSeeds(env.SEEDS_DIR ?? DEFAULT_SEEDS_DIR, env.CORPUS_DIR ?? DEFAULT_CORPUS_DIR);
    console.log(`Seed files are valid: ${graph.nodes.length} nodes, ${graph.relationships.length} relationships; every quote is verbatim.`);
    return;
  }
  let managed: ManagedNeo4j | null = null;
  let started = false;
  let connection: Neo4jConnection;
  if (env.NEO4J_URI) {
    connection = { uri: env.NEO4J_URI, user: env.NEO4J_USER, password: env.NEO4J_PASSWORD, database: env.NEO4J_DATABASE };
    await waitForNeo4j(connection, 60_000);
  } else {
    managed = localNeo4j(env);
    started = (await managed.start()).started;
    connection = managed.connection;
  }
  const driver = createDriver(connection);
  try {
    const db = new Database(driver, connection.database);
    await migrate(db);
    await loadSeedGraph(db, { seedsDir: env.SEEDS_DIR, corpusDir: env.CORPUS_DIR, log: console.log });
    const totals = await countGraph(db);
    console.log(`The database now holds ${totals.nodes} nodes and ${totals.relationships} relationships.`);
  } finally {
    await driver.close();
    if (managed && started) await managed.stop();
  }
}

main().catch((error: unknown) => {
  const known = error instanceof EnvError || error instanceof ManagedNeo4jError || error instanceof SeedValidationError;
  console.error(known ? (error as Error).message : error);
  process.exit(1);
});
