import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, suiteNeo4j, type TestApi } from '../helpers.js';

// Stops and restarts the suite's own Neo4j (never a developer's): files run one at a time.
const neo4j = suiteNeo4j();
let api: TestApi;
let resolversOnly: TestApi;
const QUERY = '{ person(id: "person:andy-couldrick") { name tenures { role } } }';
// Nullable and non-null roots, and one that needs no database.
const MIXED = [
  '{ __typename a: person(id: "person:andy-couldrick") { name } b: organisation(id: "council:doncaster") { name } }',
  '{ __typename organisations(first: 2) { totalCount } person(id: "person:andy-couldrick") { name } }',
  '{ __typename }',
];

beforeAll(async () => {
  api = await startTestApi();
  resolversOnly = await startTestApi({ compile: false });
});
afterAll(async () => {
  await neo4j.start(180_000); // whatever happened, leave the database running for the next file
  await api.close();
  await resolversOnly.close();
});

describe('a Neo4j outage while the API runs', () => {
  it('fails fast with SERVICE_UNAVAILABLE and a 503 readiness, then recovers without a restart', async () => {
    expect((await api.graphql(QUERY)).errors).toBeUndefined();
    await neo4j.stop();

    const started = Date.now();
    const down = await api.graphql(QUERY);
    const failFastMs = Date.now() - started;
    expect(down.status).toBe(200);
    expect(down.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(JSON.stringify(down)).not.toMatch(/stacktrace|ECONNREFUSED|Neo4jError/);
    // A bound against hanging, far above the observed figure (printed below), not a speed target.
    expect(failFastMs).toBeLessThan(20_000);
    // Compiled operations report the outage as the resolvers do: one error per root field
    // that needed Neo4j, with its path and location, null where the schema allows.
    // graphql-js lists errors in the order its resolvers fail, and once a non-null root field
    // has failed it may drop the errors of fields still running: so the same data, and every
    // error the resolvers report reported too.
    for (const query of MIXED) {
      const [compiled, resolved] = [await api.graphql(query), await resolversOnly.graphql(query)];
      expect(compiled.status, query).toBe(resolved.status);
      expect(compiled.data, query).toEqual(resolved.data);
      for (const error of resolved.errors ?? []) expect(compiled.errors, query).toContainEqual(error);
      if (query !== '{ __typename }') expect(compiled.errors?.length, query).toBeGreaterThan(0);
    }
    const ready = await fetch(`${api.url}/ready`);
    expect(ready.status).toBe(503);
    expect((await fetch(`${api.url}/health`)).status).toBe(200);

    await neo4j.start(180_000);
    const back = Date.now();
    let recovered = false;
    while (!recovered && Date.now() - back < 60_000) {
      const result = await api.graphql(QUERY);
      recovered = result.errors === undefined;
      if (!recovered) await new Promise((r) => setTimeout(r, 250));
    }
    const recoveryMs = Date.now() - back;
    expect(recovered).toBe(true);
    expect((await fetch(`${api.url}/ready`)).status).toBe(200);
    console.log(`[outage] SERVICE_UNAVAILABLE after ${failFastMs} ms; queries answered again ${recoveryMs} ms after Neo4j was back`);
  });
});
