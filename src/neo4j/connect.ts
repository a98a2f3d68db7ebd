import type { Driver } from 'neo4j-driver';
import type { Env } from '../env.js';
import { Database } from './database.js';
import { createDriver, waitForNeo4j, type Neo4jConnection } from './driver.js';
import { localNeo4j } from './local.js';
import type { ManagedNeo4j } from './managed.js';

export interface Connected {
  db: Database;
  driver: Driver;
  /** The managed instance in use, or null with NEO4J_URI. */
  managed: ManagedNeo4j | null;
  /** Closes the driver, and stops the managed Neo4j if this process started it (not if it reused it). */
  close: () => Promise<void>;
}

/**
 * The configured Neo4j: NEO4J_URI, or the managed instance, started (or reused) and awaited.
 * `timeoutMs` overrides CYPHER_TIMEOUT_MS (the command-line tools read or write whole graphs).
 */
export async function connect(env: Env, timeoutMs: number = env.CYPHER_TIMEOUT_MS): Promise<Connected> {
  let connection: Neo4jConnection;
  let managed: ManagedNeo4j | null = null;
  let started = false;
  if (env.NEO4J_URI) {
    connection = { uri: env.NEO4J_URI, user: env.NEO4J_USER, password: env.NEO4J_PASSWORD, database: env.NEO4J_DATABASE };
    console.log(`Using the Neo4j at ${env.NEO4J_URI} (NEO4J_URI).`);
    await waitForNeo4j(connection, 60_000);
  } else {
    managed = localNeo4j(env);
    started = (await managed.start()).started;
    connection = managed.connection;
  }
  const driver = createDriver(connection);
  return {
    db: new Database(driver, connection.database, timeoutMs),
    driver,
    managed,
    close: async () => {
      await driver.close();
      if (managed && started) {
        await managed.stop();
        console.log('Stopped the managed Neo4j this process had started.');
      }
    },
  };
}
