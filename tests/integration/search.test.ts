import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate, SEARCH_INDEXES } from '../../src/neo4j/migrations.js';
import { postCountingCypher, startTestApi, type TestApi } from '../helpers.js';

/**
 * Search over everything a journalist reads (names, aliases, titles, facts' words, evidence
 * quotes, documents' text), against the seed graph, through both read paths.
 */

let compiled: TestApi;
let resolvers: TestApi;
beforeAll(async () => {
  compiled = await startTestApi();
  resolvers = await startTestApi({ compile: false });
  // A Neo4j started for this file alone plans its first queries on a cold JVM (seconds on a
  // busy machine, near the 5 s transaction limit): warm the planner up once.
  await resolvers.graphql('{ search(query: "warm up") { totalCount edges { node { field matched snippet { text } } } } }');
});
afterAll(async () => {
  await compiled.close();
  await resolvers.close();
});

const DFE = 'doc:dfe-more-cost-effective-alternative-to-childrens-trusts';
const OVERSPEND = 'event:bcft-overspend-2023-24';

const SEARCH = `query ($q: String!, $kinds: [SearchKind!], $first: Int, $after: String) {
  search(query: $q, kinds: $kinds, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node {
      score matched field
      node { __typename id }
      snippet { text highlights { start end } document { id } start end }
    } }
  }
}`;

interface Result {
  score: number;
  matched: string;
  field: string;
  node: { __typename: string; id: string };
  snippet: { text: string; highlights: { start: number; end: number }[]; document: { id: string } | null; start: number | null; end: number | null };
}
interface Page {
  search: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { cursor: string; node: Result }[] };
}

/** Runs the search on both paths: the same answer, the compiled one in one round trip. */
async function search(variables: Record<string, unknown>): Promise<Page['search']> {
  const a = await postCountingCypher(compiled, SEARCH, variables);
  const b = await postCountingCypher(resolvers, SEARCH, variables);
  expect(a.text, `the read paths differ for ${JSON.stringify(variables)}`).toBe(b.text);
  expect(a.cypher).toHaveLength(1);
  expect(a.cypher[0]).toMatch(/^\/\* compiled/);
  const body = JSON.parse(a.text.slice(4)) as { data?: Page; errors?: unknown[] };
  expect(body.errors).toBeUndefined();
  return body.data!.search;
}

const texts = new Map<string, string>();
async function documentText(id: string): Promise<string> {
  if (!texts.has(id)) {
    const result = await compiled.graphql<{ document: { text: string } }>('query ($id: ID!) { document(id: $id) { text } }', { id });
    texts.set(id, result.data!.document.text);
  }
  return texts.get(id)!;
}

const highlighted = (r: Result) => r.snippet.highlights.map((h) => r.snippet.text.slice(h.start, h.end));

/** A snippet placed in a document slices that document's text exactly. */
async function expectPlaced(r: Result, documentId: string) {
  expect(r.snippet.document?.id).toBe(documentId);
  expect(r.snippet.start).not.toBeNull();
  const text = await documentText(documentId);
  expect(text.slice(r.snippet.start!, r.snippet.end!)).toBe(r.snippet.text);
  expect(r.snippet.text.length).toBeLessThanOrEqual(260);
}

describe('search over evidence quotes and document text', () => {
  it('finds "overspent" in the Bradford overspend’s evidence quote and in the DfE article’s text', async () => {
    const page = await search({ q: 'overspent' });
    const byId = new Map(page.edges.map((e) => [e.node.node.id, e.node]));
    const fact = byId.get(OVERSPEND);
    expect(fact).toMatchObject({ field: 'QUOTE', node: { __typename: 'Event' } });
    expect(fact!.snippet.text).toContain('overspent');
    expect(highlighted(fact!)).toContain('overspent');
    expect(fact!.matched).toContain('overspent its budget by £42.3m');
    await expectPlaced(fact!, DFE);
    // The quote's own position in the text: the snippet is the quote.
    expect((await documentText(DFE)).indexOf(fact!.matched)).toBe(fact!.snippet.start);

    const doc = byId.get(DFE);
    expect(doc).toMatchObject({ field: 'TEXT', node: { __typename: 'Document' } });
    expect(highlighted(doc!)).toEqual(['overspent']);
    expect(doc!.matched).toBe(doc!.snippet.text);
    await expectPlaced(doc!, DFE);
    expect(page.totalCount).toBe(page.edges.length);
  });

  it('finds words apart in a quote ("culture of decline" in "a culture of a decline"), all words first', async () => {
    const page = await search({ q: 'culture of decline' });
    const ids = page.edges.map((e) => e.node.node.id);
    expect(ids[0]).toBe('statement:julian-le-grand-culture-of-decline');
    expect(highlighted(page.edges[0]!.node)).toEqual(['culture', 'of', 'decline']);
    // The article quoting the words together ranks above the one where they lie apart.
    const blewett = ids.indexOf('doc:blewett-are-independent-childrens-trusts-the-answer');
    expect(blewett).toBeGreaterThan(0);
    expect(ids.indexOf(DFE) === -1 || ids.indexOf(DFE) > blewett).toBe(true);
    const text = page.edges[blewett]!.node;
    expect(text.field).toBe('TEXT');
    expect(text.snippet.text).toContain('culture of a decline');
    await expectPlaced(text, 'doc:blewett-are-independent-childrens-trusts-the-answer');
  });

  it('keeps sums and periods whole: "42.3m", "£42.3m", "2023-24"', async () => {
    for (const q of ['42.3m', '£42.3m']) {
      const page = await search({ q });
      const fact = page.edges.find((e) => e.node.node.id === OVERSPEND)?.node;
      expect(fact, q).toMatchObject({ field: 'QUOTE' });
      expect(highlighted(fact!)).toEqual(['42.3m']);
      await expectPlaced(fact!, DFE);
      // A different sum is not a typo of this one.
      expect((await search({ q: '42.5m' })).totalCount).toBe(0);
    }
    const period = await search({ q: '2023-24', first: 50 });
    expect(period.edges.map((e) => e.node.node.id)).toContain(OVERSPEND);
  });

  it('still ranks a person searched by name first, typos and all', async () => {
    const page = await search({ q: 'Couldrik' });
    expect(page.edges[0]!.node).toMatchObject({ field: 'NAME', matched: 'Andy Couldrick', node: { __typename: 'Person', id: 'person:andy-couldrick' } });
    expect(page.edges[0]!.node.snippet).toMatchObject({ text: 'Andy Couldrick', highlights: [{ start: 5, end: 14 }], document: null, start: null, end: null });
    // Facts and texts that mention him follow; the quotes are placed in their documents.
    const quotes = page.edges.filter((e) => e.node.field === 'QUOTE');
    expect(quotes.length).toBeGreaterThan(0);
    for (const quote of quotes) await expectPlaced(quote.node, quote.node.snippet.document!.id);
    const adcs = await search({ q: 'ADCS' });
    expect(adcs.edges.find((e) => e.node.node.id === 'org:adcs')?.node).toMatchObject({ field: 'ALIAS', matched: 'ADCS' });
  });
});

describe('kinds, paging and order', () => {
  it('narrows to facts or documents', async () => {
    const all = await search({ q: 'overspent' });
    const facts = await search({ q: 'overspent', kinds: ['FACT'] });
    const documents = await search({ q: 'overspent', kinds: ['DOCUMENT'] });
    const factTypes = ['Tenure', 'ServiceArrangement', 'Inspection', 'Direction', 'Event', 'Statement', 'Affiliation'];
    expect(facts.edges.length).toBeGreaterThan(0);
    for (const e of facts.edges) expect(factTypes).toContain(e.node.node.__typename);
    expect(facts.edges.map((e) => e.node.node.id)).toContain(OVERSPEND);
    expect(documents.edges.map((e) => [e.node.node.id, e.node.field])).toEqual([[DFE, 'TEXT']]);
    expect(facts.totalCount + documents.totalCount).toBe(all.totalCount);
    // A result's score does not depend on the kinds asked for.
    const score = (page: Page['search'], id: string) => page.edges.find((e) => e.node.node.id === id)!.node.score;
    expect(score(facts, OVERSPEND)).toBe(score(all, OVERSPEND));
    expect((await search({ q: 'Couldrik', kinds: ['PERSON'] })).edges.map((e) => e.node.node.id)).toEqual(['person:andy-couldrick']);
  });

  it('pages stably: page after page gives the one ranking, best first then by id, counted once', async () => {
    for (const [q, kinds] of [['trust', null], ['council', ['FACT']], ['children services', null]] as const) {
      const whole = await search({ q, kinds, first: 100 });
      const seen: Result[] = [];
      let after: string | null = null;
      do {
        const page: Page['search'] = await search({ q, kinds, first: 7, after });
        expect(page.totalCount).toBe(whole.totalCount);
        seen.push(...page.edges.map((e) => e.node));
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      } while (after);
      expect(seen.slice(0, 100).map((r) => r.node.id)).toEqual(whole.edges.map((e) => e.node.node.id));
      expect(new Set(seen.map((r) => r.node.id)).size).toBe(seen.length);
      expect(seen.length).toBe(whole.totalCount);
      for (let i = 1; i < seen.length; i += 1) {
        const [a, b] = [seen[i - 1]!, seen[i]!];
        expect(a.score > b.score || (a.score === b.score && a.node.id < b.node.id), `${a.node.id} before ${b.node.id}`).toBe(true);
      }
      for (const r of seen) {
        expect(r.snippet.text.length).toBeGreaterThan(0);
        for (const h of r.snippet.highlights) expect(h.end).toBeLessThanOrEqual(r.snippet.text.length);
        if (r.snippet.document && r.snippet.start !== null) await expectPlaced(r, r.snippet.document.id);
      }
    }
  });
});

describe('hostile input', () => {
  it('treats query syntax and injection attempts as plain words', async () => {
    const or = await search({ q: 'or' });
    expect(await search({ q: '") OR *:*' })).toEqual(or);
    expect((await search({ q: 'AND' })).totalCount).toBeGreaterThan(0);
    // Lucene syntax around a word searches for the word.
    const overspent = await search({ q: 'overspent' });
    for (const q of ['overspent~', '"overspent"', '(overspent)', 'overspent\\', '*overspent*', 'overspent:', '+overspent']) {
      expect(await search({ q }), q).toEqual(overspent);
    }
    // Anything else is words too: an answer, never an error.
    for (const q of ['title:overspent~ AND "x', "overspent' OR 1=1 //", 'a:b AND NOT c', '{!lucene}*', '[* TO *]']) await search({ q });
  });

  it('refuses a query with no letter or digit with BAD_USER_INPUT, on both paths', async () => {
    for (const q of ['!!!', '*', '"', ')', '   ', '~^*?:\\']) {
      for (const api of [compiled, resolvers]) {
        const result = await api.graphql(SEARCH, { q });
        expect(result.errors?.[0]?.extensions?.code, q).toBe('BAD_USER_INPUT');
      }
    }
  });
});

describe('indexes', () => {
  it('are created once, online, whatever the number of migrations', async () => {
    await migrate(compiled.db);
    const rows = await compiled.db.read<{ name: string; state: string; entityType: string }>(
      'SHOW FULLTEXT INDEXES YIELD name, state, entityType RETURN name, state, entityType ORDER BY name',
    );
    const names: string[] = Object.values(SEARCH_INDEXES).map((index) => index.name);
    expect(rows.filter((row) => names.includes(row.name))).toEqual(
      [...names].sort().map((name) => ({ name, state: 'ONLINE', entityType: name === SEARCH_INDEXES.evidence.name ? 'RELATIONSHIP' : 'NODE' })),
    );
    expect(rows.map((row) => row.name)).not.toContain('document_text');
  });
});
