import { GRAPH_MODEL, KIND_LABELS, byDate, newestFirst, type NodeLabel, type NodeTypeDecl, type Order, type PropertyDecl, type RelationDecl } from './graph.model.js';

/**
 * What the rest of the code reads from the graph model (graph.model.ts): label and prefix
 * lists, relationship types, relations by field, orders, and the TypeScript types of the
 * mapped nodes. Nothing here names a label or a relationship type itself.
 */

export { GRAPH_MODEL, KIND_LABELS, LEADER_ROLE_KINDS, TIMELINE_KIND_ORDER, type NodeLabel, type PropertyDecl, type RelationDecl } from './graph.model.js';

type Model = typeof GRAPH_MODEL;

export const NODE_LABELS = Object.keys(GRAPH_MODEL) as NodeLabel[];

export function typeDecl(label: NodeLabel): NodeTypeDecl {
  return GRAPH_MODEL[label];
}

export const FACT_LABELS = NODE_LABELS.filter((label) => typeDecl(label).fact);
/** Entities and documents: the labels that are not facts. */
export const ENTITY_LABELS = NODE_LABELS.filter((label) => !typeDecl(label).fact);
/** Facts placed on an organisation's timeline. */
export const TIMELINE_LABELS = FACT_LABELS.filter((label) => typeDecl(label).timeline);
export const SEARCH_LABELS = NODE_LABELS.filter((label) => typeDecl(label).search);

const LABEL_BY_PREFIX = new Map(NODE_LABELS.flatMap((label) => typeDecl(label).prefixes.map((prefix) => [prefix, label] as const)));
export const ID_PREFIXES = [...LABEL_BY_PREFIX.keys()];

/** The label of the nodes an id's prefix names (`council:x` is an Organisation), or null. */
export function labelOfId(id: string): NodeLabel | null {
  const colon = id.indexOf(':');
  return colon < 1 ? null : (LABEL_BY_PREFIX.get(id.slice(0, colon)) ?? null);
}

export function prefixesOf(labels: readonly NodeLabel[]): string[] {
  return (labels.length ? labels : NODE_LABELS).flatMap((label) => [...typeDecl(label).prefixes]);
}

export interface RelationRef {
  label: NodeLabel;
  field: string;
  rel: RelationDecl;
}

/** Every declared relation field, as `Label.field`. */
export const RELATIONS: RelationRef[] = NODE_LABELS.flatMap((label) =>
  Object.entries(typeDecl(label).relations).map(([field, rel]) => ({ label, field, rel })),
);
export type RelationKey = `${NodeLabel}.${string}`;
export const relationKey = (ref: { label: NodeLabel; field: string }): RelationKey => `${ref.label}.${ref.field}`;
const RELATION_BY_KEY = new Map(RELATIONS.map((ref) => [relationKey(ref), ref]));

export function relationOf(label: NodeLabel, field: string): RelationRef | null {
  return RELATION_BY_KEY.get(`${label}.${field}`) ?? null;
}

/** Relations written from seed entries: each relationship of the graph belongs to exactly one. */
export const OWNED_RELATIONS = RELATIONS.filter((ref) => ref.rel.owned);
export const RELATIONSHIP_TYPES = [...new Set(OWNED_RELATIONS.map((ref) => ref.rel.type))];

/** The relationship types that put a fact on an organisation's timeline. */
export const TIMELINE_TYPES = [...new Set(RELATIONS.filter((ref) => ref.rel.timeline).map((ref) => ref.rel.type))];

/**
 * Relationship types between entities and facts (not documents): what paths follow unless
 * asked to go through documents too.
 */
export const FACT_TYPES = [
  ...new Set(
    OWNED_RELATIONS.filter((ref) => typeDecl(ref.label).fact && ref.rel.edge === undefined && !ref.rel.target.includes('Document')).map((ref) => ref.rel.type),
  ),
];

/** The order a relation lists its nodes in: declared, else facts by date and documents newest first. */
export function relationOrder(rel: RelationDecl): Order {
  if (rel.order) return rel.order;
  const [only] = rel.target;
  if (rel.target.length === 1 && only) {
    if (only === 'Document') return newestFirst;
    const key = typeDecl(only).dateKey;
    if (key) return byDate(key);
  }
  return (x) => `${x}.id`;
}

export function propertyEntries(label: NodeLabel): [string, PropertyDecl][] {
  return Object.entries(typeDecl(label).properties);
}

/** Properties the node mapping leaves out (read by a field of their own, e.g. a document's text). */
export const HEAVY_PROPERTIES = [...new Set(NODE_LABELS.flatMap((label) => propertyEntries(label).filter(([, p]) => p.heavy).map(([key]) => key)))];

/**
 * The fields of a partial date as the API gives it (PartialDate; `resolvedFromId` is the id
 * behind `resolvedFrom`), each with the stored property it reads (`<key><part>`) and how: its
 * value, precision and bounds, and how it was worked out when the text does not state it
 * (relative wording and its anchor, the document whose publication window it counts from, an
 * inference and its basis). The node mapping, the compiler and the batch loader read these.
 */
export const PARTIAL_DATE_FIELDS = {
  value: { part: '', kind: 'string' },
  precision: { part: 'Precision', kind: 'string' },
  earliest: { part: 'Earliest', kind: 'day' },
  latest: { part: 'Latest', kind: 'day' },
  relative: { part: 'Relative', kind: 'string' },
  anchor: { part: 'Anchor', kind: 'string' },
  anchorDate: { part: 'AnchorDate', kind: 'string' },
  resolvedFromId: { part: 'ResolvedFrom', kind: 'string' },
  inferred: { part: 'Inferred', kind: 'boolean' },
  basis: { part: 'Basis', kind: 'string' },
  basisQuotes: { part: 'BasisQuotes', kind: 'strings' },
} as const;
type DateFieldKind = 'string' | 'day' | 'boolean' | 'strings';
type DateFieldType<K extends DateFieldKind> = K extends 'boolean' ? boolean : K extends 'strings' ? string[] : string | null;

/** The stored properties of partial date `key`: `<key>`, `<key>Precision`, ... */
export const DATE_PARTS = Object.values(PARTIAL_DATE_FIELDS).map((field) => field.part);
export type DatePart = (typeof PARTIAL_DATE_FIELDS)[keyof typeof PARTIAL_DATE_FIELDS]['part'];

/** The keys of a date written as an object in the seed files, and the part each is stored as. */
export const DATE_SEED_KEYS = {
  date: '',
  relative: 'Relative',
  anchor: 'Anchor',
  from: 'AnchorDate',
  resolvedFrom: 'ResolvedFrom',
  inferred: 'Inferred',
  basis: 'Basis',
  quotes: 'BasisQuotes',
} as const satisfies Record<string, DatePart>;

/** True when stored date `key` of `props` was worked out rather than stated (relative or inferred). */
export function isWorkedOut(props: Record<string, unknown>, key: string): boolean {
  return props[`${key}${PARTIAL_DATE_FIELDS.relative.part}`] != null || props[`${key}${PARTIAL_DATE_FIELDS.inferred.part}`] === true;
}

// ---- the mapped node types ------------------------------------------------------------------

export type OrganisationKindValue = keyof typeof KIND_LABELS;

export type PartialDateModel = {
  -readonly [F in keyof typeof PARTIAL_DATE_FIELDS]: F extends 'value' | 'earliest' | 'latest'
    ? string
    : F extends 'precision'
      ? 'YEAR' | 'SEASON' | 'QUARTER' | 'MONTH' | 'DAY' | 'RANGE'
      : DateFieldType<(typeof PARTIAL_DATE_FIELDS)[F]['kind']>;
};

type PropType<P> = P extends { kind: 'date' }
  ? PartialDateModel | null
  : P extends { kind: 'boolean' }
    ? boolean | null
    : P extends { kind: 'float' }
      ? number | null
      : P extends { kind: 'strings' }
        ? string[]
        : P extends { kind: 'kinds' }
          ? OrganisationKindValue[]
          : P extends { required: true } | { default: string }
            ? string
            : string | null;

type Props<L extends NodeLabel> = Model[L]['properties'];

/** Who retracted a node, when and why (records.ts RECORD.retracted*); the GraphQL Retraction. */
export interface RetractionModel {
  /** ISO 8601 instant. */
  at: string;
  by: string;
  reason: string;
}

/** The model of a node of label L, as the mapping (graph.mappers.ts) builds it from its properties. */
export type ModelOf<L extends NodeLabel> = { __typename: L; id: string; version: number; retraction: RetractionModel | null } & {
  -readonly [K in keyof Props<L> as Props<L>[K] extends { heavy: true } ? never : K]: PropType<Props<L>[K]>;
};

export type PersonModel = ModelOf<'Person'>;
export type OrganisationModel = ModelOf<'Organisation'>;
export type DocumentModel = ModelOf<'Document'>;
export type PolicyModel = ModelOf<'Policy'>;
export type TenureModel = ModelOf<'Tenure'>;
export type ServiceArrangementModel = ModelOf<'ServiceArrangement'>;
export type InspectionModel = ModelOf<'Inspection'>;
export type DirectionModel = ModelOf<'Direction'>;
export type EventModel = ModelOf<'Event'>;
export type StatementModel = ModelOf<'Statement'>;
export type AffiliationModel = ModelOf<'Affiliation'>;

export type NodeModel = { [L in NodeLabel]: ModelOf<L> }[NodeLabel];
export type NodeTypename = NodeLabel;
type FactLabel = { [L in NodeLabel]: Model[L]['fact'] extends true ? L : never }[NodeLabel];
export type FactModel = { [L in FactLabel]: ModelOf<L> }[FactLabel];

export function isFact(model: NodeModel): model is FactModel {
  return typeDecl(model.__typename).fact;
}

const KIND_BY_LABEL = new Map(Object.entries(KIND_LABELS).map(([kind, label]) => [label, kind as OrganisationKindValue]));

export function kindsFromLabels(labels: readonly string[]): OrganisationKindValue[] {
  return labels.flatMap((label) => {
    const kind = KIND_BY_LABEL.get(label);
    return kind ? [kind] : [];
  });
}

export function kindLabels(kinds: readonly OrganisationKindValue[] | null | undefined): string[] | null {
  return kinds && kinds.length > 0 ? kinds.map((kind) => KIND_LABELS[kind]) : null;
}

/** `SERVICE_ARRANGEMENT` for `ServiceArrangement`: the NodeKind enum value of a label. */
export function nodeKindOf(label: NodeLabel): string {
  return label.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase();
}
