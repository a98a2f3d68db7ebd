import neo4j from 'neo4j-driver';
import { ID_LABELS } from '../../neo4j/migrations.js';
import { kindsFromLabels, type OrganisationKindValue } from '../entities/entities.mappers.js';

/**
 * Models backing every GraphQL type that is a node in Neo4j. Rows are parsed here, at the
 * boundary: Neo4j integers and dates become numbers and ISO strings, relationships become ids.
 */

export interface PartialDateModel {
  value: string;
  precision: 'YEAR' | 'SEASON' | 'QUARTER' | 'MONTH' | 'DAY';
  earliest: string;
  latest: string;
  relative: string | null;
  resolvedFromId: string | null;
}

interface Base {
  id: string;
  name: string;
}

export interface PersonModel extends Base {
  __typename: 'Person';
  aliases: string[];
  description: string | null;
}

export interface OrganisationModel extends Base {
  __typename: 'Organisation';
  aliases: string[];
  kinds: OrganisationKindValue[];
  description: string | null;
}

export interface DocumentModel extends Base {
  __typename: 'Document';
  title: string;
  kind: 'ARTICLE' | 'REPORT' | 'POLICY_PAPER' | 'OPINION';
  corpusFile: string;
  published: PartialDateModel | null;
  outletId: string | null;
  authorIds: string[];
}

export interface PolicyModel extends Base {
  __typename: 'Policy';
  aliases: string[];
  description: string | null;
  issuedById: string | null;
}

export interface TenureModel extends Base {
  __typename: 'Tenure';
  personId: string;
  organisationId: string;
  role: string;
  roleKind: string;
  start: PartialDateModel | null;
  end: PartialDateModel | null;
  current: boolean | null;
}

export interface ServiceArrangementModel extends Base {
  __typename: 'ServiceArrangement';
  councilId: string;
  providerId: string;
  start: PartialDateModel | null;
  end: PartialDateModel | null;
  origin: string;
  ending: string | null;
  status: string | null;
  description: string | null;
}

export interface InspectionModel extends Base {
  __typename: 'Inspection';
  subjectId: string;
  inspectorateId: string;
  date: PartialDateModel | null;
  grade: string | null;
  scope: string | null;
}

export interface DirectionModel extends Base {
  __typename: 'Direction';
  councilId: string;
  issuedById: string;
  arrangementId: string | null;
  date: PartialDateModel | null;
  kind: string;
  summary: string | null;
}

export interface EventModel extends Base {
  __typename: 'Event';
  kind: string;
  date: PartialDateModel | null;
  description: string | null;
  amount: number | null;
  currency: string | null;
  period: string | null;
  involvesIds: string[];
}

export interface StatementModel extends Base {
  __typename: 'Statement';
  speakerId: string;
  documentId: string;
  quote: string;
  summary: string | null;
  stance: string | null;
  date: PartialDateModel | null;
  aboutIds: string[];
}

export type FactModel =
  | TenureModel
  | ServiceArrangementModel
  | InspectionModel
  | DirectionModel
  | EventModel
  | StatementModel
  | PolicyModel;

export type NodeModel = PersonModel | OrganisationModel | DocumentModel | FactModel;
export type NodeTypename = NodeModel['__typename'];

/** What NODE_PROJECTION returns: properties, labels, and the ids at the end of each relationship. */
export interface RawNode {
  props: Record<string, unknown>;
  labels: string[];
  out: [string, string][];
  heldBy: string[];
}

/**
 * Projects `n` for rawToModel; the document text is left out (Document.text loads it).
 * Its own variables are prefixed so that they never capture a variable of the query around it.
 */
// Only facts and documents own relationships a model needs (people and organisations own
// none), and only these types: typed expansions skip a document's many MENTIONS and a fact's
// EVIDENCED_BY without reading them.
const MODEL_RELATIONSHIPS =
  'AT|FOR_COUNCIL|PROVIDED_BY|INSPECTED|CONDUCTED_BY|DIRECTED|ISSUED_BY|MANDATED|INVOLVED|SAID_BY|ABOUT|REPORTED_IN|PUBLISHED_BY|WRITTEN_BY';

export const NODE_PROJECTION = `{
  props: n {.*, text: null},
  labels: labels(n),
  out: CASE WHEN n:Person OR n:Organisation THEN [] ELSE
    [(n)-[projected_r:${MODEL_RELATIONSHIPS}]->(projected_m) | [type(projected_r), projected_m.id]] END,
  heldBy: CASE WHEN n:Tenure THEN [(projected_p)-[:HELD]->(n) | projected_p.id] ELSE [] END
}`;

/**
 * Finds `n` by id with one index seek per label, for any id. Reused by every batch query
 * that starts from ids, so each lookup is index-backed whatever the node's type.
 */
export const MATCH_NODE_BY_ID = `CALL (id) {
    ${ID_LABELS.map((label) => `MATCH (n:${label} {id: id}) RETURN n`).join('\n    UNION ALL ')}
  }`;

// Each GraphQL node type is named after its Neo4j label.
const TYPENAMES: readonly NodeTypename[] = ID_LABELS;

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

function partialDate(props: Record<string, unknown>, key: string): PartialDateModel | null {
  const value = str(props, key);
  if (value === null) return null;
  return {
    value,
    precision: str(props, `${key}Precision`) as PartialDateModel['precision'],
    earliest: String(plain(props[`${key}Earliest`])),
    latest: String(plain(props[`${key}Latest`])),
    relative: str(props, `${key}Relative`),
    resolvedFromId: str(props, `${key}ResolvedFrom`),
  };
}

function targets(raw: RawNode, type: string): string[] {
  return raw.out.filter(([t]) => t === type).map(([, id]) => id);
}

function target(raw: RawNode, type: string): string | null {
  return targets(raw, type)[0] ?? null;
}

function required(raw: RawNode, type: string): string {
  const id = target(raw, type);
  if (id === null) throw new Error(`${String(raw.props.id)} has no ${type} relationship`);
  return id;
}

/** Turns one projected node into the model of its GraphQL type. */
export function rawToModel(raw: RawNode): NodeModel {
  const p = raw.props;
  const typename = TYPENAMES.find((t) => raw.labels.includes(t));
  const base = { id: String(p.id), name: String(p.name) };
  const aliases = (p.aliases as string[] | null) ?? [];
  switch (typename) {
    case 'Person':
      return { __typename: 'Person', ...base, aliases, description: str(p, 'description') };
    case 'Organisation':
      return { __typename: 'Organisation', ...base, aliases, kinds: kindsFromLabels(raw.labels), description: str(p, 'description') };
    case 'Document':
      return {
        __typename: 'Document',
        ...base,
        title: String(p.title),
        kind: p.kind as DocumentModel['kind'],
        corpusFile: String(p.corpusFile),
        published: partialDate(p, 'published'),
        outletId: target(raw, 'PUBLISHED_BY'),
        authorIds: targets(raw, 'WRITTEN_BY'),
      };
    case 'Policy':
      return { __typename: 'Policy', ...base, aliases, description: str(p, 'description'), issuedById: target(raw, 'ISSUED_BY') };
    case 'Tenure': {
      const personId = raw.heldBy[0];
      if (!personId) throw new Error(`${base.id} is held by nobody`);
      return {
        __typename: 'Tenure',
        ...base,
        personId,
        organisationId: required(raw, 'AT'),
        role: String(p.role),
        roleKind: String(p.roleKind),
        start: partialDate(p, 'start'),
        end: partialDate(p, 'end'),
        current: typeof p.current === 'boolean' ? p.current : null,
      };
    }
    case 'ServiceArrangement':
      return {
        __typename: 'ServiceArrangement',
        ...base,
        councilId: required(raw, 'FOR_COUNCIL'),
        providerId: required(raw, 'PROVIDED_BY'),
        start: partialDate(p, 'start'),
        end: partialDate(p, 'end'),
        origin: str(p, 'origin') ?? 'UNKNOWN',
        ending: str(p, 'ending'),
        status: str(p, 'status'),
        description: str(p, 'description'),
      };
    case 'Inspection':
      return {
        __typename: 'Inspection',
        ...base,
        subjectId: required(raw, 'INSPECTED'),
        inspectorateId: required(raw, 'CONDUCTED_BY'),
        date: partialDate(p, 'date'),
        grade: str(p, 'grade'),
        scope: str(p, 'scope'),
      };
    case 'Direction':
      return {
        __typename: 'Direction',
        ...base,
        councilId: required(raw, 'DIRECTED'),
        issuedById: required(raw, 'ISSUED_BY'),
        arrangementId: target(raw, 'MANDATED'),
        date: partialDate(p, 'date'),
        kind: String(p.kind),
        summary: str(p, 'summary'),
      };
    case 'Event':
      return {
        __typename: 'Event',
        ...base,
        kind: String(p.kind),
        date: partialDate(p, 'date'),
        description: str(p, 'description'),
        amount: p.amount === undefined || p.amount === null ? null : Number(plain(p.amount)),
        currency: str(p, 'currency'),
        period: str(p, 'period'),
        involvesIds: targets(raw, 'INVOLVED'),
      };
    case 'Statement':
      return {
        __typename: 'Statement',
        ...base,
        speakerId: required(raw, 'SAID_BY'),
        documentId: required(raw, 'REPORTED_IN'),
        quote: String(p.quote),
        summary: str(p, 'summary'),
        stance: str(p, 'stance'),
        date: partialDate(p, 'date'),
        aboutIds: targets(raw, 'ABOUT'),
      };
    default:
      throw new Error(`Node ${base.id} has no known type (labels ${raw.labels.join(', ')})`);
  }
}

/** The date a fact is placed at on a timeline: its own date, or its start. */
export function factDate(fact: FactModel): PartialDateModel | null {
  switch (fact.__typename) {
    case 'Tenure':
    case 'ServiceArrangement':
      return fact.start;
    case 'Policy':
      return null;
    default:
      return fact.date;
  }
}

/**
 * Compares strings by UTF-16 code unit, as Cypher's ORDER BY does (Java's String order: a
 * character above U+FFFF sorts before U+E000..U+FFFF), so that an order computed in JavaScript
 * and the same order computed in Cypher (compiled operations) always agree. A test checks
 * this against Neo4j.
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Orders by earliest possible day, undated last, then by id for stability. */
export function compareByDate(a: PartialDateModel | null, b: PartialDateModel | null): number {
  if (a && b) return compareText(a.earliest, b.earliest) || compareText(a.latest, b.latest);
  if (a) return -1;
  if (b) return 1;
  return 0;
}

export function isFact(model: NodeModel): model is FactModel {
  return !['Person', 'Organisation', 'Document'].includes(model.__typename);
}
