import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphFingerprint, postCountingCypher, startTestApi, uniqueSlug, type TestApi } from '../helpers.js';

/**
 * Retracted and merged-away nodes disappear from every read. On the seed graph, one tenure of
 * Andy Couldrick, one document and one person are marked retracted (as `retract` marks them),
 * and a stub person is merged into Andy Couldrick (as `mergeEntities` leaves it), with plain
 * Cypher. Every read is then sent to two APIs on the same database, one compiling and one not
 * (GRAPHQL_COMPILE=false): their answers must be byte-identical and hide what is not shown.
 * What a read answered before the marks, less the hidden nodes, is what it answers after.
 * The marks are removed afterwards: the graph's fingerprint is as it was.
 */

const ANDY = 'person:andy-couldrick';
const TENURE = 'tenure:andy-couldrick-tameside-commissioner';
const DOC = 'doc:adcs-vice-chair-warns-against-independent-trusts';
const PERSON = 'person:charlotte-ramsden';
const TAMESIDE = 'council:tameside';
const BRADFORD_TRUST = 'trust:bradford-children-and-families-trust';
const DFE_DOC = 'doc:dfe-more-cost-effective-alternative-to-childrens-trusts';
const RETRACTED_AT = '2026-03-01T09:30:00.000Z';
const slug = uniqueSlug();
/** A stub merged into Andy Couldrick, one merged into that stub, and two merged into each other. */
const STUB = `person:${slug}-merged`;
const STUB_OF_STUB = `person:${slug}-merged-twice`;
const CYCLE = [`person:${slug}-cycle-a`, `person:${slug}-cycle-b`] as const;
const STUBS = [STUB, STUB_OF_STUB, ...CYCLE];

let compiled: TestApi;
let resolvers: TestApi;
let fingerprint: string;
/** Every node no read shows while the marks hold: the retracted ones, the stubs and the facts whose required end is retracted. */
let hidden: Set<string>;
/** The facts hidden because a required end of theirs is retracted. */
let hiddenByEnds: string[] = [];
/** Answers before the marks (compiled API), by query name. */
const before = new Map<string, unknown>();

const mark = (ids: string[]) =>
  compiled.db.write(
    `MATCH (n) WHERE n.id IN $ids SET n.retractedAt = datetime($at), n.retractedBy = 'retraction.test', n.retractedReason = 'test: ' + n.id`,
    { ids, at: RETRACTED_AT },
  );
const unmark = (ids: string[]) => compiled.db.write('MATCH (n) WHERE n.id IN $ids REMOVE n.retractedAt, n.retractedBy, n.retractedReason', { ids });

/** Sends the operation to both APIs: identical answers, never an error; the compiled side's data and whether it compiled in one query. */
async function both<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}) {
  const a = await postCountingCypher(compiled, query, variables);
  const b = await postCountingCypher(resolvers, query, variables);
  expect(a.text, `compiled and resolver answers differ for ${query.slice(0, 100)} ${JSON.stringify(variables)}`).toBe(b.text);
  const body = JSON.parse(a.text.slice(4)) as { data: T; errors?: { extensions?: { code?: string } }[] };
  return { text: a.text, data: body.data, errors: body.errors, compiledOnce: a.cypher.length === 1 && a.cypher[0]!.startsWith('/* compiled') };
}

/** No hidden id anywhere in an answer. */
function expectNoneHidden(text: string, what: string) {
  const found = [...hidden].filter((id) => text.includes(`"${id}"`));
  expect(found, `${what} shows hidden nodes`).toEqual([]);
}

/** The ids an item of a list refers to: itself, its node, fact, document, or a transition's ends. */
function refs(item: unknown): unknown[] {
  if (!item || typeof item !== 'object') return [];
  const x = item as Record<string, Record<string, Record<string, unknown>> & { id?: unknown }>;
  return [x.id, x.node?.id, x.fact?.id, x.document?.id, x.node?.fact?.id, x.node?.from?.id, x.node?.to?.id, x.node?.person?.id];
}

/** An answer without the hidden nodes: items referring to one are dropped; a connection's totalCount drops with its edges. */
function prune(value: unknown, alsoGone: ReadonlySet<string> = new Set()): unknown {
  const gone = (id: unknown) => typeof id === 'string' && (hidden.has(id) || alsoGone.has(id));
  if (Array.isArray(value)) return value.filter((item) => !refs(item).some(gone)).map((item) => prune(item, alsoGone));
  if (!value || typeof value !== 'object') return value;
  const out = Object.fromEntries(Object.entries(value).map(([key, v]) => [key, prune(v, alsoGone)]));
  const original = value as { edges?: unknown[]; totalCount?: number };
  if (Array.isArray(original.edges) && typeof original.totalCount === 'number') {
    out.totalCount = original.totalCount - (original.edges.length - (out.edges as unknown[]).length);
  }
  return out;
}

const ORGANISATION = `id tenures { id person { id } } leaders { id } arrangements { id } provides { id } inspections { id }
  latestInspection { id } directions { id } affiliations { id } affiliates { id } parts { id }
  mentionedIn(first: 20) { totalCount edges { node { id } } }
  timeline(first: 100) { totalCount edges { node { kind fact { id } } } }`;

/** Reads answered before and after the marks; after, they must answer what they did, less the hidden nodes. */
const PRUNED: Record<string, [string, Record<string, unknown>]> = {
  people: ['{ people(first: 100) { totalCount pageInfo { hasNextPage } edges { node { id } } } }', {}],
  commissioners: ['{ people(first: 100, filter: { roleKinds: [COMMISSIONER] }) { totalCount edges { node { id } } } }', {}],
  peopleAtTameside: [`{ people(first: 100, filter: { organisation: "${TAMESIDE}" }) { totalCount edges { node { id } } } }`, {}],
  peopleAtBradfordTrust: [`{ people(first: 100, filter: { organisation: "${BRADFORD_TRUST}" }) { totalCount edges { node { id } } } }`, {}],
  organisations: ['{ organisations(first: 100, orderBy: { field: ID, direction: DESC }) { totalCount pageInfo { hasNextPage } edges { node { id } } } }', {}],
  councils: ['{ councils(first: 100, filter: { arrangement: TRUST }) { totalCount edges { node { id } } } }', {}],
  documents: ['{ documents(first: 100) { totalCount edges { node { id } } } }', {}],
  documentsMentioningAndy: [`{ documents(first: 100, filter: { mentions: "${ANDY}" }) { totalCount edges { node { id } } } }`, {}],
  statements: ['{ statements(first: 100) { totalCount pageInfo { hasNextPage } edges { node { id } } } }', {}],
  statementsAboutTameside: [`{ statements(first: 100, about: "${TAMESIDE}") { totalCount edges { node { id } } } }`, {}],
  andy: [
    `query ($id: ID!) { node(id: $id) { id ... on Person { tenures { id } statements { id } authored { id } affiliations { id } mentionedIn(first: 20) { totalCount edges { node { id } } } } } }`,
    { id: ANDY },
  ],
  tameside: [`query ($id: ID!) { organisation(id: $id) { ${ORGANISATION} } }`, { id: TAMESIDE }],
  bradfordTrust: [`query ($id: ID!) { organisation(id: $id) { ${ORGANISATION} } }`, { id: BRADFORD_TRUST }],
  dfeDocument: [`query ($id: ID!) { document(id: $id) { id supports { quote fact { id } } contradicts { fact { id } } mentions { id } authors { id } } }`, { id: DFE_DOC }],
  transitions: [
    `{ careerTransitions(from: { organisationKinds: [CHILDRENS_TRUST], roleKinds: [CHIEF_EXECUTIVE, CHAIR] }, to: { roleKinds: [COMMISSIONER] }, first: 100) {
      totalCount edges { node { ordering person { id } from { id } to { id } } } } }`,
    {},
  ],
  anyTransitions: ['{ careerTransitions(from: {}, to: {}, first: 100) { totalCount pageInfo { hasNextPage } edges { node { person { id } from { id } to { id } } } } }', {}],
};

/**
 * People a filtered list loses although they are shown: Andy Couldrick's only commissioner
 * tenure, and his only tenure at Tameside, is the retracted one.
 */
const FILTERED_OUT: Record<string, string[]> = { commissioners: [ANDY], peopleAtTameside: [ANDY] };

/** Facts with evidence from the retracted document (their evidence loses it, the facts stay). */
let evidencedByDoc: string[] = [];

beforeAll(async () => {
  compiled = await startTestApi({ queryTimeoutMs: 30_000 });
  resolvers = await startTestApi({ compile: false, queryTimeoutMs: 30_000 });
  fingerprint = await graphFingerprint(compiled.db);
  evidencedByDoc = (
    await compiled.db.read<{ id: string }>(`MATCH (f)-[:EVIDENCED_BY]->(:Document {id: $doc}) WHERE NOT (f)-[:REPORTED_IN]->(:Document {id: $doc}) RETURN DISTINCT f.id AS id ORDER BY id LIMIT 10`, { doc: DOC })
  ).map((row) => row.id);
  PRUNED.evidence = [`query ($ids: [ID!]!) { nodes(ids: $ids) { ... on Fact { id evidence { quote document { id } } } } }`, { ids: evidencedByDoc }];
  for (const [name, [query, variables]] of Object.entries(PRUNED)) {
    const answer = await compiled.graphql(query, variables);
    expect(answer.errors, name).toBeUndefined();
    before.set(name, answer.data);
  }
  before.set('graphExport', JSON.parse(await (await fetch(`${compiled.url}/export/graph.json`)).text()));

  await mark([TENURE, DOC, PERSON]);
  await compiled.db.write(
    `CREATE (:Person {id: $stub, name: 'Andy Couldrick', aliases: ['A. Couldrick'], mergedInto: $andy})
     CREATE (:Person {id: $twice, name: 'Andrew Couldrick', aliases: [], mergedInto: $stub})
     CREATE (:Person {id: $a, name: 'Cycle A Couldrick', aliases: [], mergedInto: $b})
     CREATE (:Person {id: $b, name: 'Cycle B Couldrick', aliases: [], mergedInto: $a})`,
    { stub: STUB, twice: STUB_OF_STUB, andy: ANDY, a: CYCLE[0], b: CYCLE[1] },
  );
  // The rule stated independently of the code: a fact goes with its retracted person (tenures,
  // statements, affiliations) or the document a statement is reported in.
  const byEnds = await compiled.db.read<{ ids: string[] }>(
    `MATCH (x) WHERE x.id IN [$person, $doc]
     MATCH (f)-[r]-(x) WHERE (type(r) = 'HELD' AND startNode(r) = x) OR (type(r) IN ['SAID_BY', 'REPORTED_IN', 'AFFILIATION_OF'] AND endNode(r) = x)
     RETURN collect(DISTINCT f.id) AS ids`,
    { person: PERSON, doc: DOC },
  );
  hiddenByEnds = byEnds[0]!.ids;
  hidden = new Set([TENURE, DOC, PERSON, ...STUBS, ...hiddenByEnds]);
  // The marks mean something: Charlotte Ramsden's tenure and the document's statements go too.
  expect(byEnds[0]!.ids.filter((id) => id.startsWith('tenure:')).length).toBeGreaterThan(0);
  expect(byEnds[0]!.ids.filter((id) => id.startsWith('statement:')).length).toBeGreaterThan(3);
  expect(evidencedByDoc.length).toBeGreaterThan(0);
});

afterAll(async () => {
  try {
    if (compiled) {
      await unmark([TENURE, DOC, PERSON]);
      await compiled.db.write('MATCH (n:Person) WHERE n.id IN $ids DETACH DELETE n', { ids: STUBS });
      // Other test files see the seed graph as it was.
      expect(await graphFingerprint(compiled.db)).toBe(fingerprint);
    }
  } finally {
    await compiled?.close();
    await resolvers?.close();
  }
});

describe('retracted and merged-away nodes', () => {
  it('leave every root list, filtered list, relation, timeline and career transition, with their counts', async () => {
    for (const [name, [query, variables]] of Object.entries(PRUNED)) {
      const after = await both(query, variables);
      expect(after.errors, name).toBeUndefined();
      expect(after.compiledOnce, name).toBe(true);
      expectNoneHidden(after.text, name);
      const gone = new Set(FILTERED_OUT[name] ?? []);
      expect(after.data, name).toEqual(prune(before.get(name), gone));
    }
    // The lists changed as they should (what prune dropped was there before).
    const ids = (name: string, key: string) => JSON.stringify((before.get(name) as Record<string, unknown>)[key]);
    expect(ids('andy', 'node')).toContain(TENURE);
    expect(ids('commissioners', 'people')).toContain(ANDY);
    expect(ids('peopleAtBradfordTrust', 'people')).toContain(PERSON);
    expect(ids('tameside', 'organisation')).toContain(TENURE);
    expect(ids('dfeDocument', 'document')).toContain(TENURE);
    expect(ids('documents', 'documents')).toContain(DOC);
    expect(ids('transitions', 'careerTransitions')).toContain(TENURE);
    expect(ids('evidence', 'nodes')).toContain(DOC);
    // A retracted entity has no documents mentioning it, nor statements of its own.
    for (const query of [`{ documents(filter: { mentions: "${PERSON}" }) { totalCount edges { node { id } } } }`, `{ statements(speaker: "${PERSON}") { totalCount edges { node { id } } } }`]) {
      const after = await both(query);
      expect(after.text).toContain('"totalCount":0');
    }
  });

  it('answer null through node, nodes, person and document, unless includeRetracted', async () => {
    const selection = `__typename id retraction { __typename at by reason }
      ... on Tenure { role person { id name retraction { reason } } organisation { id } evidence { document { id } } }
      ... on Person { name tenures { id } }
      ... on Document { title supports { fact { id } } }`;
    const charlottesTenure = hiddenByEnds.find((id) => id.startsWith('tenure:'))!;
    for (const id of [TENURE, DOC, PERSON, charlottesTenure, ...STUBS.slice(2)]) {
      const hiddenAnswer = await both(`query ($id: ID!) { node(id: $id) { ${selection} } }`, { id });
      expect(hiddenAnswer.data, id).toEqual({ node: null });
      expect(hiddenAnswer.compiledOnce, id).toBe(!STUBS.includes(id));
    }
    const tenure = await both<{ node: Record<string, unknown> }>(`query ($id: ID!) { node(id: $id, includeRetracted: true) { ${selection} } }`, { id: TENURE });
    expect(tenure.compiledOnce).toBe(true);
    expect(tenure.data.node).toMatchObject({
      id: TENURE,
      retraction: { __typename: 'Retraction', at: RETRACTED_AT, by: 'retraction.test', reason: `test: ${TENURE}` },
      person: { id: ANDY, retraction: null },
      organisation: { id: TAMESIDE },
    });
    // The fact hidden with its retracted person is answered when asked for, with that person.
    const hiddenByEnd = await both<{ node: Record<string, unknown> }>(`query ($id: ID!) { node(id: $id, includeRetracted: true) { ${selection} } }`, { id: charlottesTenure });
    expect(hiddenByEnd.data.node).toMatchObject({ id: charlottesTenure, retraction: null, person: { id: PERSON, retraction: { reason: `test: ${PERSON}` } } });
    const person = await both<{ node: Record<string, unknown> }>(`query ($id: ID!) { node(id: $id, includeRetracted: true) { ${selection} } }`, { id: PERSON });
    expect(person.data.node).toMatchObject({ id: PERSON, retraction: { at: RETRACTED_AT }, tenures: [] });
    const doc = await both<{ node: Record<string, unknown> }>(`query ($id: ID!) { node(id: $id, includeRetracted: true) { ${selection} } }`, { id: DOC });
    expect(doc.data.node).toMatchObject({ id: DOC, retraction: { by: 'retraction.test' } });
    expectNoneHidden(JSON.stringify((doc.data.node as { supports: unknown }).supports), 'a retracted document’s supports');

    const ids = [TENURE, ANDY, STUB, DOC, 'nope', PERSON, STUB_OF_STUB, CYCLE[0]];
    const plain = await both<{ nodes: ({ id: string } | null)[] }>(`query ($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids });
    expect(plain.data.nodes).toEqual([null, { id: ANDY }, { id: ANDY }, null, null, null, { id: ANDY }, null]);
    const included = await both<{ nodes: ({ id: string } | null)[] }>(`query ($ids: [ID!]!) { nodes(ids: $ids, includeRetracted: true) { id } }`, { ids });
    expect(included.data.nodes).toEqual([{ id: TENURE }, { id: ANDY }, { id: ANDY }, { id: DOC }, null, { id: PERSON }, { id: ANDY }, null]);
    expect((await both(`{ person(id: "${PERSON}") { id } document(id: "${DOC}") { id } }`)).data).toEqual({ person: null, document: null });
  });

  it('redirect a merged id to the node kept, following merges', async () => {
    const query = `query ($id: ID!, $all: Boolean) { node(id: $id, includeRetracted: $all) { id ... on Person { name tenures { id } } } person(id: $id) { id name } }`;
    const andy = await both(query, { id: ANDY });
    for (const id of [STUB, STUB_OF_STUB]) {
      for (const all of [false, true]) {
        const merged = await both(query, { id, all });
        expect(merged.text).toBe(andy.text);
        expect(merged.data).toMatchObject({ node: { id: ANDY, name: 'Andy Couldrick' }, person: { id: ANDY } });
      }
    }
    // A cycle of merges answers nothing.
    expect((await both(query, { id: CYCLE[1], all: true })).data).toEqual({ node: null, person: null });
  });

  it('leave search: no hit on them, nor through their quotes or text, unless includeRetracted', async () => {
    const query = `query ($q: String!, $kinds: [SearchKind!], $all: Boolean, $after: String) {
      search(query: $q, kinds: $kinds, first: 10, after: $after, includeRetracted: $all) {
        totalCount pageInfo { hasNextPage endCursor }
        edges { cursor node { score field matched node { __typename id retraction { by } } snippet { text start end document { id } } } } } }`;
    type Answer = { search: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: { node: { id: string } } }[] } };
    const everyHit = async (q: string, kinds: string[] | null, all: boolean) => {
      const found: string[] = [];
      let after: string | null = null;
      for (let page = 0; page < 10; page += 1) {
        const answer: { text: string; data: Answer; errors?: unknown; compiledOnce: boolean } = await both<Answer>(query, { q, kinds, all, after });
        expect(answer.errors).toBeUndefined();
        expect(answer.compiledOnce).toBe(true);
        if (!all) expectNoneHidden(answer.text, `search ${q}`);
        found.push(...answer.data.search.edges.map((edge) => edge.node.node.id));
        if (!answer.data.search.pageInfo.hasNextPage) break;
        after = answer.data.search.pageInfo.endCursor;
      }
      return found;
    };
    const searches: [string, string[] | null][] = [
      ['Couldrick', null],
      ['Ramsden', null],
      ['highly critical report on Tameside', null],
      ['ADCS vice chair independent trusts', null],
      ['trusts', ['FACT']],
      ['Couldrick', ['PERSON']],
    ];
    for (const [q, kinds] of searches) {
      const shown = await everyHit(q, kinds, false);
      const all = await everyHit(q, kinds, true);
      // Including retracted nodes adds hits, never loses one; the stubs are never found.
      expect(all).toEqual(expect.arrayContaining(shown));
      expect(all.filter((id) => STUBS.includes(id))).toEqual([]);
    }
    expect(await everyHit('Ramsden', ['PERSON'], true)).toContain(PERSON);
    expect(await everyHit('highly critical report on Tameside', ['FACT'], true)).toContain(TENURE);
  });

  it('leave paths (none passes through one) and neighbourhoods', async () => {
    const query = `query ($from: ID!, $to: ID!, $docs: Boolean) { paths(from: $from, to: $to, maxHops: 6, first: 10, viaDocuments: $docs) {
      length nodes { __typename id } steps { relationship from { id } to { id } fact { id } evidence { quote document { id } } } } }`;
    const ends = [ANDY, TAMESIDE, 'person:allison-parkinson', BRADFORD_TRUST, 'council:bradford', 'council:doncaster'];
    let pathsFound = 0;
    for (const from of ends) {
      for (const to of ends) {
        if (from === to) continue;
        for (const docs of [false, true]) {
          const answer = await both<{ paths: unknown[] }>(query, { from, to, docs });
          expect(answer.errors, `${from} ${to}`).toBeUndefined();
          expectNoneHidden(answer.text, `paths ${from} ${to}`);
          pathsFound += answer.data.paths.length;
        }
      }
    }
    expect(pathsFound).toBeGreaterThan(20);
    for (const id of [PERSON, STUB]) {
      expect((await both(query, { from: id, to: ANDY, docs: true })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
    const hood = `query ($id: ID!, $kinds: [NodeKind!]) { neighbourhood(id: $id, depth: 2, kinds: $kinds, limit: 500) { truncated center { id } nodes { id } edges { from to type quote } } }`;
    for (const kinds of [null, ['PERSON', 'ORGANISATION', 'TENURE', 'DOCUMENT', 'STATEMENT']]) {
      for (const id of [ANDY, TAMESIDE, BRADFORD_TRUST]) {
        const answer = await both(hood, { id, kinds });
        expect(answer.errors).toBeUndefined();
        expect(answer.compiledOnce).toBe(true);
        expectNoneHidden(answer.text, `neighbourhood ${id}`);
      }
    }
    expect((await both(hood, { id: PERSON })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('leave the exports: the whole graph, a neighbourhood and paths', async () => {
    const get = async (path: string) => {
      const response = await fetch(`${compiled.url}${path}`);
      return { status: response.status, text: await response.text() };
    };
    const whole = await get('/export/graph.json');
    expect(whole.status).toBe(200);
    expectNoneHidden(whole.text, 'the whole-graph export');
    type Export = { nodes: { id: string }[]; edges: { source: string; target: string }[] };
    const graph = JSON.parse(whole.text) as Export;
    const was = before.get('graphExport') as Export;
    expect(graph.nodes.map((node) => node.id)).toEqual(was.nodes.map((node) => node.id).filter((id) => !hidden.has(id)));
    expect(graph.edges.length).toBe(was.edges.filter((edge) => !hidden.has(edge.source) && !hidden.has(edge.target)).length);
    for (const path of [`/export/graph.json?around=${ANDY}&depth=2&kinds=PERSON,ORGANISATION,TENURE,DOCUMENT,STATEMENT`, `/export/edges.csv?from=${ANDY}&to=${TAMESIDE}&viaDocuments=true`, `/export/graph.gexf?around=${BRADFORD_TRUST}&depth=2`]) {
      const answer = await get(path);
      expect(answer.status, path).toBe(200);
      for (const id of hidden) expect(answer.text, path).not.toContain(id);
    }
    expect((await get(`/export/graph.json?around=${PERSON}`)).status).toBe(404);
    expect((await get(`/export/graph.json?from=${ANDY}&to=${DOC}&viaDocuments=true`)).status).toBe(404);
  });

  it('give latestInspection the latest inspection not retracted', async () => {
    const query = `{ organisation(id: "council:doncaster") { latestInspection { id grade } inspections { id } } }`;
    type Answer = { organisation: { latestInspection: { id: string }; inspections: { id: string }[] } };
    const latest = (await both<Answer>(query)).data.organisation;
    const [next] = await compiled.db.read<{ id: string }>(
      `MATCH (:Council {id: 'council:doncaster'})<-[:INSPECTED]-(i:Inspection) WHERE i.dateLatest IS NOT NULL AND i.id <> $id
       RETURN i.id AS id ORDER BY i.dateLatest DESC, i.dateEarliest DESC, i.id LIMIT 1`,
      { id: latest.latestInspection.id },
    );
    await mark([latest.latestInspection.id]);
    try {
      const after = await both<Answer>(query);
      expect(after.compiledOnce).toBe(true);
      expect(after.data.organisation.latestInspection.id).toBe(next!.id);
      expect(after.data.organisation.inspections).toEqual(latest.inspections.filter((inspection) => inspection.id !== latest.latestInspection.id));
    } finally {
      await unmark([latest.latestInspection.id]);
    }
  });

  it('read alike on every node of the graph, shown or not, with retraction null on the shown', async () => {
    const ids = (await compiled.db.read<{ id: string }>('MATCH (n) WHERE n.id IS NOT NULL AND NOT n:Change RETURN n.id AS id ORDER BY id')).map((row) => row.id);
    expect(ids.length).toBeGreaterThan(200);
    const query = `query ($id: ID!) { node(id: $id) { __typename id retraction { at }
      ... on Person { tenures { id organisation { id } } statements { id document { id } } affiliations { id party { id } } mentionedIn { totalCount edges { node { id } } } }
      ... on Organisation { tenures { id person { id } } latestInspection { id } arrangements { id provider { id } } timeline(first: 100) { totalCount edges { node { kind fact { id } } } } }
      ... on Document { supports { fact { id } } contradicts { fact { id } } mentions { id } authors { id } outlet { id } }
      ... on Fact { evidence { document { id } } contradictedBy { document { id } } }
      ... on Statement { speaker { ... on Person { id } ... on Organisation { id } } about { id } sharedWording { id } }
      ... on Event { involves { id } date { resolvedFrom { id } } }
      ... on Inspection { subject { id } arrangement { id } date { resolvedFrom { id } } } } }`;
    for (const id of ids) {
      const answer = await both<{ node: { retraction: unknown } | null }>(query, { id });
      expect(answer.errors, id).toBeUndefined();
      // A merged stub is left to the resolvers (they follow it); everything else is one compiled query.
      expect(answer.compiledOnce, id).toBe(!STUBS.includes(id));
      if (hidden.has(id) && id !== STUB && id !== STUB_OF_STUB) expect(answer.data.node, id).toBeNull();
      else expect(answer.data.node?.retraction, id).toBeNull();
      expectNoneHidden(answer.text, id);
    }
  }, 600_000);
});
