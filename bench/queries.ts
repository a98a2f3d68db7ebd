import type { BenchParams } from './generator/generate.js';

/**
 * The fixed query set. Each question has: the API's GraphQL operation, the hand-written
 * Cypher of the raw implementation (bench/servers/raw-queries.ts), and the operation for the
 * @neo4j/graphql server where that library can express it. Parameters are drawn from the
 * generated graph (deterministic from the seed), up to 64 per query, used round-robin.
 */

export type QueryId = 'Q1' | 'Q2' | 'Q3' | 'Q4' | 'Q5' | 'Q6';
export const QUERY_IDS: QueryId[] = ['Q1', 'Q2', 'Q3', 'Q4', 'Q5', 'Q6'];
export type Impl = 'raw' | 'api' | 'ngql';
export const IMPLS: Impl[] = ['raw', 'api', 'ngql'];
export const IMPL_NAMES: Record<Impl, string> = {
  raw: 'raw Cypher (node:http + neo4j-driver)',
  api: 'this API (Apollo Server; operations compiled to one Cypher query, resolvers + DataLoader otherwise)',
  ngql: '@neo4j/graphql 7 (Apollo Server)',
};

export type Variables = Record<string, unknown>;

export interface GraphQLRequest {
  operationName: string;
  query: string;
  variables: Variables;
}

export const API_OPERATIONS: Record<QueryId, string> = {
  Q1: `query Q1($id: ID!) { person(id: $id) { id name tenures { id role roleKind start { value } end { value } organisation { id name kinds } evidence { quote document { id title } } } } }`,
  // What the explorer's search page asks (web/src/graphql/search.graphql) for a page of 20:
  // each result with its score, where and what it matched, its snippet placed in its
  // document, and the node's label. Not totalCount: counting reads every hit of every index,
  // where ranking the first page reads about 21 per index (search.repository.ts).
  Q2: `query Q2($q: String!) { search(query: $q, first: 20) { pageInfo { hasNextPage endCursor } edges { cursor node { score field matched snippet { text highlights { start end } document { id title } start end } node { __typename id ... on Person { name } ... on Organisation { name kinds } ... on Document { title } ... on Fact { name } } } } } }`,
  Q3: `query Q3 { careerTransitions(from: {organisationKinds: [CHILDRENS_TRUST], roleKinds: [CHIEF_EXECUTIVE, CHAIR]}, to: {roleKinds: [COMMISSIONER]}, first: 20) { edges { node { ordering person { id name } from { id role organisation { name } } to { id role organisation { name } } } } } }`,
  Q4: `query Q4($id: ID!) { organisation(id: $id) { id name timeline(first: 100) { totalCount edges { node { kind date { value } fact { __typename id name evidence { quote } } } } } } }`,
  Q5: `query Q5($a: ID!, $b: ID!) { paths(from: $a, to: $b, maxHops: 4, first: 5) { length steps { relationship from { id } to { id } fact { id name } } } }`,
  Q6: `query Q6 { organisations(first: 50, filter: {kinds: [COUNCIL]}) { edges { node { id name arrangements { id provider { id name } status } latestInspection { grade date { value } } leaders { role person { name } } } } } }`,
};

/**
 * The same questions for @neo4j/graphql, against bench/servers/neo4j-graphql.graphql; null
 * where the library cannot express the question (NOT_EXPRESSIBLE says why).
 */
export const NGQL_OPERATIONS: Record<QueryId, string | null> = {
  Q1: `query Q1($id: ID!) { people(where: {id: {eq: $id}}) { id name tenures(sort: [{startEarliest: ASC}, {startLatest: ASC}, {id: ASC}]) { id role roleKind start end organisation { id name kinds } evidenceConnection(sort: [{node: {id: ASC}}, {edge: {Evidence: {quote: ASC}}}]) { edges { properties { ... on Evidence { quote } } node { id title } } } } } }`,
  Q2: null,
  Q3: `query Q3 { careerTransitionStarts(fromRoleKinds: [CHIEF_EXECUTIVE, CHAIR], fromOrganisationLabels: ["ChildrensTrust"], toRoleKinds: [COMMISSIONER], first: 20) { id role person { id name } organisation { name } laterTenures(roleKinds: [COMMISSIONER]) { id role organisation { name } } } }`,
  Q4: `query Q4($id: ID!) { organisations(where: {id: {eq: $id}}) { id name timelineCount timeline(first: 100) { __typename id name ... on Tenure { start end } ... on ServiceArrangement { start end } ... on Inspection { date } ... on Direction { date } ... on Event { date } ... on Statement { date } evidenceConnection(sort: [{node: {id: ASC}}, {edge: {Evidence: {quote: ASC}}}]) { edges { properties { ... on Evidence { quote } } } } } } }`,
  Q5: null,
  Q6: `query Q6 { organisations(where: {kinds: {includes: COUNCIL}}, sort: [{name: ASC}, {id: ASC}], limit: 50) { id name arrangements(sort: [{startEarliest: ASC}, {startLatest: ASC}, {id: ASC}]) { id status provider { id name } } latestInspection { grade date } leaders: tenures(where: {roleKind: {in: [CHIEF_EXECUTIVE, CHAIR, DIRECTOR_OF_CHILDRENS_SERVICES, COMMISSIONER]}}, sort: [{startEarliest: ASC}, {startLatest: ASC}, {id: ASC}]) { role person { name } } } }`,
};

/** Why @neo4j/graphql has no operation for a question. */
export const NOT_EXPRESSIBLE: Partial<Record<QueryId, string>> = {
  Q2:
    'search with snippets: a @cypher field could rank the same hits of the four indexes, but each result\'s snippet, field and match are ' +
    'worked out from the typed words by the API\'s passage algorithm in JavaScript, which the library cannot run on a @cypher result',
  Q5: 'paths: a @cypher field returns scalars, nodes or lists of them; a path with typed relationships is neither',
};

export const QUERY_TITLES: Record<QueryId, string> = {
  Q1: 'person card (tenures, organisations, evidence)',
  Q2: 'search over names, facts, quotes and document text with snippets, first 20',
  Q3: 'careerTransitions: trust CEO/chair to commissioner, first 20',
  Q4: "a council's timeline, first 100",
  Q5: 'paths between two people, maxHops 4',
  Q6: '50 councils with arrangements, latest inspection, leaders',
};

/** The variables of each request, in the order the load generator cycles through them. */
export function variableSets(params: BenchParams): Record<QueryId, Variables[]> {
  return {
    Q1: params.people.map((id) => ({ id })),
    Q2: params.searches.map((q) => ({ q })),
    Q3: [{}],
    Q4: params.councils.map((id) => ({ id })),
    Q5: params.pairs.map(([a, b]) => ({ a, b })),
    Q6: [{}],
  };
}

/** The request body each implementation receives for one parameter set. */
export function requestFor(impl: Impl, query: QueryId, variables: Variables): GraphQLRequest | null {
  if (impl === 'ngql') {
    const operation = NGQL_OPERATIONS[query];
    if (!operation) return null;
    return { operationName: query, query: operation, variables };
  }
  // The raw server gets the API's exact body and dispatches on operationName.
  return { operationName: query, query: API_OPERATIONS[query], variables };
}
