import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { Database } from '../../src/neo4j/database.js';
import { createDriver } from '../../src/neo4j/driver.js';
import { countGraph, DEFAULT_CORPUS_DIR, DEFAULT_SEEDS_DIR, loadSeedGraph } from '../../src/seeds/loader.js';
import { readSeeds, SeedValidationError } from '../../src/seeds/validate.js';
import { graphFingerprint } from '../helpers.js';
import { loadGuideQueries } from '../../src/modules/browser/browser.guide.js';

const connection = inject('neo4j');
const driver = createDriver(connection);
const db = new Database(driver, connection.database);
afterAll(() => driver.close());

const FACT_LABELS = ['Tenure', 'ServiceArrangement', 'Inspection', 'Direction', 'Event', 'Statement', 'Policy', 'Affiliation'];

const fingerprint = () => graphFingerprint(db);

describe('the seed graph', () => {
  it('holds every fact with evidence, and every quote occurs verbatim in its corpus file', async () => {
    const rows = await db.read<{ fact: string; quote: string; file: string }>(
      `MATCH (f)-[e:EVIDENCED_BY]->(d:Document) RETURN f.id AS fact, e.quote AS quote, d.corpusFile AS file`,
    );
    expect(rows.length).toBeGreaterThan(100);
    const corpus = new Map(readdirSync(DEFAULT_CORPUS_DIR).map((file) => [file, readFileSync(join(DEFAULT_CORPUS_DIR, file), 'utf8')]));
    const missing = rows.filter((row) => !corpus.get(row.file)?.includes(row.quote));
    expect(missing).toEqual([]);
    const statements = await db.read<{ id: string; quote: string; file: string }>(
      `MATCH (s:Statement)-[:REPORTED_IN]->(d:Document) RETURN s.id AS id, s.quote AS quote, d.corpusFile AS file`,
    );
    expect(statements.filter((s) => !corpus.get(s.file)?.includes(s.quote))).toEqual([]);
  });

  it('has no fact without evidence', async () => {
    const rows = await db.read<{ id: string }>(
      `MATCH (f) WHERE any(l IN labels(f) WHERE l IN $labels) AND NOT (f)-[:EVIDENCED_BY]->(:Document) RETURN f.id AS id`,
      { labels: FACT_LABELS },
    );
    expect(rows).toEqual([]);
  });

  it('gives every node a stable prefixed id and a name for Browser captions', async () => {
    const rows = await db.read<{ id: string | null; name: string | null }>(
      `MATCH (n) WHERE n.id IS NULL OR n.name IS NULL OR NOT n.id =~ '[a-z]+:[a-z0-9-]+' RETURN n.id AS id, n.name AS name`,
    );
    expect(rows).toEqual([]);
  });

  it('names every key person, council, trust and public body of the five articles', async () => {
    const expected = [
      'person:andy-couldrick', 'person:allison-parkinson', 'person:ray-jones', 'person:alison-michalska', 'person:james-blewett',
      'person:edward-timpson', 'person:ruth-bagley', 'person:charlotte-ramsden', 'person:julian-le-grand', 'person:anne-longfield',
      'council:birmingham', 'council:doncaster', 'council:slough', 'council:sunderland', 'council:tameside', 'council:bradford',
      'council:worcestershire', 'council:isle-of-wight', 'trust:birmingham-childrens-trust', 'trust:doncaster-childrens-trust',
      'trust:slough-childrens-services-trust', 'trust:achieving-for-children', 'trust:together-for-children',
      'trust:bradford-children-and-families-trust', 'trust:worcestershire-children-first', 'org:department-for-education',
      'org:ofsted', 'org:adcs',
    ];
    const rows = await db.read<{ id: string }>(`UNWIND $ids AS id MATCH (n {id: id}) RETURN n.id AS id`, { ids: expected });
    expect(rows.map((r) => r.id).sort()).toEqual([...expected].sort());
    const labelled = await db.read<{ id: string }>(
      `MATCH (n:Organisation:ChildrensTrust {id: 'trust:birmingham-childrens-trust'}) RETURN n.id AS id`,
    );
    expect(labelled).toHaveLength(1);
  });

  it('loads twice without changing a single node, relationship or property', async () => {
    const before = await fingerprint();
    const counts = await countGraph(db);
    await loadSeedGraph(db);
    expect(await countGraph(db)).toEqual(counts);
    expect(await fingerprint()).toBe(before);
  });

  it('answers the trust-leaders-turned-commissioners query with Andy Couldrick, both tenures and their quotes', async () => {
    const query = loadGuideQueries().find((q) => q.title === 'Trust leaders who later became commissioners')!;
    const rows = await db.read<{ person: string; trustRole: string; commissionerRole: string; trustRoleQuotes: string[]; commissionerQuotes: string[] }>(query.cypher);
    const couldrick = rows.filter((row) => row.person === 'Andy Couldrick');
    expect(couldrick.map((row) => row.trustRole).sort()).toEqual([
      'chair, Birmingham Children\'s Trust',
      'chief executive, Birmingham Children\'s Trust',
    ]);
    for (const row of couldrick) {
      expect(row.commissionerRole).toMatch(/commissioner, Tameside/);
      expect(row.trustRoleQuotes.join(' ')).toContain('Couldrick was chief executive of Birmingham Children’s Trust');
      expect(row.commissionerQuotes.join(' ')).toContain('by its commissioner, Andy Couldrick');
    }
  });

  it('runs every Browser guide query without error', async () => {
    for (const query of loadGuideQueries()) {
      const rows = await db.read(query.cypher);
      expect(rows.length, query.title).toBeGreaterThan(0);
    }
  });
});

describe('a broken seed file', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'csg-seeds-'));
    cpSync(DEFAULT_SEEDS_DIR, dir, { recursive: true });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  function edit(file: string, change: (entries: Record<string, unknown>[]) => void) {
    const path = join(dir, file);
    const entries = parse(readFileSync(path, 'utf8')) as Record<string, unknown>[];
    change(entries);
    writeFileSync(path, stringify(entries));
  }

  it('loads nothing and names the file and entry whose quote is not in the source', async () => {
    const before = await fingerprint();
    edit('tenures.yaml', (entries) => {
      const tenure = entries.find((e) => e.id === 'tenure:andy-couldrick-tameside-commissioner')!;
      tenure.evidence = [{ doc: 'doc:dfe-more-cost-effective-alternative-to-childrens-trusts', quote: 'Andy Couldrick was appointed in 1999' }];
      entries.push({ id: 'tenure:new-one', person: 'person:andy-couldrick', organisation: 'council:tameside', role: 'x', roleKind: 'OTHER', evidence: [{ doc: 'doc:dfe-more-cost-effective-alternative-to-childrens-trusts', quote: 'Tameside' }] });
    });
    const error = await loadSeedGraph(db, { seedsDir: dir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SeedValidationError);
    expect((error as Error).message).toMatch(/tenures\.yaml \(tenure:andy-couldrick-tameside-commissioner\): evidence\[0\]\.quote does not occur verbatim/);
    expect(await fingerprint()).toBe(before);
  });

  it('names a bad enum value and a fact without evidence, each with its file and entry', () => {
    edit('inspections.yaml', (entries) => {
      entries[0]!.subject = 'council:atlantis';
      entries[1]!.grade = 'EXCELLENT';
      entries[2]!.evidence = [];
    });
    const error = (() => {
      try {
        readSeeds(dir, DEFAULT_CORPUS_DIR);
      } catch (e) {
        return e as SeedValidationError;
      }
      throw new Error('validation passed');
    })();
    const text = error.problems.join('\n');
    expect(text).toMatch(/inspections\.yaml entry 2 \([a-z0-9:-]+\): grade: Invalid option/);
    expect(text).toMatch(/inspections\.yaml entry 3 \([a-z0-9:-]+\): evidence: every fact needs at least one piece of evidence/);
  });

  it('removes from the graph an entry removed from the files, leaving no orphan, and restores it when it returns', async () => {
    cpSync(DEFAULT_SEEDS_DIR, dir, { recursive: true });
    edit('tenures.yaml', (entries) => {
      entries.splice(entries.findIndex((e) => e.id === 'tenure:andy-couldrick-tameside-commissioner'), 1);
    });
    const before = await countGraph(db);
    await loadSeedGraph(db, { seedsDir: dir });
    const gone = await db.read(`MATCH (t:Tenure {id: 'tenure:andy-couldrick-tameside-commissioner'}) RETURN t`);
    expect(gone).toEqual([]);
    const orphans = await db.read(`MATCH (t:Tenure) WHERE NOT ()-[:HELD]->(t) RETURN t.id AS id`);
    expect(orphans).toEqual([]);
    expect((await countGraph(db)).nodes).toBe(before.nodes - 1);
    await loadSeedGraph(db);
    expect(await countGraph(db)).toEqual(before);
  });

  it('reports a reference to an entity no file defines', () => {
    cpSync(DEFAULT_SEEDS_DIR, dir, { recursive: true });
    edit('inspections.yaml', (entries) => {
      entries[0]!.subject = 'council:atlantis';
    });
    expect(() => readSeeds(dir, DEFAULT_CORPUS_DIR)).toThrow(/INSPECTED refers to council:atlantis, which no seed file defines/);
  });
});
