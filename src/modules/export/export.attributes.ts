import {
  FACT_LABELS,
  labelOfId,
  NODE_LABELS,
  PARTIAL_DATE_FIELDS,
  propertyEntries,
  RELATIONS,
  typeDecl,
  type NodeLabel,
  type NodeModel,
  type PartialDateModel,
  type PropertyDecl,
  type RelationRef,
} from '../../model/model.js';
import { rawToModel, type RawNode } from '../graph/graph.mappers.js';

/**
 * The attributes every export format writes, derived from the graph model: one column per
 * node property (heavy ones, a document's text, left out), each partial date as its value,
 * precision, bounds and whether it was inferred, and a fact's evidence (document ids and
 * quotes, in the order the model gives its evidence); for edges, the relationship, its own
 * quote and the evidence of the fact at one end. The writers (export.formats.ts) only read
 * these lists.
 */

/** A value as the writers see it: lists are of strings. */
export type ExportValue = string | number | boolean | string[] | null;
export type ExportRecord = Record<string, ExportValue>;

export type ColumnType = 'string' | 'boolean' | 'double' | 'strings';

export interface Column {
  name: string;
  type: ColumnType;
}

/**
 * The fact relations that list documents with a quote (evidence, contradictedBy), each
 * exported as `<field>Documents` and `<field>Quotes`. The required one is a fact's evidence.
 */
export const EVIDENCE_RELATIONS: RelationRef[] = [
  ...new Map(
    RELATIONS.filter((ref) => typeDecl(ref.label).fact && ref.rel.edge?.type === 'Evidence').map((ref) => [ref.field, ref] as const),
  ).values(),
];
const primary = EVIDENCE_RELATIONS.find((ref) => ref.rel.required);
if (!primary) throw new Error('The graph model declares no required evidence relation for facts');
/** A fact's evidence relation (EVIDENCED_BY): an edge of this type carries its own quote as evidence. */
export const EVIDENCE: RelationRef = primary;

/** The columns every node has, before its properties: its id, its label (Person, Tenure...) and all its Neo4j labels. */
const NODE_HEAD: Column[] = [
  { name: 'id', type: 'string' },
  { name: 'kind', type: 'string' },
  { name: 'labels', type: 'strings' },
];
/** A model property whose key names a head column is written under another name (a document's `kind` is `subkind`). */
const RENAMED: Record<string, string> = { kind: 'subkind' };
function columnName(key: string): string {
  const name = RENAMED[key] ?? key;
  if (NODE_HEAD.some((column) => column.name === name)) throw new Error(`The model property ${key} clashes with the export column ${name}: rename it in RENAMED`);
  return name;
}

/** The fields of a partial date that are exported (PARTIAL_DATE_FIELDS): its value, precision, bounds, and whether it was inferred. */
const EXPORTED_DATE_FIELDS = ['value', 'precision', 'earliest', 'latest', 'inferred'] as const satisfies readonly (keyof typeof PARTIAL_DATE_FIELDS)[];

function typeOf(decl: PropertyDecl): ColumnType {
  if (decl.kind === 'boolean') return 'boolean';
  if (decl.kind === 'float') return 'double';
  if (decl.kind === 'strings' || decl.kind === 'kinds') return 'strings';
  return 'string';
}

/** How one column of a node is read from its model. */
interface NodeColumn extends Column {
  read: (model: Record<string, unknown>) => ExportValue;
}

function propertyColumns(key: string, decl: PropertyDecl): NodeColumn[] {
  if (decl.kind === 'date') {
    return EXPORTED_DATE_FIELDS.map((field) => ({
      name: `${key}${PARTIAL_DATE_FIELDS[field].part}`,
      type: PARTIAL_DATE_FIELDS[field].kind === 'boolean' ? 'boolean' : 'string',
      read: (model) => (model[key] as PartialDateModel | null)?.[field] ?? null,
    }));
  }
  return [{ name: columnName(key), type: typeOf(decl), read: (model) => (model[key] ?? null) as ExportValue }];
}

const evidenceColumns = (ref: RelationRef): Column[] => [
  { name: `${ref.field}Documents`, type: 'strings' },
  { name: `${ref.field}Quotes`, type: 'strings' },
];

const PROPERTY_COLUMNS = new Map<NodeLabel, NodeColumn[]>(
  NODE_LABELS.map((label) => [label, propertyEntries(label).flatMap(([key, decl]) => (decl.heavy ? [] : propertyColumns(key, decl)))]),
);

function union(lists: Column[][]): Column[] {
  const byName = new Map<string, Column>();
  for (const column of lists.flat()) {
    const seen = byName.get(column.name);
    if (seen && seen.type !== column.type) throw new Error(`Export column ${column.name} has two types (${seen.type}, ${column.type})`);
    if (!seen) byName.set(column.name, column);
  }
  return [...byName.values()];
}

/** Every node column, over all labels (head, properties in model order, evidence): what a CSV header or an XML attribute declaration lists. */
export const NODE_COLUMNS: Column[] = union([NODE_HEAD, ...PROPERTY_COLUMNS.values(), EVIDENCE_RELATIONS.flatMap(evidenceColumns)]).map(({ name, type }) => ({ name, type }));

/** Every edge column: its stable id, type, ends, own quote, the fact at one end and that fact's evidence. */
export const EDGE_COLUMNS: Column[] = [
  { name: 'id', type: 'string' },
  { name: 'type', type: 'string' },
  { name: 'source', type: 'string' },
  { name: 'target', type: 'string' },
  { name: 'quote', type: 'string' },
  { name: 'fact', type: 'string' },
  ...evidenceColumns(EVIDENCE),
];

/** What the export queries return for a node: its projection and, per evidence relation, [document id, quote] pairs. */
export interface ExportNodeRow {
  node: RawNode;
  evidence: Record<string, [string, string | null][]>;
}

/** What the export queries return for a relationship; `parallel` when the query counted the parallel ones sorting before it. */
export interface ExportEdgeRow {
  type: string;
  source: string;
  target: string;
  quote: string | null;
  parallel?: { toNumber(): number } | number | null;
}

/** A node as a record: the columns of its label only (a CSV writes the others empty). */
export function nodeRecord(row: ExportNodeRow): ExportRecord {
  const model = rawToModel(row.node) as NodeModel & Record<string, unknown>;
  const label = model.__typename;
  const record: ExportRecord = { id: model.id, kind: label, labels: row.node.labels };
  for (const column of PROPERTY_COLUMNS.get(label) ?? []) record[column.name] = column.read(model);
  if (FACT_LABELS.includes(label)) {
    for (const ref of EVIDENCE_RELATIONS) {
      const pairs = row.evidence[ref.field] ?? [];
      record[`${ref.field}Documents`] = pairs.map(([document]) => document);
      record[`${ref.field}Quotes`] = pairs.map(([, quote]) => quote ?? '');
    }
  }
  return record;
}

const isFactId = (id: string) => {
  const label = labelOfId(id);
  return label !== null && FACT_LABELS.includes(label);
};

/** The fact an edge passes through: its start if that is a fact, else its end if that is (as a path step names it). */
export function factOf(row: ExportEdgeRow): string | null {
  return isFactId(row.source) ? row.source : isFactId(row.target) ? row.target : null;
}

/**
 * Edges as records. An edge's id, `<from>|<TYPE>|<to>|<n>`, is stable: `n` is its rank among
 * the relationships of the same type between the same ends, by quote; given by the query
 * (`parallel`) or, when the rows hold every such relationship in that order (a neighbourhood, a
 * page of start nodes), counted here. Its evidence is its own quote for an evidence edge,
 * else the evidence of its fact (`evidenceOf`).
 */
export function edgeRecords(rows: ExportEdgeRow[], evidenceOf: (factId: string) => [string, string | null][]): ExportRecord[] {
  const seen = new Map<string, number>();
  return rows.map((row) => {
    const key = `${row.source}|${row.type}|${row.target}`;
    const counted = seen.get(key) ?? 0;
    seen.set(key, counted + 1);
    const n = row.parallel === undefined || row.parallel === null ? counted : typeof row.parallel === 'number' ? row.parallel : row.parallel.toNumber();
    const fact = factOf(row);
    const evidence: [string, string | null][] = row.type === EVIDENCE.rel.type && row.quote !== null ? [[row.target, row.quote]] : fact ? evidenceOf(fact) : [];
    return {
      id: `${key}|${n}`,
      type: row.type,
      source: row.source,
      target: row.target,
      quote: row.quote,
      fact,
      [`${EVIDENCE.field}Documents`]: evidence.map(([document]) => document),
      [`${EVIDENCE.field}Quotes`]: evidence.map(([, quote]) => quote ?? ''),
    };
  });
}
