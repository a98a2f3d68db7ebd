import { jsonLogger } from '../../src/logger.js';
import { Database } from '../../src/neo4j/database.js';
import { createApp } from '../../src/server.js';
import { runServer } from './harness.js';

/**
 * (b) This API, as src/main.ts serves it (createApp on node:http), with a driver whose round
 * trips the harness counts. It logs as with LOG_LEVEL=warn: warnings and errors (to stderr,
 * so that a bug surfacing under load shows in the run's output) but not one line per request,
 * since neither other implementation writes a log line per request.
 */
await runServer('api', async ({ driver, database }) => {
  const db = new Database(driver, database);
  const app = createApp({
    db,
    migrated: true,
    introspection: false,
    log: jsonLogger('warn', (line) => process.stderr.write(`${line}\n`)),
    // The write benchmark (W1-W3) sends thousands of writes a minute with one EDITOR token:
    // the per-credential write rate limit (RATE_LIMITED) would measure the limiter, not the
    // write path. 0 turns it off.
    writeRateLimit: 0,
  });
  const port = await app.listen(0, '127.0.0.1');
  return { port, close: () => app.stop() };
});
