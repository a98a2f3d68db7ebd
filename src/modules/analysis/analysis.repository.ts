import neo4j from 'neo4j-driver';
import type { Database } from '../../neo4j/database.js';
import { FACT_TYPES, type NodeModel, type StatementModel, type TenureModel } from '../../model/model.js';
import { rawToModel, type RawNode } from '../graph/graph.mappers.js';
import { isShown, MATCH_NODE_BY_ID, matchShownById, NODE_PROJECTION } from '../graph/graph.repository.js';
import type { NeighbourhoodArgs } from './analysis.arguments.js';
import { listNodes, type ListSpec } from '../pagination/keyset.js';

export interface TenureMatch {
  roleKinds: string[] | null;
  orgLabels: string[] | null;
  organisation: string | null;
}

export interface TransitionRow {
  personId: string;
  from: TenureModel;
  to: TenureModel;
  ordering: 'CERTAIN' | 'UNDATED';
}

// "Later" with partial dates: the `to` role may not be known to begin before the `from` role
// began (its latest possible start is not before the other's earliest). CERTAIN when even
// its earliest possible start follows the other's latest possible start.
// With roles to start from, the tenure_role_kind index finds the earlier tenures; without,
// every tenure is a candidate. The text depends on which filters are in use, so that the
// planner sees only those (an unused `$x IS NULL OR ...` still costs a scan), and a single
// organisation kind becomes a label in the pattern.
const transitionTexts = new Map<string, string>();
export function transitionsMatch(from: TenureMatch, to: TenureMatch): string {
  const key = JSON.stringify([from.roleKinds !== null, from.orgLabels?.length === 1 ? from.orgLabels[0] : from.orgLabels !== null, from.organisation !== null,
    to.roleKinds !== null, to.orgLabels?.length === 1 ? to.orgLabels[0] : to.orgLabels !== null, to.organisation !== null]);
  const hit = transitionTexts.get(key);
  if (hit) return hit;
  const label = (labels: string[] | null) => (labels?.length === 1 ? `:${labels[0]}` : '');
  const conditions = (side: 'from' | 'to', match: TenureMatch, org: string) => [
    ...(match.orgLabels && match.orgLabels.length > 1 ? [`any(label IN labels(${org}) WHERE label IN $${side}OrgLabels)`] : []),
    ...(match.organisation !== null ? [`${org}.id = $${side}Org`] : []),
  ];
  const fromConditions = conditions('from', from, 'ao');
  // Both tenures shown (so their person and organisations are live).
  const toConditions = [
    'b <> a',
    isShown('b', ['Tenure']),
    ...(to.roleKinds !== null ? ['b.roleKind IN $toRoles'] : []),
    ...conditions('to', to, 'bo'),
    '(b.startLatest IS NULL OR a.startEarliest IS NULL OR b.startLatest >= a.startEarliest)',
  ];
  const text = `MATCH (a:Tenure)\nWHERE ${[...(from.roleKinds !== null ? ['a.roleKind IN $fromRoles'] : []), isShown('a', ['Tenure'])].join(' AND ')}
MATCH (a)-[:AT]->(ao:Organisation${label(from.orgLabels)})${fromConditions.length ? `\nWHERE ${fromConditions.join(' AND ')}` : ''}
MATCH (p:Person)-[:HELD]->(a)
MATCH (p)-[:HELD]->(b:Tenure)-[:AT]->(bo:Organisation${label(to.orgLabels)})
WHERE ${toConditions.join('\n  AND ')}
WITH p, a, b, CASE WHEN b.startEarliest > a.startLatest THEN 'CERTAIN' ELSE 'UNDATED' END AS ordering
WHERE NOT $strict OR ordering = 'CERTAIN'`;
  transitionTexts.set(key, text);
  return text;
}

const careerTransitionsQuery = (from: TenureMatch, to: TenureMatch) => `/* careerTransitions */
${transitionsMatch(from, to)}
WITH p, a, b, ordering ORDER BY p.name, p.id, a.id, b.id SKIP $offset LIMIT $limit
CALL (a) { WITH a AS n RETURN ${NODE_PROJECTION} AS fromNode }
CALL (b) { WITH b AS n RETURN ${NODE_PROJECTION} AS toNode }
RETURN p.id AS personId, fromNode, toNode, ordering`;

const countTransitionsQuery = (from: TenureMatch, to: TenureMatch) => `/* countCareerTransitions */
${transitionsMatch(from, to)}
RETURN count(*) AS total`;

// Relationships between entities and facts; documents join everything they mention, so
// paths avoid them unless asked.
const FACT_RELATIONSHIPS = FACT_TYPES.join('|');

/**
 * The first `$first` shortest paths between the nodes with ids `$from` and `$to`, each sought
 * under the label its id names (a validated id: labelOfId is not null). Shared by the
 * resolver and the compiled query, so that both find the same paths in the same order. The
 * hop bound must be a literal in Cypher; it is a validated integer (1..10), never text.
 */
export function pathsMatch(ends: { from: string; to: string; first: string }, fromId: string, toId: string, maxHops: number, viaDocuments: boolean, a = 'a', b = 'b'): string {
  // Only through nodes reads show: the search itself skips the others.
  return `${matchShownById(a, fromId, ends.from)} ${matchShownById(b, toId, ends.to)}
MATCH path = allShortestPaths((${a})-[${viaDocuments ? '' : `:${FACT_RELATIONSHIPS}`}*..${maxHops}]-(${b}))
WHERE all(${a}P IN nodes(path) WHERE ${isShown(`${a}P`)})
WITH path LIMIT ${ends.first}`;
}

const pathsQuery = (fromId: string, toId: string, maxHops: number, viaDocuments: boolean) => `/* paths:${maxHops}:${viaDocuments ? 'all' : 'facts'} */
${pathsMatch({ from: '$from', to: '$to', first: '$first' }, fromId, toId, maxHops, viaDocuments)}
RETURN [x IN nodes(path) | x.id] AS ids,
       [r IN relationships(path) | {type: type(r), from: startNode(r).id, to: endNode(r).id, quote: r.quote}] AS rels`;

export interface PathRow {
  ids: string[];
  rels: { type: string; from: string; to: string; quote: string | null }[];
}

/**
 * The neighbourhood of a node found by id, breadth first to `depth` levels: each level adds
 * the neighbours not yet seen whose labels are allowed, by id, until `$cap` nodes are held
 * (then `truncated`). Leaves the centre in `xC`, the nodes in order (centre first, then level
 * by level) in `xS` and whether the cap cut it short in `xT`. The depth is a validated
 * integer (1..3), unrolled into the text. Shared by the resolver and the compiled query.
 */
export function neighbourhoodMatch(p: { id: string; labels: string; cap: string }, id: string, depth: number, x: string): string {
  const level = `CALL (${x}S, ${x}F, ${x}T) {
      UNWIND CASE WHEN ${x}T THEN [] ELSE ${x}F END AS ${x}f
      MATCH (${x}f)--(${x}m) WHERE NOT ${x}m IN ${x}S AND any(label IN labels(${x}m) WHERE label IN ${p.labels}) AND ${isShown(`${x}m`)}
      WITH DISTINCT ${x}m ORDER BY ${x}m.id LIMIT ${p.cap} + 1
      RETURN collect(${x}m) AS ${x}X
    }
    WITH ${x}C, ${x}S + ${x}X[..${p.cap} - size(${x}S)] AS ${x}S, ${x}X[..${p.cap} - size(${x}S)] AS ${x}F, ${x}T OR size(${x}X) > ${p.cap} - size(${x}S) AS ${x}T`;
  return `${matchShownById(`${x}C`, id, p.id)}
    WITH ${x}C, [${x}C] AS ${x}S, [${x}C] AS ${x}F, false AS ${x}T
    ${Array.from({ length: depth }, () => level).join('\n    ')}`;
}

/** The relationships among the nodes `s` of a neighbourhood, as `e` from `eA` to `eB`: by node, then type, end and quote. */
export const neighbourhoodEdges = (s: string, e: string) => `UNWIND range(0, size(${s}) - 1) AS ${e}I
      WITH ${s}[${e}I] AS ${e}A, ${e}I
      MATCH (${e}A)-[${e}]->(${e}B) WHERE ${e}B IN ${s}
      WITH ${e}A, ${e}, ${e}B ORDER BY ${e}I, type(${e}), ${e}B.id, coalesce(${e}.quote, '')`;

const neighbourhoodQuery = (id: string, depth: number) => `/* neighbourhood:${depth} */
${neighbourhoodMatch({ id: '$id', labels: '$labels', cap: '$cap' }, id, depth, 'x')}
RETURN xT AS truncated, [n IN xS | ${NODE_PROJECTION}] AS nodes,
  COLLECT { ${neighbourhoodEdges('xS', 'e')} RETURN {from: eA.id, to: eB.id, type: type(e), quote: e.quote} } AS edges`;

export interface NeighbourhoodResult {
  nodes: NodeModel[];
  edges: { from: string; to: string; type: string; quote: string | null }[];
  truncated: boolean;
}

const STATEMENT_FILTERS = [
  '($stance IS NULL OR n.stance = $stance)',
  '($speaker IS NULL OR EXISTS { MATCH (n)-[:SAID_BY]->(s) WHERE s.id = $speaker })',
  `($about IS NULL OR EXISTS { MATCH (n)-[:ABOUT]->(x) WHERE x.id = $about AND ${isShown('x')} })`,
];
const BY_DATE = { DATE: "coalesce(toString(n.dateEarliest), '~')" };

// Given a speaker or a subject, start from that node (an index seek) rather than from every
// statement; the filters still hold for the rest.
const STATEMENTS: Record<'all' | 'bySpeaker' | 'about', ListSpec> = {
  all: { name: 'listStatements', match: 'MATCH (n:Statement)', labels: ['Statement'], where: STATEMENT_FILTERS, sortKeys: BY_DATE },
  bySpeaker: {
    name: 'listStatementsBySpeaker',
    match: `WITH $speaker AS id\n${MATCH_NODE_BY_ID}\nWITH n AS speaker\nMATCH (speaker)<-[:SAID_BY]-(n:Statement)`,
    labels: ['Statement'],
    where: STATEMENT_FILTERS,
    sortKeys: BY_DATE,
  },
  about: {
    name: 'listStatementsAbout',
    match: `WITH $about AS id\n${MATCH_NODE_BY_ID}\nWITH n AS subject\nMATCH (subject)<-[:ABOUT]-(n:Statement)`,
    labels: ['Statement'],
    where: STATEMENT_FILTERS,
    sortKeys: BY_DATE,
  },
};

/** The list query and parameters of a statements filter (listNodes or a compiled operation). */
export function statementsList(filter: { about: string | null; speaker: string | null; stance: string | null }): { spec: ListSpec; params: Record<string, unknown> } {
  return { spec: filter.speaker ? STATEMENTS.bySpeaker : filter.about ? STATEMENTS.about : STATEMENTS.all, params: filter };
}

/** The parameters of transitionsMatch. */
export function transitionParams(from: TenureMatch, to: TenureMatch, strict: boolean) {
  return {
    fromRoles: from.roleKinds,
    fromOrgLabels: from.orgLabels,
    fromOrg: from.organisation,
    toRoles: to.roleKinds,
    toOrgLabels: to.orgLabels,
    toOrg: to.organisation,
    strict,
  };
}

/** The relationship questions: career transitions, paths, neighbourhoods, statements. */
export class AnalysisRepository {
  constructor(private readonly db: Database) {}

  async careerTransitions(from: TenureMatch, to: TenureMatch, strict: boolean, offset: number, limit: number): Promise<TransitionRow[]> {
    const rows = await this.db.read<{ personId: string; fromNode: RawNode; toNode: RawNode; ordering: 'CERTAIN' | 'UNDATED' }>(
      careerTransitionsQuery(from, to),
      { ...transitionParams(from, to, strict), offset: neo4j.int(offset), limit: neo4j.int(limit) },
    );
    return rows.map((row) => ({
      personId: row.personId,
      from: rawToModel(row.fromNode) as TenureModel,
      to: rawToModel(row.toNode) as TenureModel,
      ordering: row.ordering,
    }));
  }

  async countCareerTransitions(from: TenureMatch, to: TenureMatch, strict: boolean): Promise<number> {
    const [row] = await this.db.read<{ total: { toNumber(): number } }>(
      countTransitionsQuery(from, to),
      transitionParams(from, to, strict),
    );
    return row ? row.total.toNumber() : 0;
  }

  paths(from: string, to: string, maxHops: number, first: number, viaDocuments: boolean): Promise<PathRow[]> {
    return this.db.read<PathRow>(pathsQuery(from, to, maxHops, viaDocuments), { from, to, first: neo4j.int(first) });
  }

  /** One round trip; null when no node has the id. */
  async neighbourhood(args: NeighbourhoodArgs): Promise<NeighbourhoodResult | null> {
    const [row] = await this.db.read<{ truncated: boolean; nodes: RawNode[]; edges: NeighbourhoodResult['edges'] }>(neighbourhoodQuery(args.id, args.depth), {
      id: args.id,
      labels: args.labels,
      cap: neo4j.int(args.limit),
    });
    return row ? { truncated: row.truncated, nodes: row.nodes.map(rawToModel), edges: row.edges } : null;
  }

  statements(page: { first: number | null | undefined; after: string | null | undefined }, filter: { about: string | null; speaker: string | null; stance: string | null }) {
    const { spec, params } = statementsList(filter);
    return listNodes<StatementModel>(this.db, spec, { ...page, field: 'DATE', direction: 'ASC', params });
  }
}
