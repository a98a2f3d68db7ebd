import {
  AffiliationKind,
  ArrangementEnding,
  ArrangementOrigin,
  ArrangementStatus,
  DirectionKind,
  DocumentKind,
  EventKind,
  InspectionGrade,
  RoleKind,
  Stance,
} from '../__generated__/resolvers-types.js';
import type * as Types from '../__generated__/resolvers-types.js';

/**
 * THE declaration of the graph: every node label with its id prefixes and properties, every
 * relationship with its type, direction, end labels, cardinality, order and named filters.
 * Migrations, the seed validator, loader and exporter, the node mapping, the batch loader,
 * the generic resolvers, the compiler and the Browser style all derive from this file
 * (src/model/model.ts holds the derivations). Adding a property means touching this file,
 * the SDL and the data.
 *
 * Field names are the GraphQL field names (checked against the generated resolver types) and
 * the keys of the seed files.
 */

type EnumObject = Record<string, string>;

/** How a property is stored and typed. `date` is a partial date kept in six properties. */
export type PropertyKind = 'string' | 'boolean' | 'float' | 'strings' | 'date' | 'kinds' | { enum: EnumObject };

export interface PropertyDecl {
  kind: PropertyKind;
  /** Never null (the seed validator requires it; the mapping relies on it). */
  required?: boolean;
  /** The value read when none is stored. */
  default?: string;
  /** A range index on the property (dates: on its earliest day). */
  index?: boolean;
  /** Not read by the node mapping (large: loaded by a field of its own). */
  heavy?: boolean;
  /** Not a key of the seed files: worked out by the loader (a fact's caption, a document's text). */
  derived?: boolean;
  /** A seed-file format the property must match (e.g. a corpus file name). */
  pattern?: RegExp;
}

/** A Cypher ORDER BY over the related node `x` and relationship `r`. */
export type Order = (x: string, r: string) => string;

export interface RelationDecl {
  type: string;
  /** Direction from the node declaring the field; `both`: either way (a symmetric relationship, written out). */
  direction: 'out' | 'in' | 'both';
  /** Labels the other end may have (any of them); empty: any node. */
  target: readonly NodeLabel[];
  /** Id prefixes a seed entry may name at the other end, when narrower than the labels' (a council). */
  targetPrefixes?: readonly string[];
  cardinality: 'one' | 'many';
  /** A `one` relation that must exist, a `many` one that must have at least one (a fact's evidence). */
  required?: boolean;
  /** Written from this node's seed entry (the field name is the seed key). */
  owned?: boolean;
  /** A fixed condition over the related node `x` (a named filter such as a council's leaders). */
  where?: (x: string) => string;
  /** Field arguments that filter, as Cypher conditions over `x` and the argument's value. */
  args?: Record<string, (x: string, value: string) => string>;
  /** Default: the related facts by date (undated last), documents newest first. */
  order?: Order;
  limit?: number;
  /**
   * The field lists relationships, not nodes: GraphQL type `type` with the relationship's
   * quote and the node under `node` (Evidence.document, SupportedFact.fact).
   */
  edge?: { type: 'Evidence' | 'SupportedFact'; node: 'document' | 'fact' };
  /** A Relay connection paged by offset (`first`, `after`) over the ordered list. */
  connection?: boolean;
  /** The relationship puts a fact on the timeline of the organisation at its other end. */
  timeline?: boolean;
}

export interface TimelineEntryDecl {
  kind: string;
  /** The date property that places the entry. */
  date: string;
  /** Listed (undated) when the date is unknown; otherwise only when it is known. */
  always: boolean;
}

export interface NodeTypeDecl {
  /** Id prefixes, `<prefix>:<slug>`; the first is the default. */
  prefixes: readonly string[];
  /** The seed file holding these entries (seeds/<file>.yaml). */
  seedFile: string;
  /** A sourced fact: carries evidence, appears in timelines and paths as a fact. */
  fact: boolean;
  /** Searchable by name and aliases (the full-text index). */
  search?: boolean;
  properties: Record<string, PropertyDecl>;
  relations: Record<string, RelationDecl>;
  /** A fact's readable one-line name, from its seed entry (`nameOf` gives referenced names). */
  caption?: (entry: Record<string, unknown>, nameOf: (id: unknown) => string) => string;
  /** The date property a fact is placed at on lists ordered by date. */
  dateKey?: string;
  /** The entries the fact gives an organisation's timeline. */
  timeline?: readonly TimelineEntryDecl[];
}

// ---- orders -------------------------------------------------------------------------------

/** By a partial date's earliest then latest day, undated last, then by id. */
export const byDate =
  (key: string): Order =>
  (x) =>
    `${x}.${key} IS NULL, ${x}.${key}Earliest, ${x}.${key}Latest, ${x}.id`;
/** Documents newest first, undated last, then by title. */
export const newestFirst: Order = (x) => `${x}.published IS NULL, ${x}.publishedEarliest DESC, ${x}.publishedLatest DESC, ${x}.title, ${x}.id`;
const byId: Order = (x) => `${x}.id`;
const byIdThenQuote: Order = (x, r) => `${x}.id, coalesce(${r}.quote, '')`;

// ---- building blocks ----------------------------------------------------------------------

const text = (extra: Partial<PropertyDecl> = {}): PropertyDecl => ({ kind: 'string', ...extra });
const required = (extra: Partial<PropertyDecl> = {}): PropertyDecl => ({ kind: 'string', required: true, ...extra });
const oneOf = (values: EnumObject, extra: Partial<PropertyDecl> = {}): PropertyDecl => ({ kind: { enum: values }, ...extra });
const date = (extra: Partial<PropertyDecl> = {}): PropertyDecl => ({ kind: 'date', ...extra });
const aliases: PropertyDecl = { kind: 'strings' };
const caption = (extra: Partial<PropertyDecl> = {}): PropertyDecl => ({ kind: 'string', required: true, derived: true, ...extra });

const ORGANISATION = ['Organisation'] as const;
const ANY: readonly NodeLabel[] = [];

/** Every fact's evidence: EVIDENCED_BY relationships to documents, each with its quote. */
const evidence: RelationDecl = {
  type: 'EVIDENCED_BY',
  direction: 'out',
  target: ['Document'],
  cardinality: 'many',
  required: true,
  owned: true,
  order: byIdThenQuote,
  edge: { type: 'Evidence', node: 'document' },
};

/** Quotes against a disputed fact: CONTRADICTED_BY relationships to documents, each with its quote. */
const contradictedBy: RelationDecl = { ...evidence, type: 'CONTRADICTED_BY', required: false };

/** What every fact has: its evidence, and when the sources conflict, the dispute and the quotes against it. */
const factProperties = { dispute: text() } as const;
const factRelations = { evidence, contradictedBy } as const;

/** Documents that mention an entity, newest first, as a connection. */
const mentionedIn: RelationDecl = { type: 'MENTIONS', direction: 'in', target: ['Document'], cardinality: 'many', connection: true };

/** A role of one of these kinds leads an organisation (Organisation.leaders). */
export const LEADER_ROLE_KINDS = ['CHIEF_EXECUTIVE', 'CHAIR', 'DIRECTOR_OF_CHILDRENS_SERVICES', 'COMMISSIONER'] as const;

const roleKinds = { roleKinds: (x: string, value: string) => `${x}.roleKind IN ${value}` };

const lower = (value: unknown) => String(value).toLowerCase().replaceAll('_', ' ');
/**
 * A date in a caption: as stated, or marked as worked out (an inferred date is never shown as
 * a stated one): `2016-12 (from “the following December”)`, `2019-01 (inferred)`. The seed
 * validator has worked out `inferred` on a relative date before captions are made.
 */
const dated = (value: unknown) => {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return ` ${value}`;
  const d = value as { date?: string; relative?: string; inferred?: boolean };
  if (!d.date) return '';
  if (d.inferred) return ` ${d.date} (inferred)`;
  return d.relative ? ` ${d.date} (from “${d.relative}”)` : ` ${d.date}`;
};

// ---- the graph ----------------------------------------------------------------------------

export const GRAPH_MODEL = {
  Person: {
    prefixes: ['person'],
    seedFile: 'people',
    fact: false,
    search: true,
    properties: { name: required({ index: true }), aliases, description: text() },
    relations: {
      tenures: { type: 'HELD', direction: 'out', target: ['Tenure'], cardinality: 'many', args: roleKinds },
      statements: { type: 'SAID_BY', direction: 'in', target: ['Statement'], cardinality: 'many' },
      authored: { type: 'WRITTEN_BY', direction: 'in', target: ['Document'], cardinality: 'many' },
      affiliations: { type: 'AFFILIATION_OF', direction: 'in', target: ['Affiliation'], cardinality: 'many' },
      mentionedIn,
    },
  },
  Organisation: {
    prefixes: ['council', 'trust', 'org'],
    seedFile: 'organisations',
    fact: false,
    search: true,
    properties: { name: required({ index: true }), kinds: { kind: 'kinds', required: true }, aliases, description: text() },
    relations: {
      partOf: { type: 'PART_OF', direction: 'out', target: ORGANISATION, cardinality: 'one', owned: true },
      parts: { type: 'PART_OF', direction: 'in', target: ORGANISATION, cardinality: 'many', order: (x) => `${x}.name, ${x}.id` },
      affiliates: { type: 'WITH_PARTY', direction: 'in', target: ['Affiliation'], cardinality: 'many' },
      affiliations: { type: 'AFFILIATION_OF', direction: 'in', target: ['Affiliation'], cardinality: 'many' },
      tenures: { type: 'AT', direction: 'in', target: ['Tenure'], cardinality: 'many', args: roleKinds },
      leaders: {
        type: 'AT',
        direction: 'in',
        target: ['Tenure'],
        cardinality: 'many',
        where: (x) => `${x}.roleKind IN [${LEADER_ROLE_KINDS.map((kind) => `'${kind}'`).join(', ')}]`,
      },
      arrangements: { type: 'FOR_COUNCIL', direction: 'in', target: ['ServiceArrangement'], cardinality: 'many' },
      provides: { type: 'PROVIDED_BY', direction: 'in', target: ['ServiceArrangement'], cardinality: 'many' },
      inspections: { type: 'INSPECTED', direction: 'in', target: ['Inspection'], cardinality: 'many' },
      latestInspection: {
        type: 'INSPECTED',
        direction: 'in',
        target: ['Inspection'],
        cardinality: 'one',
        where: (x) => `${x}.dateLatest IS NOT NULL`,
        order: (x) => `${x}.dateLatest DESC, ${x}.dateEarliest DESC, ${x}.id`,
        limit: 1,
      },
      directions: { type: 'DIRECTED', direction: 'in', target: ['Direction'], cardinality: 'many' },
      mentionedIn,
    },
  },
  Document: {
    prefixes: ['doc'],
    seedFile: 'documents',
    fact: false,
    search: true,
    properties: {
      name: caption({ index: true }),
      title: required(),
      kind: oneOf(DocumentKind, { required: true }),
      // Seed documents read their text from the corpus file; documents made through the API
      // (createDocument) hold their text and have none.
      corpusFile: { kind: 'string', pattern: /^[\w.-]+\.txt$/ },
      url: { kind: 'string', pattern: /^https?:\/\/[^\s]+$/ },
      published: date({ index: true }),
      text: required({ heavy: true, derived: true }),
    },
    relations: {
      outlet: { type: 'PUBLISHED_BY', direction: 'out', target: ORGANISATION, cardinality: 'one', owned: true },
      authors: { type: 'WRITTEN_BY', direction: 'out', target: ['Person'], cardinality: 'many', owned: true, order: (x) => `${x}.name, ${x}.id` },
      mentions: { type: 'MENTIONS', direction: 'out', target: ['Person', 'Organisation', 'Policy', 'Document'], cardinality: 'many', owned: true, order: byId },
      supports: {
        type: 'EVIDENCED_BY',
        direction: 'in',
        target: ANY,
        cardinality: 'many',
        order: byIdThenQuote,
        edge: { type: 'SupportedFact', node: 'fact' },
      },
      contradicts: {
        type: 'CONTRADICTED_BY',
        direction: 'in',
        target: ANY,
        cardinality: 'many',
        order: byIdThenQuote,
        edge: { type: 'SupportedFact', node: 'fact' },
      },
    },
    caption: (entry) => String(entry.title),
    // The date relative wording in the text counts from ("last year").
    dateKey: 'published',
  },
  Policy: {
    prefixes: ['policy'],
    seedFile: 'policies',
    fact: true,
    search: true,
    properties: { name: required(), aliases, description: text(), ...factProperties },
    relations: {
      issuedBy: { type: 'ISSUED_BY', direction: 'out', target: ORGANISATION, cardinality: 'one', owned: true },
      ...factRelations,
    },
  },
  Tenure: {
    prefixes: ['tenure'],
    seedFile: 'tenures',
    fact: true,
    properties: {
      name: caption(),
      role: required(),
      roleKind: oneOf(RoleKind, { required: true, index: true }),
      start: date(),
      end: date(),
      current: { kind: 'boolean' },
      ...factProperties,
    },
    relations: {
      person: { type: 'HELD', direction: 'in', target: ['Person'], cardinality: 'one', required: true, owned: true },
      organisation: { type: 'AT', direction: 'out', target: ORGANISATION, cardinality: 'one', required: true, owned: true, timeline: true },
      appointedBy: { type: 'APPOINTED_BY', direction: 'out', target: ORGANISATION, cardinality: 'one', owned: true },
      ...factRelations,
    },
    caption: (e, nameOf) => `${nameOf(e.person)}: ${String(e.role)}, ${nameOf(e.organisation)}`,
    dateKey: 'start',
    timeline: [
      { kind: 'TENURE_START', date: 'start', always: true },
      { kind: 'TENURE_END', date: 'end', always: false },
    ],
  },
  ServiceArrangement: {
    prefixes: ['arrangement'],
    seedFile: 'arrangements',
    fact: true,
    properties: {
      name: caption(),
      start: date(),
      end: date(),
      origin: oneOf(ArrangementOrigin, { default: 'UNKNOWN' }),
      ending: oneOf(ArrangementEnding),
      status: oneOf(ArrangementStatus),
      description: text(),
      ...factProperties,
    },
    relations: {
      council: { type: 'FOR_COUNCIL', direction: 'out', target: ORGANISATION, targetPrefixes: ['council'], cardinality: 'one', required: true, owned: true, timeline: true },
      provider: { type: 'PROVIDED_BY', direction: 'out', target: ORGANISATION, cardinality: 'one', required: true, owned: true, timeline: true },
      inspections: { type: 'UNDER', direction: 'in', target: ['Inspection'], cardinality: 'many' },
      ...factRelations,
    },
    caption: (e, nameOf) => `${nameOf(e.provider)} runs ${nameOf(e.council)} children's services`,
    dateKey: 'start',
    timeline: [
      { kind: 'ARRANGEMENT_START', date: 'start', always: true },
      { kind: 'ARRANGEMENT_END', date: 'end', always: false },
    ],
  },
  Inspection: {
    prefixes: ['inspection'],
    seedFile: 'inspections',
    fact: true,
    properties: { name: caption(), date: date(), grade: oneOf(InspectionGrade, { index: true }), scope: text(), description: text(), ...factProperties },
    relations: {
      subject: { type: 'INSPECTED', direction: 'out', target: ORGANISATION, targetPrefixes: ['council'], cardinality: 'one', required: true, owned: true, timeline: true },
      inspectorate: { type: 'CONDUCTED_BY', direction: 'out', target: ORGANISATION, cardinality: 'one', required: true, owned: true },
      arrangement: { type: 'UNDER', direction: 'out', target: ['ServiceArrangement'], cardinality: 'one', owned: true },
      ...factRelations,
    },
    caption: (e, nameOf) =>
      `${nameOf(e.inspectorate)} ${e.grade ? lower(e.grade) : 'inspection'}: ${nameOf(e.subject)}${e.scope ? ` ${String(e.scope)}` : ''}${dated(e.date)}`,
    dateKey: 'date',
    timeline: [{ kind: 'INSPECTION', date: 'date', always: true }],
  },
  Direction: {
    prefixes: ['direction'],
    seedFile: 'directions',
    fact: true,
    properties: { name: caption(), date: date(), kind: oneOf(DirectionKind, { required: true }), summary: text(), ...factProperties },
    relations: {
      council: { type: 'DIRECTED', direction: 'out', target: ORGANISATION, targetPrefixes: ['council'], cardinality: 'one', required: true, owned: true, timeline: true },
      issuedBy: { type: 'ISSUED_BY', direction: 'out', target: ORGANISATION, cardinality: 'one', required: true, owned: true },
      arrangement: { type: 'MANDATED', direction: 'out', target: ['ServiceArrangement'], cardinality: 'one', owned: true },
      ...factRelations,
    },
    caption: (e, nameOf) => `${e.kind === 'REVISED_DIRECTION' ? 'Revised direction' : 'Direction'} to ${nameOf(e.council)}${dated(e.date)}`,
    dateKey: 'date',
    timeline: [{ kind: 'DIRECTION', date: 'date', always: true }],
  },
  Event: {
    prefixes: ['event'],
    seedFile: 'events',
    fact: true,
    properties: {
      name: required(),
      kind: oneOf(EventKind, { required: true }),
      date: date(),
      description: text(),
      amount: { kind: 'float' },
      currency: text({ pattern: /^[A-Z]{3}$/ }),
      period: text(),
      ...factProperties,
    },
    relations: {
      involves: { type: 'INVOLVED', direction: 'out', target: ANY, cardinality: 'many', owned: true, order: byId, timeline: true },
      ...factRelations,
    },
    dateKey: 'date',
    timeline: [{ kind: 'EVENT', date: 'date', always: true }],
  },
  Statement: {
    prefixes: ['statement'],
    seedFile: 'statements',
    fact: true,
    properties: { name: caption(), quote: required(), summary: text(), stance: oneOf(Stance, { index: true }), date: date(), ...factProperties },
    relations: {
      speaker: { type: 'SAID_BY', direction: 'out', target: ['Person', 'Organisation'], cardinality: 'one', required: true, owned: true, timeline: true },
      document: { type: 'REPORTED_IN', direction: 'out', target: ['Document'], cardinality: 'one', required: true, owned: true },
      about: { type: 'ABOUT', direction: 'out', target: ANY, cardinality: 'many', owned: true, order: byId, timeline: true },
      sharedWording: { type: 'SHARES_WORDING_WITH', direction: 'both', target: ['Statement'], cardinality: 'many', owned: true, order: byId },
      ...factRelations,
    },
    caption: (e, nameOf) => {
      const quote = String(e.quote);
      return `${nameOf(e.speaker)}: “${quote.length > 60 ? `${quote.slice(0, 57)}...` : quote}”`;
    },
    dateKey: 'date',
    timeline: [{ kind: 'STATEMENT', date: 'date', always: true }],
  },
  Affiliation: {
    prefixes: ['affiliation'],
    seedFile: 'affiliations',
    fact: true,
    properties: { name: caption(), kind: oneOf(AffiliationKind, { required: true }), start: date(), end: date(), description: text(), ...factProperties },
    relations: {
      member: { type: 'AFFILIATION_OF', direction: 'out', target: ['Person', 'Organisation'], cardinality: 'one', required: true, owned: true, timeline: true },
      party: { type: 'WITH_PARTY', direction: 'out', target: ORGANISATION, cardinality: 'one', required: true, owned: true, timeline: true },
      ...factRelations,
    },
    caption: (e, nameOf) => `${nameOf(e.member)}: ${e.kind === 'CONTROL' ? `${nameOf(e.party)}-controlled` : nameOf(e.party)}`,
    dateKey: 'start',
    timeline: [{ kind: 'AFFILIATION', date: 'start', always: true }],
  },
} as const satisfies { [L in NodeLabel]: Omit<NodeTypeDecl, 'properties' | 'relations'> & { properties: FieldsOf<L, PropertyDecl>; relations: FieldsOf<L, RelationDecl> } };

/** The order of timeline entries on one day (a direction before the arrangement it mandates...). */
export const TIMELINE_KIND_ORDER = ['DIRECTION', 'ARRANGEMENT_START', 'TENURE_START', 'AFFILIATION', 'INSPECTION', 'EVENT', 'STATEMENT', 'TENURE_END', 'ARRANGEMENT_END'] as const;

/** Neo4j label for each organisation kind; the labels read well in Neo4j Browser. */
export const KIND_LABELS: Record<Types.OrganisationKind, string> = {
  COUNCIL: 'Council',
  CHILDRENS_TRUST: 'ChildrensTrust',
  GOVERNMENT_BODY: 'GovernmentBody',
  INSPECTORATE: 'Inspectorate',
  ASSOCIATION: 'Association',
  MEDIA_OUTLET: 'MediaOutlet',
  UNIVERSITY: 'University',
  COMPANY: 'Company',
  PARLIAMENTARY_COMMITTEE: 'ParliamentaryCommittee',
  POLITICAL_PARTY: 'PoliticalParty',
  CHARITY: 'Charity',
  PROGRAMME: 'Programme',
  OTHER: 'OtherOrganisation',
};

/** The node labels; each is also the name of the GraphQL type it backs. */
export type NodeLabel =
  | 'Person'
  | 'Organisation'
  | 'Document'
  | 'Policy'
  | 'Tenure'
  | 'ServiceArrangement'
  | 'Inspection'
  | 'Direction'
  | 'Event'
  | 'Statement'
  | 'Affiliation';

/** Field names of a GraphQL type (from the generated schema types): a typo is a type error. */
type FieldsOf<L extends NodeLabel, D> = Partial<Record<Exclude<keyof SchemaTypes[L], '__typename' | 'id'>, D>>;
interface SchemaTypes {
  Person: Types.Person;
  Organisation: Types.Organisation;
  Document: Types.Document;
  Policy: Types.Policy;
  Tenure: Types.Tenure;
  ServiceArrangement: Types.ServiceArrangement;
  Inspection: Types.Inspection;
  Direction: Types.Direction;
  Event: Types.Event;
  Statement: Types.Statement;
  Affiliation: Types.Affiliation;
}
