import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../helpers.js';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

async function codeOf(query: string, variables?: Record<string, unknown>): Promise<string | undefined> {
  const result = await api.graphql(query, variables);
  expect(JSON.stringify(result)).not.toMatch(/stacktrace|Neo4jError| {4}at /);
  return result.errors?.[0]?.extensions?.code;
}

describe('coded errors for bad input', () => {
  it('bounds paths, neighbourhoods and page sizes with BAD_USER_INPUT', async () => {
    const a = 'person:andy-couldrick';
    const b = 'person:allison-parkinson';
    expect(await codeOf(`{ paths(from: "${a}", to: "${b}", maxHops: 11) { length } }`)).toBe('BAD_USER_INPUT');
    expect(await codeOf(`{ paths(from: "${a}", to: "${b}", maxHops: 0) { length } }`)).toBe('BAD_USER_INPUT');
    expect(await codeOf(`{ paths(from: "${a}", to: "${a}") { length } }`)).toBe('BAD_USER_INPUT');
    expect(await codeOf(`{ paths(from: "nonsense", to: "${a}") { length } }`)).toBe('BAD_USER_INPUT');
    expect(await codeOf(`{ neighbourhood(id: "${a}", depth: 4) { truncated } }`)).toBe('BAD_USER_INPUT');
    expect(await codeOf(`{ neighbourhood(id: "${a}", limit: 501) { truncated } }`)).toBe('BAD_USER_INPUT');
    expect(await codeOf(`{ statements(first: 500) { totalCount } }`)).toBe('BAD_USER_INPUT');
    expect(await codeOf(`{ documents(filter: { publishedFrom: "last tuesday" }) { totalCount } }`)).toBe('BAD_USER_INPUT');
    expect(await codeOf(`{ councils(filter: { inspectedTo: "2020-02-30" }) { totalCount } }`)).toBe('BAD_USER_INPUT');
  });

  it('answers NOT_FOUND for a neighbourhood or path of an id that does not exist', async () => {
    expect(await codeOf(`{ neighbourhood(id: "person:nobody-at-all") { truncated } }`)).toBe('NOT_FOUND');
    expect(await codeOf(`{ paths(from: "person:andy-couldrick", to: "person:nobody-at-all") { length } }`)).toBe('NOT_FOUND');
    expect(await codeOf(`{ paths(from: "persons", to: "person:andy-couldrick") { length } }`)).toBe('BAD_USER_INPUT');
  });

  it('refuses a cursor from another sort order', async () => {
    const page = await api.graphql<{ people: { pageInfo: { endCursor: string } } }>(`{ people(first: 2) { pageInfo { endCursor } } }`);
    const cursor = page.data!.people.pageInfo.endCursor;
    expect(await codeOf(`query ($c: String) { people(first: 2, after: $c, orderBy: { field: ID }) { totalCount } }`, { c: cursor })).toBe('BAD_USER_INPUT');
  });

  it('sorts documents by publication date with undated ones last, in both directions', async () => {
    const slug = `sortfixture${Date.now()}`;
    await api.db.write(
      `UNWIND $docs AS d CREATE (n:Document {id: 'doc:' + $slug + '-' + d.n, name: $slug + d.n, title: $slug + d.n, kind: 'ARTICLE', corpusFile: 'none.txt'})
       FOREACH (_ IN CASE WHEN d.year IS NULL THEN [] ELSE [1] END |
         SET n.published = toString(toInteger(d.year)), n.publishedPrecision = 'YEAR',
             n.publishedEarliest = date({year: toInteger(d.year), month: 1, day: 1}), n.publishedLatest = date({year: toInteger(d.year), month: 12, day: 31}))`,
      { slug, docs: [{ n: 'a', year: 2020 }, { n: 'b', year: null }, { n: 'c', year: 2018 }] },
    );
    try {
      for (const [direction, expected] of [['ASC', ['2018', '2020', null]], ['DESC', ['2020', '2018', null]]] as const) {
        const result = await api.graphql<{ documents: { edges: { node: { published: { value: string } | null } }[] } }>(
          `query ($t: String) { documents(filter: { titleContains: $t }, orderBy: { field: PUBLISHED, direction: ${direction} }) { edges { node { published { value } } } } }`,
          { t: slug },
        );
        expect(result.data!.documents.edges.map((e) => e.node.published?.value ?? null), direction).toEqual(expected);
      }
    } finally {
      await api.db.write(`MATCH (d:Document) WHERE d.id STARTS WITH 'doc:' + $slug DETACH DELETE d`, { slug });
    }
  });
});

describe('the object graph', () => {
  it('fetches every kind of node by id through node(id)', async () => {
    const ids = [
      'person:andy-couldrick',
      'council:tameside',
      'doc:jones-six-reasons-to-rethink-trusts',
      'tenure:andy-couldrick-tameside-commissioner',
      'arrangement:doncaster-doncaster-childrens-trust',
      'inspection:sunderland-2021',
      'direction:tameside-revised',
      'event:bcft-overspend-2023-24',
      'statement:ray-jones-more-harm-than-good',
      'policy:putting-children-first',
    ];
    const result = await api.graphql<{ nodes: ({ __typename: string; id: string; evidence?: unknown[] } | null)[] }>(
      `query ($ids: [ID!]!) { nodes(ids: $ids) { __typename id ... on Fact { evidence { quote } } } }`,
      { ids },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.nodes.map((n) => n?.__typename)).toEqual([
      'Person', 'Organisation', 'Document', 'Tenure', 'ServiceArrangement', 'Inspection', 'Direction', 'Event', 'Statement', 'Policy',
    ]);
    for (const node of result.data!.nodes.slice(3)) expect(node?.evidence?.length).toBeGreaterThan(0);
  });

  it('gives an overspend its amount, currency and period, and the trusts it involves', async () => {
    const result = await api.graphql(`{ node(id: "event:bcft-overspend-2023-24") { ... on Event { kind amount currency period involves { id } } } }`);
    expect(result.data).toEqual({
      node: { kind: 'OVERSPEND', amount: 42300000, currency: 'GBP', period: '2023-24', involves: expect.arrayContaining([{ id: 'trust:bradford-children-and-families-trust' }]) },
    });
  });

  it('serves the document text so that every quote can be checked against it', async () => {
    const result = await api.graphql<{ document: { text: string; supports: { quote: string }[] } }>(
      `{ document(id: "doc:jones-six-reasons-to-rethink-trusts") { text supports { quote } } }`,
    );
    const { text, supports } = result.data!.document;
    expect(supports.length).toBeGreaterThan(0);
    for (const { quote } of supports) expect(text).toContain(quote);
  });

  it('filters councils by inspection grade and date range, and people by role', async () => {
    const result = await api.graphql<{ councils: { edges: { node: { id: string } }[] }; people: { edges: { node: { id: string } }[] } }>(
      `{ councils(first: 100, filter: { inspectionGrade: [OUTSTANDING] }) { edges { node { id } } }
         people(first: 100, filter: { roleKinds: [COMMISSIONER] }) { edges { node { id } } } }`,
    );
    expect(result.data!.councils.edges.map((e) => e.node.id)).toContain('council:sunderland');
    expect(result.data!.people.edges.map((e) => e.node.id)).toEqual(expect.arrayContaining(['person:andy-couldrick']));
    const dated = await api.graphql<{ councils: { edges: { node: { id: string } }[] } }>(
      `{ councils(first: 100, filter: { inspectedFrom: "2021-01-01", inspectedTo: "2021-12-31" }) { edges { node { id } } } }`,
    );
    expect(dated.data!.councils.edges.map((e) => e.node.id)).toContain('council:sunderland');
  });

  it('sorts people by name descending with cursors that continue in the same order', async () => {
    const first = await api.graphql<{ people: { edges: { node: { name: string } }[]; pageInfo: { endCursor: string } } }>(
      `{ people(first: 3, orderBy: { field: NAME, direction: DESC }) { edges { node { name } } pageInfo { endCursor } } }`,
    );
    const names = first.data!.people.edges.map((e) => e.node.name);
    expect([...names].sort().reverse()).toEqual(names);
    const next = await api.graphql<{ people: { edges: { node: { name: string } }[] } }>(
      `query ($after: String) { people(first: 3, after: $after, orderBy: { field: NAME, direction: DESC }) { edges { node { name } } } }`,
      { after: first.data!.people.pageInfo.endCursor },
    );
    expect(next.data!.people.edges[0]!.node.name <= names.at(-1)!).toBe(true);
  });
});

describe('the GraphQL IDE', () => {
  it('is served to browsers from npm packages, with no CDN', async () => {
    const page = await fetch(`${api.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('/ide/graphiql.min.js');
    expect(html).not.toMatch(/https?:\/\/(?!127\.0\.0\.1)/);
    for (const asset of ['/ide/graphiql.min.js', '/ide/graphiql.min.css', '/ide/react.production.min.js', '/ide/react-dom.production.min.js']) {
      const response = await fetch(`${api.url}${asset}`);
      expect(response.status, asset).toBe(200);
      expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(1000);
    }
  });
});
