import { print } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CouncilsOverviewDocument,
  CouncilTimelineDocument,
  ConnectionBetweenDocument,
  DocumentFactsDocument,
  DocumentsMentioningDocument,
  NeighbourhoodDocument,
  PersonCareerDocument,
  SearchDocument,
  StatementsByStanceDocument,
  TrustLeadersWhoBecameCommissionersDocument,
} from '../../examples/__generated__/graphql.js';
import { startTestApi, type TestApi } from '../helpers.js';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

/** Runs a typed example operation over HTTP; the result is typed by the generated client code. */
async function run<TData, TVars extends Record<string, unknown>>(document: TypedDocumentNode<TData, TVars>, variables?: TVars): Promise<TData> {
  const result = await api.graphql<TData>(print(document), variables);
  expect(result.errors).toBeUndefined();
  expect(result.status).toBe(200);
  return result.data as TData;
}

describe('the example operations in examples/, against the seed graph', () => {
  it('TrustLeadersWhoBecameCommissioners finds Andy Couldrick with both tenures and their evidence', async () => {
    const data = await run(TrustLeadersWhoBecameCommissionersDocument);
    const couldrick = data.careerTransitions.edges.map((e) => e.node).filter((t) => t.person.id === 'person:andy-couldrick');
    expect(couldrick.map((t) => t.from.roleKind).sort()).toEqual(['CHAIR', 'CHIEF_EXECUTIVE']);
    for (const transition of couldrick) {
      expect(transition.from.organisation).toMatchObject({ id: 'trust:birmingham-childrens-trust', kinds: ['CHILDRENS_TRUST', 'COMPANY'] });
      expect(transition.to).toMatchObject({ roleKind: 'COMMISSIONER', organisation: { id: 'council:tameside' } });
      expect(transition.from.evidence.length).toBeGreaterThan(0);
      expect(transition.to.evidence.map((e) => e.quote)).toContain('a highly critical report on Tameside council by its commissioner, Andy Couldrick');
      // The commissioner role has no date in the sources, so the order is not proven by dates.
      expect(transition.ordering).toBe('UNDATED');
    }
    const ceo = couldrick.find((t) => t.from.roleKind === 'CHIEF_EXECUTIVE')!;
    expect(ceo.from.start).toEqual({ value: '2018', precision: 'YEAR' });
    expect(ceo.from.evidence[0]!.document.id).toBe('doc:dfe-more-cost-effective-alternative-to-childrens-trusts');
    expect(data.careerTransitions.totalCount).toBe(data.careerTransitions.edges.length);
  });

  it('Search tolerates typos and ranks the right person first', async () => {
    const data = await run(SearchDocument, { query: 'Couldrik' });
    expect(data.search.edges[0]!.node.node).toMatchObject({ __typename: 'Person', id: 'person:andy-couldrick' });
    const trust = await run(SearchDocument, { query: 'birmingham childrens trust', kinds: ['CHILDRENS_TRUST'] });
    expect(trust.search.edges.map((e) => e.node.node.id)).toEqual(['trust:birmingham-childrens-trust']);
  });

  it('Search finds organisations by alias', async () => {
    const people = await run(SearchDocument, { query: 'ADCS' });
    const hit = people.search.edges.find((e) => e.node.node.id === 'org:adcs');
    expect(hit?.node.matched).toBe('ADCS');
  });

  it('PersonCareer lists tenures in date order with partial dates and evidence', async () => {
    const data = await run(PersonCareerDocument, { id: 'person:allison-parkinson' });
    const tenure = data.person!.tenures[0]!;
    expect(tenure).toMatchObject({
      roleKind: 'DIRECTOR_OF_CHILDRENS_SERVICES',
      start: { value: '2023-summer', precision: 'SEASON', earliest: '2023-06-01', latest: '2023-08-31' },
      end: { value: '2024-08', precision: 'MONTH' },
      organisation: { id: 'council:tameside' },
    });
    expect(tenure.evidence.length).toBeGreaterThan(0);
    const couldrick = await run(PersonCareerDocument, { id: 'person:andy-couldrick' });
    // Dated tenures first (2018), undated ones after, by id.
    expect(couldrick.person!.tenures.map((t) => t.roleKind)).toEqual(['CHIEF_EXECUTIVE', 'CHAIR', 'COMMISSIONER']);
    expect(couldrick.person!.statements.some((s) => s.stance === 'AGAINST')).toBe(true);
    expect(couldrick.person!.mentionedIn.totalCount).toBeGreaterThan(0);
  });

  it('CouncilTimeline orders Doncaster by date, undated entries last, each with a source', async () => {
    const data = await run(CouncilTimelineDocument, { id: 'council:doncaster' });
    const entries = data.organisation!.timeline.edges.map((e) => e.node);
    expect(entries.length).toBe(data.organisation!.timeline.totalCount);
    const dated = entries.filter((e) => e.date !== null);
    const firstUndated = entries.findIndex((e) => e.date === null);
    expect(firstUndated === -1 || entries.slice(firstUndated).every((e) => e.date === null)).toBe(true);
    expect(dated[0]).toMatchObject({ kind: 'ARRANGEMENT_START', date: { value: '2014' }, fact: { id: 'arrangement:doncaster-doncaster-childrens-trust' } });
    expect(entries.some((e) => e.kind === 'ARRANGEMENT_END' && e.date?.value === '2022')).toBe(true);
    for (const entry of entries) expect(entry.fact.evidence.length).toBeGreaterThan(0);
  });

  it('ConnectionBetween links Andy Couldrick and Allison Parkinson through facts with evidence', async () => {
    const data = await run(ConnectionBetweenDocument, { from: 'person:andy-couldrick', to: 'person:allison-parkinson' });
    expect(data.paths.length).toBeGreaterThan(0);
    const path = data.paths[0]!;
    expect(path.nodes[0]!.id).toBe('person:andy-couldrick');
    expect(path.nodes.at(-1)!.id).toBe('person:allison-parkinson');
    expect(path.steps).toHaveLength(path.length);
    expect(path.nodes.some((n) => n.__typename === 'Document')).toBe(false);
    for (const step of path.steps) {
      expect(step.fact).not.toBeNull();
      expect(step.evidence.length).toBeGreaterThan(0);
    }
  });

  it('Neighbourhood returns the centre, its neighbours and the edges between them', async () => {
    const data = await run(NeighbourhoodDocument, { id: 'person:andy-couldrick', depth: 2 });
    const ids = data.neighbourhood.nodes.map((n) => n.id);
    expect(data.neighbourhood.center.id).toBe('person:andy-couldrick');
    expect(ids).toEqual(expect.arrayContaining(['tenure:andy-couldrick-tameside-commissioner', 'council:tameside', 'trust:birmingham-childrens-trust']));
    expect(data.neighbourhood.nodes.some((n) => n.__typename === 'Document')).toBe(false);
    expect(data.neighbourhood.edges).toContainEqual({ from: 'person:andy-couldrick', to: 'tenure:andy-couldrick-tameside-commissioner', type: 'HELD' });
    for (const edge of data.neighbourhood.edges) expect(ids).toEqual(expect.arrayContaining([edge.from, edge.to]));
  });

  it('StatementsByStance lists who argued against trusts, in their own words', async () => {
    const data = await run(StatementsByStanceDocument, {});
    const speakers = new Set(data.statements.edges.map((e) => (e.node.speaker as { name: string }).name));
    expect([...speakers]).toEqual(expect.arrayContaining(['Ray Jones', 'Alison Michalska', 'James Blewett', 'Andy Couldrick']));
    expect(data.statements.edges.every((e) => e.node.stance === 'AGAINST')).toBe(true);
    const byJones = await run(StatementsByStanceDocument, { stance: null, speaker: 'person:ray-jones' });
    expect(byJones.statements.totalCount).toBeGreaterThan(0);
    expect(byJones.statements.edges.every((e) => (e.node.speaker as { id: string }).id === 'person:ray-jones')).toBe(true);
  });

  it('CouncilsOverview shows who runs each council’s services, the latest inspection and leaders', async () => {
    const data = await run(CouncilsOverviewDocument, { first: 50 });
    const byId = new Map(data.councils.edges.map((e) => [e.node.id, e.node]));
    const birmingham = byId.get('council:birmingham')!;
    expect(birmingham.arrangements[0]).toMatchObject({ provider: { id: 'trust:birmingham-childrens-trust' }, start: { value: '2018-04' } });
    const tameside = byId.get('council:tameside')!;
    expect(tameside.leaders.map((l) => l.person.name)).toEqual(expect.arrayContaining(['Andy Couldrick', 'Allison Parkinson']));
    const trusts = await run(CouncilsOverviewDocument, { filter: { arrangement: 'TRUST' } });
    expect(trusts.councils.edges.map((e) => e.node.id)).toEqual(expect.arrayContaining(['council:birmingham', 'council:doncaster', 'council:slough']));
    expect(trusts.councils.edges.map((e) => e.node.id)).not.toContain('council:tameside');
    const inHouse = await run(CouncilsOverviewDocument, { filter: { arrangement: 'IN_HOUSE' } });
    expect(inHouse.councils.edges.map((e) => e.node.id)).toEqual(expect.arrayContaining(['council:tameside', 'council:doncaster']));
  });

  it('DocumentFacts lists every fact a document supports and the entities it names', async () => {
    const data = await run(DocumentFactsDocument, { id: 'doc:dfe-more-cost-effective-alternative-to-childrens-trusts' });
    const doc = data.document!;
    expect(doc.corpusFile).toBe('002_d57f4321fbfbbf93.txt');
    expect(doc.supports.map((s) => s.fact.id)).toContain('tenure:andy-couldrick-tameside-commissioner');
    expect(doc.mentions.map((m) => m.id)).toEqual(expect.arrayContaining(['person:andy-couldrick', 'council:tameside']));
  });

  it('DocumentsMentioning finds the documents that name an entity', async () => {
    const data = await run(DocumentsMentioningDocument, { id: 'trust:birmingham-childrens-trust' });
    expect(data.documents.totalCount).toBe(data.documents.edges.length);
    expect(data.documents.edges.map((e) => e.node.id)).toContain('doc:dfe-more-cost-effective-alternative-to-childrens-trusts');
  });
});
