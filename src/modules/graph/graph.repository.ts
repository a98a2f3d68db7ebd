import type { Database } from '../../neo4j/database.js';
import { isLive, RECORD } from '../../model/records.js';
import {
  DATE_PARTS,
  FACT_LABELS,
  HEAVY_PROPERTIES,
  labelOfId,
  NODE_LABELS,
  RELATIONS,
  relationOrder,
  TIMELINE_KIND_ORDER,
  TIMELINE_LABELS,
  TIMELINE_TYPES,
  typeDecl,
  type NodeLabel,
  type NodeModel,
  type RelationDecl,
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

// ---- what reads show -----------------------------------------------------------------------

/**
 * Relations whose other end must exist and be one node (a tenure's person, a statement's
 * document): a fact is shown only while each such end is live, so that no read answers a
 * fact without the node its non-null field names.
 */
const REQUIRED_ENDS = RELATIONS.filter(({ rel }) => rel.required === true && rel.cardinality === 'one');
for (const { label, field, rel } of REQUIRED_ENDS) {
  // A required end is an entity or a document: whether a node is shown never depends on another fact.
  if (rel.target.length === 0 || rel.target.some((target) => FACT_LABELS.includes(target))) throw new Error(`${label}.${field}: a required end may not be a fact`);
}

const sameWay = (a: RelationDecl, b: RelationDecl) => a.type === b.type && a.direction === b.direction;
const endPattern = (x: string, direction: RelationDecl['direction'], types: string[], e: string) => {
  const rel = `[:${types.join('|')}]`;
  return direction === 'out' ? `(${x})-${rel}->(${e})` : direction === 'in' ? `(${x})<-${rel}-(${e})` : `(${x})-${rel}-(${e})`;
};

const shownTexts = new Map<string, string>();

/**
 * THE condition that reads show node `x`, whose label is one of `labels` (empty: any):
 * it is live (records.ts isLive: neither retracted nor merged away) and, for a fact, so is
 * the node at the other end of each of its required `one` relations (a tenure whose person
 * was retracted is hidden with them). Every read derives from it: lookups by id, relations,
 * timelines, lists and their counts, search, paths, neighbourhoods, career transitions and
 * the exports, on both read paths. Property tests after the index seek, and one expand per
 * kind of required end.
 */
export function isShown(x: string, labels: readonly NodeLabel[] = []): string {
  const candidates = labels.length ? labels : NODE_LABELS;
  const cacheKey = `${x}|${candidates.join(',')}`;
  const hit = shownTexts.get(cacheKey);
  if (hit) return hit;
  // One NOT EXISTS per direction over every relationship type that is a required end of a
  // candidate label; guarded by label where another candidate has the same type optionally
  // (a policy's issuedBy, a direction's required one).
  const groups = new Map<string, { direction: RelationDecl['direction']; guard: NodeLabel[] | null; types: string[] }>();
  for (const { rel } of REQUIRED_ENDS.filter((ref) => candidates.includes(ref.label))) {
    const requiring = [...new Set(REQUIRED_ENDS.filter((ref) => candidates.includes(ref.label) && sameWay(ref.rel, rel)).map((ref) => ref.label))];
    const carriers = RELATIONS.filter((ref) => candidates.includes(ref.label) && sameWay(ref.rel, rel)).map((ref) => ref.label);
    const guard = carriers.every((label) => requiring.includes(label)) ? null : requiring;
    const key = `${rel.direction}|${guard?.join(':') ?? ''}`;
    const group = groups.get(key) ?? { direction: rel.direction, guard, types: [] };
    if (!group.types.includes(rel.type)) group.types.push(rel.type);
    groups.set(key, group);
  }
  const e = `${x}_end`;
  const ends = [...groups.values()].map(({ direction, guard, types }) => {
    const none = `NOT EXISTS { MATCH ${endPattern(x, direction, types, e)} WHERE NOT ${isLive(e)} }`;
    return guard ? `(NOT (${guard.map((label) => `${x}:${label}`).join(' OR ')}) OR ${none})` : none;
  });
  const text = ends.length ? `(${[isLive(x), ...ends].join(' AND ')})` : isLive(x);
  shownTexts.set(cacheKey, text);
  return text;
}

/** Node `x` is the stub a merge left (RECORD.mergedInto): a lookup of its id answers the node kept. */
export const isMergedStub = (x: string): string => `${x}.${RECORD.mergedInto} IS NOT NULL`;

/**
 * What a read asked to `includeRetracted` answers: any node but a merged stub (a retracted
 * node, a fact whose required end is retracted); otherwise what isShown says.
 */
export const isAnswered = (x: string, includeRetracted: boolean, labels: readonly NodeLabel[] = []): string =>
  includeRetracted ? `NOT ${isMergedStub(x)}` : isShown(x, labels);

/** How many merges a lookup by id follows (`mergedInto` of `mergedInto`...) before it answers null. */
export const MAX_MERGE_HOPS = 10;

/** `MATCH (v:Label {id: <param>}) WHERE <shown>`: one shown node by id, sought under the label its (validated) id names. */
export const matchShownById = (v: string, id: string, param: string): string => {
  const label = labelOfId(id)!;
  return `MATCH (${v}:${label} {id: ${param}}) WHERE ${isShown(v, [label])}`;
};

const matchById = (shown: boolean) => `CALL (id) {
    ${NODE_LABELS.map((label) => `MATCH (n:${label} {id: id})${shown ? ` WHERE ${isShown('n', [label])}` : ''} RETURN n`).join('\n    UNION ALL ')}
  }`;

/**
 * Finds `n` by `id` with one index seek per label, for any id, if reads show it (isShown).
 * Reused by every batch query that starts from ids, so each lookup is index-backed whatever
 * the node's type.
 */
export const MATCH_NODE_BY_ID = matchById(true);

/** MATCH_NODE_BY_ID for any node, shown or not (a retracted one, a merged stub): for writes. */
export const MATCH_ANY_NODE_BY_ID = matchById(false);

/**
 * Whether a relation lists only the nodes reads show. A required `one` relation lists its end
 * as it is: a shown fact's required ends are live anyway (isShown), and a fact answered with
 * `includeRetracted` still names the node its non-null field needs, retracted or not.
 */
export const keepsToShown = (rel: RelationDecl): boolean => !(rel.required === true && rel.cardinality === 'one');

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
  // Only the nodes reads show, before any order and limit (a retracted latest inspection gives way to the one before).
  if (keepsToShown(rel)) conditions.push(isShown(x, rel.target));
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
      WHERE (${TIMELINE_LABELS.map((label) => `${x}:${label}`).join(' OR ')}) AND ${isShown(x, TIMELINE_LABELS)}
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

/** A node found by id, shown or not, as lookups by id need it (graph.loaders.ts). */
export interface NodeRecord {
  model: NodeModel;
  /** isShown: what reads answer. */
  shown: boolean;
  /** The id of the node kept, on a merged stub (isMergedStub); else null. */
  mergedInto: string | null;
}

export interface BatchResult {
  nodes: Map<string, NodeRecord | Error>;
  /** By request key. */
  relations: Map<string, RelatedRow[] | Error>;
  timelines: Map<string, TimelineRow[] | Error>;
}

// Each part looks its ids up under the one label their prefix names: one index seek per id.
// Nodes are read whether shown or not: a root lookup follows a merged stub, and answers a
// retracted node when asked to include it.
const nodesPart = (label: NodeLabel, param: string) => `UNWIND $${param} AS id
    MATCH (n:${label} {id: id})
    RETURN 'node' AS part, id AS key, [{node: ${NODE_PROJECTION}, shown: ${isShown('n', [label])}, mergedInto: n.${RECORD.mergedInto}}] AS rows`;

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
        if (row.part === 'node') {
          const found = row.rows[0] as { node: RawNode; shown: boolean; mergedInto: unknown };
          result.nodes.set(row.key, { model: rawToModel(found.node), shown: found.shown, mergedInto: typeof found.mergedInto === 'string' ? found.mergedInto : null });
        }
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
