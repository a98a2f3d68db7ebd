import neo4j from 'neo4j-driver';
import type { Database } from '../../neo4j/database.js';
import {
  MATCH_NODE_BY_ID,
  NODE_PROJECTION,
  rawToModel,
  type NodeModel,
  type RawNode,
  type StatementModel,
  type TenureModel,
} from '../graph/graph.mappers.js';
import { labelOfId } from '../node/node.ids.js';
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
  const toConditions = [
    'b <> a',
    ...(to.roleKinds !== null ? ['b.roleKind IN $toRoles'] : []),
    ...conditions('to', to, 'bo'),
    '(b.startLatest IS NULL OR a.startEarliest IS NULL OR b.startLatest >= a.startEarliest)',
  ];
  const text = `MATCH (a:Tenure)${from.roleKinds !== null ? '\nWHERE a.roleKind IN $fromRoles' : ''}
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
export const FACT_RELATIONSHIPS =
  'HELD|AT|FOR_COUNCIL|PROVIDED_BY|INSPECTED|CONDUCTED_BY|DIRECTED|ISSUED_BY|MANDATED|INVOLVED|SAID_BY|ABOUT';

/**
 * The first `$first` shortest paths between the nodes with ids `$from` and `$to`, each sought
 * under the label its id names (a validated id: labelOfId is not null). Shared by the
 * resolver and the compiled query, so that both find the same paths in the same order. The
 * hop bound must be a literal in Cypher; it is a validated integer (1..10), never text.
 */
export function pathsMatch(ends: { from: string; to: string; first: string }, fromId: string, toId: string, maxHops: number, viaDocuments: boolean, a = 'a', b = 'b'): string {
  return `MATCH (${a}:${labelOfId(fromId)} {id: ${ends.from}}) MATCH (${b}:${labelOfId(toId)} {id: ${ends.to}})
MATCH path = allShortestPaths((${a})-[${viaDocuments ? '' : `:${FACT_RELATIONSHIPS}`}*..${maxHops}]-(${b}))
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

const CENTRE = `/* neighbourhoodCentre */
WITH $id AS id
${MATCH_NODE_BY_ID}
RETURN elementId(n) AS eid`;

const NEIGHBOURS = `/* neighbourhoodStep */
UNWIND $frontier AS eid
MATCH (c) WHERE elementId(c) = eid
MATCH (c)--(m)
WHERE $labels IS NULL OR any(label IN labels(m) WHERE label IN $labels)
RETURN DISTINCT elementId(m) AS eid
LIMIT $cap`;

const NEIGHBOURHOOD_GRAPH = `/* neighbourhoodGraph */
UNWIND $eids AS eid
MATCH (n) WHERE elementId(n) = eid
RETURN ${NODE_PROJECTION} AS node,
       [(n)-[r]->(b) WHERE elementId(b) IN $eids | {to: b.id, type: type(r), quote: r.quote}] AS edges`;

export interface NeighbourhoodRow {
  node: NodeModel;
  edges: { to: string; type: string; quote: string | null }[];
}

const STATEMENT_FILTERS = [
  '($stance IS NULL OR n.stance = $stance)',
  '($speaker IS NULL OR EXISTS { MATCH (n)-[:SAID_BY]->(s) WHERE s.id = $speaker })',
  '($about IS NULL OR EXISTS { MATCH (n)-[:ABOUT]->(x) WHERE x.id = $about })',
];
const BY_DATE = { DATE: "coalesce(toString(n.dateEarliest), '~')" };

// Given a speaker or a subject, start from that node (an index seek) rather than from every
// statement; the filters still hold for the rest.
const STATEMENTS: Record<'all' | 'bySpeaker' | 'about', ListSpec> = {
  all: { name: 'listStatements', match: 'MATCH (n:Statement)', where: STATEMENT_FILTERS, sortKeys: BY_DATE },
  bySpeaker: {
    name: 'listStatementsBySpeaker',
    match: `WITH $speaker AS id\n${MATCH_NODE_BY_ID}\nWITH n AS speaker\nMATCH (speaker)<-[:SAID_BY]-(n:Statement)`,
    where: STATEMENT_FILTERS,
    sortKeys: BY_DATE,
  },
  about: {
    name: 'listStatementsAbout',
    match: `WITH $about AS id\n${MATCH_NODE_BY_ID}\nWITH n AS subject\nMATCH (subject)<-[:ABOUT]-(n:Statement)`,
    where: STATEMENT_FILTERS,
    sortKeys: BY_DATE,
  },
};

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
  constructor(
    private readonly db: Database,
    private readonly prime: (model: NodeModel) => void,
  ) {}

  async careerTransitions(from: TenureMatch, to: TenureMatch, strict: boolean, offset: number, limit: number): Promise<TransitionRow[]> {
    const rows = await this.db.read<{ personId: string; fromNode: RawNode; toNode: RawNode; ordering: 'CERTAIN' | 'UNDATED' }>(
      careerTransitionsQuery(from, to),
      { ...transitionParams(from, to, strict), offset: neo4j.int(offset), limit: neo4j.int(limit) },
    );
    return rows.map((row) => {
      const fromModel = rawToModel(row.fromNode) as TenureModel;
      const toModel = rawToModel(row.toNode) as TenureModel;
      this.prime(fromModel);
      this.prime(toModel);
      return { personId: row.personId, from: fromModel, to: toModel, ordering: row.ordering };
    });
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

  /** Breadth-first, one round trip per level, stopping at `limit` nodes. */
  async neighbourhood(
    id: string,
    depth: number,
    labels: string[] | null,
    limit: number,
  ): Promise<{ rows: NeighbourhoodRow[]; truncated: boolean } | null> {
    const [centre] = await this.db.read<{ eid: string }>(CENTRE, { id });
    if (!centre) return null;
    const seen = new Set([centre.eid]);
    let frontier = [centre.eid];
    let truncated = false;
    for (let level = 0; level < depth && frontier.length > 0 && !truncated; level += 1) {
      const rows = await this.db.read<{ eid: string }>(NEIGHBOURS, { frontier, labels, cap: neo4j.int(limit + 1) });
      const next: string[] = [];
      for (const row of rows) {
        if (seen.has(row.eid)) continue;
        if (seen.size >= limit) {
          truncated = true;
          break;
        }
        seen.add(row.eid);
        next.push(row.eid);
      }
      frontier = next;
    }
    const rows = await this.db.read<{ node: RawNode; edges: NeighbourhoodRow['edges'] }>(NEIGHBOURHOOD_GRAPH, { eids: [...seen] });
    return {
      truncated,
      rows: rows.map((row) => {
        const node = rawToModel(row.node);
        this.prime(node);
        return { node, edges: row.edges };
      }),
    };
  }

  statements(page: { first: number | null | undefined; after: string | null | undefined }, filter: { about: string | null; speaker: string | null; stance: string | null }) {
    const spec = filter.speaker ? STATEMENTS.bySpeaker : filter.about ? STATEMENTS.about : STATEMENTS.all;
    return listNodes<StatementModel>(this.db, spec, { ...page, field: 'DATE', direction: 'ASC', params: filter }, this.prime);
  }
}
