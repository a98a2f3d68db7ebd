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
    extraConfig: browserConfig(env.PORT),
  });
}

/**
 * Neo4j Browser applies the project's style on connect and opens its guide; both are served
 * by the API (src/modules/browser), so they appear once `npm start` runs. (5.26 still names
 * the allowlist setting `..._whitelist`; an unknown name would stop Neo4j from starting.)
 */
export function browserConfig(apiPort: number): Record<string, string> {
  return {
    'browser.remote_content_hostname_whitelist': 'localhost,127.0.0.1',
    // No product analytics from Browser (and no banner asking about them): the data is local.
    'client.allow_telemetry': 'false',
    'browser.post_connect_cmd': `style http://127.0.0.1:${apiPort}/browser/style.grass; play http://127.0.0.1:${apiPort}/browser/guide.html`,
  };
}
