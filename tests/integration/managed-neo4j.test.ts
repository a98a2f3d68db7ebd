import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { ManagedNeo4j, portIsFree } from '../../src/neo4j/managed.js';

describe('the managed Neo4j (the suite runs on one)', () => {
  const config = inject('neo4j');
  const same = () =>
    new ManagedNeo4j({
      instanceDir: config.instanceDir,
      boltPort: config.boltPort,
      httpPort: config.httpPort,
      password: config.password,
    });

  it('reports itself running, and a second start reuses it instead of starting another', async () => {
    const neo4j = same();
    expect(neo4j.status()).toMatchObject({ running: true, boltUri: `bolt://127.0.0.1:${config.boltPort}` });
    expect(await neo4j.start()).toEqual({ started: false });
    expect(await portIsFree(config.boltPort)).toBe(false);
  });

  it('serves Neo4j Browser over HTTP from the Maven artifact', async () => {
    const response = await fetch(`http://127.0.0.1:${config.httpPort}/browser/`);
    expect(response.status).toBe(200);
    expect(await response.text()).toMatch(/Neo4j Browser/i);
  });

  it('keeps its data in its own folder, bound to 127.0.0.1 only', async () => {
    expect(existsSync(join(config.instanceDir, 'data/databases/neo4j'))).toBe(true);
    const discovery = (await (await fetch(`http://127.0.0.1:${config.httpPort}/`)).json()) as Record<string, string>;
    expect(discovery.bolt_direct).toBe(`bolt://127.0.0.1:${config.boltPort}`);
    expect(discovery.neo4j_edition).toBe('community');
    expect(discovery.neo4j_version).toMatch(/^5\.26\./);
  });

  it('refuses a wrong password, because authentication stays on', async () => {
    const response = await fetch(`http://127.0.0.1:${config.httpPort}/db/neo4j/tx/commit`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Basic ${Buffer.from('neo4j:wrong-password').toString('base64')}` },
      body: JSON.stringify({ statements: [{ statement: 'RETURN 1' }] }),
    });
    expect(response.status).toBe(401);
  });
});
