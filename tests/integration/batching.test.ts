import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestApi, uniqueSlug, type TestApi } from '../helpers.js';

const QUERY = `query ($first: Int!, $name: String) {
  organisations(first: $first, filter: { kinds: [COUNCIL], nameContains: $name }) {
    edges { node {
      id name
      arrangements { id status provider { id name } evidence { quote document { title } } }
      latestInspection { grade date { value } }
      leaders { role person { name } }
    } }
  }
}`;

let api: TestApi;
let resolversOnly: TestApi;
const slug = uniqueSlug();

beforeAll(async () => {
  api = await startTestApi();
  resolversOnly = await startTestApi({ compile: false });
  // 60 councils of this test's own, each with a trust arrangement, two inspections and a leader.
  const councils = Array.from({ length: 60 }, (_, i) => ({ n: String(i), id: `council:${slug}-${i}` }));
  await api.db.write(
    `CREATE (doc:Document {id: $doc, name: 'Batching fixture', title: 'Batching fixture', kind: 'REPORT', corpusFile: 'none.txt'})
     CREATE (ofsted:Organisation:Inspectorate {id: 'org:' + $slug + '-inspectorate', name: 'Inspectorate ' + $slug, aliases: []})
     WITH doc, ofsted
     UNWIND $councils AS c
     CREATE (council:Organisation:Council {id: c.id, name: 'Council ' + $slug + ' ' + c.n, aliases: []})
     CREATE (trust:Organisation:ChildrensTrust {id: 'trust:' + $slug + '-' + c.n, name: 'Trust ' + $slug + ' ' + c.n, aliases: []})
     CREATE (a:ServiceArrangement {id: 'arrangement:' + $slug + '-' + c.n, name: 'a', origin: 'UNKNOWN', status: 'ACTIVE'})
     CREATE (a)-[:FOR_COUNCIL]->(council), (a)-[:PROVIDED_BY]->(trust), (a)-[:EVIDENCED_BY {quote: 'q'}]->(doc)
     CREATE (p:Person {id: 'person:' + $slug + '-' + c.n, name: 'Leader ' + c.n, aliases: []})
     CREATE (t:Tenure {id: 'tenure:' + $slug + '-' + c.n, name: 't', role: 'chief executive', roleKind: 'CHIEF_EXECUTIVE'})
     CREATE (p)-[:HELD]->(t)-[:AT]->(council), (t)-[:EVIDENCED_BY {quote: 'q'}]->(doc)
     FOREACH (year IN [2015, 2019] |
       CREATE (i:Inspection {id: 'inspection:' + $slug + '-' + c.n + '-' + year, name: 'i', grade: 'GOOD',
                             date: toString(year), datePrecision: 'YEAR',
                             dateEarliest: date({year: year, month: 1, day: 1}), dateLatest: date({year: year, month: 12, day: 31})})
       CREATE (i)-[:INSPECTED]->(council), (i)-[:CONDUCTED_BY]->(ofsted), (i)-[:EVIDENCED_BY {quote: 'q'}]->(doc))`,
    { councils, slug, doc: `doc:${slug}` },
  );
});

afterAll(async () => {
  await api.db.write(`MATCH (n) WHERE n.id CONTAINS $slug DETACH DELETE n`, { slug });
  await api.close();
  await resolversOnly.close();
});

/** Counts real Cypher round trips by wrapping the real driver's executeQuery (it still runs). */
async function roundTrips(target: TestApi, first: number): Promise<{ count: number; items: number }> {
  const spy = vi.spyOn(target.db.driver, 'executeQuery');
  try {
    const result = await target.graphql<{ organisations: { edges: { node: { arrangements: unknown[]; latestInspection: { date: { value: string } } | null; leaders: unknown[] } }[] } }>(
      QUERY,
      { first, name: slug },
    );
    expect(result.errors).toBeUndefined();
    const edges = result.data!.organisations.edges;
    for (const { node } of edges) {
      expect(node.arrangements).toHaveLength(1);
      expect(node.latestInspection?.date.value).toBe('2019');
      expect(node.leaders).toHaveLength(1);
    }
    return { count: spy.mock.calls.length, items: edges.length };
  } finally {
    spy.mockRestore();
  }
}

describe('batching', () => {
  it('lists 50 organisations with arrangements, latest inspection and leaders in one compiled round trip', async () => {
    const fifty = await roundTrips(api, 50);
    expect(fifty.items).toBe(50);
    expect(fifty.count).toBe(1);
    const five = await roundTrips(api, 5);
    expect(five.items).toBe(5);
    expect(five.count).toBe(1);
  });

  it('takes a constant number of round trips through the resolvers too (GRAPHQL_COMPILE=false)', async () => {
    const fifty = await roundTrips(resolversOnly, 50);
    expect(fifty.items).toBe(50);
    // One per level: the list; arrangements, inspections and tenures together; providers,
    // people and evidence (with its documents) together.
    expect(fifty.count).toBe(3);
    const five = await roundTrips(resolversOnly, 5);
    expect(five.items).toBe(5);
    expect(five.count).toBe(fifty.count);
  });
});
