import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { Database } from '../../src/neo4j/database.js';
import { createDriver } from '../../src/neo4j/driver.js';
import { exportSeedEntries, exportSeeds, ExportError } from '../../src/seeds/export.js';
import { graphFingerprint } from '../helpers.js';
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
const fingerprint = () => graphFingerprint(db);

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

  it('refuses to export a relationship, relationship property, label or id-less node the format cannot hold', async () => {
    const cases: [string, string, RegExp][] = [
      [
        `MATCH (a:Person {id: 'person:andy-couldrick'}), (b:Person {id: 'person:ray-jones'}) CREATE (a)-[:KNOWS {since: 2010}]->(b)`,
        `MATCH (:Person {id: 'person:andy-couldrick'})-[r:KNOWS]->() DELETE r`,
        /person:andy-couldrick: relationship KNOWS to person:ray-jones has no place in the seed format/,
      ],
      [
        `MATCH (:Tenure {id: 'tenure:andy-couldrick-tameside-commissioner'})-[r:AT]->() SET r.since = 2024`,
        `MATCH (:Tenure {id: 'tenure:andy-couldrick-tameside-commissioner'})-[r:AT]->() REMOVE r.since`,
        /property since of its AT relationship has no place in the seed format/,
      ],
      [
        `MATCH (p:Person {id: 'person:ray-jones'}) SET p:Academic`,
        `MATCH (p:Person {id: 'person:ray-jones'}) REMOVE p:Academic`,
        /person:ray-jones: label Academic has no place in the seed format/,
      ],
      [`CREATE (:Person {name: 'Nobody'})`, `MATCH (p:Person {name: 'Nobody'}) WHERE p.id IS NULL DELETE p`, /a node labelled Person has no id/],
    ];
    for (const [change, undo, message] of cases) {
      await db.write(change);
      try {
        await expect(exportSeedEntries(db)).rejects.toThrow(message);
      } finally {
        await db.write(undo);
      }
    }
    await expect(exportSeedEntries(db)).resolves.toBeDefined();
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
