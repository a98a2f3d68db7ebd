import type { Database } from '../../neo4j/database.js';
import {
  DATE_PARTS,
  HEAVY_PROPERTIES,
  labelOfId,
  NODE_LABELS,
  relationOrder,
  TIMELINE_KIND_ORDER,
  TIMELINE_LABELS,
  TIMELINE_TYPES,
  typeDecl,
  type NodeLabel,
  type NodeModel,
  type RelationKey,
  type RelationRef,
} from '../../model/model.js';
import { partialDateOf, rawToModel, type PartialDateModel, type RawNode } from './graph.mappers.js';

/**
 * The Cypher every read shares, derived from the graph model: a node's projection, lookups by
 * id, each relation's pattern, filter and order, and the timeline. The batch loader
 * (graph.loaders.ts) and the compiler (modules/compiler) both build on these texts, so the
 * two read paths list the same nodes in the same order.
 */

/** Projects `n` for rawToModel; heavy properties (a document's text) are left out. */
export const NODE_PROJECTION = `{props: n {.*${HEAVY_PROPERTIES.map((key) => `, ${key}: null`).join('')}}, labels: labels(n)}`;

/**
 * Finds `n` by `id` with one index seek per label, for any id. Reused by every batch query
 * that starts from ids, so each lookup is index-backed whatever the node's type.
 */
export const MATCH_NODE_BY_ID = `CALL (id) {
    ${NODE_LABELS.map((label) => `MATCH (n:${label} {id: id}) RETURN n`).join('\n    UNION ALL ')}
  }`;

/** `(v)-[r:TYPE]->(x:Label)` for a relation, from the node in `v`. */
export function relationPattern(ref: RelationRef, v: string, r: string, x: string): string {
  const { rel } = ref;
  const end = rel.target.length === 1 ? `${x}:${rel.target[0]}` : x;
  if (rel.direction === 'both') return `(${v})-[${r}:${rel.type}]-(${end})`;
  return rel.direction === 'out' ? `(${v})-[${r}:${rel.type}]->(${end})` : `(${v})<-[${r}:${rel.type}]-(${end})`;
}

/**
 * The related nodes `x` (and relationships `r`) of `v`, filtered and ordered as the model
 * declares: `MATCH ... WHERE ... WITH r, x ORDER BY ... [LIMIT n]`. `arg(name)` gives the
 * Cypher value of a filtering argument, or null when the argument is not in use; with
 * `guarded`, the value may also be null at run time (one text for a batch of anchors).
 */
export function relationMatch(ref: RelationRef, v: string, r: string, x: string, arg: (name: string) => string | null, guarded = false): string {
  const { rel } = ref;
  const conditions: string[] = [];
  if (rel.target.length > 1) conditions.push(`(${rel.target.map((label) => `${x}:${label}`).join(' OR ')})`);
  if (rel.where) conditions.push(rel.where(x));
  for (const [name, condition] of Object.entries(rel.args ?? {})) {
    const value = arg(name);
    if (value !== null) conditions.push(guarded ? `(${value} IS NULL OR ${condition(x, value)})` : condition(x, value));
  }
  // A single related node needs no order unless the model picks one of several (latestInspection).
  const ordered = rel.cardinality === 'many' || rel.order !== undefined;
  return `MATCH ${relationPattern(ref, v, r, x)}${conditions.length ? ` WHERE ${conditions.join(' AND ')}` : ''}
      WITH ${r}, ${x}${ordered ? ` ORDER BY ${relationOrder(rel)(x, r)}` : ''}${rel.limit ? ` LIMIT ${rel.limit}` : ''}`;
}

/** A filtering argument's value as the relation uses it: an empty list filters nothing. */
export function argValue(value: unknown): unknown {
  return value === undefined || (Array.isArray(value) && value.length === 0) ? null : value;
}

/** A stored partial date of `x` whose key is the Cypher string `key`, as a list (dateFromList). */
export const dateListExpr = (x: string, key: string) =>
  `CASE WHEN ${x}[${key}] IS NULL THEN null ELSE [${DATE_PARTS.map((part) => {
    const read = `${x}[${key}${part ? ` + '${part}'` : ''}]`;
    return part === 'Earliest' || part === 'Latest' ? `toString(${read})` : read;
  }).join(', ')}] END`;

export function dateFromList(value: unknown): PartialDateModel | null {
  if (!Array.isArray(value)) return null;
  return partialDateOf(Object.fromEntries(DATE_PARTS.map((part, index) => [`d${part}`, value[index]])), 'd');
}

/**
 * An organisation's timeline: the facts linked to `v` (as the model's timeline relations
 * say), each giving the entries its type declares (a tenure's start, and its end when
 * known), ordered by earliest possible day, undated last, then by kind and id. Leaves each
 * entry's fact in `x`, `perFact` (what is read of the fact, evaluated once per fact however
 * many entries it gives) in `xV`, its kind in `xK` and its date (dateListExpr) in `xD`.
 */
export function timelineMatch(v: string, x: string, perFact: string): string {
  const entries = TIMELINE_LABELS.map((label) => {
    const items = (typeDecl(label).timeline ?? []).map((entry) => {
      const item = `['${entry.kind}', '${entry.date}', ${TIMELINE_KIND_ORDER.indexOf(entry.kind as (typeof TIMELINE_KIND_ORDER)[number])}]`;
      return entry.always ? item : `CASE WHEN ${x}.${entry.date} IS NULL THEN null ELSE ${item} END`;
    });
    return `WHEN ${x}:${label} THEN [${items.join(', ')}]`;
  });
  return `MATCH (${v})<-[:${TIMELINE_TYPES.join('|')}]-(${x})
      WHERE ${TIMELINE_LABELS.map((label) => `${x}:${label}`).join(' OR ')}
      WITH DISTINCT ${x}
      WITH ${x}, ${perFact} AS ${x}V
      UNWIND [e IN CASE ${entries.join(' ')} END WHERE e IS NOT NULL] AS ${x}E
      WITH ${x}, ${x}V, ${x}E[0] AS ${x}K, ${x}E[1] AS ${x}P, ${x}E[2] AS ${x}O
      WITH ${x}, ${x}V, ${x}K, ${dateListExpr(x, `${x}P`)} AS ${x}D, ${x}O
      ORDER BY ${x}D IS NULL, ${x}D[2], ${x}D[3], ${x}O, ${x}.id`;
}

export interface RelatedRow {
  node: NodeModel;
  /** The relationship's quote (evidence), when it has one. */
  quote: string | null;
}

export interface TimelineRow {
  kind: string;
  date: PartialDateModel | null;
  fact: NodeModel;
}

/** One relation expansion: the anchor's id and the relation's arguments in use. */
export interface RelationRequest {
  key: string;
  id: string;
  args: Record<string, unknown>;
}

/** What one batch asks for: nodes by id, relations of anchors, timelines. */
export interface BatchRequest {
  nodeIds: string[];
  relations: Map<RelationKey, { ref: RelationRef; requests: RelationRequest[] }>;
  timelines: RelationRequest[];
}

export interface BatchResult {
  nodes: Map<string, NodeModel | Error>;
  /** By request key. */
  relations: Map<string, RelatedRow[] | Error>;
  timelines: Map<string, TimelineRow[] | Error>;
}

// Each part looks its ids up under the one label their prefix names: one index seek per id.
const nodesPart = (label: NodeLabel, param: string) => `UNWIND $${param} AS id
    MATCH (n:${label} {id: id})
    RETURN 'node' AS part, id AS key, [${NODE_PROJECTION}] AS rows`;

const relationPart = (ref: RelationRef, param: string) => `UNWIND $${param} AS row
    MATCH (anchor:${ref.label} {id: row.id})
    RETURN 'relation' AS part, row.key AS key, COLLECT { ${relationMatch(ref, 'anchor', 'r', 'n', (name) => `row.args.${name}`, true)}
      RETURN {node: ${NODE_PROJECTION}, quote: r.quote} } AS rows`;

const timelinePart = (param: string) => `UNWIND $${param} AS row
    MATCH (anchor:Organisation {id: row.id})
    RETURN 'timeline' AS part, row.key AS key, COLLECT { ${timelineMatch('anchor', 'n', NODE_PROJECTION)}
      RETURN {kind: nK, date: nD, node: nV} } AS rows`;

const batchQueries = new Map<string, string>();

/** One query for every part, as UNION ALL; its text depends only on which parts are present. */
function batchQuery(parts: { name: string; text: () => string }[]): string {
  const cacheKey = parts.map((part) => part.name).join(',');
  let query = batchQueries.get(cacheKey);
  if (!query) {
    query = `/* graphBatch:${cacheKey} */
CALL () {
    ${parts.map((part) => part.text()).join('\n    UNION ALL\n    ')}
}
RETURN part, key, rows`;
    batchQueries.set(cacheKey, query);
  }
  return query;
}

const GET_DOCUMENT_TEXTS = `/* getDocumentTexts */
UNWIND $ids AS id
MATCH (d:Document {id: id})
RETURN id AS key, d.text AS text`;

type Row = { part: 'node' | 'relation' | 'timeline'; key: string; rows: unknown[] };

/** Batch reads by id that every domain shares: nodes, relations and timelines. */
export class GraphRepository {
  constructor(private readonly db: Database) {}

  async batch(request: BatchRequest): Promise<BatchResult> {
    const result: BatchResult = { nodes: new Map(), relations: new Map(), timelines: new Map() };
    const parts: { name: string; text: () => string }[] = [];
    const params: Record<string, unknown> = {};
    const byLabel = new Map<NodeLabel, string[]>();
    for (const id of request.nodeIds) {
      const label = labelOfId(id);
      if (label) byLabel.set(label, [...(byLabel.get(label) ?? []), id]);
    }
    for (const [label, ids] of byLabel) {
      const param = `node_${label}`;
      parts.push({ name: param, text: () => nodesPart(label, param) });
      params[param] = ids;
    }
    for (const [key, { ref, requests }] of request.relations) {
      const param = `rel_${key.replace('.', '_')}`;
      parts.push({ name: param, text: () => relationPart(ref, param) });
      params[param] = requests;
    }
    if (request.timelines.length) {
      parts.push({ name: 'timeline', text: () => timelinePart('timeline') });
      params.timeline = request.timelines;
    }
    if (parts.length === 0) return result;
    const rows = await this.db.read<Row>(batchQuery(parts), params);
    for (const row of rows) {
      try {
        if (row.part === 'node') result.nodes.set(row.key, rawToModel(row.rows[0] as RawNode));
        else if (row.part === 'relation') {
          result.relations.set(
            row.key,
            (row.rows as { node: RawNode; quote: string | null }[]).map((item) => ({ node: rawToModel(item.node), quote: item.quote })),
          );
        } else {
          result.timelines.set(
            row.key,
            (row.rows as { kind: string; date: unknown; node: RawNode }[]).map((item) => ({ kind: item.kind, date: dateFromList(item.date), fact: rawToModel(item.node) })),
          );
        }
      } catch (error) {
        // A malformed node fails only the field that reached it, not the whole batch.
        (row.part === 'node' ? result.nodes : row.part === 'relation' ? result.relations : result.timelines).set(row.key, error as Error);
      }
    }
    return result;
  }

  async documentTexts(ids: readonly string[]): Promise<(string | null)[]> {
    const rows = await this.db.read<{ key: string; text: string }>(GET_DOCUMENT_TEXTS, { ids });
    const byId = new Map(rows.map((row) => [row.key, row.text]));
    return ids.map((id) => byId.get(id) ?? null);
  }
}
