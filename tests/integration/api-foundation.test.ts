import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, uniqueSlug, type TestApi } from '../helpers.js';

let api: TestApi;
const slug = uniqueSlug();
const people = ['Alice', 'Bob', 'Carol', 'Dan', 'Erin'].map((first) => ({
  id: `person:${slug}-${first.toLowerCase()}`,
  name: `${first} ${slug}`,
}));
const trustId = `trust:${slug}-trust`;

beforeAll(async () => {
  api = await startTestApi();
  await api.db.write(
    `UNWIND $people AS p CREATE (:Person {id: p.id, name: p.name, aliases: []})`,
    { people },
  );
  await api.db.write(
    `CREATE (:Organisation:ChildrensTrust {id: $id, name: $name, aliases: ['XYZCT ' + $slug]}),
            (:Organisation:Council {id: $council, name: $councilName, aliases: []})`,
    { id: trustId, name: `Trust ${slug}`, slug, council: `council:${slug}`, councilName: `Council ${slug}` },
  );
});

afterAll(async () => {
  await api.db.write(`MATCH (n) WHERE n.id CONTAINS $slug DETACH DELETE n`, { slug });
  await api.close();
});

describe('the GraphQL endpoint', () => {
  it('answers { __typename } with Query over HTTP', async () => {
    const result = await api.graphql('{ __typename }');
    expect(result.status).toBe(200);
    expect(result.data).toEqual({ __typename: 'Query' });
  });

  it('fetches a person by id through person(id) and node(id)', async () => {
    const alice = people[0]!;
    const result = await api.graphql(
      `query ($id: ID!) { person(id: $id) { id name aliases } node(id: $id) { __typename id ... on Person { name } } }`,
      { id: alice.id },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      person: { id: alice.id, name: alice.name, aliases: [] },
      node: { __typename: 'Person', id: alice.id, name: alice.name },
    });
  });

  it('returns null for ids that match nothing, and nodes() keeps the order asked for', async () => {
    const result = await api.graphql(
      `query ($ids: [ID!]!) { nodes(ids: $ids) { __typename id } person(id: "person:nobody-${slug}") { id } }`,
      { ids: [trustId, `person:missing-${slug}`, people[1]!.id, 'nonsense'] },
    );
    expect(result.data).toEqual({
      nodes: [{ __typename: 'Organisation', id: trustId }, null, { __typename: 'Person', id: people[1]!.id }, null],
      person: null,
    });
  });

  it('pages through people with cursors, a stable order and a total count', async () => {
    const query = `query ($after: String, $name: String) {
      people(first: 2, after: $after, filter: { nameContains: $name }) {
        totalCount edges { cursor node { name } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      }
    }`;
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const result: Awaited<ReturnType<TestApi['graphql']>> = await api.graphql(query, { after, name: slug.toUpperCase() });
      const connection = (result.data as { people: { totalCount: number; edges: { cursor: string; node: { name: string } }[]; pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null } } }).people;
      expect(connection.totalCount).toBe(5);
      expect(connection.pageInfo.hasPreviousPage).toBe(after !== null);
      seen.push(...connection.edges.map((edge) => edge.node.name));
      pages += 1;
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(pages).toBe(3);
    expect(seen).toEqual(people.map((p) => p.name));
  });

  it('filters organisations by kind and by alias', async () => {
    const result = await api.graphql(
      `query ($name: String) {
        trusts: organisations(filter: { nameContains: $name, kinds: [CHILDRENS_TRUST] }) { totalCount edges { node { id kinds } } }
        byAlias: organisations(filter: { nameContains: $alias }) { edges { node { id } } }
      }`.replace('$alias', `"xyzct ${slug}"`),
      { name: slug },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      trusts: { totalCount: 1, edges: [{ node: { id: trustId, kinds: ['CHILDRENS_TRUST'] } }] },
      byAlias: { edges: [{ node: { id: trustId } }] },
    });
  });

  it('rejects a page size over 100 and a forged cursor with BAD_USER_INPUT', async () => {
    const big = await api.graphql('{ people(first: 101) { totalCount } }');
    expect(big.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(big.errors?.[0]?.message).toMatch(/between 1 and 100/);
    const forged = await api.graphql('{ organisations(after: "not-a-cursor") { totalCount } }');
    expect(forged.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(forged)).not.toMatch(/stacktrace|at \//);
  });

  it('answers malformed requests with a 400, not a crash', async () => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": ',
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe('BAD_REQUEST');
  });
});

describe('health checks', () => {
  it('GET /health answers 200 while the process lives', async () => {
    const response = await fetch(`${api.url}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', rssBytes: expect.any(Number), heapUsedBytes: expect.any(Number) });
  });

  it('GET /ready answers 200 when Neo4j is reachable and migrated', async () => {
    const response = await fetch(`${api.url}/ready`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ready' });
  });
});

describe('Neo4j Browser support', () => {
  it('serves the GraSS style and the guide, readable cross-origin by Neo4j Browser', async () => {
    const style = await fetch(`${api.url}/browser/style.grass`);
    expect(style.status).toBe(200);
    expect(style.headers.get('access-control-allow-origin')).toBe('*');
    const grass = await style.text();
    for (const label of ['Person', 'Council', 'ChildrensTrust', 'Document', 'Tenure', 'Inspection']) {
      expect(grass).toContain(`node.${label} {`);
    }
    const guide = await fetch(`${api.url}/browser/guide.html`);
    expect(guide.status).toBe(200);
    const html = await guide.text();
    expect(html).toContain('<pre class="pre-scrollable code runnable">');
    expect(html).toContain('Trust leaders who later became commissioners');
    expect(html.match(/class="pre-scrollable code runnable"/g)?.length).toBeGreaterThanOrEqual(8);
    // Neo4j Browser preflights its cross-origin fetch of the guide.
    const preflight = await fetch(`${api.url}/browser/guide.html`, {
      method: 'OPTIONS',
      headers: { origin: 'http://127.0.0.1:7474', 'access-control-request-method': 'GET', 'access-control-request-headers': 'x-requested-with' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    expect(preflight.headers.get('access-control-allow-headers')).toBe('x-requested-with');
  });
});
