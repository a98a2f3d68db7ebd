import neo4j, { type Driver } from 'neo4j-driver';

export interface Neo4jConnection {
  uri: string;
  user: string;
  password: string;
  database: string;
}

/** One driver per process. Works with bolt:// and routing neo4j:// URIs alike. */
export function createDriver(connection: Neo4jConnection): Driver {
  return neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password), {
    disableLosslessIntegers: false,
    // Fail fast when Neo4j is down (SERVICE_UNAVAILABLE within about a second or two) rather
    // than queueing requests; the pool reconnects by itself once the server is back.
    connectionAcquisitionTimeout: 5_000,
    connectionTimeout: 2_000,
    maxTransactionRetryTime: 1_000,
    userAgent: 'childrens-services-graph',
  });
}

/** Resolves once the server answers a query, polling until `timeoutMs` has passed. */
export async function waitForNeo4j(
  connection: Neo4jConnection,
  timeoutMs: number,
  isAlive: () => boolean = () => true,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    if (!isAlive()) throw new Error('the Neo4j process exited while starting');
    const driver = createDriver(connection);
    try {
      await driver.executeQuery('RETURN 1', {}, { database: connection.database });
      return;
    } catch (error) {
      lastError = error;
      if (isAuthError(error)) throw error;
    } finally {
      await driver.close();
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  const reason = lastError instanceof Error ? lastError.message : String(lastError);
  throw new Error(`Neo4j at ${connection.uri} did not answer within ${timeoutMs / 1000}s: ${reason}`);
}

export function isAuthError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('Neo.ClientError.Security.');
}
