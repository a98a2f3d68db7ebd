import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { Database } from '../../src/neo4j/database.js';
import { createDriver } from '../../src/neo4j/driver.js';
import { createApp, type App } from '../../src/server.js';

describe('readiness when Neo4j cannot be reached', () => {
  let app: App;
  let url: string;
  const connection = inject('neo4j');
  // The right server with the wrong password: reachable port, failing every query.
  const driver = createDriver({ ...connection, password: 'definitely-not-the-password' });

  beforeAll(async () => {
    app = createApp({ db: new Database(driver, connection.database), migrated: false });
    url = `http://127.0.0.1:${await app.listen(0, '127.0.0.1')}`;
  });
  afterAll(async () => {
    await app.stop();
    await driver.close();
  });

  it('answers /ready with 503 and a JSON reason, while /health stays 200', async () => {
    const ready = await fetch(`${url}/ready`);
    expect(ready.status).toBe(503);
    const body = (await ready.json()) as { status: string; reason: string };
    expect(body.status).toBe('unavailable');
    expect(body.reason).toMatch(/Neo4j is not reachable/);
    expect((await fetch(`${url}/health`)).status).toBe(200);
  });

  it('answers a query with SERVICE_UNAVAILABLE instead of a stack trace or the driver’s words', async () => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ people { totalCount } }' }),
    });
    const body = (await response.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] };
    expect(body.errors[0]?.extensions.code).toBe('SERVICE_UNAVAILABLE');
    expect(body.errors[0]?.message).toBe('The graph database is unavailable; try again shortly.');
    expect(JSON.stringify(body)).not.toMatch(/stacktrace|Neo4jError|authentication/i);
  });
});
