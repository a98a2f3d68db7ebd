import type { Database } from '../../neo4j/database.js';
import { labelOfId, type IdLabel } from '../node/node.ids.js';
import { compareText, NODE_PROJECTION, rawToModel, type NodeModel, type RawNode } from './graph.mappers.js';

export interface RelatedRow {
  node: NodeModel;
  /** The relationship type that links the node to the anchor. */
  via: string;
  /** The quote of an EVIDENCED_BY relationship, when the relation has one. */
  quote: string | null;
}

/** The role kinds of Organisation.leaders. */
export const LEADER_ROLE_KINDS = ['CHIEF_EXECUTIVE', 'CHAIR', 'DIRECTOR_OF_CHILDRENS_SERVICES', 'COMMISSIONER'];

/**
 * Relations from an anchor node (found by id) to the nodes a nested field lists. Each is a
 * fixed pattern over `anchor`, `r` and `n`.
 */
const RELATIONS = {
  evidence: '(anchor)-[r:EVIDENCED_BY]->(n:Document)',
  tenuresByPerson: '(anchor)-[r:HELD]->(n:Tenure)',
  tenuresByOrganisation: '(anchor)<-[r:AT]-(n:Tenure)',
  // Leaders only, filtered in Cypher: a council has many more tenures than leaders.
  leadersByOrganisation: `(anchor)<-[r:AT]-(n:Tenure) WHERE n.roleKind IN [${LEADER_ROLE_KINDS.map((kind) => `'${kind}'`).join(', ')}]`,
  arrangementsByCouncil: '(anchor)<-[r:FOR_COUNCIL]-(n:ServiceArrangement)',
  arrangementsByProvider: '(anchor)<-[r:PROVIDED_BY]-(n:ServiceArrangement)',
  inspectionsBySubject: '(anchor)<-[r:INSPECTED]-(n:Inspection)',
  // The latest dated judgment only (per anchor: the pattern runs in a subquery per anchor).
  latestInspection:
    '(anchor)<-[r:INSPECTED]-(n:Inspection) WHERE n.dateLatest IS NOT NULL RETURN r, n ORDER BY n.dateLatest DESC, n.dateEarliest DESC, n.id LIMIT 1',
  directionsByCouncil: '(anchor)<-[r:DIRECTED]-(n:Direction)',
  statementsBySpeaker: '(anchor)<-[r:SAID_BY]-(n:Statement)',
  timelineFacts: '(anchor)<-[r:AT|FOR_COUNCIL|PROVIDED_BY|INSPECTED|DIRECTED|INVOLVED|ABOUT|SAID_BY]-(n)',
  mentionedIn: '(anchor)<-[r:MENTIONS]-(n:Document)',
  authoredBy: '(anchor)<-[r:WRITTEN_BY]-(n:Document)',
  supportedFacts: '(anchor)<-[r:EVIDENCED_BY]-(n)',
  mentions: '(anchor)-[r:MENTIONS]->(n)',
} as const;

export type RelationName = keyof typeof RELATIONS;
export const RELATION_NAMES = Object.keys(RELATIONS) as RelationName[];

/** What one batch asks for: nodes by id, and for each relation the anchors to expand. */
export interface BatchRequest {
  nodeIds: string[];
  relations: Partial<Record<RelationName, string[]>>;
}

export interface BatchResult {
  nodes: Map<string, NodeModel | Error>;
  relations: Map<string, RelatedRow[] | Error>;
}

// Each part looks its ids up under the one label their prefix names (node.ids.ts): one index
// seek per id. Ids whose prefix names no label cannot exist and are not sent.
const nodesPart = (label: IdLabel) => `UNWIND $node_${label} AS id
    MATCH (n:${label} {id: id})
    RETURN 'node' AS relation, id AS key, ${NODE_PROJECTION} AS node, null AS via, null AS quote`;

// A relation is a MATCH over `anchor`, `r` and `n`, optionally with its own RETURN (to order
// and limit per anchor), run once per anchor.
const relationPart = (name: RelationName, label: IdLabel) => `UNWIND $${name}_${label} AS id
    MATCH (anchor:${label} {id: id})
    CALL (anchor) { MATCH ${RELATIONS[name].includes(' RETURN ') ? RELATIONS[name] : `${RELATIONS[name]} RETURN r, n`} }
    RETURN '${name}' AS relation, id AS key, ${NODE_PROJECTION} AS node, type(r) AS via, r.quote AS quote`;

const batchQueries = new Map<string, string>();

/**
 * One query for everything a resolver level asked for in the same tick: node lookups and
 * every relation, as UNION ALL parts. Its text depends only on which parts are present.
 */
function batchQuery(parts: { name: RelationName | 'node'; label: IdLabel }[]): string {
  const cacheKey = parts.map((part) => `${part.name}_${part.label}`).join(',');
  let query = batchQueries.get(cacheKey);
  if (!query) {
    const texts = parts.map((part) => (part.name === 'node' ? nodesPart(part.label) : relationPart(part.name, part.label)));
    query = `/* graphBatch:${cacheKey} */
CALL () {
    ${texts.join('\n    UNION ALL\n    ')}
}
RETURN relation, key, node, via, quote`;
    batchQueries.set(cacheKey, query);
  }
  return query;
}

function byLabel(ids: readonly string[]): Map<IdLabel, string[]> {
  const groups = new Map<IdLabel, string[]>();
  for (const id of ids) {
    const label = labelOfId(id);
    if (label) groups.set(label, [...(groups.get(label) ?? []), id]);
  }
  return groups;
}

const GET_DOCUMENT_TEXTS = `/* getDocumentTexts */
UNWIND $ids AS id
MATCH (d:Document {id: id})
RETURN id AS key, d.text AS text`;

/** Batch reads by id that every domain shares: nodes and the relations above. */
export class GraphRepository {
  constructor(private readonly db: Database) {}

  async batch(request: BatchRequest): Promise<BatchResult> {
    const result: BatchResult = { nodes: new Map(), relations: new Map() };
    const parts: { name: RelationName | 'node'; label: IdLabel }[] = [];
    const params: Record<string, unknown> = {};
    for (const [name, ids] of [['node', request.nodeIds], ...RELATION_NAMES.map((n) => [n, request.relations[n] ?? []])] as [RelationName | 'node', string[]][]) {
      for (const [label, group] of byLabel(ids)) {
        parts.push({ name, label });
        params[`${name}_${label}`] = group;
      }
    }
    if (parts.length === 0) return result;
    const rows = await this.db.read<{ relation: string; key: string; node: RawNode; via: string | null; quote: string | null }>(
      batchQuery(parts),
      params,
    );
    for (const row of rows) {
      const key = row.relation === 'node' ? row.key : `${row.relation}|${row.key}`;
      const target = row.relation === 'node' ? result.nodes : result.relations;
      let node: NodeModel;
      try {
        node = rawToModel(row.node);
      } catch (error) {
        // A malformed node fails only the field that reached it, not the whole batch.
        target.set(key, error as Error);
        continue;
      }
      if (row.relation === 'node') {
        result.nodes.set(key, node);
        continue;
      }
      const list = result.relations.get(key) ?? [];
      if (list instanceof Error) continue;
      list.push({ node, via: row.via ?? '', quote: row.quote });
      result.relations.set(key, list);
    }
    for (const list of result.relations.values()) {
      if (!(list instanceof Error)) list.sort((a, b) => compareText(a.node.id, b.node.id) || compareText(a.quote ?? '', b.quote ?? ''));
    }
    return result;
  }

  async documentTexts(ids: readonly string[]): Promise<(string | null)[]> {
    const rows = await this.db.read<{ key: string; text: string }>(GET_DOCUMENT_TEXTS, { ids });
    const byId = new Map(rows.map((row) => [row.key, row.text]));
    return ids.map((id) => byId.get(id) ?? null);
  }
}
