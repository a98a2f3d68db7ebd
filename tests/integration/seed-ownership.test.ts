import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { Database } from '../../src/neo4j/database.js';
import { createDriver } from '../../src/neo4j/driver.js';
import { DEFAULT_CORPUS_DIR, DEFAULT_SEEDS_DIR, loadSeedGraph } from '../../src/seeds/loader.js';
import { readSeeds } from '../../src/seeds/validate.js';
import { uniqueSlug, graphFingerprint } from '../helpers.js';

const connection = inject('neo4j');
const driver = createDriver(connection);
const db = new Database(driver, connection.database);
const dir = mkdtempSync(join(tmpdir(), 'csg-seed-ownership-'));
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await driver.close();
});

/** A seeded document and person of the seed files that the tests hang their own data on. */
const DOC = 'doc:blewett-are-independent-childrens-trusts-the-answer';
const PERSON = 'person:ray-jones';

interface Counts {
  nodes: number;
  relationships: number;
  properties: number;
}

async function counts(): Promise<Counts> {
  const [row] = await db.read<{ nodes: { toNumber(): number }; relationships: { toNumber(): number }; properties: { toNumber(): number } }>(
    `CALL () { MATCH (n) RETURN count(n) AS nodes, sum(size(keys(n))) AS nodeProps }
     CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships, sum(size(keys(r))) AS relProps }
     RETURN nodes, relationships, nodeProps + relProps AS properties`,
  );
  return { nodes: row!.nodes.toNumber(), relationships: row!.relationships.toNumber(), properties: row!.properties.toNumber() };
}

const fingerprint = () => graphFingerprint(db);

function editCopy(file: string, change: (entries: Record<string, unknown>[]) => void) {
  const path = join(dir, file);
  const entries = parse(readFileSync(path, 'utf8')) as Record<string, unknown>[];
  change(entries);
  writeFileSync(path, stringify(entries));
}

describe('the seed loader owns only what came from the seed files', () => {
  it('marks every node and relationship of the seed files as seeded', async () => {
    const graph = readSeeds(DEFAULT_SEEDS_DIR, DEFAULT_CORPUS_DIR);
    const [row] = await db.read<{ nodes: { toNumber(): number }; relationships: { toNumber(): number } }>(
      `CALL () { MATCH (n) WHERE n.seeded = true RETURN count(n) AS nodes }
       CALL () { MATCH ()-[r]->() WHERE r.seeded = true RETURN count(r) AS relationships }
       RETURN nodes, relationships`,
    );
    expect(row!.nodes.toNumber()).toBe(graph.nodes.length);
    expect(row!.relationships.toNumber()).toBe(graph.relationships.length);
  });

  it('keeps a node and relationships added without the marker, also those at seeded nodes', async () => {
    const id = `person:${uniqueSlug()}`;
    await db.write(
      `MATCH (d:Document {id: $doc}), (p:Person {id: $person})
       CREATE (x:Person {id: $id, name: 'Added through the API'})
       CREATE (d)-[:MENTIONS]->(x)
       CREATE (x)-[:MENTIONS]->(p)
       CREATE (d)-[:WRITTEN_BY]->(p)`,
      { doc: DOC, person: PERSON, id },
    );
    const unmarked = async () => {
      const [row] = await db.read<{ rels: string[] }>(
        `MATCH (a)-[r]->(b) WHERE r.seeded IS NULL RETURN collect(a.id + ' ' + type(r) + ' ' + b.id) AS rels`,
      );
      return [...row!.rels].sort();
    };
    try {
      await loadSeedGraph(db);
      const nodes = await db.read<{ name: string; seeded: unknown }>(`MATCH (x:Person {id: $id}) RETURN x.name AS name, x.seeded AS seeded`, { id });
      expect(nodes).toEqual([{ name: 'Added through the API', seeded: null }]);
      expect(await unmarked()).toEqual([`${DOC} MENTIONS ${id}`, `${DOC} WRITTEN_BY ${PERSON}`, `${id} MENTIONS ${PERSON}`].sort());
    } finally {
      await db.write(`MATCH (:Document {id: $doc})-[r:WRITTEN_BY]->(:Person {id: $person}) WHERE r.seeded IS NULL DELETE r`, { doc: DOC, person: PERSON });
      await db.write(`MATCH (x:Person {id: $id}) DETACH DELETE x`, { id });
    }
    expect(await unmarked()).toEqual([]);
  });

  it('prunes a seeded node removed from the files, with its relationships, and keeps an unseeded one', async () => {
    const slug = uniqueSlug();
    const seeded = `person:${slug}-seeded`;
    const unseeded = `person:${slug}-unseeded`;
    cpSync(DEFAULT_SEEDS_DIR, dir, { recursive: true });
    editCopy('people.yaml', (entries) => entries.push({ id: seeded, name: 'Seeded for a while' }));
    try {
      await loadSeedGraph(db, { seedsDir: dir });
      await db.write(
        `MATCH (s:Person {id: $seeded}), (d:Document {id: $doc})
         CREATE (:Person {id: $unseeded, name: 'Never seeded'})-[:MENTIONS]->(s)
         CREATE (d)-[:MENTIONS]->(s)`,
        { seeded, unseeded, doc: DOC },
      );
      const [marked] = await db.read<{ seeded: unknown }>(`MATCH (p:Person {id: $seeded}) RETURN p.seeded AS seeded`, { seeded });
      expect(marked?.seeded).toBe(true);

      cpSync(DEFAULT_SEEDS_DIR, dir, { recursive: true });
      await loadSeedGraph(db, { seedsDir: dir });
      expect(await db.read(`MATCH (p:Person {id: $seeded}) RETURN p`, { seeded })).toEqual([]);
      const kept = await db.read<{ id: string; out: { toNumber(): number } }>(
        `MATCH (p:Person {id: $unseeded}) RETURN p.id AS id, COUNT { (p)-->() } AS out`,
        { unseeded },
      );
      expect(kept.map((row) => [row.id, row.out.toNumber()])).toEqual([[unseeded, 0]]);
    } finally {
      await db.write(`MATCH (p:Person) WHERE p.id IN [$seeded, $unseeded] DETACH DELETE p`, { seeded, unseeded });
    }
  });

  it('leaves identical node, relationship and property counts after two runs, with unseeded data about', async () => {
    const id = `person:${uniqueSlug()}`;
    await db.write(`MATCH (d:Document {id: $doc}) CREATE (d)-[:MENTIONS]->(:Person {id: $id, name: 'Unseeded'})`, { doc: DOC, id });
    try {
      const before = await counts();
      const print = await fingerprint();
      await loadSeedGraph(db);
      const once = await counts();
      await loadSeedGraph(db);
      expect(await counts()).toEqual(once);
      expect(once).toEqual(before);
      expect(await fingerprint()).toBe(print);
    } finally {
      await db.write(`MATCH (x:Person {id: $id}) DETACH DELETE x`, { id });
    }
  });

  it('claims a graph loaded before the marker existed instead of writing it twice', async () => {
    const before = await counts();
    const print = await fingerprint();
    await db.write(`MATCH (n) REMOVE n.seeded`);
    await db.write(`MATCH ()-[r]->() REMOVE r.seeded`);
    await loadSeedGraph(db);
    expect(await counts()).toEqual(before);
    expect(await fingerprint()).toBe(print);
  });
});
