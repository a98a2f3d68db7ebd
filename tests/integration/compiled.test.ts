import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, parse, print, type OperationDefinitionNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postCountingCypher, startTestApi, uniqueSlug, type TestApi } from '../helpers.js';

/**
 * Compiled operations (src/modules/compiler) must answer exactly as the resolvers do. Two
 * APIs on the same seed graph, one compiling and one not (GRAPHQL_COMPILE=false), get the
 * same requests; their responses must be byte-identical, and the compiling one must have
 * answered each compilable operation in one Cypher round trip.
 */

let compiled: TestApi;
let resolvers: TestApi;

beforeAll(async () => {
  compiled = await startTestApi();
  resolvers = await startTestApi({ compile: false });
});
afterAll(async () => {
  await compiled.close();
  await resolvers.close();
});


/** Sends the operation to both APIs; returns the compiled side's answer and Cypher. */
async function both(query: string, variables: Record<string, unknown> = {}) {
  const a = await postCountingCypher(compiled, query, variables);
  const b = await postCountingCypher(resolvers, query, variables);
  expect(a.text, `compiled and resolver answers differ for ${query.slice(0, 80)} ${JSON.stringify(variables)}`).toBe(b.text);
  // Compiled: one compiled query, or none when no root field needs data.
  return { ...a, wasCompiled: a.cypher.length <= 1 && a.cypher.every((cypher) => cypher.startsWith('/* compiled')) };
}

type PageInfo = { hasNextPage: boolean; endCursor: string | null };

/**
 * Follows a connection page after page (at most `pages`), sending each page to both APIs
 * through `both`; every page must have been compiled. `path` leads from the response data to
 * the connection's pageInfo (missing when a parent on the way is null).
 */
async function everyPage(query: string, variables: Record<string, unknown>, pages: number, path: string[]) {
  let after: string | null = null;
  for (let page = 0; page < pages; page += 1) {
    const result = await both(query, { ...variables, after });
    expect(result.wasCompiled).toBe(true);
    const data = (JSON.parse(result.text.slice(4)) as { data: unknown }).data;
    const info = path.reduce<unknown>((value, key) => (value as Record<string, unknown> | null | undefined)?.[key], data) as PageInfo | undefined;
    if (!info?.hasNextPage) break;
    after = info.endCursor;
  }
}

const EVIDENCE = 'evidence { quote document { id title kind corpusFile published { value } } }';
const DATE = 'value precision earliest latest relative';
const FACTS = `
  ... on Tenure { id name role roleKind current start { ${DATE} } end { ${DATE} } person { id name } organisation { id name kinds } ${EVIDENCE} }
  ... on ServiceArrangement { id name origin ending status description start { value } end { value } council { id } provider { id name kinds } ${EVIDENCE} }
  ... on Inspection { id name grade scope date { ${DATE} } subject { id } inspectorate { name } ${EVIDENCE} }
  ... on Direction { id name directionKind: kind summary date { value } council { id } issuedBy { id } arrangement { id status } ${EVIDENCE} }
  ... on Event { id name eventKind: kind date { value } description amount currency period ${EVIDENCE} }
  ... on Statement { id name quote summary stance date { value } document { id title } speaker { __typename ... on Person { id name } ... on Organisation { id name } } ${EVIDENCE} }
  ... on Policy { id name aliases description policyIssuer: issuedBy { id } ${EVIDENCE} }`;
const ORGANISATION = `
  id name aliases kinds description __typename
  tenures { id role start { value } }
  ceos: tenures(roleKinds: [CHIEF_EXECUTIVE]) { id person { name } }
  leaders { role roleKind person { id name aliases } }
  arrangements { id status provider { id name } evidence { quote } }
  provides { id council { id name } }
  inspections { grade date { value earliest } }
  latestInspection { id grade date { value } inspectorate { id } }
  directions { id kind arrangement { id } }`;

describe('compiled operations answer exactly as the resolvers do', () => {
  it('for every example operation in examples/, with the variables the examples test uses', async () => {
    const dir = join(import.meta.dirname, '..', '..', 'examples');
    const variables: Record<string, Record<string, unknown>[]> = {
      PersonCareer: [{ id: 'person:andy-couldrick' }, { id: 'person:allison-parkinson' }, { id: 'council:doncaster' }, { id: 'person:nobody' }],
      CouncilTimeline: [{ id: 'council:doncaster' }, { id: 'council:birmingham' }, { id: 'council:sunderland' }],
      CouncilsOverview: [{ first: 50 }, { filter: { arrangement: 'TRUST' } }, { filter: { arrangement: 'IN_HOUSE' } }, { first: 3, orderBy: { field: 'ID', direction: 'DESC' } }],
      ConnectionBetween: [{ from: 'person:andy-couldrick', to: 'person:allison-parkinson' }],
      Search: [{ query: 'Couldrik' }],
      Neighbourhood: [{ id: 'person:andy-couldrick', depth: 2 }],
      StatementsByStance: [{}],
      DocumentFacts: [{ id: 'doc:dfe-more-cost-effective-alternative-to-childrens-trusts' }],
      DocumentsMentioning: [{ id: 'trust:birmingham-childrens-trust' }],
      TrustLeadersWhoBecameCommissioners: [{}],
      TenureToCorrect: [{ id: 'tenure:andy-couldrick-tameside-commissioner' }],
      NodeHistory: [{ id: 'person:andy-couldrick' }],
    };
    // A node's history is read by the resolvers (the audit trail is never compiled).
    const resolverOnly = new Set(['NodeHistory']);
    const files = readdirSync(dir).filter((file) => file.endsWith('.graphql'));
    expect(files.length).toBeGreaterThanOrEqual(10);
    const compiledOps = new Set<string>();
    // Each query on its own (a file may hold several operations); the example mutations run in examples-writes.test.ts.
    const queries = files
      .flatMap((file) => parse(readFileSync(join(dir, file), 'utf8')).definitions)
      .filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION && d.operation === 'query');
    for (const operation of queries) {
      const query = print({ kind: Kind.DOCUMENT, definitions: [operation] });
      const name = operation.name?.value ?? query;
      const runs = [];
      for (const vars of variables[name] ?? [{}]) runs.push((await both(query, vars)).wasCompiled);
      // An operation is compiled or not whatever its variables.
      expect(new Set(runs).size, name).toBe(1);
      if (runs[0]) compiledOps.add(name);
    }
    // Every example question takes one round trip.
    expect([...compiledOps].sort()).toEqual(Object.keys(variables).filter((name) => !resolverOnly.has(name)).sort());
  });

  it('for every node of the seed graph through node(id), with every field of its type', async () => {
    const ids = (await compiled.db.read<{ id: string }>('MATCH (n) WHERE n.id IS NOT NULL RETURN n.id AS id ORDER BY id')).map((row) => row.id);
    expect(ids.length).toBeGreaterThan(200);
    const query = `query ($id: ID!) { node(id: $id) { __typename id
      ... on Person { name aliases description tenures { id roleKind organisation { name } } statements { id quote } }
      ... on Organisation { ${ORGANISATION} }
      ... on Document { name title documentKind: kind corpusFile published { ${DATE} } }
      ${FACTS} } }`;
    for (const id of ids) expect((await both(query, { id })).wasCompiled).toBe(true);
  });

  it('for lists with filters, orders, cursors and counts, page after page', async () => {
    const lists = [
      ['organisations', '{ kinds: [COUNCIL] }', 'NAME', 'ASC'],
      ['organisations', '{ kinds: [CHILDRENS_TRUST, COUNCIL], nameContains: "B" }', 'ID', 'DESC'],
      ['organisations', 'null', 'NAME', 'DESC'],
      ['people', '{ roleKinds: [CHIEF_EXECUTIVE] }', 'NAME', 'ASC'],
      ['people', '{ organisation: "trust:birmingham-childrens-trust" }', 'ID', 'ASC'],
      ['councils', '{ inspectionGrade: [INADEQUATE], inspectedFrom: "2010-01-01" }', 'NAME', 'ASC'],
      ['councils', '{ arrangement: TRUST }', 'NAME', 'DESC'],
    ] as const;
    for (const [field, filter, orderField, direction] of lists) {
      const query = `query ($after: String) { ${field}(first: 4, after: $after, filter: ${filter}, orderBy: { field: ${orderField}, direction: ${direction} }) {
        __typename totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
        edges { cursor node { __typename id name ${field === 'people' ? 'tenures { role }' : 'kinds latestInspection { grade }'} } } } }`;
      await everyPage(query, {}, 10, [field, 'pageInfo']);
    }
  });

  it('for timelines paged with cursors, fragments, aliases, @include and @skip', async () => {
    const query = `query ($id: ID!, $after: String, $withFacts: Boolean!, $noDates: Boolean!) {
      org: organisation(id: $id) { ...Names
        page: timeline(first: 7, after: $after) { totalCount pageInfo { hasNextPage endCursor startCursor hasPreviousPage }
          edges { cursor node { kind date @skip(if: $noDates) { value precision } fact @include(if: $withFacts) { __typename id name ${FACTS} } } } }
        timeline { totalCount } } }
      fragment Names on Organisation { id label: name kinds }`;
    for (const id of ['council:doncaster', 'council:birmingham', 'trust:birmingham-childrens-trust', 'person:andy-couldrick', 'council:no-such-council']) {
      for (const [withFacts, noDates] of [[true, false], [false, true]]) {
        await everyPage(query, { id, withFacts, noDates }, 6, ['org', 'page', 'pageInfo']);
      }
    }
  });

  it('for searches and document lists, page after page', async () => {
    const searchQuery = `query ($q: String!, $kinds: [SearchKind!], $after: String) {
      search(query: $q, kinds: $kinds, first: 3, after: $after) { totalCount pageInfo { hasNextPage endCursor }
        edges { cursor node { score matched node { __typename id ... on Person { name aliases } ... on Organisation { name kinds } ... on Document { title } ... on Policy { name } } } } } }`;
    for (const [q, kinds] of [['Couldrik', null], ['birmingham childrens trust', ['CHILDRENS_TRUST']], ['council', null], ['trust', ['DOCUMENT', 'POLICY']], ['ADCS', null]] as const) {
      await everyPage(searchQuery, { q, kinds }, 4, ['search', 'pageInfo']);
    }
    const documentsQuery = `query ($filter: DocumentFilter, $order: DocumentOrder, $after: String) {
      documents(first: 2, after: $after, filter: $filter, orderBy: $order) { totalCount pageInfo { hasNextPage endCursor }
        edges { cursor node { id title kind published { value } outlet { name } } } } }`;
    for (const [filter, order] of [
      [null, null],
      [{ mentions: 'trust:birmingham-childrens-trust' }, { field: 'PUBLISHED', direction: 'DESC' }],
      [{ titleContains: 'trust', kinds: ['ARTICLE'] }, { field: 'TITLE', direction: 'DESC' }],
    ]) {
      await everyPage(documentsQuery, { filter, order }, 4, ['documents', 'pageInfo']);
    }
  });

  it('for career transitions with every filter, strict or not, page after page', async () => {
    const query = `query ($from: TenureFilter!, $to: TenureFilter!, $strict: Boolean, $after: String) {
      careerTransitions(from: $from, to: $to, strict: $strict, first: 3, after: $after) {
        totalCount pageInfo { hasNextPage hasPreviousPage endCursor }
        edges { cursor node { ordering person { id name } from { id role roleKind start { value } organisation { id kinds } } to { id role evidence { quote } } } } } }`;
    const filters: [Record<string, unknown>, Record<string, unknown>][] = [
      [{ organisationKinds: ['CHILDRENS_TRUST'], roleKinds: ['CHIEF_EXECUTIVE', 'CHAIR'] }, { roleKinds: ['COMMISSIONER'] }],
      [{ roleKinds: ['DIRECTOR_OF_CHILDRENS_SERVICES'] }, {}],
      [{}, { organisationKinds: ['CHILDRENS_TRUST'] }],
      [{ organisation: 'trust:birmingham-childrens-trust' }, { organisationKinds: ['COUNCIL', 'GOVERNMENT_BODY'] }],
    ];
    for (const [from, to] of filters) {
      for (const strict of [false, true]) {
        await everyPage(query, { from, to, strict }, 5, ['careerTransitions', 'pageInfo']);
      }
    }
  });

  it('for paths between many pairs, through facts or documents', async () => {
    const query = `query ($from: ID!, $to: ID!, $hops: Int, $docs: Boolean) {
      paths(from: $from, to: $to, maxHops: $hops, first: 4, viaDocuments: $docs) {
        length nodes { __typename id ... on Person { name } ... on Organisation { name kinds } }
        steps { relationship forward from { id } to { __typename id } fact { __typename id name } evidence { quote document { id } } } } }`;
    const ids = (await compiled.db.read<{ id: string }>(
      "MATCH (n) WHERE n:Person OR n:Organisation OR n:Inspection RETURN n.id AS id ORDER BY id",
    )).map((row) => row.id);
    let compiledCount = 0;
    for (let i = 0; i < 24; i += 1) {
      const from = ids[(i * 7) % ids.length]!;
      const to = ids[(i * 13 + 5) % ids.length]!;
      if (from === to) continue;
      const result = await both(query, { from, to, hops: 2 + (i % 4), docs: i % 3 === 0 });
      if (result.wasCompiled) compiledCount += 1;
    }
    expect(compiledCount).toBeGreaterThan(20);
    // Missing ends: the resolvers answer NOT_FOUND.
    expect((await both(query, { from: 'person:andy-couldrick', to: 'person:nobody-at-all' })).text).toContain('NOT_FOUND');
  });

  it('answers a query that needs no data without Neo4j', async () => {
    for (const query of ['{ __typename }', '{ __typename person(id: "no-such-prefix:x") { name } node(id: "") { id } }']) {
      const result = await both(query);
      expect(result.cypher).toEqual([]);
    }
  });

  it('leaves to the resolvers, with the same coded errors, what it cannot answer', async () => {
    const cases: [string, Record<string, unknown>][] = [
      ['{ organisations(first: 0) { edges { cursor } } }', {}],
      ['{ organisations(first: 101) { totalCount } }', {}],
      ['query ($after: String) { people(after: $after) { edges { cursor } } }', { after: 'not-a-cursor' }],
      ['{ councils(filter: { inspectedFrom: "2019-13-01" }) { totalCount } }', {}],
      ['{ organisation(id: "council:doncaster") { timeline(first: 500) { totalCount } } }', {}],
      ['{ search(query: "   ") { totalCount } }', {}],
      ['query ($id: ID!) { person(id: $id) { name } }', { id: { not: 'an id' } }],
    ];
    for (const [query, variables] of cases) {
      const { cypher } = await both(query, variables);
      expect(cypher.some((text) => text.startsWith('/* compiled')), query).toBe(false);
    }
  });

  it('leaves to the resolvers data the schema does not allow (a tenure at no organisation)', async () => {
    const slug = uniqueSlug();
    await compiled.db.write(`CREATE (:Person {id: $person, name: 'Broken', aliases: []})-[:HELD]->(:Tenure {id: $tenure, name: 't', role: 'chair', roleKind: 'CHAIR'})`, {
      person: `person:${slug}`,
      tenure: `tenure:${slug}`,
    });
    try {
      const result = await both('query ($id: ID!) { person(id: $id) { name tenures { role organisation { name } } } }', { id: `person:${slug}` });
      // The compiled query ran, found no organisation for a non-null field, and the resolvers answered.
      expect(result.cypher[0]).toMatch(/^\/\* compiled/);
      expect(result.cypher.length).toBeGreaterThan(1);
      expect(result.text).toContain('INTERNAL_SERVER_ERROR');
    } finally {
      await compiled.db.write('MATCH (n) WHERE n.id IN [$person, $tenure] DETACH DELETE n', { person: `person:${slug}`, tenure: `tenure:${slug}` });
    }
  });
});
