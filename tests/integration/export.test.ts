import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { Database } from '../../src/neo4j/database.js';
import { createDriver } from '../../src/neo4j/driver.js';
import { exportSeedEntries, exportSeeds, ExportError } from '../../src/seeds/export.js';
import { countGraph, loadSeedGraph } from '../../src/seeds/loader.js';

const connection = inject('neo4j');
const driver = createDriver(connection);
const db = new Database(driver, connection.database);
const dir = mkdtempSync(join(tmpdir(), 'csg-export-'));
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await driver.close();
});

/** Every node (labels and properties) and every relationship (with properties), sorted. */
async function fingerprint(): Promise<string> {
  const [nodes] = await db.read(`MATCH (n) WITH n ORDER BY n.id RETURN collect([labels(n), properties(n)]) AS n`);
  const [rels] = await db.read(
    `MATCH (a)-[r]->(b) WITH a.id AS a, type(r) AS t, b.id AS b, properties(r) AS p ORDER BY a, t, b, p.quote RETURN collect([a, t, b, p]) AS r`,
  );
  return JSON.stringify([nodes, rels]);
}

describe('npm run export', () => {
  it('writes the graph in the seed format, and loading it into an empty database reproduces it exactly', async () => {
    const before = await fingerprint();
    const counts = await countGraph(db);
    const files = await exportSeeds(db, dir);
    expect(files.people).toBeGreaterThan(10);
    await db.write('MATCH (n) DETACH DELETE n');
    expect(await countGraph(db)).toEqual({ nodes: 0, relationships: 0 });
    await loadSeedGraph(db, { seedsDir: dir });
    expect(await countGraph(db)).toEqual(counts);
    expect(await fingerprint()).toBe(before);
  });

  it('refuses to export a property the seed format cannot hold, instead of dropping it', async () => {
    await db.write(`MATCH (p:Person {id: 'person:andy-couldrick'}) SET p.nickname = 'AC'`);
    try {
      await expect(exportSeedEntries(db)).rejects.toThrow(ExportError);
      await expect(exportSeedEntries(db)).rejects.toThrow(/person:andy-couldrick: property nickname has no place in the seed format/);
    } finally {
      await db.write(`MATCH (p:Person {id: 'person:andy-couldrick'}) REMOVE p.nickname`);
    }
  });
});
