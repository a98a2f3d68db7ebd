import neo4j from 'neo4j-driver';
import { FIRST_VERSION, RECORD } from '../../model/records.js';
import { kindsFromLabels, NODE_LABELS, PARTIAL_DATE_FIELDS, propertyEntries, type NodeModel, type PartialDateModel, type PropertyDecl, type RetractionModel } from '../../model/model.js';

export type {
  DirectionModel,
  DocumentModel,
  EventModel,
  FactModel,
  InspectionModel,
  NodeModel,
  NodeTypename,
  OrganisationModel,
  PartialDateModel,
  PersonModel,
  PolicyModel,
  RetractionModel,
  ServiceArrangementModel,
  StatementModel,
  TenureModel,
} from '../../model/model.js';

/**
 * The node mapping, derived from the graph model: a node's properties become the model of its
 * GraphQL type. Rows are parsed here, at the boundary: Neo4j integers and dates become numbers
 * and ISO strings. Relations are not part of a node's model: every relation field is read
 * through the relation loader (graph.loaders.ts), in the order the model declares.
 */

/** What NODE_PROJECTION returns: the node's properties (heavy ones left out) and labels. */
export interface RawNode {
  props: Record<string, unknown>;
  labels: string[];
}

export function plain(value: unknown): unknown {
  if (neo4j.isInt(value)) return value.toNumber();
  if (neo4j.isDate(value)) return value.toString();
  if (Array.isArray(value)) return value.map(plain);
  return value;
}

function str(props: Record<string, unknown>, key: string): string | null {
  const value = props[key];
  return typeof value === 'string' ? value : null;
}

/** An instant as the API gives it: ISO 8601 in UTC (`2026-03-01T09:30:00.000Z`), from a Neo4j datetime or a stored string. */
export function instantOf(value: unknown): string {
  if (neo4j.isDateTime(value)) return value.toStandardDate().toISOString();
  const text = String(value);
  const parsed = new Date(text);
  return Number.isNaN(parsed.getTime()) ? text : parsed.toISOString();
}

/** The stored properties a retraction is read from, in the order retractionOf takes their values. */
export const RETRACTION_PROPERTIES = [RECORD.retractedAt, RECORD.retractedBy, RECORD.retractedReason] as const;

/**
 * A node's retraction from the values of RETRACTION_PROPERTIES: null unless retracted. The
 * node mapping and the compiler both read it through here.
 */
export function retractionOf([at, by, reason]: readonly unknown[]): RetractionModel | null {
  if (at === null || at === undefined) return null;
  return { at: instantOf(at), by: typeof by === 'string' ? by : '', reason: typeof reason === 'string' ? reason : '' };
}

/** A partial date from its stored parts `<key>`, `<key>Precision`, `<key>Earliest`... (PARTIAL_DATE_FIELDS). */
export function partialDateOf(props: Record<string, unknown>, key: string): PartialDateModel | null {
  if (str(props, key) === null) return null;
  const model: Record<string, unknown> = {};
  for (const [field, { part, kind }] of Object.entries(PARTIAL_DATE_FIELDS)) {
    const value = props[`${key}${part}`];
    model[field] =
      kind === 'day' ? String(plain(value)) : kind === 'boolean' ? value === true : kind === 'strings' ? (Array.isArray(value) ? value.map(String) : []) : str(props, `${key}${part}`);
  }
  return model as PartialDateModel;
}

function readProperty(raw: RawNode, key: string, decl: PropertyDecl, id: string): unknown {
  const value = raw.props[key];
  switch (decl.kind) {
    case 'date':
      return partialDateOf(raw.props, key);
    case 'boolean':
      return typeof value === 'boolean' ? value : null;
    case 'float':
      return value === undefined || value === null ? null : Number(plain(value));
    case 'strings':
      return Array.isArray(value) ? value.map(String) : [];
    case 'kinds':
      return kindsFromLabels(raw.labels);
    default: {
      const text = typeof value === 'string' ? value : (decl.default ?? null);
      if (text === null && decl.required) throw new Error(`Graph integrity: ${id} has no ${key}`);
      return text;
    }
  }
}

/** Turns one projected node into the model of its GraphQL type (its label names the type). */
export function rawToModel(raw: RawNode): NodeModel {
  const id = String(raw.props.id);
  const label = NODE_LABELS.find((l) => raw.labels.includes(l));
  if (!label) throw new Error(`Node ${id} has no known type (labels ${raw.labels.join(', ')})`);
  const version = raw.props[RECORD.version];
  const model: Record<string, unknown> = {
    __typename: label,
    id,
    version: version === undefined || version === null ? FIRST_VERSION : Number(plain(version)),
    retraction: retractionOf(RETRACTION_PROPERTIES.map((key) => raw.props[key])),
  };
  for (const [key, decl] of propertyEntries(label)) {
    if (!decl.heavy) model[key] = readProperty(raw, key, decl, id);
  }
  return model as NodeModel;
}
