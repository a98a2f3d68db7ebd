import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import type { Neo4jConnection } from '../src/neo4j/driver.js';
import { Database } from '../src/neo4j/database.js';
import { createDriver } from '../src/neo4j/driver.js';
import { browserConfig } from '../src/neo4j/local.js';
import { freePort, ManagedNeo4j } from '../src/neo4j/managed.js';
import { migrate } from '../src/neo4j/migrations.js';
import { loadSeedGraph } from '../src/seeds/loader.js';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: Neo4jConnection & { instanceDir: string; boltPort: number; httpPort: number };
  }
}

/**
 * Starts a throwaway Neo4j for the suite: its own data folder under the OS temp dir, its own
 * free ports and a random password, so the developer's managed instance is never touched.
 * It holds the migrated schema and the seed graph.
 */
export default async function setup(project: TestProject) {
  const instanceDir = mkdtempSync(join(tmpdir(), 'csg-test-neo4j-'));
  const boltPort = await freePort();
  const httpPort = await freePort();
  const neo4j = new ManagedNeo4j({
    instanceDir,
    boltPort,
    httpPort,
    password: randomBytes(12).toString('hex'),
    heap: '512m',
    pagecache: '128m',
    // The same Browser settings as the developer's instance, so a setting Neo4j rejects fails here.
    extraConfig: browserConfig(4000),
    log: (line) => console.log(`[test neo4j] ${line}`),
  });
  await neo4j.start(180_000);
  // Every test file may rely on the seed graph; tests add their own data on top and remove it.
  const driver = createDriver(neo4j.connection);
  try {
    const db = new Database(driver, 'neo4j');
    await migrate(db);
    await loadSeedGraph(db);
  } finally {
    await driver.close();
  }
  project.provide('neo4j', { ...neo4j.connection, instanceDir, boltPort, httpPort });
  return async () => {
    await neo4j.destroy();
  };
}
