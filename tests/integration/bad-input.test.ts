import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countGraph } from '../../src/seeds/loader.js';
import { startTestApi, type TestApi } from '../helpers.js';

let api: TestApi;
let before: { nodes: number; relationships: number };
beforeAll(async () => {
  api = await startTestApi();
  before = await countGraph(api.db);
});
afterAll(async () => {
  // The graph is unchanged by everything thrown at it.
  expect(await countGraph(api.db)).toEqual(before);
  await api.close();
});

const ALLOWED_CODES = new Set(['BAD_USER_INPUT', 'NOT_FOUND', 'QUERY_TOO_LARGE']);

const hostile = fc.constantFrom(
  '"); MATCH (n) DETACH DELETE n //',
  "' OR 1=1 --",
  '} RETURN n UNION MATCH (m) DETACH DELETE m //',
  'name:* OR aliasText:*',
  'Couldrick~~~^^^***',
  '(((((',
  '\\',
  '"',
  'AND OR NOT',
  '$(rm -rf /)',
  '\u0000\u0001\u001f',
  '😀🏴‍☠️ Ångström ﷽',
  'a'.repeat(5000),
  '',
  '   ',
);
const text = fc.oneof(hostile, fc.string({ maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 100 }), fc.string({ unit: 'binary', maxLength: 50 }));

/** Every answer is data or a coded client error: never a 5xx, never an internal error. */
async function check(query: string, variables: Record<string, unknown>) {
  const result = await api.graphql(query, variables);
  expect(result.status).toBeLessThan(500);
  for (const error of result.errors ?? []) {
    expect(ALLOWED_CODES.has(String(error.extensions?.code)), `${error.extensions?.code}: ${error.message}`).toBe(true);
  }
  expect(JSON.stringify(result)).not.toMatch(/stacktrace|Neo4jError|Cypher/);
}

describe('bad input never breaks the API or the graph (property-based)', () => {
  it('search takes any string: query syntax, injection attempts, unicode, empty, very long', async () => {
    await fc.assert(
      fc.asyncProperty(text, fc.option(fc.integer({ min: -5, max: 200 }), { nil: undefined }), async (query, first) => {
        await check('query ($q: String!, $first: Int) { search(query: $q, first: $first) { totalCount edges { node { matched } } } }', { q: query, first });
      }),
      { numRuns: 150 },
    );
  });

  it('ids anywhere: node, nodes, paths and neighbourhood', async () => {
    const id = fc.oneof(text, fc.constantFrom('person:andy-couldrick', 'council:tameside', 'person:', ':', 'person:andy-couldrick\u0000'));
    await fc.assert(
      fc.asyncProperty(id, id, fc.integer({ min: -3, max: 14 }), async (a, b, hops) => {
        await check(
          `query ($a: ID!, $b: ID!) {
             node(id: $a) { id } nodes(ids: [$a, $b]) { id }
           }`,
          { a, b },
        );
        await check('query ($a: ID!, $b: ID!, $hops: Int) { paths(from: $a, to: $b, maxHops: $hops) { length } }', { a, b, hops });
        await check('query ($a: ID!, $hops: Int) { neighbourhood(id: $a, depth: $hops) { truncated } }', { a, hops });
      }),
      { numRuns: 60 },
    );
  });

  it('filters, cursors and page sizes', async () => {
    await fc.assert(
      fc.asyncProperty(text, text, fc.integer({ min: -10, max: 1000 }), async (value, cursor, first) => {
        await check(
          `query ($v: String, $c: String, $first: Int) {
             people(first: $first, after: $c, filter: { nameContains: $v }) { totalCount }
           }`,
          { v: value, c: cursor, first },
        );
        await check('query ($v: String, $id: ID) { documents(filter: { publishedFrom: $v, titleContains: $v, mentions: $id }) { totalCount } }', { v: value, id: value });
        await check('query ($v: String) { councils(filter: { inspectedFrom: $v, nameContains: $v }) { totalCount } }', { v: value });
        await check('query ($v: ID) { statements(about: $v, speaker: $v) { totalCount } }', { v: value });
      }),
      { numRuns: 60 },
    );
  });
});
