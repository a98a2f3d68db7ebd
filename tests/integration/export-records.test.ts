import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/neo4j/managed.js';
import { TokenStore } from '../../src/modules/auth/tokens.js';
import { readGraphExport, writeGraphExport, ExportError } from '../../src/seeds/export.js';
import { ImportError, importGraph } from '../../src/seeds/import.js';
import { countGraph, loadSeedGraph } from '../../src/seeds/loader.js';
import type { ExportRecords } from '../../src/seeds/records-file.js';
import { graphFingerprint, startTestApi, uniqueSlug, type TestApi } from '../helpers.js';

/**
 * An export of a graph the API has edited (an API-made document, people, facts, a merge, a
 * retraction, added evidence, a purge, their history) restored into an empty database: every
 * node, relationship and property comes back identical, the audit trail answers the same, and
 * no API token is in the export.
 */

let api: TestApi;
let editor: Record<string, string>;
let admin: Record<string, string>;
const tokens: string[] = [];
const slug = uniqueSlug();
const dir = mkdtempSync(join(tmpdir(), 'csg-export-records-'));
const again = mkdtempSync(join(tmpdir(), 'csg-export-records-again-'));

/** `npm run <script>` against the suite's Neo4j. */
function cli(script: string, args: string[]) {
  const { uri, user, password, database } = inject('neo4j');
  const result = spawnSync(process.execPath, [join(PROJECT_ROOT, 'node_modules/tsx/dist/cli.mjs'), script, ...args], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password, NEO4J_DATABASE: database },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: result.status, output: `${result.stdout}${result.stderr}` };
}

type Result<T> = { data?: T; errors?: { message: string; extensions: Record<string, unknown> }[] };
const gql = async <T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = editor) => {
  const result = (await api.graphql(query, variables, headers)) as Result<T>;
  expect(result.errors).toBeUndefined();
  return result.data!;
};

const TEXT = `The ${slug} Gazette reports that Jane ${slug} Doe became interim director of children’s services at Tameside in March 2026. J. ${slug} Doe advised the council on its improvement plan. Andy Couldrick was appointed commissioner for Tameside, the Gazette confirms.`;

const CHANGE_FIELDS = 'id at by via operation reason nodeIds properties { nodeId property before after } relationships { type from to quote change }';
const HISTORY = `query ($id: ID!) { node(id: $id, includeRetracted: true) { id version retraction { at by reason } history(first: 100) { edges { cursor node { ${CHANGE_FIELDS} } } } } }`;
const FEED = `query ($after: String) { changes(first: 100, after: $after) { edges { cursor node { ${CHANGE_FIELDS} } } pageInfo { hasNextPage endCursor } } }`;
const UPSERT_PERSON = `mutation ($input: PersonInput!) { upsertPerson(input: $input) { node { id version } } }`;
const UPSERT_TENURE = `mutation ($input: TenureInput!) { upsertTenure(input: $input, reason: "from the Gazette") { node { id version } } }`;

/** The whole audit trail as the `changes` feed gives it, page by page. */
async function feed(): Promise<unknown[]> {
  const edges: unknown[] = [];
  let after: string | null = null;
  for (;;) {
    const page: { changes: { edges: unknown[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } } = await gql(FEED, { after }, {});
    edges.push(...page.changes.edges);
    if (!page.changes.pageInfo.hasNextPage) return edges;
    after = page.changes.pageInfo.endCursor;
  }
}

const histories = async (ids: string[]) => Promise.all(ids.map((id) => gql(HISTORY, { id }, {})));

beforeAll(async () => {
  // A generous transaction limit: the host is shared and slow, and this file times nothing.
  api = await startTestApi({ queryTimeoutMs: 60_000 });
  const store = new TokenStore(api.db);
  const made = [await store.create(`editor-${slug}`, 'EDITOR'), await store.create(`admin-${slug}`, 'ADMIN')];
  tokens.push(...made.map((t) => t.token));
  editor = { authorization: `Bearer ${made[0]!.token}` };
  admin = { authorization: `Bearer ${made[1]!.token}` };
}, 120_000);

afterAll(async () => {
  // Leave the suite's database as global-setup made it: the seed graph, nothing else.
  await api.db.write('MATCH (n) WHERE NOT n:ApiToken DETACH DELETE n');
  await loadSeedGraph(api.db);
  await api.db.write('MATCH (t:ApiToken) WHERE t.name ENDS WITH $slug DELETE t', { slug });
  await api.close();
  rmSync(dir, { recursive: true, force: true });
  rmSync(again, { recursive: true, force: true });
}, 120_000);

describe('npm run export and npm run import, with edits made through the API', () => {
  const ids: string[] = [];

  it('reproduce every node, relationship and property, the audit trail and the answers of history and changes; tokens are not exported', async () => {
    // An API-made document, two people, a tenure each at a seeded council.
    const doc = await gql<{ createDocument: { document: { id: string } } }>(
      `mutation ($input: CreateDocumentInput!) { createDocument(input: $input, reason: "new article") { document { id } } }`,
      { input: { title: `${slug} Gazette on Tameside`, kind: 'ARTICLE', text: TEXT, published: { date: '2026-11' } } },
    );
    const docId = doc.createDocument.document.id;
    const jane = (await gql<{ upsertPerson: { node: { id: string } } }>(UPSERT_PERSON, { input: { name: `Jane ${slug} Doe` } })).upsertPerson.node.id;
    const twin = (await gql<{ upsertPerson: { node: { id: string } } }>(UPSERT_PERSON, { input: { id: `person:j-${slug}-doe`, name: `J. ${slug} Doe` } })).upsertPerson.node.id;
    await gql(UPSERT_PERSON, { input: { id: jane, name: `Jane ${slug} Doe`, description: 'interim director' } });
    const tenure = (
      await gql<{ upsertTenure: { node: { id: string } } }>(UPSERT_TENURE, {
        input: {
          person: jane,
          organisation: 'council:tameside',
          role: 'interim director of children’s services',
          roleKind: 'DIRECTOR_OF_CHILDRENS_SERVICES',
          start: { date: '2026-03' },
          evidence: [{ doc: docId, quote: `Jane ${slug} Doe became interim director of children’s services at Tameside in March 2026` }],
        },
      })
    ).upsertTenure.node.id;
    const advice = (
      await gql<{ upsertTenure: { node: { id: string } } }>(UPSERT_TENURE, {
        input: { person: twin, organisation: 'council:tameside', role: 'adviser', roleKind: 'ADVISER', evidence: [{ doc: docId, quote: `J. ${slug} Doe advised the council on its improvement plan` }] },
      })
    ).upsertTenure.node.id;
    // The twin merged into Jane: the adviser tenure moves, and its caption still names the twin.
    await gql(`mutation ($keep: ID!, $remove: ID!) { mergeEntities(keep: $keep, remove: $remove, reason: "one person") { node { id } } }`, { keep: jane, remove: twin });
    // Evidence added to a seeded fact; a seeded event retracted; Jane's tenure retracted and restored.
    const seededTenure = 'tenure:andy-couldrick-tameside-commissioner';
    await gql(`mutation ($f: ID!, $d: ID!, $q: String!) { addEvidence(factId: $f, documentId: $d, quote: $q, reason: "second source") { node { id } } }`, {
      f: seededTenure,
      d: docId,
      q: 'Andy Couldrick was appointed commissioner for Tameside',
    });
    const seededEvent = 'event:death-of-kyra-ishaq';
    const RETRACT = `mutation ($id: ID!, $reason: String!) { retract(id: $id, reason: $reason) { node { id } } }`;
    await gql(RETRACT, { id: seededEvent, reason: `test ${slug}` });
    await gql(RETRACT, { id: tenure, reason: 'checking the date' });
    await gql(`mutation ($id: ID!) { restore(id: $id, reason: "date confirmed") { node { id } } }`, { id: tenure });
    // A purge leaves a Change linked to nothing.
    const scrap = (await gql<{ upsertPerson: { node: { id: string } } }>(UPSERT_PERSON, { input: { name: `Scrap ${slug}` } })).upsertPerson.node.id;
    await gql(`mutation ($id: ID!) { purge(id: $id, reason: "takedown") { id } }`, { id: scrap }, admin);
    ids.push(docId, jane, twin, tenure, advice, seededTenure, seededEvent, 'council:tameside', scrap);

    const before = await graphFingerprint(api.db);
    const counts = await countGraph(api.db);
    const historyBefore = await histories(ids);
    const feedBefore = await feed();
    expect(feedBefore.length).toBeGreaterThanOrEqual(11);

    const summary = await writeGraphExport(api.db, dir);
    expect(summary.records).toMatchObject({ nodes: expect.any(Number), texts: 1, changes: feedBefore.length, unseeded: expect.any(Number) });
    const records = JSON.parse(readFileSync(join(dir, 'records.json'), 'utf8')) as ExportRecords;
    expect(records.texts[docId]).toBe(TEXT);
    expect(records.nodes[twin]).toMatchObject({ mergedInto: jane, seeded: null, version: 2 });
    expect(records.nodes[seededEvent]).toMatchObject({ retractedBy: `editor-${slug}`, retractedReason: `test ${slug}`, retractedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT[\d:.]+(Z|[+-]\d\d:\d\d)$/) });
    expect(records.nodes[seededEvent]).not.toHaveProperty('seeded');
    expect(records.nodes[tenure]).not.toHaveProperty('retractedAt');
    // The adviser tenure's stored caption names the twin; what its entry loads to would name Jane.
    expect(String(records.nodes[advice]?.name)).toContain(`J. ${slug} Doe`);
    expect(records.unseeded).toContainEqual({ type: 'EVIDENCED_BY', from: seededTenure, to: docId, quote: 'Andy Couldrick was appointed commissioner for Tameside' });
    const purge = records.changes.find((c) => c.operation === 'PURGE' && (c.nodeIds as string[]).includes(scrap));
    expect(purge).toMatchObject({ touched: [], reason: 'takedown', by: `admin-${slug}` });
    // No token, no token hash, no ApiToken anywhere in the export.
    const exported = readdirSync(dir).map((file) => readFileSync(join(dir, file), 'utf8')).join('\n');
    const stored = await api.db.read<{ props: Record<string, unknown> }>('MATCH (t:ApiToken) RETURN properties(t) AS props');
    expect(stored.length).toBeGreaterThanOrEqual(2);
    for (const secret of [...tokens, ...stored.flatMap(({ props }) => Object.values(props).filter((v): v is string => typeof v === 'string' && v.length >= 32))]) {
      expect(exported).not.toContain(secret);
    }
    expect(exported).not.toContain('ApiToken');

    // Into the database that holds it already: nothing to do.
    expect(await importGraph(api.db, { dir })).toMatchObject({ alreadyThere: true });
    expect(await graphFingerprint(api.db)).toBe(before);

    // Into an empty database (tokens may stay: they are not the graph).
    await api.db.write('MATCH (n) WHERE NOT n:ApiToken DETACH DELETE n');
    expect(await countGraph(api.db)).toEqual({ nodes: 0, relationships: 0 });
    const restored = await importGraph(api.db, { dir });
    expect(restored).toMatchObject({ alreadyThere: false, nodes: counts.nodes, relationships: counts.relationships, changes: feedBefore.length });
    expect(await graphFingerprint(api.db)).toBe(before);
    expect(await histories(ids)).toEqual(historyBefore);
    expect(await feed()).toEqual(feedBefore);

    // Again, through the commands: the restored graph exports byte for byte as the original did,
    // and importing that finds it already there.
    const exported2 = cli('src/cli/export.ts', ['--out', again]);
    expect(exported2.output).toMatch(/records\.json: records of \d+ nodes, 1 document texts/);
    expect(exported2.code).toBe(0);
    expect(readdirSync(again).sort()).toEqual(readdirSync(dir).sort());
    for (const file of readdirSync(dir)) expect(readFileSync(join(again, file), 'utf8'), file).toBe(readFileSync(join(dir, file), 'utf8'));
    const imported = cli('src/cli/import.ts', ['--dir', again]);
    expect(imported.output).toMatch(/already holds exactly this export: nothing to do/);
    expect(imported.code).toBe(0);
    expect(await graphFingerprint(api.db)).toBe(before);
  }, 600_000);

  it('refuses a non-empty database, a tampered records.json and a seed load of the export, writing nothing', async () => {
    const before = await graphFingerprint(api.db);
    await api.db.write(`CREATE (:Person {id: $id, name: 'Intruder'})`, { id: `person:${slug}-intruder` });
    await expect(importGraph(api.db, { dir })).rejects.toThrow(/The database is not empty .* does not hold this export/);
    await api.db.write(`MATCH (p:Person {id: $id}) DELETE p`, { id: `person:${slug}-intruder` });
    expect(await graphFingerprint(api.db)).toBe(before);

    const path = join(dir, 'records.json');
    const original = readFileSync(path, 'utf8');
    const records = JSON.parse(original) as ExportRecords;
    const [someId] = Object.keys(records.nodes);
    try {
      writeFileSync(path, JSON.stringify({ ...records, nodes: { ...records.nodes, [someId!]: { ...records.nodes[someId!], version: 'three' } } }));
      await expect(importGraph(api.db, { dir })).rejects.toThrow(ImportError);
      await expect(importGraph(api.db, { dir })).rejects.toThrow(/version: "three" is not of kind integer/);
      writeFileSync(path, JSON.stringify({ ...records, counts: { ...records.counts, changes: records.counts.changes + 1 } }));
      await expect(importGraph(api.db, { dir })).rejects.toThrow(/counts.changes: records.json says \d+, the export holds \d+/);
    } finally {
      writeFileSync(path, original);
    }
    await expect(loadSeedGraph(api.db, { seedsDir: dir })).rejects.toThrow(/npm run import -- --dir/);
    expect(await graphFingerprint(api.db)).toBe(before);
  });

  it('refuses to export a change with a property the audit trail does not declare', async () => {
    await api.db.write(`MATCH (c:Change) WITH c ORDER BY c.at LIMIT 1 SET c.note = 'x'`);
    try {
      await expect(readGraphExport(api.db)).rejects.toThrow(ExportError);
      await expect(readGraphExport(api.db)).rejects.toThrow(/property note is not one a change has/);
    } finally {
      await api.db.write(`MATCH (c:Change) REMOVE c.note`);
    }
  });
});
