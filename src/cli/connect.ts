import type { Env } from '../env.js';
import { Database } from '../neo4j/database.js';
import { createDriver, waitForNeo4j, type Neo4jConnection } from '../neo4j/driver.js';
import { localNeo4j } from '../neo4j/local.js';

/**
 * For the command-line tools: the configured Neo4j (NEO4J_URI, or the managed instance,
 * started if needed), and a close() that stops the managed instance again if this started it.
 */
export async function connect(env: Env): Promise<{ db: Database; close: () => Promise<void> }> {
  let connection: Neo4jConnection;
  let stop = async () => {};
  if (env.NEO4J_URI) {
    connection = { uri: env.NEO4J_URI, user: env.NEO4J_USER, password: env.NEO4J_PASSWORD, database: env.NEO4J_DATABASE };
    await waitForNeo4j(connection, 60_000);
  } else {
    const managed = localNeo4j(env);
    const { started } = await managed.start();
    connection = managed.connection;
    if (started) stop = async () => void (await managed.stop());
  }
  const driver = createDriver(connection);
  return {
    db: new Database(driver, connection.database, env.CYPHER_TIMEOUT_MS),
    close: async () => {
      await driver.close();
      await stop();
    },
  };
}
