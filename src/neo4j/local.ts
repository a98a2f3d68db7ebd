import { join } from 'node:path';
import type { Env } from '../env.js';
import { ManagedNeo4j, PROJECT_ROOT } from './managed.js';

/** The developer's managed instance, configured from the environment (data in .neo4j/local). */
export function localNeo4j(env: Env, log: (line: string) => void = console.log): ManagedNeo4j {
  const home = env.NEO4J_HOME_DIR ?? join(PROJECT_ROOT, '.neo4j');
  return new ManagedNeo4j({
    instanceDir: join(home, 'local'),
    distRoot: join(home, 'dist'),
    boltPort: env.NEO4J_BOLT_PORT,
    httpPort: env.NEO4J_HTTP_PORT,
    password: env.NEO4J_PASSWORD,
    heap: env.NEO4J_HEAP,
    pagecache: env.NEO4J_PAGECACHE,
    log,
  });
}
