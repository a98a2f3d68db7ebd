import neo4j from 'neo4j-driver';
import type { Database } from '../../neo4j/database.js';
import { FACT_LABELS, labelOfId, NODE_LABELS, type NodeLabel, type RelationRef } from '../../model/model.js';
import { isShown, NODE_PROJECTION, relationMatch } from '../graph/graph.repository.js';
import type { NeighbourhoodArgs, PathArgs } from '../analysis/analysis.arguments.js';
import { AnalysisRepository, pathsMatch } from '../analysis/analysis.repository.js';
import { EVIDENCE, EVIDENCE_RELATIONS, edgeRecords, factOf, nodeRecord, type ExportEdgeRow, type ExportNodeRow, type ExportRecord } from './export.attributes.js';

/**
 * The Cypher of the exports. A neighbourhood is the analysis repository's own (the very query
 * the GraphQL field runs); paths are found with its pathsMatch; so an export holds the nodes
 * and edges the GraphQL fields answer. Their nodes are then read by id, with their evidence.
 * The whole graph is read in pages, keyset by id under each label (the uniqueness
 * constraint's index gives the order), one short read transaction per page. The query texts
 * are kept small: Neo4j plans each text once, and a large text is slow to plan. Every export
 * holds only the nodes reads show (isShown), and the relationships between them.
 */

/** Nodes per page of the whole-graph export (and start nodes per page of its edges). */
export const EXPORT_PAGE_SIZE = 1000;

/** `n`'s evidence of one relation as [document id, quote] pairs, in the model's order (the GraphQL evidence order). */
const evidenceOf = (ref: RelationRef) => `COLLECT { ${relationMatch(ref, 'n', 'evEdge', 'evDoc', () => null)} RETURN [evDoc.id, evEdge.quote] }`;

/**
 * Nodes by id (ExportNodeRow): NODE_PROJECTION (no heavy properties) and, for a fact, its
 * evidence; one index seek per id under the label its prefix names, one part per label.
 */
const nodesPart = (label: NodeLabel) => `UNWIND $${label} AS id
    MATCH (n:${label} {id: id}) WHERE ${isShown('n', [label])}
    RETURN id, {node: ${NODE_PROJECTION}, evidence: {${FACT_LABELS.includes(label) ? EVIDENCE_RELATIONS.map((ref) => `${ref.field}: ${evidenceOf(ref)}`).join(', ') : ''}}} AS row`;
const nodesTexts = new Map<string, string>();
function nodesByIdQuery(labels: NodeLabel[]): string {
  const key = labels.join(',');
  let text = nodesTexts.get(key);
  if (!text) {
    text = `/* exportNodes:${key} */\nCALL () {\n    ${labels.map(nodesPart).join('\n    UNION ALL\n    ')}\n}\nRETURN id, row`;
    nodesTexts.set(key, text);
  }
  return text;
}

/** Relationship `r` from `a` to `b` (ExportEdgeRow); the parallel count sorts by quote, then element id. */
const edgeRow = (a: string, r: string, b: string, counted: boolean) => {
  const sortKey = (x: string) => `coalesce(${x}.quote, '')`;
  const parallel = `COUNT { MATCH (${a})-[parallel]->(${b}) WHERE type(parallel) = type(${r})
        AND (${sortKey('parallel')} < ${sortKey(r)} OR (${sortKey('parallel')} = ${sortKey(r)} AND elementId(parallel) < elementId(${r}))) }`;
  return `{type: type(${r}), source: ${a}.id, target: ${b}.id, quote: ${r}.quote${counted ? `, parallel: ${parallel}` : ''}}`;
};

// One more path than asked for is sought, to tell whether `first` cut the answer short. A
// path holds only some of the relationships between two nodes, so each one's rank is counted.
const pathsQuery = (args: PathArgs) => `/* exportPaths:${args.maxHops}:${args.viaDocuments ? 'all' : 'facts'} */
${pathsMatch({ from: '$from', to: '$to', first: '$seek' }, args.from, args.to, args.maxHops, args.viaDocuments)}
WITH collect(path) AS found
WITH size(found) > $first AS truncated, found[..$first] AS kept
RETURN truncated,
  COLLECT { UNWIND kept AS p UNWIND nodes(p) AS n WITH DISTINCT n RETURN n.id } AS ids,
  COLLECT { UNWIND kept AS p UNWIND relationships(p) AS r WITH DISTINCT r WITH startNode(r) AS a, r, endNode(r) AS b
    RETURN ${edgeRow('a', 'r', 'b', true)} } AS edges`;

const nodePageQuery = (label: NodeLabel) => `/* exportNodePage:${label} */
MATCH (n:${label}) WHERE n.id > $after AND ${isShown('n', [label])}
WITH n ORDER BY n.id LIMIT $page
RETURN n.id AS id`;

// The outgoing relationships of a page of start nodes: every relationship of the graph is
// read once, from its start node's page, in the order that ranks parallel ones by quote.
const edgePageQuery = (label: NodeLabel) => `/* exportEdgePage:${label} */
MATCH (a:${label}) WHERE a.id > $after AND ${isShown('a', [label])}
WITH a ORDER BY a.id LIMIT $page
WITH collect(a) AS starts
RETURN size(starts) AS count, starts[-1].id AS last,
  COLLECT { UNWIND starts AS a MATCH (a)-[r]->(b) WHERE ${isShown('b')}
    WITH a, r, b ORDER BY a.id, type(r), b.id, coalesce(r.quote, ''), elementId(r)
    RETURN ${edgeRow('a', 'r', 'b', false)} } AS edges`;

/** A bounded export: every node and edge at once, and whether a limit cut it short. */
export interface BoundedExport {
  truncated: boolean;
  nodes: ExportRecord[];
  edges: ExportRecord[];
}

export class ExportRepository {
  private readonly analysis: AnalysisRepository;

  constructor(
    private readonly db: Database,
    private readonly pageSize = EXPORT_PAGE_SIZE,
  ) {
    this.analysis = new AnalysisRepository(db);
  }

  /** Nodes with their evidence, by id, in the order of `ids` (ids no node has are left out). */
  private async nodesById(ids: string[]): Promise<Map<string, ExportNodeRow>> {
    const byLabel = new Map<NodeLabel, string[]>();
    for (const id of ids) {
      const label = labelOfId(id);
      if (label) byLabel.set(label, [...(byLabel.get(label) ?? []), id]);
    }
    if (byLabel.size === 0) return new Map();
    const labels = NODE_LABELS.filter((label) => byLabel.has(label));
    const rows = await this.db.read<{ id: string; row: ExportNodeRow }>(nodesByIdQuery(labels), Object.fromEntries(byLabel));
    const byId = new Map(rows.map(({ id, row }) => [id, row]));
    return new Map(ids.flatMap((id) => (byId.has(id) ? [[id, byId.get(id)!] as const] : [])));
  }

  private async bounded(truncated: boolean, ids: string[], edges: ExportEdgeRow[]): Promise<BoundedExport> {
    const rows = await this.nodesById(ids);
    const evidence = (id: string) => rows.get(id)?.evidence[EVIDENCE.field] ?? [];
    return { truncated, nodes: [...rows.values()].map(nodeRecord), edges: edgeRecords(edges, evidence) };
  }

  /** The neighbourhood the GraphQL field answers (its query); null when no node has the id. */
  async neighbourhood(args: NeighbourhoodArgs): Promise<BoundedExport | null> {
    const found = await this.analysis.neighbourhood(args);
    if (!found) return null;
    return this.bounded(
      found.truncated,
      found.nodes.map((node) => node.id),
      found.edges.map((edge) => ({ type: edge.type, source: edge.from, target: edge.to, quote: edge.quote })),
    );
  }

  /** The nodes and edges of the first `first` shortest paths, as the GraphQL field finds them. */
  async paths(args: PathArgs): Promise<BoundedExport> {
    const [row] = await this.db.read<{ truncated: boolean; ids: string[]; edges: ExportEdgeRow[] }>(pathsQuery(args), {
      from: args.from,
      to: args.to,
      first: neo4j.int(args.first),
      seek: neo4j.int(args.first + 1),
    });
    return row ? this.bounded(row.truncated, row.ids, row.edges) : { truncated: false, nodes: [], edges: [] };
  }

  /** Which of the (validated) ids name a node reads show. */
  async exist(ids: string[]): Promise<boolean[]> {
    const found = await this.nodesById(ids);
    return ids.map((id) => found.has(id));
  }

  /** Every node, a page at a time: label by label, by id (two short reads a page). */
  async *nodePages(): AsyncGenerator<ExportRecord[]> {
    for (const label of NODE_LABELS) {
      let after = '';
      for (;;) {
        const ids = (await this.db.read<{ id: string }>(nodePageQuery(label), { after, page: neo4j.int(this.pageSize) })).map((row) => row.id);
        if (ids.length > 0) yield [...(await this.nodesById(ids)).values()].map(nodeRecord);
        if (ids.length < this.pageSize) break;
        after = ids[ids.length - 1]!;
      }
    }
  }

  /** Every relationship, a page at a time: the outgoing relationships of a page of start nodes, then their facts' evidence. */
  async *edgePages(): AsyncGenerator<ExportRecord[]> {
    for (const label of NODE_LABELS) {
      let after = '';
      for (;;) {
        const [page] = await this.db.read<{ count: { toNumber(): number }; last: string | null; edges: ExportEdgeRow[] }>(edgePageQuery(label), {
          after,
          page: neo4j.int(this.pageSize),
        });
        if (!page) break;
        if (page.edges.length > 0) {
          const facts = await this.nodesById([...new Set(page.edges.flatMap((edge) => factOf(edge) ?? []))]);
          yield edgeRecords(page.edges, (id) => facts.get(id)?.evidence[EVIDENCE.field] ?? []);
        }
        if (page.count.toNumber() < this.pageSize || page.last === null) break;
        after = page.last;
      }
    }
  }
}
