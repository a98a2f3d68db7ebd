import type { GraphQLResolveInfo } from 'graphql';
import type { PersonModel, OrganisationModel, DocumentModel, PolicyModel, TenureModel, ServiceArrangementModel, InspectionModel, DirectionModel, EventModel, StatementModel, AffiliationModel, PartialDateModel } from '../model/model.js';
import type { EvidenceModel, SupportedFactModel, TimelineEntryModel, TimelineConnectionModel } from '../modules/facts/facts.mappers.js';
import type { ChangeRecord, WriteResult } from '../modules/write/write.service.js';
import type { PersonConnectionModel, OrganisationConnectionModel } from '../modules/entities/entities.mappers.js';
import type { DocumentConnectionModel } from '../modules/documents/documents.mappers.js';
import type { StatementConnectionModel, CareerTransitionModel, CareerTransitionConnectionModel, PathModel, PathStepModel, NeighbourhoodModel } from '../modules/analysis/analysis.mappers.js';
import type { SearchConnectionModel, SearchResultModel } from '../modules/search/search.mappers.js';
import type { Context } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
};

/** A person or an organisation: whoever can hold a role, speak or act. */
export type Actor = Organisation | Person;

/**
 * A person's or a council's affiliation with a political party: a Labour MP, a
 * Labour-controlled council. A party is an affiliation, never the organisation a role is at.
 */
export type Affiliation = Fact & Node & {
  __typename?: 'Affiliation';
  /** Quotes that contradict this fact. */
  contradictedBy: Array<Evidence>;
  /** Further detail from the sources, e.g. when the control was noted. */
  description: Maybe<Scalars['String']['output']>;
  /** What the sources disagree about, when they do. */
  dispute: Maybe<Scalars['String']['output']>;
  /** Until when, if the sources say. */
  end: Maybe<PartialDate>;
  /** Quotes that support this affiliation. */
  evidence: Array<Evidence>;
  /** The changes made to this node through the API, newest first (its audit trail; empty for a node as loaded from the seed files). */
  history: ChangeConnection;
  /** Stable id, `affiliation:<slug>`. */
  id: Scalars['ID']['output'];
  /** Membership or control. */
  kind: AffiliationKind;
  /** The person or organisation affiliated. */
  member: Actor;
  /** Readable summary: member and party. */
  name: Scalars['String']['output'];
  /** The party. */
  party: Organisation;
  /** Who retracted this node, when and why; null unless retracted. Reads leave a retracted node out (and a fact whose person, organisation or document is retracted); only `node`, `nodes` and `search` with `includeRetracted: true` answer it. */
  retraction: Maybe<Retraction>;
  /** Since when, if the sources say. */
  start: Maybe<PartialDate>;
  /** Increases by one with every change through the API (1 as loaded); send it back as `expectedVersion` to update safely. */
  version: Scalars['Int']['output'];
};


/**
 * A person's or a council's affiliation with a political party: a Labour MP, a
 * Labour-controlled council. A party is an affiliation, never the organisation a role is at.
 */
export type AffiliationHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** What `upsertAffiliation` writes: the whole entry, as in seeds/affiliations.yaml. */
export type AffiliationInput = {
  /** Quotes that contradict this fact. */
  contradictedBy?: InputMaybe<Array<EvidenceInput>>;
  /** Further detail from the sources, e.g. when the control was noted. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** What the sources disagree about, when they do. */
  dispute?: InputMaybe<Scalars['String']['input']>;
  /** Until when, if the sources say. */
  end?: InputMaybe<PartialDateInput>;
  /** Quotes that support this affiliation. */
  evidence: Array<EvidenceInput>;
  /** Stable id (`affiliation:<slug>`); omitted: made from the caption as the seed files make ids. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Membership or control. */
  kind: AffiliationKind;
  /** The person or organisation affiliated (its id). */
  member: Scalars['ID']['input'];
  /** The party (its id). */
  party: Scalars['ID']['input'];
  /** Since when, if the sources say. */
  start?: InputMaybe<PartialDateInput>;
};

/** How a person or organisation is affiliated with a party. */
export const AffiliationKind = {
  /** The party controls a council. */
  Control: 'CONTROL',
  /** A person belongs to or represents the party (an MP, a party's government). */
  Member: 'MEMBER'
} as const;

export type AffiliationKind = typeof AffiliationKind[keyof typeof AffiliationKind];
/** How a service arrangement ended. */
export const ArrangementEnding = {
  /** The provider was dissolved. */
  Dissolved: 'DISSOLVED',
  /** The council took its services back in-house. */
  TakenBackInHouse: 'TAKEN_BACK_IN_HOUSE',
  /** Services moved to another provider. */
  Transferred: 'TRANSFERRED'
} as const;

export type ArrangementEnding = typeof ArrangementEnding[keyof typeof ArrangementEnding];
/** Who delivers a council's children's services. */
export const ArrangementKind = {
  /** The council itself: no arrangement in the sources, or every arrangement ended in-house. */
  InHouse: 'IN_HOUSE',
  /** Another council. */
  OtherCouncil: 'OTHER_COUNCIL',
  /** A children's trust or company. */
  Trust: 'TRUST'
} as const;

export type ArrangementKind = typeof ArrangementKind[keyof typeof ArrangementKind];
/** How a service arrangement came about. */
export const ArrangementOrigin = {
  /** Chosen by the council. */
  ChosenByCouncil: 'CHOSEN_BY_COUNCIL',
  /** Required by the Department for Education (usually after an inadequate judgment). */
  MandatedByDfe: 'MANDATED_BY_DFE',
  /** The sources do not say. */
  Unknown: 'UNKNOWN',
  /** Set up voluntarily. */
  Voluntary: 'VOLUNTARY'
} as const;

export type ArrangementOrigin = typeof ArrangementOrigin[keyof typeof ArrangementOrigin];
/** Where a service arrangement stands. */
export const ArrangementStatus = {
  /** Planned and then dropped. */
  Abandoned: 'ABANDONED',
  /** Running. */
  Active: 'ACTIVE',
  /** Over. */
  Ended: 'ENDED',
  /** Announced or planned, not yet running. */
  Planned: 'PLANNED'
} as const;

export type ArrangementStatus = typeof ArrangementStatus[keyof typeof ArrangementStatus];
/** A person who held one role and later another. */
export type CareerTransition = {
  __typename?: 'CareerTransition';
  /** The earlier tenure. */
  from: Tenure;
  /** Whether the dates prove the order. */
  ordering: TransitionOrdering;
  /** The person. */
  person: Person;
  /** The later tenure. */
  to: Tenure;
};

/** A page of career transitions. */
export type CareerTransitionConnection = {
  __typename?: 'CareerTransitionConnection';
  /** The transitions on this page, by person name. */
  edges: Array<CareerTransitionEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** How many transitions match, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A career transition and its cursor. */
export type CareerTransitionEdge = {
  __typename?: 'CareerTransitionEdge';
  /** Opaque cursor. */
  cursor: Scalars['String']['output'];
  /** The transition. */
  node: CareerTransition;
};

/**
 * One mutation's record, written in its transaction and never altered: who, when, what and why,
 * with the before and after of every property and relationship it changed.
 */
export type Change = {
  __typename?: 'Change';
  /** When it was committed (ISO 8601, UTC). */
  at: Scalars['String']['output'];
  /** Who made it: the API token's name or the JWT's subject. */
  by: Scalars['String']['output'];
  /** Stable id, `change:<uuid>`. */
  id: Scalars['ID']['output'];
  /** The ids of the nodes it changed. */
  nodeIds: Array<Scalars['ID']['output']>;
  /** What the mutation did. */
  operation: ChangeOperation;
  /** Every property it changed, with its value before and after. */
  properties: Array<PropertyChange>;
  /** Why, as the editor said. */
  reason: Maybe<Scalars['String']['output']>;
  /** Every relationship it added or removed. */
  relationships: Array<RelationshipChange>;
  /** How they authenticated. */
  via: CredentialKind;
};

export type ChangeConnection = {
  __typename?: 'ChangeConnection';
  edges: Array<ChangeEdge>;
  pageInfo: PageInfo;
};

export type ChangeEdge = {
  __typename?: 'ChangeEdge';
  cursor: Scalars['String']['output'];
  node: Change;
};

/** What a mutation did. */
export const ChangeOperation = {
  AddEvidence: 'ADD_EVIDENCE',
  Create: 'CREATE',
  CreateDocument: 'CREATE_DOCUMENT',
  Merge: 'MERGE',
  Purge: 'PURGE',
  RemoveEvidence: 'REMOVE_EVIDENCE',
  Restore: 'RESTORE',
  Retract: 'RETRACT',
  Update: 'UPDATE'
} as const;

export type ChangeOperation = typeof ChangeOperation[keyof typeof ChangeOperation];
/** Filters councils. */
export type CouncilFilter = {
  /** Only councils with an arrangement of this kind (IN_HOUSE: none active). */
  arrangement?: InputMaybe<ArrangementKind>;
  /** Only councils with an arrangement in one of these statuses. */
  arrangementStatus?: InputMaybe<Array<ArrangementStatus>>;
  /** Only councils with a dated judgment on or after this ISO date. */
  inspectedFrom?: InputMaybe<Scalars['String']['input']>;
  /** Only councils with a dated judgment on or before this ISO date. */
  inspectedTo?: InputMaybe<Scalars['String']['input']>;
  /** Only councils with a judgment of their children's services of one of these grades (whoever delivered them). */
  inspectionGrade?: InputMaybe<Array<InspectionGrade>>;
  /** Case-insensitive substring of the name or an alias. */
  nameContains?: InputMaybe<Scalars['String']['input']>;
};

/** A document to store: its text is kept verbatim and is what evidence quotes are checked against. */
export type CreateDocumentInput = {
  /** Its authors (people, by id). */
  authors?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** What kind of document it is. */
  kind: DocumentKind;
  /** The outlet that published it (an organisation, by id). */
  outlet?: InputMaybe<Scalars['ID']['input']>;
  /** When it was published. */
  published?: InputMaybe<PartialDateInput>;
  /** The full text, verbatim (1 to 200,000 characters). */
  text: Scalars['String']['input'];
  /** The headline or title. */
  title: Scalars['String']['input'];
  /** Where it can be read. */
  url?: InputMaybe<Scalars['String']['input']>;
};

/** The kind of credential a viewer presented. */
export const CredentialKind = {
  /** A JWT from the newsroom's identity provider. */
  Jwt: 'JWT',
  /** An API token made with `npm run token -- create` (it starts with `csg_`). */
  Token: 'TOKEN'
} as const;

export type CredentialKind = typeof CredentialKind[keyof typeof CredentialKind];
/** The precision a source gives a date with. */
export const DatePrecision = {
  /** A day, e.g. `2016-05-24`. */
  Day: 'DAY',
  /** A month, e.g. `2018-04`. */
  Month: 'MONTH',
  /** A quarter, e.g. `2019-Q2`. */
  Quarter: 'QUARTER',
  /** A range: any day from the start of the first date to the end of the second, e.g. `2010/2011`, `2016-05-25/2016-06`. */
  Range: 'RANGE',
  /** A season, e.g. `2023-summer`. */
  Season: 'SEASON',
  /** A year, e.g. `2018`. */
  Year: 'YEAR'
} as const;

export type DatePrecision = typeof DatePrecision[keyof typeof DatePrecision];
/** A statutory direction by the Department for Education to a council. */
export type Direction = Fact & Node & {
  __typename?: 'Direction';
  /** The service arrangement it mandated, if any. */
  arrangement: Maybe<ServiceArrangement>;
  /** Quotes that contradict this fact. */
  contradictedBy: Array<Evidence>;
  /** The council directed. */
  council: Organisation;
  /** When, if the sources say. */
  date: Maybe<PartialDate>;
  /** What the sources disagree about, when they do. */
  dispute: Maybe<Scalars['String']['output']>;
  /** Quotes that support this direction. */
  evidence: Array<Evidence>;
  /** The changes made to this node through the API, newest first (its audit trail; empty for a node as loaded from the seed files). */
  history: ChangeConnection;
  /** Stable id, `direction:<slug>`. */
  id: Scalars['ID']['output'];
  /** Who issued it. */
  issuedBy: Organisation;
  /** Direction or revised direction. */
  kind: DirectionKind;
  /** Readable summary. */
  name: Scalars['String']['output'];
  /** Who retracted this node, when and why; null unless retracted. Reads leave a retracted node out (and a fact whose person, organisation or document is retracted); only `node`, `nodes` and `search` with `includeRetracted: true` answer it. */
  retraction: Maybe<Retraction>;
  /** What it required, per the sources. */
  summary: Maybe<Scalars['String']['output']>;
  /** Increases by one with every change through the API (1 as loaded); send it back as `expectedVersion` to update safely. */
  version: Scalars['Int']['output'];
};


/** A statutory direction by the Department for Education to a council. */
export type DirectionHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** What `upsertDirection` writes: the whole entry, as in seeds/directions.yaml. */
export type DirectionInput = {
  /** The service arrangement it mandated, if any (its id). */
  arrangement?: InputMaybe<Scalars['ID']['input']>;
  /** Quotes that contradict this fact. */
  contradictedBy?: InputMaybe<Array<EvidenceInput>>;
  /** The council directed (its id). */
  council: Scalars['ID']['input'];
  /** When, if the sources say. */
  date?: InputMaybe<PartialDateInput>;
  /** What the sources disagree about, when they do. */
  dispute?: InputMaybe<Scalars['String']['input']>;
  /** Quotes that support this direction. */
  evidence: Array<EvidenceInput>;
  /** Stable id (`direction:<slug>`); omitted: made from the caption as the seed files make ids. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Who issued it (its id). */
  issuedBy: Scalars['ID']['input'];
  /** Direction or revised direction. */
  kind: DirectionKind;
  /** What it required, per the sources. */
  summary?: InputMaybe<Scalars['String']['input']>;
};

/** The kind of statutory direction. */
export const DirectionKind = {
  /** A statutory direction. */
  Direction: 'DIRECTION',
  /** A revised direction replacing an earlier one. */
  RevisedDirection: 'REVISED_DIRECTION'
} as const;

export type DirectionKind = typeof DirectionKind[keyof typeof DirectionKind];
/** A source document: every fact in the graph cites one or more. */
export type Document = Node & {
  __typename?: 'Document';
  /** Its authors, where named. */
  authors: Array<Person>;
  /** Every fact this document's words contradict (a disputed fact), with the quote. */
  contradicts: Array<SupportedFact>;
  /** The corpus file holding its full text (seed documents); null for a document stored through `createDocument`. */
  corpusFile: Maybe<Scalars['String']['output']>;
  /** The changes made to this node through the API, newest first (its audit trail; empty for a node as loaded from the seed files). */
  history: ChangeConnection;
  /** Stable id, `doc:<slug>`. */
  id: Scalars['ID']['output'];
  /** The kind of document. */
  kind: DocumentKind;
  /** People, organisations and policies the document names. */
  mentions: Array<Node>;
  /** The title (the Browser caption). */
  name: Scalars['String']['output'];
  /** The outlet that published it, if the text says. */
  outlet: Maybe<Organisation>;
  /**
   * When it was published. None of the corpus texts states its date, so this is a window inferred
   * from the text (`inferred: true`, with its `basis` and `basisQuotes`); relative dates in the
   * text (\"last year\") are resolved from it and keep its uncertainty.
   */
  published: Maybe<PartialDate>;
  /** Who retracted this node, when and why; null unless retracted. Reads leave a retracted node out (and a fact whose person, organisation or document is retracted); only `node`, `nodes` and `search` with `includeRetracted: true` answer it. */
  retraction: Maybe<Retraction>;
  /** Every fact this document is evidence for, with the supporting quote. */
  supports: Array<SupportedFact>;
  /** The full text, exactly as in the corpus (quotes are substrings of it). */
  text: Scalars['String']['output'];
  /** The title. */
  title: Scalars['String']['output'];
  /** Where it can be read, when known. */
  url: Maybe<Scalars['String']['output']>;
  /** Increases by one with every change through the API (1 as loaded); send it back as `expectedVersion` to update safely. */
  version: Scalars['Int']['output'];
};


/** A source document: every fact in the graph cites one or more. */
export type DocumentHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of documents. */
export type DocumentConnection = {
  __typename?: 'DocumentConnection';
  /** The documents on this page, each with its cursor. */
  edges: Array<DocumentEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** How many documents match, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A document and its cursor. */
export type DocumentEdge = {
  __typename?: 'DocumentEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The document. */
  node: Document;
};

/** Filters documents. */
export type DocumentFilter = {
  /** Only documents of these kinds. */
  kinds?: InputMaybe<Array<DocumentKind>>;
  /** Only documents that mention this entity. */
  mentions?: InputMaybe<Scalars['ID']['input']>;
  /** Only documents published on or after this ISO date (undated ones are excluded). */
  publishedFrom?: InputMaybe<Scalars['String']['input']>;
  /** Only documents published on or before this ISO date (undated ones are excluded). */
  publishedTo?: InputMaybe<Scalars['String']['input']>;
  /** Case-insensitive substring of the title. */
  titleContains?: InputMaybe<Scalars['String']['input']>;
};

/** The kind of a document. */
export const DocumentKind = {
  /** A news article. */
  Article: 'ARTICLE',
  /** An opinion piece. */
  Opinion: 'OPINION',
  /** A policy paper. */
  PolicyPaper: 'POLICY_PAPER',
  /** A report. */
  Report: 'REPORT'
} as const;

export type DocumentKind = typeof DocumentKind[keyof typeof DocumentKind];
/** A sort order for documents. */
export type DocumentOrder = {
  /** The direction; ascending when absent. */
  direction?: InputMaybe<SortDirection>;
  /** The field to sort by. */
  field: DocumentOrderField;
};

/** What documents can be sorted by. */
export const DocumentOrderField = {
  /** The publication date (undated last). */
  Published: 'PUBLISHED',
  /** The title. */
  Title: 'TITLE'
} as const;

export type DocumentOrderField = typeof DocumentOrderField[keyof typeof DocumentOrderField];
/** What `createDocument` returns. */
export type DocumentPayload = {
  __typename?: 'DocumentPayload';
  /** The change recorded; null when nothing was written. */
  change: Maybe<Change>;
  /** False when the same text was already stored. */
  created: Scalars['Boolean']['output'];
  /** The stored document (an existing one when its text was stored before). */
  document: Document;
};

/** A sort order for people and organisations. */
export type EntityOrder = {
  /** The direction; ascending when absent. */
  direction?: InputMaybe<SortDirection>;
  /** The field to sort by. */
  field: EntityOrderField;
};

/** What entity lists can be sorted by. */
export const EntityOrderField = {
  /** The stable id. */
  Id: 'ID',
  /** The name. */
  Name: 'NAME'
} as const;

export type EntityOrderField = typeof EntityOrderField[keyof typeof EntityOrderField];
/** Any other dated, citable fact: a death cited in a review, an overspend, a recommendation... */
export type Event = Fact & Node & {
  __typename?: 'Event';
  /** A sum of money, for overspends and funding. */
  amount: Maybe<Scalars['Float']['output']>;
  /** Quotes that contradict this fact. */
  contradictedBy: Array<Evidence>;
  /** ISO 4217 currency of `amount`. */
  currency: Maybe<Scalars['String']['output']>;
  /** When, if the sources say. */
  date: Maybe<PartialDate>;
  /** Further detail from the sources. */
  description: Maybe<Scalars['String']['output']>;
  /** What the sources disagree about, when they do. */
  dispute: Maybe<Scalars['String']['output']>;
  /** Quotes that support this event. */
  evidence: Array<Evidence>;
  /** The changes made to this node through the API, newest first (its audit trail; empty for a node as loaded from the seed files). */
  history: ChangeConnection;
  /** Stable id, `event:<slug>`. */
  id: Scalars['ID']['output'];
  /** People, organisations and facts the event involves. */
  involves: Array<Node>;
  /** The kind of event. */
  kind: EventKind;
  /** Readable summary. */
  name: Scalars['String']['output'];
  /** The period the sum covers, e.g. `2023-24`. */
  period: Maybe<Scalars['String']['output']>;
  /** Who retracted this node, when and why; null unless retracted. Reads leave a retracted node out (and a fact whose person, organisation or document is retracted); only `node`, `nodes` and `search` with `includeRetracted: true` answer it. */
  retraction: Maybe<Retraction>;
  /** Increases by one with every change through the API (1 as loaded); send it back as `expectedVersion` to update safely. */
  version: Scalars['Int']['output'];
};


/** Any other dated, citable fact: a death cited in a review, an overspend, a recommendation... */
export type EventHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** What `upsertEvent` writes: the whole entry, as in seeds/events.yaml. */
export type EventInput = {
  /** A sum of money, for overspends and funding. */
  amount?: InputMaybe<Scalars['Float']['input']>;
  /** Quotes that contradict this fact. */
  contradictedBy?: InputMaybe<Array<EvidenceInput>>;
  /** ISO 4217 currency of `amount`. */
  currency?: InputMaybe<Scalars['String']['input']>;
  /** When, if the sources say. */
  date?: InputMaybe<PartialDateInput>;
  /** Further detail from the sources. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** What the sources disagree about, when they do. */
  dispute?: InputMaybe<Scalars['String']['input']>;
  /** Quotes that support this event. */
  evidence: Array<EvidenceInput>;
  /** Stable id (`event:<slug>`); omitted: made from the name as the seed files make ids. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** People, organisations and facts the event involves (its id). */
  involves?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The kind of event. */
  kind: EventKind;
  /** Readable summary. */
  name: Scalars['String']['input'];
  /** The period the sum covers, e.g. `2023-24`. */
  period?: InputMaybe<Scalars['String']['input']>;
};

/** The kind of an event. */
export const EventKind = {
  /** An announcement. */
  Announcement: 'ANNOUNCEMENT',
  /** An appointment. */
  Appointment: 'APPOINTMENT',
  /** A broadcast. */
  Broadcast: 'BROADCAST',
  /** A death cited in coverage. */
  Death: 'DEATH',
  /** Funding. */
  Funding: 'FUNDING',
  /** Anything else. */
  Other: 'OTHER',
  /** An overspend. */
  Overspend: 'OVERSPEND',
  /** A recommendation (e.g. by a commissioner). */
  Recommendation: 'RECOMMENDATION',
  /** A review, report or inquiry. */
  Review: 'REVIEW',
  /** A suspension. */
  Suspension: 'SUSPENSION'
} as const;

export type EventKind = typeof EventKind[keyof typeof EventKind];
/** A verbatim quote from a document that supports a fact. */
export type Evidence = {
  __typename?: 'Evidence';
  /** The document the quote is from. */
  document: Document;
  /** The exact words of the document, character for character. */
  quote: Scalars['String']['output'];
};

/** A verbatim quote from a stored document. */
export type EvidenceInput = {
  /** The document (its id). */
  doc: Scalars['ID']['input'];
  /** The words, character for character as in the document's text. */
  quote: Scalars['String']['input'];
};

/** A sourced fact: something a document says happened or held, with the quotes that prove it. */
export type Fact = {
  /** Verbatim quotes that contradict this fact (empty unless `dispute` says what is in dispute). */
  contradictedBy: Array<Evidence>;
  /**
   * What the sources disagree about, when they do (null otherwise): the fact records the best
   * reading, `evidence` the quotes for it and `contradictedBy` the quotes against it.
   */
  dispute: Maybe<Scalars['String']['output']>;
  /** Verbatim quotes from the documents that support this fact; never empty (unless every document quoted is retracted: retracted documents are left out). */
  evidence: Array<Evidence>;
  /** The changes made to this node through the API, newest first (its audit trail; empty for a node as loaded from the seed files). */
  history: ChangeConnection;
  /** Stable id of the fact, e.g. `tenure:andy-couldrick-tameside-commissioner`. */
  id: Scalars['ID']['output'];
  /** A readable one-line summary (the Neo4j Browser caption). */
  name: Scalars['String']['output'];
  /** Who retracted this node, when and why; null unless retracted. Reads leave a retracted node out (and a fact whose person, organisation or document is retracted); only `node`, `nodes` and `search` with `includeRetracted: true` answer it. */
  retraction: Maybe<Retraction>;
  /** Increases by one with every change through the API (1 as loaded); send it back as `expectedVersion` to update safely. */
  version: Scalars['Int']['output'];
};


/** A sourced fact: something a document says happened or held, with the quotes that prove it. */
export type FactHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A relationship between two nodes of a neighbourhood. */
export type GraphEdge = {
  __typename?: 'GraphEdge';
  /** Id of the start node. */
  from: Scalars['ID']['output'];
  /** The quote, for EVIDENCED_BY relationships. */
  quote: Maybe<Scalars['String']['output']>;
  /** Id of the end node. */
  to: Scalars['ID']['output'];
  /** The Neo4j relationship type. */
  type: Scalars['String']['output'];
};

/**
 * An inspection judgment of a council's children's services (or a part of them, see `scope`).
 * Ofsted judges the local authority's services whoever delivers them, so the subject is always
 * the council: a council's `inspections` are its whole trajectory. Who delivered the services at
 * the time is the `arrangement` (its `provider`), where a trust, company or another council did.
 */
export type Inspection = Fact & Node & {
  __typename?: 'Inspection';
  /** The arrangement under which a trust, company or another council delivered the services inspected, where one did. */
  arrangement: Maybe<ServiceArrangement>;
  /** Quotes that contradict this fact. */
  contradictedBy: Array<Evidence>;
  /** When, if the sources say. */
  date: Maybe<PartialDate>;
  /** Further detail from the sources. */
  description: Maybe<Scalars['String']['output']>;
  /** What the sources disagree about, when they do. */
  dispute: Maybe<Scalars['String']['output']>;
  /** Quotes that support this judgment. */
  evidence: Array<Evidence>;
  /** The grade, if the sources say. */
  grade: Maybe<InspectionGrade>;
  /** The changes made to this node through the API, newest first (its audit trail; empty for a node as loaded from the seed files). */
  history: ChangeConnection;
  /** Stable id, `inspection:<slug>`. */
  id: Scalars['ID']['output'];
  /** Who inspected (usually Ofsted). */
  inspectorate: Organisation;
  /** Readable summary: inspectorate, grade, subject, date. */
  name: Scalars['String']['output'];
  /** Who retracted this node, when and why; null unless retracted. Reads leave a retracted node out (and a fact whose person, organisation or document is retracted); only `node`, `nodes` and `search` with `includeRetracted: true` answer it. */
  retraction: Maybe<Retraction>;
  /** What was inspected, e.g. `children's services`, `adoption service`. */
  scope: Maybe<Scalars['String']['output']>;
  /** The council whose children's services were inspected. */
  subject: Organisation;
  /** Increases by one with every change through the API (1 as loaded); send it back as `expectedVersion` to update safely. */
  version: Scalars['Int']['output'];
};


/**
 * An inspection judgment of a council's children's services (or a part of them, see `scope`).
 * Ofsted judges the local authority's services whoever delivers them, so the subject is always
 * the council: a council's `inspections` are its whole trajectory. Who delivered the services at
 * the time is the `arrangement` (its `provider`), where a trust, company or another council did.
 */
export type InspectionHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** An Ofsted grade. */
export const InspectionGrade = {
  /** Good. */
  Good: 'GOOD',
  /** Inadequate. */
  Inadequate: 'INADEQUATE',
  /** Outstanding. */
  Outstanding: 'OUTSTANDING',
  /** Requires improvement (to be good). */
  RequiresImprovement: 'REQUIRES_IMPROVEMENT'
} as const;

export type InspectionGrade = typeof InspectionGrade[keyof typeof InspectionGrade];
/** What `upsertInspection` writes: the whole entry, as in seeds/inspections.yaml. */
export type InspectionInput = {
  /** The arrangement under which a trust, company or another council delivered the services inspected, where one did (its id). */
  arrangement?: InputMaybe<Scalars['ID']['input']>;
  /** Quotes that contradict this fact. */
  contradictedBy?: InputMaybe<Array<EvidenceInput>>;
  /** When, if the sources say. */
  date?: InputMaybe<PartialDateInput>;
  /** Further detail from the sources. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** What the sources disagree about, when they do. */
  dispute?: InputMaybe<Scalars['String']['input']>;
  /** Quotes that support this judgment. */
  evidence: Array<EvidenceInput>;
  /** The grade, if the sources say. */
  grade?: InputMaybe<InspectionGrade>;
  /** Stable id (`inspection:<slug>`); omitted: made from the caption as the seed files make ids. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Who inspected (usually Ofsted) (its id). */
  inspectorate: Scalars['ID']['input'];
  /** What was inspected, e.g. `children's services`, `adoption service`. */
  scope?: InputMaybe<Scalars['String']['input']>;
  /** The council whose children's services were inspected (its id). */
  subject: Scalars['ID']['input'];
};

/**
 * Writes, for data editors: every mutation needs a credential with the EDITOR role (`purge`:
 * ADMIN), runs as one write transaction and records one `Change` in the same transaction, or
 * none when it changes nothing. A rejected mutation writes nothing. Errors carry a stable
 * `extensions.code`: UNAUTHENTICATED, FORBIDDEN, VALIDATION_FAILED (with `problems`),
 * EVIDENCE_NOT_IN_DOCUMENT (with `documentId`, `quote` and a `hint` when a near match exists),
 * CONFLICT (a stale `expectedVersion`: nothing was written; with `currentVersion`), ID_COLLISION
 * (an id made from a name is taken by another entry), NOT_FOUND, TOO_MANY_NODES, RATE_LIMITED.
 *
 * The upserts take the whole entry, in the seed files' format and checked by the same validator
 * as `npm run seed` (enums, partial dates, references, verbatim quotes): fields left out are
 * cleared, as a seed entry without them would be. The same input twice changes nothing the
 * second time and records no second `Change`.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /** Adds a verbatim quote from a stored document to a fact's evidence; the quote must occur in the document's text character for character. */
  addEvidence: WritePayload;
  /** Stores a document with its full text, verbatim. The same text twice is the same document (by content hash): the second call returns the first, `created: false`. */
  createDocument: DocumentPayload;
  /** Makes two ids for one person or organisation one: every relationship of `remove` moves to `keep`, aliases are united, and `node(remove)` answers with `keep` from then on. */
  mergeEntities: WritePayload;
  /** Deletes a node for real (a legal takedown): ADMIN only. Refused while facts depend on it. The Change records the id and what was removed, not the words. */
  purge: PurgePayload;
  /** Removes a quote from a fact's evidence; a fact keeps at least one. */
  removeEvidence: WritePayload;
  /** Brings a retracted node back into every read. */
  restore: WritePayload;
  /** Hides a fact or entity from every read (lists, search, paths, timelines, neighbourhoods, exports) without deleting it; `node(id, includeRetracted: true)` and its history still show it. Retracting twice changes nothing. */
  retract: WritePayload;
  /** Creates or replaces an affiliation (party membership or political control). */
  upsertAffiliation: WritePayload;
  /** Creates or replaces a statutory direction. */
  upsertDirection: WritePayload;
  /** Creates or replaces an event. */
  upsertEvent: WritePayload;
  /** Creates or replaces an inspection. */
  upsertInspection: WritePayload;
  /** Creates or replaces an organisation. */
  upsertOrganisation: WritePayload;
  /** Creates or replaces a person. */
  upsertPerson: WritePayload;
  /** Creates or replaces a policy (a fact: needs evidence). */
  upsertPolicy: WritePayload;
  /** Creates or replaces a service arrangement. */
  upsertServiceArrangement: WritePayload;
  /** Creates or replaces a statement. */
  upsertStatement: WritePayload;
  /** Creates or replaces a tenure. */
  upsertTenure: WritePayload;
};


/**
 * Writes, for data editors: every mutation needs a credential with the EDITOR role (`purge`:
 * ADMIN), runs as one write transaction and records one `Change` in the same transaction, or
 * none when it changes nothing. A rejected mutation writes nothing. Errors carry a stable
 * `extensions.code`: UNAUTHENTICATED, FORBIDDEN, VALIDATION_FAILED (with `problems`),
 * EVIDENCE_NOT_IN_DOCUMENT (with `documentId`, `quote` and a `hint` when a near match exists),
 * CONFLICT (a stale `expectedVersion`: nothing was written; with `currentVersion`), ID_COLLISION
 * (an id made from a name is taken by another entry), NOT_FOUND, TOO_MANY_NODES, RATE_LIMITED.
 *
 * The upserts take the whole entry, in the seed files' format and checked by the same validator
 * as `npm run seed` (enums, partial dates, references, verbatim quotes): fields left out are
 * cleared, as a seed entry without them would be. The same input twice changes nothing the
 * second time and records no second `Change`.
 */
export type MutationAddEvidenceArgs = {
  documentId: Scalars['ID']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  factId: Scalars['ID']['input'];
  quote: Scalars['String']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Writes, for data editors: every mutation needs a credential with the EDITOR role (`purge`:
 * ADMIN), runs as one write transaction and records one `Change` in the same transaction, or
 * none when it changes nothing. A rejected mutation writes nothing. Errors carry a stable
 * `extensions.code`: UNAUTHENTICATED, FORBIDDEN, VALIDATION_FAILED (with `problems`),
 * EVIDENCE_NOT_IN_DOCUMENT (with `documentId`, `quote` and a `hint` when a near match exists),
 * CONFLICT (a stale `expectedVersion`: nothing was written; with `currentVersion`), ID_COLLISION
 * (an id made from a name is taken by another entry), NOT_FOUND, TOO_MANY_NODES, RATE_LIMITED.
 *
 * The upserts take the whole entry, in the seed files' format and checked by the same validator
 * as `npm run seed` (enums, partial dates, references, verbatim quotes): fields left out are
 * cleared, as a seed entry without them would be. The same input twice changes nothing the
 * second time and records no second `Change`.
 */
export type MutationCreateDocumentArgs = {
  input: CreateDocumentInput;
  reason?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Writes, for data editors: every mutation needs a credential with the EDITOR role (`purge`:
 * ADMIN), runs as one write transaction and records one `Change` in the same transaction, or
 * none when it changes nothing. A rejected mutation writes nothing. Errors carry a stable
 * `extensions.code`: UNAUTHENTICATED, FORBIDDEN, VALIDATION_FAILED (with `problems`),
 * EVIDENCE_NOT_IN_DOCUMENT (with `documentId`, `quote` and a `hint` when a near match exists),
 * CONFLICT (a stale `expectedVersion`: nothing was written; with `currentVersion`), ID_COLLISION
 * (an id made from a name is taken by another entry), NOT_FOUND, TOO_MANY_NODES, RATE_LIMITED.
 *
 * The upserts take the whole entry, in the seed files' format and checked by the same validator
 * as `npm run seed` (enums, partial dates, references, verbatim quotes): fields left out are
 * cleared, as a seed entry without them would be. The same input twice changes nothing the
 * second time and records no second `Change`.
 */
export type MutationMergeEntitiesArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  keep: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  remove: Scalars['ID']['input'];
};


/**
 * Writes, for data editors: every mutation needs a credential with the EDITOR role (`purge`:
 * ADMIN), runs as one write transaction and records one `Change` in the same transaction, or
 * none when it changes nothing. A rejected mutation writes nothing. Errors carry a stable
 * `extensions.code`: UNAUTHENTICATED, FORBIDDEN, VALIDATION_FAILED (with `problems`),
 * EVIDENCE_NOT_IN_DOCUMENT (with `documentId`, `quote` and a `hint` when a near match exists),
 * CONFLICT (a stale `expectedVersion`: nothing was written; with `currentVersion`), ID_COLLISION
 * (an id made from a name is taken by another entry), NOT_FOUND, TOO_MANY_NODES, RATE_LIMITED.
 *
 * The upserts take the whole entry, in the seed files' format and checked by the same validator
 * as `npm run seed` (enums, partial dates, references, verbatim quotes): fields left out are
 * cleared, as a seed entry without them would be. The same input twice changes nothing the
 * second time and records no second `Change`.
 */
export type MutationPurgeArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


/**
 * Writes, for data editors: every mutation needs a credential with the EDITOR role (`purge`:
 * ADMIN), runs as one write transaction and records one `Change` in the same transaction, or
 * none when it changes nothing. A rejected mutation writes nothing. Errors carry a stable
 * `extensions.code`: UNAUTHENTICATED, FORBIDDEN, VALIDATION_FAILED (with `problems`),
 * EVIDENCE_NOT_IN_DOCUMENT (with `documentId`, `quote` and a `hint` when a near match exists),
 * CONFLICT (a stale `expectedVersion`: nothing was written; with `currentVersion`), ID_COLLISION
 * (an id made from a name is taken by another entry), NOT_FOUND, TOO_MANY_NODES, RATE_LIMITED.
 *
 * The upserts take the whole entry, in the seed files' format and checked by the same validator
 * as `npm run seed` (enums, partial dates, references, verbatim quotes): fields left out are
 * cleared, as a seed entry without them would be. The same input twice changes nothing the
 * second time and records no second `Change`.
 */
export type MutationRemoveEvidenceArgs = {
  documentId: Scalars['ID']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  factId: Scalars['ID']['input'];
  quote: Scalars['String']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Writes, for data editors: every mutation needs a credential with the EDITOR role (`purge`:
 * ADMIN), runs as one write transaction and records one `Change` in the same transaction, or
 * none when it changes nothing. A rejected mutation writes nothing. Errors carry a stable
 * `extensions.code`: UNAUTHENTICATED, FORBIDDEN, VALIDATION_FAILED (with `problems`),
 * EVIDENCE_NOT_IN_DOCUMENT (with `documentId`, `quote` and a `hint` when a near match exists),
 * CONFLICT (a stale `expectedVersion`: nothing was written; with `currentVersion`), ID_COLLISION
 * (an id made from a name is taken by another entry), NOT_FOUND, TOO_MANY_NODES, RATE_LIMITED.
 *
 * The upserts take the whole entry, in the seed files' format and checked by the same validator
 * as `npm run seed` (enums, partial dates, references, verbatim quotes): fields left out are
 * cleared, as a seed entry without them would be. The same input twice changes nothing the
 * second time and records no second `Change`.
 */
export type MutationRestoreArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Writes, for data editors: every mutation needs a credential with the EDITOR role (`purge`:
 * ADMIN), runs as one write transaction and records one `Change` in the same transaction, or
 * none when it changes nothing. A rejected mutation writes nothing. Errors carry a stable
 * `extensions.code`: UNAUTHENTICATED, FORBIDDEN, VALIDATION_FAILED (with `problems`),
 * EVIDENCE_NOT_IN_DOCUMENT (with `documentId`, `quote` and a `hint` when a near match exists),
 * CONFLICT (a stale `expectedVersion`: nothing was written; with `currentVersion`), ID_COLLISION
 * (an id made from a name is taken by another entry), NOT_FOUND, TOO_MANY_NODES, RATE_LIMITED.
 *
 * The upserts take the whole entry, in the seed files' format and checked by the same validator
 * as `npm run seed` (enums, partial dates, references, verbatim quotes): fields left out are
 * cleared, as a seed entry without them would be. The same input twice changes nothing the
 * second time and records no second `Change`.
 */
export type MutationRetractArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


/**
 * Writes, for data editors: every mutation needs a credential with the EDITOR role (`purge`:
 * ADMIN), runs as one write transaction and records one `Change` in the same transaction, or
 * none when it changes nothing. A rejected mutation writes nothing. Errors carry a stable
 * `extensions.code`: UNAUTHENTICATED, FORBIDDEN, VALIDATION_FAILED (with `problems`),
 * EVIDENCE_NOT_IN_DOCUMENT (with `documentId`, `quote` and a `hint` when a near match exists),
 * CONFLICT (a stale `expectedVersion`: nothing was written; with `currentVersion`), ID_COLLISION
 * (an id made from a name is taken by another entry), NOT_FOUND, TOO_MANY_NODES, RATE_LIMITED.
 *
 * The upserts take the whole entry, in the seed files' format and checked by the same validator
 * as `npm run seed` (enums, partial dates, references, verbatim quotes): fields left out are
 * cleared, as a seed entry without them would be. The same input twice changes nothing the
 * second time and records no second `Change`.
 */
export type MutationUpsertAffiliationArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  input: AffiliationInput;
  reason?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Writes, for data editors: every mutation needs a credential with the EDITOR role (`purge`:
 * ADMIN), runs as one write transaction and records one `Change` in the same transaction, or
 * none when it changes nothing. A rejected mutation writes nothing. Errors carry a stable
 * `extensions.code`: UNAUTHENTICATED, FORBIDDEN, VALIDATION_FAILED (with `problems`),
 * EVIDENCE_NOT_IN_DOCUMENT (with `documentId`, `quote` and a `hint` when a near match exists),
 * CONFLICT (a stale `expectedVersion`: nothing was written; with `currentVersion`), ID_COLLISION
 * (an id made from a name is taken by another entry), NOT_FOUND, TOO_MANY_NODES, RATE_LIMITED.
 *
 * The upserts take the whole entry, in the seed files' format and checked by the same validator
 * as `npm run seed` (enums, partial dates, references, verbatim quotes): fields left out are
 * cleared, as a seed entry without them would be. The same input twice changes nothing the
 * second time and records no second `Change`.
 */
export type MutationUpsertDirectionArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  input: DirectionInput;
  reason?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Writes, for data editors: every mutation needs a credential with the EDITOR role (`purge`:
 * ADMIN), runs as one write transaction and records one `Change` in the same transaction, or
 * none when it changes nothing. A rejected mutation writes nothing. Errors carry a stable
 * `extensions.code`: UNAUTHENTICATED, FORBIDDEN, VALIDATION_FAILED (with `problems`),
 * EVIDENCE_NOT_IN_DOCUMENT (with `documentId`, `quote` and a `hint` when a near match exists),
 * CONFLICT (a stale `expectedVersion`: nothing was written; with `currentVersion`), ID_COLLISION
 * (an id made from a name is taken by another entry), NOT_FOUND, TOO_MANY_NODES, RATE_LIMITED.
 *
 * The upserts take the whole entry, in the seed files' format and checked by the same validator
 * as `npm run seed` (enums, partial dates, references, verbatim quotes): fields left out are
 * cleared, as a seed entry without them would be. The same input twice changes nothing the
 * second time and records no second `Change`.
 */
export type MutationUpsertEventArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  input: EventInput;
  reason?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Writes, for data editors: every mutation needs a credential with the EDITOR role (`purge`:
 * ADMIN), runs as one write transaction and records one `Change` in the same transaction, or
 * none when it changes nothing. A rejected mutation writes nothing. Errors carry a stable
 * `extensions.code`: UNAUTHENTICATED, FORBIDDEN, VALIDATION_FAILED (with `problems`),
 * EVIDENCE_NOT_IN_DOCUMENT (with `documentId`, `quote` and a `hint` when a near match exists),
 * CONFLICT (a stale `expectedVersion`: nothing was written; with `currentVersion`), ID_COLLISION
 * (an id made from a name is taken by another entry), NOT_FOUND, TOO_MANY_NODES, RATE_LIMITED.
 *
 * The upserts take the whole entry, in the seed files' format and checked by the same validator
 * as `npm run seed` (enums, partial dates, references, verbatim quotes): fields left out are
 * cleared, as a seed entry without them would be. The same input twice changes nothing the
 * second time and records no second `Change`.
 */
export type MutationUpsertInspectionArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  input: InspectionInput;
  reason?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Writes, for data editors: every mutation needs a credential with the EDITOR role (`purge`:
 * ADMIN), runs as one write transaction and records one `Change` in the same transaction, or
 * none when it changes nothing. A rejected mutation writes nothing. Errors carry a stable
 * `extensions.code`: UNAUTHENTICATED, FORBIDDEN, VALIDATION_FAILED (with `problems`),
 * EVIDENCE_NOT_IN_DOCUMENT (with `documentId`, `quote` and a `hint` when a near match exists),
 * CONFLICT (a stale `expectedVersion`: nothing was written; with `currentVersion`), ID_COLLISION
 * (an id made from a name is taken by another entry), NOT_FOUND, TOO_MANY_NODES, RATE_LIMITED.
 *
 * The upserts take the whole entry, in the seed files' format and checked by the same validator
 * as `npm run seed` (enums, partial dates, references, verbatim quotes): fields left out are
 * cleared, as a seed entry without them would be. The same input twice changes nothing the
 * second time and records no second `Change`.
 */
export type MutationUpsertOrganisationArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  input: OrganisationInput;
  reason?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Writes, for data editors: every mutation needs a credential with the EDITOR role (`purge`:
 * ADMIN), runs as one write transaction and records one `Change` in the same transaction, or
 * none when it changes nothing. A rejected mutation writes nothing. Errors carry a stable
 * `extensions.code`: UNAUTHENTICATED, FORBIDDEN, VALIDATION_FAILED (with `problems`),
 * EVIDENCE_NOT_IN_DOCUMENT (with `documentId`, `quote` and a `hint` when a near match exists),
 * CONFLICT (a stale `expectedVersion`: nothing was written; with `currentVersion`), ID_COLLISION
 * (an id made from a name is taken by another entry), NOT_FOUND, TOO_MANY_NODES, RATE_LIMITED.
 *
 * The upserts take the whole entry, in the seed files' format and checked by the same validator
 * as `npm run seed` (enums, partial dates, references, verbatim quotes): fields left out are
 * cleared, as a seed entry without them would be. The same input twice changes nothing the
 * second time and records no second `Change`.
 */
export type MutationUpsertPersonArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  input: PersonInput;
  reason?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Writes, for data editors: every mutation needs a credential with the EDITOR role (`purge`:
 * ADMIN), runs as one write transaction and records one `Change` in the same transaction, or
 * none when it changes nothing. A rejected mutation writes nothing. Errors carry a stable
 * `extensions.code`: UNAUTHENTICATED, FORBIDDEN, VALIDATION_FAILED (with `problems`),
 * EVIDENCE_NOT_IN_DOCUMENT (with `documentId`, `quote` and a `hint` when a near match exists),
 * CONFLICT (a stale `expectedVersion`: nothing was written; with `currentVersion`), ID_COLLISION
 * (an id made from a name is taken by another entry), NOT_FOUND, TOO_MANY_NODES, RATE_LIMITED.
 *
 * The upserts take the whole entry, in the seed files' format and checked by the same validator
 * as `npm run seed` (enums, partial dates, references, verbatim quotes): fields left out are
 * cleared, as a seed entry without them would be. The same input twice changes nothing the
 * second time and records no second `Change`.
 */
export type MutationUpsertPolicyArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  input: PolicyInput;
  reason?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Writes, for data editors: every mutation needs a credential with the EDITOR role (`purge`:
 * ADMIN), runs as one write transaction and records one `Change` in the same transaction, or
 * none when it changes nothing. A rejected mutation writes nothing. Errors carry a stable
 * `extensions.code`: UNAUTHENTICATED, FORBIDDEN, VALIDATION_FAILED (with `problems`),
 * EVIDENCE_NOT_IN_DOCUMENT (with `documentId`, `quote` and a `hint` when a near match exists),
 * CONFLICT (a stale `expectedVersion`: nothing was written; with `currentVersion`), ID_COLLISION
 * (an id made from a name is taken by another entry), NOT_FOUND, TOO_MANY_NODES, RATE_LIMITED.
 *
 * The upserts take the whole entry, in the seed files' format and checked by the same validator
 * as `npm run seed` (enums, partial dates, references, verbatim quotes): fields left out are
 * cleared, as a seed entry without them would be. The same input twice changes nothing the
 * second time and records no second `Change`.
 */
export type MutationUpsertServiceArrangementArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  input: ServiceArrangementInput;
  reason?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Writes, for data editors: every mutation needs a credential with the EDITOR role (`purge`:
 * ADMIN), runs as one write transaction and records one `Change` in the same transaction, or
 * none when it changes nothing. A rejected mutation writes nothing. Errors carry a stable
 * `extensions.code`: UNAUTHENTICATED, FORBIDDEN, VALIDATION_FAILED (with `problems`),
 * EVIDENCE_NOT_IN_DOCUMENT (with `documentId`, `quote` and a `hint` when a near match exists),
 * CONFLICT (a stale `expectedVersion`: nothing was written; with `currentVersion`), ID_COLLISION
 * (an id made from a name is taken by another entry), NOT_FOUND, TOO_MANY_NODES, RATE_LIMITED.
 *
 * The upserts take the whole entry, in the seed files' format and checked by the same validator
 * as `npm run seed` (enums, partial dates, references, verbatim quotes): fields left out are
 * cleared, as a seed entry without them would be. The same input twice changes nothing the
 * second time and records no second `Change`.
 */
export type MutationUpsertStatementArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  input: StatementInput;
  reason?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Writes, for data editors: every mutation needs a credential with the EDITOR role (`purge`:
 * ADMIN), runs as one write transaction and records one `Change` in the same transaction, or
 * none when it changes nothing. A rejected mutation writes nothing. Errors carry a stable
 * `extensions.code`: UNAUTHENTICATED, FORBIDDEN, VALIDATION_FAILED (with `problems`),
 * EVIDENCE_NOT_IN_DOCUMENT (with `documentId`, `quote` and a `hint` when a near match exists),
 * CONFLICT (a stale `expectedVersion`: nothing was written; with `currentVersion`), ID_COLLISION
 * (an id made from a name is taken by another entry), NOT_FOUND, TOO_MANY_NODES, RATE_LIMITED.
 *
 * The upserts take the whole entry, in the seed files' format and checked by the same validator
 * as `npm run seed` (enums, partial dates, references, verbatim quotes): fields left out are
 * cleared, as a seed entry without them would be. The same input twice changes nothing the
 * second time and records no second `Change`.
 */
export type MutationUpsertTenureArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  input: TenureInput;
  reason?: InputMaybe<Scalars['String']['input']>;
};

/** The nodes and relationships around one node. */
export type Neighbourhood = {
  __typename?: 'Neighbourhood';
  /** The node at the centre. */
  center: Node;
  /** Every relationship between the nodes found. */
  edges: Array<GraphEdge>;
  /** Every node found, the centre included. */
  nodes: Array<Node>;
  /** True when `limit` cut the neighbourhood short. */
  truncated: Scalars['Boolean']['output'];
};

/** An object with a stable, readable id, fetchable through `Query.node`. */
export type Node = {
  /** The changes made to this node through the API, newest first (its audit trail; empty for a node as loaded from the seed files). */
  history: ChangeConnection;
  /** The stable id, a prefixed slug such as `person:andy-couldrick` or `trust:birmingham-childrens-trust`. */
  id: Scalars['ID']['output'];
  /** Who retracted this node, when and why; null unless retracted. Reads leave a retracted node out (and a fact whose person, organisation or document is retracted); only `node`, `nodes` and `search` with `includeRetracted: true` answer it. */
  retraction: Maybe<Retraction>;
  /** Increases by one with every change through the API (1 as loaded); send it back as `expectedVersion` to update safely. */
  version: Scalars['Int']['output'];
};


/** An object with a stable, readable id, fetchable through `Query.node`. */
export type NodeHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Kinds of node, for narrowing a neighbourhood. */
export const NodeKind = {
  /** Party affiliations. */
  Affiliation: 'AFFILIATION',
  /** Directions. */
  Direction: 'DIRECTION',
  /** Documents. */
  Document: 'DOCUMENT',
  /** Events. */
  Event: 'EVENT',
  /** Inspections. */
  Inspection: 'INSPECTION',
  /** Organisations. */
  Organisation: 'ORGANISATION',
  /** People. */
  Person: 'PERSON',
  /** Policies. */
  Policy: 'POLICY',
  /** Service arrangements. */
  ServiceArrangement: 'SERVICE_ARRANGEMENT',
  /** Statements. */
  Statement: 'STATEMENT',
  /** Tenures. */
  Tenure: 'TENURE'
} as const;

export type NodeKind = typeof NodeKind[keyof typeof NodeKind];
/** A council, children's trust, government body, inspectorate or other organisation. */
export type Organisation = Node & {
  __typename?: 'Organisation';
  /** For a party: its members and the councils it controls. */
  affiliates: Array<Affiliation>;
  /** For a council or another organisation: the parties it is affiliated with (e.g. controlled by). */
  affiliations: Array<Affiliation>;
  /** Other names and abbreviations, e.g. `BCT`. */
  aliases: Array<Scalars['String']['output']>;
  /** For a council: who delivered its children's services, in date order. */
  arrangements: Array<ServiceArrangement>;
  /** A one-line description drawn from the sources, when there is one. */
  description: Maybe<Scalars['String']['output']>;
  /** Statutory directions to this council, in date order. */
  directions: Array<Direction>;
  /** The changes made to this node through the API, newest first (its audit trail; empty for a node as loaded from the seed files). */
  history: ChangeConnection;
  /** Stable id, `council:<slug>`, `trust:<slug>` or `org:<slug>`. */
  id: Scalars['ID']['output'];
  /**
   * For a council: every inspection judgment of its children's services, in date order (undated
   * last), whoever delivered them (see each one's `arrangement`). Empty for a trust: its
   * judgments are its councils' (`provides` -> `inspections`).
   */
  inspections: Array<Inspection>;
  /** What kind of organisation this is. */
  kinds: Array<OrganisationKind>;
  /** The most recent dated inspection judgment, or null. */
  latestInspection: Maybe<Inspection>;
  /** Who leads or led it: tenures of kind CHIEF_EXECUTIVE, CHAIR, DIRECTOR_OF_CHILDRENS_SERVICES or COMMISSIONER. */
  leaders: Array<Tenure>;
  /** Documents that mention this organisation, newest first. */
  mentionedIn: DocumentConnection;
  /** The name as the sources give it. */
  name: Scalars['String']['output'];
  /** The organisation this one is part of (a programme's broadcaster, a council's committee), where the sources say. */
  partOf: Maybe<Organisation>;
  /** Organisations that are part of this one. */
  parts: Array<Organisation>;
  /** For a trust, company or council: whose children's services it delivered. */
  provides: Array<ServiceArrangement>;
  /** Who retracted this node, when and why; null unless retracted. Reads leave a retracted node out (and a fact whose person, organisation or document is retracted); only `node`, `nodes` and `search` with `includeRetracted: true` answer it. */
  retraction: Maybe<Retraction>;
  /** Roles held at this organisation, in date order; e.g. its chief executives and chairs. */
  tenures: Array<Tenure>;
  /** Everything that happened to or at this organisation, in date order, undated entries last. */
  timeline: TimelineConnection;
  /** Increases by one with every change through the API (1 as loaded); send it back as `expectedVersion` to update safely. */
  version: Scalars['Int']['output'];
};


/** A council, children's trust, government body, inspectorate or other organisation. */
export type OrganisationHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A council, children's trust, government body, inspectorate or other organisation. */
export type OrganisationMentionedInArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A council, children's trust, government body, inspectorate or other organisation. */
export type OrganisationTenuresArgs = {
  roleKinds?: InputMaybe<Array<RoleKind>>;
};


/** A council, children's trust, government body, inspectorate or other organisation. */
export type OrganisationTimelineArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of organisations. */
export type OrganisationConnection = {
  __typename?: 'OrganisationConnection';
  /** The organisations on this page, each with its cursor. */
  edges: Array<OrganisationEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** How many organisations match the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An organisation and its cursor. */
export type OrganisationEdge = {
  __typename?: 'OrganisationEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The organisation. */
  node: Organisation;
};

/** Filters organisations. */
export type OrganisationFilter = {
  /** Only organisations having at least one of these kinds. */
  kinds?: InputMaybe<Array<OrganisationKind>>;
  /** Case-insensitive substring of the name or an alias. */
  nameContains?: InputMaybe<Scalars['String']['input']>;
};

/** What `upsertOrganisation` writes: the whole entry, as in seeds/organisations.yaml. */
export type OrganisationInput = {
  /** Other names and abbreviations, e.g. `BCT`. */
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  /** A one-line description drawn from the sources, when there is one. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Stable id (`council:<slug>`, `trust:<slug>`, `org:<slug>`); omitted: made from the name as the seed files make ids. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** What kind of organisation this is. */
  kinds: Array<OrganisationKind>;
  /** The name as the sources give it. */
  name: Scalars['String']['input'];
  /** The organisation this one is part of (a programme's broadcaster, a council's committee), where the sources say (its id). */
  partOf?: InputMaybe<Scalars['ID']['input']>;
};

/** The kind of an organisation; one organisation may have several. */
export const OrganisationKind = {
  /** A professional or sector association, e.g. ADCS. */
  Association: 'ASSOCIATION',
  /** A charity. */
  Charity: 'CHARITY',
  /** An independent children's trust or company delivering a council's children's services. */
  ChildrensTrust: 'CHILDRENS_TRUST',
  /** A private company or firm. */
  Company: 'COMPANY',
  /** A local authority responsible for children's services. */
  Council: 'COUNCIL',
  /** A government department or agency, e.g. the Department for Education. */
  GovernmentBody: 'GOVERNMENT_BODY',
  /** An inspectorate, e.g. Ofsted. */
  Inspectorate: 'INSPECTORATE',
  /** A newspaper, magazine, broadcaster or website. */
  MediaOutlet: 'MEDIA_OUTLET',
  /** Any other organisation. */
  Other: 'OTHER',
  /** A committee of Parliament. */
  ParliamentaryCommittee: 'PARLIAMENTARY_COMMITTEE',
  /** A political party. */
  PoliticalParty: 'POLITICAL_PARTY',
  /** A broadcast programme, e.g. `Channel 4 News` (part of its broadcaster, `partOf`). */
  Programme: 'PROGRAMME',
  /** A university or research institute. */
  University: 'UNIVERSITY'
} as const;

export type OrganisationKind = typeof OrganisationKind[keyof typeof OrganisationKind];
/** Relay-style information about one page of a connection. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last item on this page; pass it as `after` for the next page. */
  endCursor: Maybe<Scalars['String']['output']>;
  /** True when more items follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
  /** True when items precede this page (i.e. the request used `after`). */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first item on this page, null when the page is empty. */
  startCursor: Maybe<Scalars['String']['output']>;
};

/** A date exactly as precise as its source, with the span of days it can mean. */
export type PartialDate = {
  __typename?: 'PartialDate';
  /** The words the relative date counts from, verbatim from the document ("Ofsted had said in 2010"); null when it counts from the document's publication (`resolvedFrom`). */
  anchor: Maybe<Scalars['String']['output']>;
  /** The date of the anchor, as the text gives it (`2010`). */
  anchorDate: Maybe<Scalars['String']['output']>;
  /** The reasoning behind an inferred date. */
  basis: Maybe<Scalars['String']['output']>;
  /** The passages the inference rests on, verbatim from the document. */
  basisQuotes: Array<Scalars['String']['output']>;
  /** The first day the date can mean (ISO 8601). */
  earliest: Scalars['String']['output'];
  /**
   * True when the date is not stated by any source but inferred: a document's publication
   * window reasoned from its own text, and every date resolved from such a window. Show it as
   * inferred (\"2019 (inferred)\"), never as a stated date.
   */
  inferred: Scalars['Boolean']['output'];
  /** The last day the date can mean (ISO 8601). */
  latest: Scalars['String']['output'];
  /** How precise the date is. */
  precision: DatePrecision;
  /**
   * The source's relative wording (\"the following year\", \"last year\") when the date is worked
   * out from another date rather than stated; `earliest` and `latest` are the span the wording
   * allows (\"by the following year\" is an upper bound, so it starts at the anchor).
   */
  relative: Maybe<Scalars['String']['output']>;
  /** The document whose publication window the relative wording counts from ("last year" in an undated article). */
  resolvedFrom: Maybe<Document>;
  /** The date as the sources give it: `2018`, `2023-summer`, `2018-04`, `2016-05-24`. */
  value: Scalars['String']['output'];
};

/**
 * A partial date as the seed files write it: `date` alone for a date the text states
 * (`2018`, `2018-04`, `2018-04-23`, `2018-summer`, `2018-Q2`, `2010/2011`); or relative wording
 * with what it counts from (`relative` + `anchor` + `from`, or `relative` + `resolvedFrom`); or
 * an inference (`date`, `inferred: true`, `basis`, `quotes`). seeds/README.md, "Partial dates".
 */
export type PartialDateInput = {
  /** Words in an evidence quote that state the date `relative` counts from. */
  anchor?: InputMaybe<Scalars['String']['input']>;
  /** The reasoning of an inferred date. */
  basis?: InputMaybe<Scalars['String']['input']>;
  /** The date at its precision. */
  date?: InputMaybe<Scalars['String']['input']>;
  /** The date `anchor` states. */
  from?: InputMaybe<Scalars['String']['input']>;
  /** True for a date reasoned to rather than stated. */
  inferred?: InputMaybe<Scalars['Boolean']['input']>;
  /** Verbatim quotes the reasoning rests on. */
  quotes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Relative wording from an evidence quote, e.g. `last year`. */
  relative?: InputMaybe<Scalars['String']['input']>;
  /** The document whose publication window `relative` counts from. */
  resolvedFrom?: InputMaybe<Scalars['ID']['input']>;
};

/** A connection between two entities. */
export type Path = {
  __typename?: 'Path';
  /** How many relationships long. */
  length: Scalars['Int']['output'];
  /** Every node along the path, in order. */
  nodes: Array<Node>;
  /** Every relationship along the path, in order, with evidence. */
  steps: Array<PathStep>;
};

/** One relationship along a path. */
export type PathStep = {
  __typename?: 'PathStep';
  /** The evidence of that fact (or the quote of an EVIDENCED_BY step). */
  evidence: Array<Evidence>;
  /** The fact this step passes through (one end of it), if any. */
  fact: Maybe<Fact>;
  /** True when the relationship points from `from` to `to` in the graph. */
  forward: Scalars['Boolean']['output'];
  /** The node the step leaves. */
  from: Node;
  /** The Neo4j relationship type, e.g. `HELD`, `AT`, `PROVIDED_BY`. */
  relationship: Scalars['String']['output'];
  /** The node the step reaches. */
  to: Node;
};

/** A named person: a trust leader, commissioner, minister, journalist, academic... */
export type Person = Node & {
  __typename?: 'Person';
  /** The person's party affiliations. */
  affiliations: Array<Affiliation>;
  /** Other names the sources use for this person. */
  aliases: Array<Scalars['String']['output']>;
  /** Documents this person wrote. */
  authored: Array<Document>;
  /** A one-line description drawn from the sources, when there is one. */
  description: Maybe<Scalars['String']['output']>;
  /** The changes made to this node through the API, newest first (its audit trail; empty for a node as loaded from the seed files). */
  history: ChangeConnection;
  /** Stable id, `person:<slug>`. */
  id: Scalars['ID']['output'];
  /** Documents that mention this person, newest first. */
  mentionedIn: DocumentConnection;
  /** The name as the sources give it. */
  name: Scalars['String']['output'];
  /** Who retracted this node, when and why; null unless retracted. Reads leave a retracted node out (and a fact whose person, organisation or document is retracted); only `node`, `nodes` and `search` with `includeRetracted: true` answer it. */
  retraction: Maybe<Retraction>;
  /** What this person said or wrote, as the documents report it. */
  statements: Array<Statement>;
  /** The roles this person held, in date order (undated ones last). */
  tenures: Array<Tenure>;
  /** Increases by one with every change through the API (1 as loaded); send it back as `expectedVersion` to update safely. */
  version: Scalars['Int']['output'];
};


/** A named person: a trust leader, commissioner, minister, journalist, academic... */
export type PersonHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A named person: a trust leader, commissioner, minister, journalist, academic... */
export type PersonMentionedInArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A named person: a trust leader, commissioner, minister, journalist, academic... */
export type PersonTenuresArgs = {
  roleKinds?: InputMaybe<Array<RoleKind>>;
};

/** A page of people. */
export type PersonConnection = {
  __typename?: 'PersonConnection';
  /** The people on this page, each with its cursor. */
  edges: Array<PersonEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** How many people match the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A person and its cursor. */
export type PersonEdge = {
  __typename?: 'PersonEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The person. */
  node: Person;
};

/** Filters people. */
export type PersonFilter = {
  /** Case-insensitive substring of the name or an alias. */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  /** Only people who held a role at this organisation. */
  organisation?: InputMaybe<Scalars['ID']['input']>;
  /** Only people who held a role of one of these kinds. */
  roleKinds?: InputMaybe<Array<RoleKind>>;
};

/** What `upsertPerson` writes: the whole entry, as in seeds/people.yaml. */
export type PersonInput = {
  /** Other names the sources use for this person. */
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  /** A one-line description drawn from the sources, when there is one. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Stable id (`person:<slug>`); omitted: made from the name as the seed files make ids. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** The name as the sources give it. */
  name: Scalars['String']['input'];
};

/** A named policy or programme. */
export type Policy = Fact & Node & {
  __typename?: 'Policy';
  /** Other names. */
  aliases: Array<Scalars['String']['output']>;
  /** Quotes that contradict this fact. */
  contradictedBy: Array<Evidence>;
  /** A one-line description, when the sources give one. */
  description: Maybe<Scalars['String']['output']>;
  /** What the sources disagree about, when they do. */
  dispute: Maybe<Scalars['String']['output']>;
  /** Quotes that show it exists as described. */
  evidence: Array<Evidence>;
  /** The changes made to this node through the API, newest first (its audit trail; empty for a node as loaded from the seed files). */
  history: ChangeConnection;
  /** Stable id, `policy:<slug>`. */
  id: Scalars['ID']['output'];
  /** Who issued it, when the sources say. */
  issuedBy: Maybe<Organisation>;
  /** The name. */
  name: Scalars['String']['output'];
  /** Who retracted this node, when and why; null unless retracted. Reads leave a retracted node out (and a fact whose person, organisation or document is retracted); only `node`, `nodes` and `search` with `includeRetracted: true` answer it. */
  retraction: Maybe<Retraction>;
  /** Increases by one with every change through the API (1 as loaded); send it back as `expectedVersion` to update safely. */
  version: Scalars['Int']['output'];
};


/** A named policy or programme. */
export type PolicyHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** What `upsertPolicy` writes: the whole entry, as in seeds/policies.yaml. */
export type PolicyInput = {
  /** Other names. */
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Quotes that contradict this fact. */
  contradictedBy?: InputMaybe<Array<EvidenceInput>>;
  /** A one-line description, when the sources give one. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** What the sources disagree about, when they do. */
  dispute?: InputMaybe<Scalars['String']['input']>;
  /** Quotes that show it exists as described. */
  evidence: Array<EvidenceInput>;
  /** Stable id (`policy:<slug>`); omitted: made from the name as the seed files make ids. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Who issued it, when the sources say (its id). */
  issuedBy?: InputMaybe<Scalars['ID']['input']>;
  /** The name. */
  name: Scalars['String']['input'];
};

/** A property's value before and after a change, as JSON text (`null` when absent). */
export type PropertyChange = {
  __typename?: 'PropertyChange';
  after: Scalars['String']['output'];
  before: Scalars['String']['output'];
  nodeId: Scalars['ID']['output'];
  property: Scalars['String']['output'];
};

/** What `purge` returns. */
export type PurgePayload = {
  __typename?: 'PurgePayload';
  /** The change recorded. */
  change: Change;
  /** The id that no longer exists. */
  id: Scalars['ID']['output'];
};

/** The root of every read. Domain files under schema/ extend it. */
export type Query = {
  __typename?: 'Query';
  /**
   * People who held a role matching `from` and later a role matching `to`, with both tenures.
   * "Later" respects partial dates: the `to` role must not be known to start before the `from`
   * role did; `ordering` says whether the dates prove the order.
   */
  careerTransitions: CareerTransitionConnection;
  /**
   * The audit trail, newest first: a feed front ends can poll (`since`: only changes committed at
   * or after this ISO 8601 instant).
   */
  changes: ChangeConnection;
  /**
   * Councils (organisations of kind COUNCIL), filterable by who runs their children's services
   * and by their inspection record.
   */
  councils: OrganisationConnection;
  /** One document by id, or null. */
  document: Maybe<Document>;
  /** Documents (articles, reports, policy papers) as a Relay connection. */
  documents: DocumentConnection;
  /**
   * The entities and facts around one node, up to `depth` relationships away (documents left out
   * unless asked for), with the relationships between them.
   */
  neighbourhood: Neighbourhood;
  /**
   * Fetches any object that has a stable id (`person:andy-couldrick`, `council:tameside`).
   * Returns null when nothing has that id, or when the node is retracted (unless
   * `includeRetracted`). An id merged into another (`mergeEntities`) answers the node kept.
   */
  node: Maybe<Node>;
  /**
   * Fetches several objects by id in one call, in the order given; null where an id matches
   * nothing or a retracted node (unless `includeRetracted`). A merged id answers the node kept.
   */
  nodes: Array<Maybe<Node>>;
  /** One organisation by id, or null when no organisation has that id. */
  organisation: Maybe<Organisation>;
  /** Organisations in the graph as a Relay connection, sorted by name unless `orderBy` says otherwise. */
  organisations: OrganisationConnection;
  /**
   * The shortest connections between two entities, each step naming the relationship, the fact
   * it passes through and that fact's evidence. Documents are not used as stepping stones
   * unless `viaDocuments` is true (every entity a document mentions would otherwise be two steps apart).
   */
  paths: Array<Path>;
  /** People in the graph as a Relay connection, sorted by name unless `orderBy` says otherwise. */
  people: PersonConnection;
  /** One person by id, or null when no person has that id. */
  person: Maybe<Person>;
  /**
   * Full-text search over everything a journalist reads: names and aliases, document titles and
   * full texts, evidence quotes, and facts' names, summaries, descriptions and quoted words.
   * Results of every kind (entities, facts, documents), ranked by relevance, each with a snippet:
   * the passage around the match with the matched words marked, and where it sits in the
   * document's text. Tolerant of typos ("Couldrik" finds Couldrick) and of any characters: the
   * query is treated as plain words (numbers such as `42.3m` stay whole). Retracted nodes are
   * not found (unless `includeRetracted`), nor are matches in their quotes or texts.
   */
  search: SearchConnection;
  /** Statements, filtered by subject, speaker and stance. */
  statements: StatementConnection;
  /**
   * Who is calling: the holder of the API token or JWT sent as `Authorization: Bearer <value>`,
   * with its role; null without a credential. A bad credential never reaches this field: the
   * request is refused with HTTP 401 and the code UNAUTHENTICATED.
   */
  viewer: Maybe<Viewer>;
};


/** The root of every read. Domain files under schema/ extend it. */
export type QueryCareerTransitionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from: TenureFilter;
  strict?: InputMaybe<Scalars['Boolean']['input']>;
  to: TenureFilter;
};


/** The root of every read. Domain files under schema/ extend it. */
export type QueryChangesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  by?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  operation?: InputMaybe<ChangeOperation>;
  since?: InputMaybe<Scalars['String']['input']>;
};


/** The root of every read. Domain files under schema/ extend it. */
export type QueryCouncilsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CouncilFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<EntityOrder>;
};


/** The root of every read. Domain files under schema/ extend it. */
export type QueryDocumentArgs = {
  id: Scalars['ID']['input'];
};


/** The root of every read. Domain files under schema/ extend it. */
export type QueryDocumentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DocumentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<DocumentOrder>;
};


/** The root of every read. Domain files under schema/ extend it. */
export type QueryNeighbourhoodArgs = {
  depth?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  kinds?: InputMaybe<Array<NodeKind>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
};


/** The root of every read. Domain files under schema/ extend it. */
export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
};


/** The root of every read. Domain files under schema/ extend it. */
export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
};


/** The root of every read. Domain files under schema/ extend it. */
export type QueryOrganisationArgs = {
  id: Scalars['ID']['input'];
};


/** The root of every read. Domain files under schema/ extend it. */
export type QueryOrganisationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OrganisationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<EntityOrder>;
};


/** The root of every read. Domain files under schema/ extend it. */
export type QueryPathsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  from: Scalars['ID']['input'];
  maxHops?: InputMaybe<Scalars['Int']['input']>;
  to: Scalars['ID']['input'];
  viaDocuments?: InputMaybe<Scalars['Boolean']['input']>;
};


/** The root of every read. Domain files under schema/ extend it. */
export type QueryPeopleArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PersonFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<EntityOrder>;
};


/** The root of every read. Domain files under schema/ extend it. */
export type QueryPersonArgs = {
  id: Scalars['ID']['input'];
};


/** The root of every read. Domain files under schema/ extend it. */
export type QuerySearchArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
  kinds?: InputMaybe<Array<SearchKind>>;
  query: Scalars['String']['input'];
};


/** The root of every read. Domain files under schema/ extend it. */
export type QueryStatementsArgs = {
  about?: InputMaybe<Scalars['ID']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  speaker?: InputMaybe<Scalars['ID']['input']>;
  stance?: InputMaybe<Stance>;
};

/** A relationship a change added or removed. */
export type RelationshipChange = {
  __typename?: 'RelationshipChange';
  /** ADDED or REMOVED. */
  change: RelationshipChangeKind;
  from: Scalars['ID']['output'];
  /** The quote on an evidence relationship. */
  quote: Maybe<Scalars['String']['output']>;
  to: Scalars['ID']['output'];
  type: Scalars['String']['output'];
};

export const RelationshipChangeKind = {
  Added: 'ADDED',
  Removed: 'REMOVED'
} as const;

export type RelationshipChangeKind = typeof RelationshipChangeKind[keyof typeof RelationshipChangeKind];
/**
 * Why a node is no longer read: a data editor retracted it (`retract`), with a reason. It is
 * left out of every list, relation, timeline, search, path, neighbourhood and export.
 */
export type Retraction = {
  __typename?: 'Retraction';
  /** When it was retracted (ISO 8601, UTC). */
  at: Scalars['String']['output'];
  /** Who retracted it (the editor's name). */
  by: Scalars['String']['output'];
  /** Why. */
  reason: Scalars['String']['output'];
};

/** What a credential allows; each role includes the ones before it. */
export const Role = {
  /** Everything an editor may, and administration. */
  Admin: 'ADMIN',
  /** Reads, and writes facts through the API. */
  Editor: 'EDITOR',
  /** Reads the graph (when READ_ACCESS=authenticated, reading needs at least this). */
  Reader: 'READER'
} as const;

export type Role = typeof Role[keyof typeof Role];
/** The kind of role a tenure is. */
export const RoleKind = {
  /** Adviser. */
  Adviser: 'ADVISER',
  /** Author. */
  Author: 'AUTHOR',
  /** Board member. */
  BoardMember: 'BOARD_MEMBER',
  /** Cabinet member of a council. */
  CabinetMember: 'CABINET_MEMBER',
  /** Chair of a board. */
  Chair: 'CHAIR',
  /** Chief executive (of a trust, company or council). */
  ChiefExecutive: 'CHIEF_EXECUTIVE',
  /** Chief inspector. */
  ChiefInspector: 'CHIEF_INSPECTOR',
  /** The Children's Commissioner for England, a national office (not appointed to a council). */
  ChildrensCommissioner: 'CHILDRENS_COMMISSIONER',
  /**
   * A commissioner appointed to a council (by the Department for Education or "the government")
   * to oversee or direct its children's services: the tenure is at the council, `appointedBy` the
   * appointing body where the sources say.
   */
  Commissioner: 'COMMISSIONER',
  /** Councillor. */
  Councillor: 'COUNCILLOR',
  /** Leader of a council. */
  CouncilLeader: 'COUNCIL_LEADER',
  /** Another director role. */
  Director: 'DIRECTOR',
  /** Director of children's services (statutory DCS), including interim. */
  DirectorOfChildrensServices: 'DIRECTOR_OF_CHILDRENS_SERVICES',
  /** Editor. */
  Editor: 'EDITOR',
  /** Government minister. */
  Minister: 'MINISTER',
  /** Member of Parliament. */
  Mp: 'MP',
  /** Any other role; see `role` for the source's wording. */
  Other: 'OTHER',
  /** President (e.g. of an association). */
  President: 'PRESIDENT',
  /** Professor. */
  Professor: 'PROFESSOR',
  /** Reporter or journalist. */
  Reporter: 'REPORTER',
  /** Researcher. */
  Researcher: 'RESEARCHER',
  /** Secretary of state. */
  SecretaryOfState: 'SECRETARY_OF_STATE',
  /** Vice chair. */
  ViceChair: 'VICE_CHAIR'
} as const;

export type RoleKind = typeof RoleKind[keyof typeof RoleKind];
/** A page of search results, best first. */
export type SearchConnection = {
  __typename?: 'SearchConnection';
  /** The results on this page. */
  edges: Array<SearchEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** How many results match, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A search result and its cursor. */
export type SearchEdge = {
  __typename?: 'SearchEdge';
  /** Opaque cursor. */
  cursor: Scalars['String']['output'];
  /** The result. */
  node: SearchResult;
};

/** Where a search result matched. */
export const SearchField = {
  /** An alias. */
  Alias: 'ALIAS',
  /** A name (a fact's readable name). */
  Name: 'NAME',
  /** An evidence quote of a fact. */
  Quote: 'QUOTE',
  /** A fact's summary, description or quoted words. */
  Summary: 'SUMMARY',
  /** A document's full text. */
  Text: 'TEXT',
  /** A document's title. */
  Title: 'TITLE'
} as const;

export type SearchField = typeof SearchField[keyof typeof SearchField];
/** What search can be narrowed to. */
export const SearchKind = {
  /** Children's trusts and companies. */
  ChildrensTrust: 'CHILDRENS_TRUST',
  /** Councils. */
  Council: 'COUNCIL',
  /** Documents (by title or full text). */
  Document: 'DOCUMENT',
  /** Facts (tenures, arrangements, inspections, directions, events, statements, affiliations), found by their own words or their evidence quotes. */
  Fact: 'FACT',
  /** Any organisation. */
  Organisation: 'ORGANISATION',
  /** People. */
  Person: 'PERSON',
  /** Policies and programmes. */
  Policy: 'POLICY'
} as const;

export type SearchKind = typeof SearchKind[keyof typeof SearchKind];
/** A search hit. */
export type SearchResult = {
  __typename?: 'SearchResult';
  /** Where the best match was. */
  field: SearchField;
  /**
   * The whole string that matched best: a name, alias or title; a fact's summary, description
   * or quoted words; an evidence quote; for a match in a document's text, its passage (as in
   * `snippet.text`).
   */
  matched: Scalars['String']['output'];
  /** The entity, fact or document found. */
  node: Node;
  /**
   * Relevance, from 0 to 1; higher is better. Only comparable within one search: each index's
   * Lucene scores are taken relative to its best hit, weighted by where the match is (names,
   * aliases and titles above facts' own words, above evidence quotes, above document text), and
   * lowered (down to half) by the share of words found only as typos.
   */
  score: Scalars['Float']['output'];
  /** The passage around the best match, the matched words marked. */
  snippet: Snippet;
};

/** A trust, company or another council delivers a council's children's services. */
export type ServiceArrangement = Fact & Node & {
  __typename?: 'ServiceArrangement';
  /** Quotes that contradict this fact. */
  contradictedBy: Array<Evidence>;
  /** The council whose children's services are delivered. */
  council: Organisation;
  /** Further detail from the sources. */
  description: Maybe<Scalars['String']['output']>;
  /** What the sources disagree about, when they do. */
  dispute: Maybe<Scalars['String']['output']>;
  /** When it ended, if the sources say. */
  end: Maybe<PartialDate>;
  /** How it ended, when it has. */
  ending: Maybe<ArrangementEnding>;
  /** Quotes that support this arrangement. */
  evidence: Array<Evidence>;
  /** The changes made to this node through the API, newest first (its audit trail; empty for a node as loaded from the seed files). */
  history: ChangeConnection;
  /** Stable id, `arrangement:<slug>`. */
  id: Scalars['ID']['output'];
  /** Inspections of the council's services while this arrangement delivered them, in date order. */
  inspections: Array<Inspection>;
  /** Readable summary: who runs whose services. */
  name: Scalars['String']['output'];
  /** How it came about. */
  origin: ArrangementOrigin;
  /** The trust, company or council that delivers them. */
  provider: Organisation;
  /** Who retracted this node, when and why; null unless retracted. Reads leave a retracted node out (and a fact whose person, organisation or document is retracted); only `node`, `nodes` and `search` with `includeRetracted: true` answer it. */
  retraction: Maybe<Retraction>;
  /** When the arrangement began, if the sources say. */
  start: Maybe<PartialDate>;
  /** Where it stands, when the sources say. */
  status: Maybe<ArrangementStatus>;
  /** Increases by one with every change through the API (1 as loaded); send it back as `expectedVersion` to update safely. */
  version: Scalars['Int']['output'];
};


/** A trust, company or another council delivers a council's children's services. */
export type ServiceArrangementHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** What `upsertServiceArrangement` writes: the whole entry, as in seeds/arrangements.yaml. */
export type ServiceArrangementInput = {
  /** Quotes that contradict this fact. */
  contradictedBy?: InputMaybe<Array<EvidenceInput>>;
  /** The council whose children's services are delivered (its id). */
  council: Scalars['ID']['input'];
  /** Further detail from the sources. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** What the sources disagree about, when they do. */
  dispute?: InputMaybe<Scalars['String']['input']>;
  /** When it ended, if the sources say. */
  end?: InputMaybe<PartialDateInput>;
  /** How it ended, when it has. */
  ending?: InputMaybe<ArrangementEnding>;
  /** Quotes that support this arrangement. */
  evidence: Array<EvidenceInput>;
  /** Stable id (`arrangement:<slug>`); omitted: made from the caption as the seed files make ids. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** How it came about. */
  origin?: InputMaybe<ArrangementOrigin>;
  /** The trust, company or council that delivers them (its id). */
  provider: Scalars['ID']['input'];
  /** When the arrangement began, if the sources say. */
  start?: InputMaybe<PartialDateInput>;
  /** Where it stands, when the sources say. */
  status?: InputMaybe<ArrangementStatus>;
};

/**
 * The passage of a text around a search match. `highlights` are offsets within `text`;
 * `start` and `end` place `text` in the full text of `document` (for a TEXT or QUOTE match), so a
 * front end can link to the exact place in the document.
 */
export type Snippet = {
  __typename?: 'Snippet';
  /** The document the passage is from, for a TEXT or QUOTE match; null for a name, alias or summary. */
  document: Maybe<Document>;
  /** Where `text` ends in the document's full text (null without a document). */
  end: Maybe<Scalars['Int']['output']>;
  /** The matched words, as ranges within `text`. */
  highlights: Array<TextRange>;
  /** Where `text` starts in the document's full text (null without a document). */
  start: Maybe<Scalars['Int']['output']>;
  /** The passage, verbatim (at most about 240 characters; cut at word boundaries, without added ellipses). */
  text: Scalars['String']['output'];
};

/** Sort direction. */
export const SortDirection = {
  /** Ascending (A to Z, oldest first). */
  Asc: 'ASC',
  /** Descending (Z to A, newest first). */
  Desc: 'DESC'
} as const;

export type SortDirection = typeof SortDirection[keyof typeof SortDirection];
/** A statement's stance on the independent children's trust model. */
export const Stance = {
  /** Against the trust model. */
  Against: 'AGAINST',
  /** For the trust model. */
  For: 'FOR',
  /** Both for and against. */
  Mixed: 'MIXED',
  /** Neither. */
  Neutral: 'NEUTRAL'
} as const;

export type Stance = typeof Stance[keyof typeof Stance];
/** Who said or wrote what, in which document, about whom. */
export type Statement = Fact & Node & {
  __typename?: 'Statement';
  /** What and whom it is about. */
  about: Array<Node>;
  /** Quotes that contradict this fact. */
  contradictedBy: Array<Evidence>;
  /** When it was said, if the sources say. */
  date: Maybe<PartialDate>;
  /** What the sources disagree about, when they do. */
  dispute: Maybe<Scalars['String']['output']>;
  /** The document that reports it. */
  document: Document;
  /** Quotes that support the attribution. */
  evidence: Array<Evidence>;
  /** The changes made to this node through the API, newest first (its audit trail; empty for a node as loaded from the seed files). */
  history: ChangeConnection;
  /** Stable id, `statement:<slug>`. */
  id: Scalars['ID']['output'];
  /** Readable summary: speaker and opening words. */
  name: Scalars['String']['output'];
  /** The words attributed to the speaker, verbatim from the document. */
  quote: Scalars['String']['output'];
  /** Who retracted this node, when and why; null unless retracted. Reads leave a retracted node out (and a fact whose person, organisation or document is retracted); only `node`, `nodes` and `search` with `includeRetracted: true` answer it. */
  retraction: Maybe<Retraction>;
  /**
   * Statements of other documents that repeat this one's claim in near-identical words (one text
   * shared by two articles). Count such a group as one voice when counting voices for or against.
   */
  sharedWording: Array<Statement>;
  /** The person or organisation who said or wrote it. */
  speaker: Actor;
  /** Stance on the trust model, where the text makes it clear; null otherwise. */
  stance: Maybe<Stance>;
  /** A one-line paraphrase. */
  summary: Maybe<Scalars['String']['output']>;
  /** Increases by one with every change through the API (1 as loaded); send it back as `expectedVersion` to update safely. */
  version: Scalars['Int']['output'];
};


/** Who said or wrote what, in which document, about whom. */
export type StatementHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of statements. */
export type StatementConnection = {
  __typename?: 'StatementConnection';
  /** The statements on this page. */
  edges: Array<StatementEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** How many statements match, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A statement and its cursor. */
export type StatementEdge = {
  __typename?: 'StatementEdge';
  /** Opaque cursor. */
  cursor: Scalars['String']['output'];
  /** The statement. */
  node: Statement;
};

/** What `upsertStatement` writes: the whole entry, as in seeds/statements.yaml. */
export type StatementInput = {
  /** What and whom it is about (its id). */
  about?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Quotes that contradict this fact. */
  contradictedBy?: InputMaybe<Array<EvidenceInput>>;
  /** When it was said, if the sources say. */
  date?: InputMaybe<PartialDateInput>;
  /** What the sources disagree about, when they do. */
  dispute?: InputMaybe<Scalars['String']['input']>;
  /** The document that reports it (its id). */
  document: Scalars['ID']['input'];
  /** Quotes that support the attribution. */
  evidence: Array<EvidenceInput>;
  /** Stable id (`statement:<slug>`); omitted: made from the caption as the seed files make ids. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** The words attributed to the speaker, verbatim from the document. */
  quote: Scalars['String']['input'];
  /** Statements of other documents that repeat this one's claim in near-identical words (one text (its id). */
  sharedWording?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The person or organisation who said or wrote it (its id). */
  speaker: Scalars['ID']['input'];
  /** Stance on the trust model, where the text makes it clear; null otherwise. */
  stance?: InputMaybe<Stance>;
  /** A one-line paraphrase. */
  summary?: InputMaybe<Scalars['String']['input']>;
};

/** A fact a document supports, with the quote that does it. */
export type SupportedFact = {
  __typename?: 'SupportedFact';
  /** The fact. */
  fact: Fact;
  /** The document's words that support it. */
  quote: Scalars['String']['output'];
};

/** A person held a role at an organisation, from and to where the sources say. */
export type Tenure = Fact & Node & {
  __typename?: 'Tenure';
  /** Who appointed the person, where the sources say (a commissioner's appointing body). */
  appointedBy: Maybe<Organisation>;
  /** Quotes that contradict this fact. */
  contradictedBy: Array<Evidence>;
  /** True when a source says the person holds it now; null when unknown. */
  current: Maybe<Scalars['Boolean']['output']>;
  /** What the sources disagree about, when they do. */
  dispute: Maybe<Scalars['String']['output']>;
  /** When it ended, if the sources say. */
  end: Maybe<PartialDate>;
  /** Quotes that support this tenure. */
  evidence: Array<Evidence>;
  /** The changes made to this node through the API, newest first (its audit trail; empty for a node as loaded from the seed files). */
  history: ChangeConnection;
  /** Stable id, `tenure:<slug>`. */
  id: Scalars['ID']['output'];
  /** Readable summary: person, role, organisation. */
  name: Scalars['String']['output'];
  /** The organisation the role was at. */
  organisation: Organisation;
  /** The person who held the role. */
  person: Person;
  /** Who retracted this node, when and why; null unless retracted. Reads leave a retracted node out (and a fact whose person, organisation or document is retracted); only `node`, `nodes` and `search` with `includeRetracted: true` answer it. */
  retraction: Maybe<Retraction>;
  /** The role as the source words it, e.g. `DfE-appointed commissioner`. */
  role: Scalars['String']['output'];
  /** The kind of role. */
  roleKind: RoleKind;
  /** When the role began, if the sources say. */
  start: Maybe<PartialDate>;
  /** Increases by one with every change through the API (1 as loaded); send it back as `expectedVersion` to update safely. */
  version: Scalars['Int']['output'];
};


/** A person held a role at an organisation, from and to where the sources say. */
export type TenureHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Matches tenures by role kind and organisation kind (a tenure must satisfy every list given). */
export type TenureFilter = {
  /** The organisation is this one. */
  organisation?: InputMaybe<Scalars['ID']['input']>;
  /** The organisation is of one of these kinds. */
  organisationKinds?: InputMaybe<Array<OrganisationKind>>;
  /** The role is one of these kinds. */
  roleKinds?: InputMaybe<Array<RoleKind>>;
};

/** What `upsertTenure` writes: the whole entry, as in seeds/tenures.yaml. */
export type TenureInput = {
  /** Who appointed the person, where the sources say (a commissioner's appointing body) (its id). */
  appointedBy?: InputMaybe<Scalars['ID']['input']>;
  /** Quotes that contradict this fact. */
  contradictedBy?: InputMaybe<Array<EvidenceInput>>;
  /** True when a source says the person holds it now; null when unknown. */
  current?: InputMaybe<Scalars['Boolean']['input']>;
  /** What the sources disagree about, when they do. */
  dispute?: InputMaybe<Scalars['String']['input']>;
  /** When it ended, if the sources say. */
  end?: InputMaybe<PartialDateInput>;
  /** Quotes that support this tenure. */
  evidence: Array<EvidenceInput>;
  /** Stable id (`tenure:<slug>`); omitted: made from the caption as the seed files make ids. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** The organisation the role was at (its id). */
  organisation: Scalars['ID']['input'];
  /** The person who held the role (its id). */
  person: Scalars['ID']['input'];
  /** The role as the source words it, e.g. `DfE-appointed commissioner`. */
  role: Scalars['String']['input'];
  /** The kind of role. */
  roleKind: RoleKind;
  /** When the role began, if the sources say. */
  start?: InputMaybe<PartialDateInput>;
};

/** A range of characters: from `start` (inclusive) to `end` (exclusive), counted in UTF-16 code units as JavaScript strings are. */
export type TextRange = {
  __typename?: 'TextRange';
  /** One past the last character. */
  end: Scalars['Int']['output'];
  /** First character. */
  start: Scalars['Int']['output'];
};

/** A page of an organisation's timeline. */
export type TimelineConnection = {
  __typename?: 'TimelineConnection';
  /** The entries on this page, in date order. */
  edges: Array<TimelineEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** How many entries the whole timeline has. */
  totalCount: Scalars['Int']['output'];
};

/** A timeline entry and its cursor. */
export type TimelineEdge = {
  __typename?: 'TimelineEdge';
  /** Opaque cursor of this entry. */
  cursor: Scalars['String']['output'];
  /** The entry. */
  node: TimelineEntry;
};

/** One dated (or undated) entry of an organisation's timeline. */
export type TimelineEntry = {
  __typename?: 'TimelineEntry';
  /** When; null when the sources give no date (such entries come last). */
  date: Maybe<PartialDate>;
  /** The fact, with its evidence. */
  fact: Fact;
  /** What the entry marks. */
  kind: TimelineEntryKind;
};

/** What a timeline entry marks. */
export const TimelineEntryKind = {
  /** A party affiliation (a council's political control, a party's member). */
  Affiliation: 'AFFILIATION',
  /** A service arrangement ended. */
  ArrangementEnd: 'ARRANGEMENT_END',
  /** A service arrangement began (or is known, undated). */
  ArrangementStart: 'ARRANGEMENT_START',
  /** A statutory direction. */
  Direction: 'DIRECTION',
  /** Another event. */
  Event: 'EVENT',
  /** An inspection judgment. */
  Inspection: 'INSPECTION',
  /** A statement about the organisation or by it. */
  Statement: 'STATEMENT',
  /** A tenure ended. */
  TenureEnd: 'TENURE_END',
  /** A tenure began (or is known, undated). */
  TenureStart: 'TENURE_START'
} as const;

export type TimelineEntryKind = typeof TimelineEntryKind[keyof typeof TimelineEntryKind];
/** Whether the dates prove that one role came after another. */
export const TransitionOrdering = {
  /** The dates prove it: the later role began after the earlier one could have begun. */
  Certain: 'CERTAIN',
  /** A date is missing or the spans overlap: the sources do not contradict the order, nor prove it. */
  Undated: 'UNDATED'
} as const;

export type TransitionOrdering = typeof TransitionOrdering[keyof typeof TransitionOrdering];
/** The caller, as the API knows it from its credential. */
export type Viewer = {
  __typename?: 'Viewer';
  /** The API token's name, or the JWT's subject (its `sub`, or the claim JWT_NAME_CLAIM names): what the audit trail records. */
  name: Scalars['String']['output'];
  /** What the credential allows. */
  role: Role;
  /** Which kind of credential it is. */
  via: CredentialKind;
};

/** What a write returns. */
export type WritePayload = {
  __typename?: 'WritePayload';
  /** The change recorded; null when the call changed nothing. */
  change: Maybe<Change>;
  /** True when this call created it. */
  created: Scalars['Boolean']['output'];
  /** The node as it now is. */
  node: Node;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;



/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = {
  Actor:
    | ( OrganisationModel )
    | ( PersonModel )
  ;
};

/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = {
  Fact:
    | ( AffiliationModel )
    | ( DirectionModel )
    | ( EventModel )
    | ( InspectionModel )
    | ( PolicyModel )
    | ( ServiceArrangementModel )
    | ( StatementModel )
    | ( TenureModel )
  ;
  Node:
    | ( AffiliationModel )
    | ( DirectionModel )
    | ( DocumentModel )
    | ( EventModel )
    | ( InspectionModel )
    | ( OrganisationModel )
    | ( PersonModel )
    | ( PolicyModel )
    | ( ServiceArrangementModel )
    | ( StatementModel )
    | ( TenureModel )
  ;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Actor: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['Actor']>;
  Affiliation: ResolverTypeWrapper<AffiliationModel>;
  AffiliationInput: AffiliationInput;
  AffiliationKind: AffiliationKind;
  ArrangementEnding: ArrangementEnding;
  ArrangementKind: ArrangementKind;
  ArrangementOrigin: ArrangementOrigin;
  ArrangementStatus: ArrangementStatus;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CareerTransition: ResolverTypeWrapper<CareerTransitionModel>;
  CareerTransitionConnection: ResolverTypeWrapper<CareerTransitionConnectionModel>;
  CareerTransitionEdge: ResolverTypeWrapper<Omit<CareerTransitionEdge, 'node'> & { node: ResolversTypes['CareerTransition'] }>;
  Change: ResolverTypeWrapper<ChangeRecord>;
  ChangeConnection: ResolverTypeWrapper<Omit<ChangeConnection, 'edges'> & { edges: Array<ResolversTypes['ChangeEdge']> }>;
  ChangeEdge: ResolverTypeWrapper<Omit<ChangeEdge, 'node'> & { node: ResolversTypes['Change'] }>;
  ChangeOperation: ChangeOperation;
  CouncilFilter: CouncilFilter;
  CreateDocumentInput: CreateDocumentInput;
  CredentialKind: CredentialKind;
  DatePrecision: DatePrecision;
  Direction: ResolverTypeWrapper<DirectionModel>;
  DirectionInput: DirectionInput;
  DirectionKind: DirectionKind;
  Document: ResolverTypeWrapper<DocumentModel>;
  DocumentConnection: ResolverTypeWrapper<DocumentConnectionModel>;
  DocumentEdge: ResolverTypeWrapper<Omit<DocumentEdge, 'node'> & { node: ResolversTypes['Document'] }>;
  DocumentFilter: DocumentFilter;
  DocumentKind: DocumentKind;
  DocumentOrder: DocumentOrder;
  DocumentOrderField: DocumentOrderField;
  DocumentPayload: ResolverTypeWrapper<Omit<DocumentPayload, 'change' | 'document'> & { change?: Maybe<ResolversTypes['Change']>, document: ResolversTypes['Document'] }>;
  EntityOrder: EntityOrder;
  EntityOrderField: EntityOrderField;
  Event: ResolverTypeWrapper<EventModel>;
  EventInput: EventInput;
  EventKind: EventKind;
  Evidence: ResolverTypeWrapper<EvidenceModel>;
  EvidenceInput: EvidenceInput;
  Fact: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Fact']>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  GraphEdge: ResolverTypeWrapper<GraphEdge>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Inspection: ResolverTypeWrapper<InspectionModel>;
  InspectionGrade: InspectionGrade;
  InspectionInput: InspectionInput;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Neighbourhood: ResolverTypeWrapper<NeighbourhoodModel>;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  NodeKind: NodeKind;
  Organisation: ResolverTypeWrapper<OrganisationModel>;
  OrganisationConnection: ResolverTypeWrapper<OrganisationConnectionModel>;
  OrganisationEdge: ResolverTypeWrapper<Omit<OrganisationEdge, 'node'> & { node: ResolversTypes['Organisation'] }>;
  OrganisationFilter: OrganisationFilter;
  OrganisationInput: OrganisationInput;
  OrganisationKind: OrganisationKind;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PartialDate: ResolverTypeWrapper<PartialDateModel>;
  PartialDateInput: PartialDateInput;
  Path: ResolverTypeWrapper<PathModel>;
  PathStep: ResolverTypeWrapper<PathStepModel>;
  Person: ResolverTypeWrapper<PersonModel>;
  PersonConnection: ResolverTypeWrapper<PersonConnectionModel>;
  PersonEdge: ResolverTypeWrapper<Omit<PersonEdge, 'node'> & { node: ResolversTypes['Person'] }>;
  PersonFilter: PersonFilter;
  PersonInput: PersonInput;
  Policy: ResolverTypeWrapper<PolicyModel>;
  PolicyInput: PolicyInput;
  PropertyChange: ResolverTypeWrapper<PropertyChange>;
  PurgePayload: ResolverTypeWrapper<Omit<PurgePayload, 'change'> & { change: ResolversTypes['Change'] }>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RelationshipChange: ResolverTypeWrapper<RelationshipChange>;
  RelationshipChangeKind: RelationshipChangeKind;
  Retraction: ResolverTypeWrapper<Retraction>;
  Role: Role;
  RoleKind: RoleKind;
  SearchConnection: ResolverTypeWrapper<SearchConnectionModel>;
  SearchEdge: ResolverTypeWrapper<Omit<SearchEdge, 'node'> & { node: ResolversTypes['SearchResult'] }>;
  SearchField: SearchField;
  SearchKind: SearchKind;
  SearchResult: ResolverTypeWrapper<SearchResultModel>;
  ServiceArrangement: ResolverTypeWrapper<ServiceArrangementModel>;
  ServiceArrangementInput: ServiceArrangementInput;
  Snippet: ResolverTypeWrapper<Omit<Snippet, 'document'> & { document?: Maybe<ResolversTypes['Document']> }>;
  SortDirection: SortDirection;
  Stance: Stance;
  Statement: ResolverTypeWrapper<StatementModel>;
  StatementConnection: ResolverTypeWrapper<StatementConnectionModel>;
  StatementEdge: ResolverTypeWrapper<Omit<StatementEdge, 'node'> & { node: ResolversTypes['Statement'] }>;
  StatementInput: StatementInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  SupportedFact: ResolverTypeWrapper<SupportedFactModel>;
  Tenure: ResolverTypeWrapper<TenureModel>;
  TenureFilter: TenureFilter;
  TenureInput: TenureInput;
  TextRange: ResolverTypeWrapper<TextRange>;
  TimelineConnection: ResolverTypeWrapper<TimelineConnectionModel>;
  TimelineEdge: ResolverTypeWrapper<Omit<TimelineEdge, 'node'> & { node: ResolversTypes['TimelineEntry'] }>;
  TimelineEntry: ResolverTypeWrapper<TimelineEntryModel>;
  TimelineEntryKind: TimelineEntryKind;
  TransitionOrdering: TransitionOrdering;
  Viewer: ResolverTypeWrapper<Viewer>;
  WritePayload: ResolverTypeWrapper<WriteResult>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Actor: ResolversUnionTypes<ResolversParentTypes>['Actor'];
  Affiliation: AffiliationModel;
  AffiliationInput: AffiliationInput;
  Boolean: Scalars['Boolean']['output'];
  CareerTransition: CareerTransitionModel;
  CareerTransitionConnection: CareerTransitionConnectionModel;
  CareerTransitionEdge: Omit<CareerTransitionEdge, 'node'> & { node: ResolversParentTypes['CareerTransition'] };
  Change: ChangeRecord;
  ChangeConnection: Omit<ChangeConnection, 'edges'> & { edges: Array<ResolversParentTypes['ChangeEdge']> };
  ChangeEdge: Omit<ChangeEdge, 'node'> & { node: ResolversParentTypes['Change'] };
  CouncilFilter: CouncilFilter;
  CreateDocumentInput: CreateDocumentInput;
  Direction: DirectionModel;
  DirectionInput: DirectionInput;
  Document: DocumentModel;
  DocumentConnection: DocumentConnectionModel;
  DocumentEdge: Omit<DocumentEdge, 'node'> & { node: ResolversParentTypes['Document'] };
  DocumentFilter: DocumentFilter;
  DocumentOrder: DocumentOrder;
  DocumentPayload: Omit<DocumentPayload, 'change' | 'document'> & { change?: Maybe<ResolversParentTypes['Change']>, document: ResolversParentTypes['Document'] };
  EntityOrder: EntityOrder;
  Event: EventModel;
  EventInput: EventInput;
  Evidence: EvidenceModel;
  EvidenceInput: EvidenceInput;
  Fact: ResolversInterfaceTypes<ResolversParentTypes>['Fact'];
  Float: Scalars['Float']['output'];
  GraphEdge: GraphEdge;
  ID: Scalars['ID']['output'];
  Inspection: InspectionModel;
  InspectionInput: InspectionInput;
  Int: Scalars['Int']['output'];
  Mutation: Record<PropertyKey, never>;
  Neighbourhood: NeighbourhoodModel;
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  Organisation: OrganisationModel;
  OrganisationConnection: OrganisationConnectionModel;
  OrganisationEdge: Omit<OrganisationEdge, 'node'> & { node: ResolversParentTypes['Organisation'] };
  OrganisationFilter: OrganisationFilter;
  OrganisationInput: OrganisationInput;
  PageInfo: PageInfo;
  PartialDate: PartialDateModel;
  PartialDateInput: PartialDateInput;
  Path: PathModel;
  PathStep: PathStepModel;
  Person: PersonModel;
  PersonConnection: PersonConnectionModel;
  PersonEdge: Omit<PersonEdge, 'node'> & { node: ResolversParentTypes['Person'] };
  PersonFilter: PersonFilter;
  PersonInput: PersonInput;
  Policy: PolicyModel;
  PolicyInput: PolicyInput;
  PropertyChange: PropertyChange;
  PurgePayload: Omit<PurgePayload, 'change'> & { change: ResolversParentTypes['Change'] };
  Query: Record<PropertyKey, never>;
  RelationshipChange: RelationshipChange;
  Retraction: Retraction;
  SearchConnection: SearchConnectionModel;
  SearchEdge: Omit<SearchEdge, 'node'> & { node: ResolversParentTypes['SearchResult'] };
  SearchResult: SearchResultModel;
  ServiceArrangement: ServiceArrangementModel;
  ServiceArrangementInput: ServiceArrangementInput;
  Snippet: Omit<Snippet, 'document'> & { document?: Maybe<ResolversParentTypes['Document']> };
  Statement: StatementModel;
  StatementConnection: StatementConnectionModel;
  StatementEdge: Omit<StatementEdge, 'node'> & { node: ResolversParentTypes['Statement'] };
  StatementInput: StatementInput;
  String: Scalars['String']['output'];
  SupportedFact: SupportedFactModel;
  Tenure: TenureModel;
  TenureFilter: TenureFilter;
  TenureInput: TenureInput;
  TextRange: TextRange;
  TimelineConnection: TimelineConnectionModel;
  TimelineEdge: Omit<TimelineEdge, 'node'> & { node: ResolversParentTypes['TimelineEntry'] };
  TimelineEntry: TimelineEntryModel;
  Viewer: Viewer;
  WritePayload: WriteResult;
};

export type ActorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Actor'] = ResolversParentTypes['Actor']> = {
  __resolveType: TypeResolveFn<'Organisation' | 'Person', ParentType, ContextType>;
};

export type AffiliationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Affiliation'] = ResolversParentTypes['Affiliation']> = {
  contradictedBy?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dispute?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  end?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  history?: Resolver<ResolversTypes['ChangeConnection'], ParentType, ContextType, RequireFields<AffiliationHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['AffiliationKind'], ParentType, ContextType>;
  member?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  party?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  retraction?: Resolver<Maybe<ResolversTypes['Retraction']>, ParentType, ContextType>;
  start?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CareerTransitionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CareerTransition'] = ResolversParentTypes['CareerTransition']> = {
  from?: Resolver<ResolversTypes['Tenure'], ParentType, ContextType>;
  ordering?: Resolver<ResolversTypes['TransitionOrdering'], ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Tenure'], ParentType, ContextType>;
};

export type CareerTransitionConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CareerTransitionConnection'] = ResolversParentTypes['CareerTransitionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CareerTransitionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CareerTransitionEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CareerTransitionEdge'] = ResolversParentTypes['CareerTransitionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CareerTransition'], ParentType, ContextType>;
};

export type ChangeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Change'] = ResolversParentTypes['Change']> = {
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  by?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  nodeIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  operation?: Resolver<ResolversTypes['ChangeOperation'], ParentType, ContextType>;
  properties?: Resolver<Array<ResolversTypes['PropertyChange']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  relationships?: Resolver<Array<ResolversTypes['RelationshipChange']>, ParentType, ContextType>;
  via?: Resolver<ResolversTypes['CredentialKind'], ParentType, ContextType>;
};

export type ChangeConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChangeConnection'] = ResolversParentTypes['ChangeConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ChangeEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type ChangeEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChangeEdge'] = ResolversParentTypes['ChangeEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Change'], ParentType, ContextType>;
};

export type DirectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Direction'] = ResolversParentTypes['Direction']> = {
  arrangement?: Resolver<Maybe<ResolversTypes['ServiceArrangement']>, ParentType, ContextType>;
  contradictedBy?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  council?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  dispute?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  history?: Resolver<ResolversTypes['ChangeConnection'], ParentType, ContextType, RequireFields<DirectionHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  issuedBy?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['DirectionKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  retraction?: Resolver<Maybe<ResolversTypes['Retraction']>, ParentType, ContextType>;
  summary?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DocumentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Document'] = ResolversParentTypes['Document']> = {
  authors?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType>;
  contradicts?: Resolver<Array<ResolversTypes['SupportedFact']>, ParentType, ContextType>;
  corpusFile?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  history?: Resolver<ResolversTypes['ChangeConnection'], ParentType, ContextType, RequireFields<DocumentHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['DocumentKind'], ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  outlet?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  published?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  retraction?: Resolver<Maybe<ResolversTypes['Retraction']>, ParentType, ContextType>;
  supports?: Resolver<Array<ResolversTypes['SupportedFact']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DocumentConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DocumentConnection'] = ResolversParentTypes['DocumentConnection']> = {
  edges?: Resolver<Array<ResolversTypes['DocumentEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DocumentEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DocumentEdge'] = ResolversParentTypes['DocumentEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Document'], ParentType, ContextType>;
};

export type DocumentPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DocumentPayload'] = ResolversParentTypes['DocumentPayload']> = {
  change?: Resolver<Maybe<ResolversTypes['Change']>, ParentType, ContextType>;
  created?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  document?: Resolver<ResolversTypes['Document'], ParentType, ContextType>;
};

export type EventResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Event'] = ResolversParentTypes['Event']> = {
  amount?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  contradictedBy?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  currency?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dispute?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  history?: Resolver<ResolversTypes['ChangeConnection'], ParentType, ContextType, RequireFields<EventHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  involves?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EventKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  period?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  retraction?: Resolver<Maybe<ResolversTypes['Retraction']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EvidenceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Evidence'] = ResolversParentTypes['Evidence']> = {
  document?: Resolver<ResolversTypes['Document'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FactResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Fact'] = ResolversParentTypes['Fact']> = {
  __resolveType: TypeResolveFn<'Affiliation' | 'Direction' | 'Event' | 'Inspection' | 'Policy' | 'ServiceArrangement' | 'Statement' | 'Tenure', ParentType, ContextType>;
};

export type GraphEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GraphEdge'] = ResolversParentTypes['GraphEdge']> = {
  from?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  quote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type InspectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Inspection'] = ResolversParentTypes['Inspection']> = {
  arrangement?: Resolver<Maybe<ResolversTypes['ServiceArrangement']>, ParentType, ContextType>;
  contradictedBy?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dispute?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  grade?: Resolver<Maybe<ResolversTypes['InspectionGrade']>, ParentType, ContextType>;
  history?: Resolver<ResolversTypes['ChangeConnection'], ParentType, ContextType, RequireFields<InspectionHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inspectorate?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  retraction?: Resolver<Maybe<ResolversTypes['Retraction']>, ParentType, ContextType>;
  scope?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  addEvidence?: Resolver<ResolversTypes['WritePayload'], ParentType, ContextType, RequireFields<MutationAddEvidenceArgs, 'documentId' | 'factId' | 'quote'>>;
  createDocument?: Resolver<ResolversTypes['DocumentPayload'], ParentType, ContextType, RequireFields<MutationCreateDocumentArgs, 'input'>>;
  mergeEntities?: Resolver<ResolversTypes['WritePayload'], ParentType, ContextType, RequireFields<MutationMergeEntitiesArgs, 'keep' | 'reason' | 'remove'>>;
  purge?: Resolver<ResolversTypes['PurgePayload'], ParentType, ContextType, RequireFields<MutationPurgeArgs, 'id' | 'reason'>>;
  removeEvidence?: Resolver<ResolversTypes['WritePayload'], ParentType, ContextType, RequireFields<MutationRemoveEvidenceArgs, 'documentId' | 'factId' | 'quote'>>;
  restore?: Resolver<ResolversTypes['WritePayload'], ParentType, ContextType, RequireFields<MutationRestoreArgs, 'id'>>;
  retract?: Resolver<ResolversTypes['WritePayload'], ParentType, ContextType, RequireFields<MutationRetractArgs, 'id' | 'reason'>>;
  upsertAffiliation?: Resolver<ResolversTypes['WritePayload'], ParentType, ContextType, RequireFields<MutationUpsertAffiliationArgs, 'input'>>;
  upsertDirection?: Resolver<ResolversTypes['WritePayload'], ParentType, ContextType, RequireFields<MutationUpsertDirectionArgs, 'input'>>;
  upsertEvent?: Resolver<ResolversTypes['WritePayload'], ParentType, ContextType, RequireFields<MutationUpsertEventArgs, 'input'>>;
  upsertInspection?: Resolver<ResolversTypes['WritePayload'], ParentType, ContextType, RequireFields<MutationUpsertInspectionArgs, 'input'>>;
  upsertOrganisation?: Resolver<ResolversTypes['WritePayload'], ParentType, ContextType, RequireFields<MutationUpsertOrganisationArgs, 'input'>>;
  upsertPerson?: Resolver<ResolversTypes['WritePayload'], ParentType, ContextType, RequireFields<MutationUpsertPersonArgs, 'input'>>;
  upsertPolicy?: Resolver<ResolversTypes['WritePayload'], ParentType, ContextType, RequireFields<MutationUpsertPolicyArgs, 'input'>>;
  upsertServiceArrangement?: Resolver<ResolversTypes['WritePayload'], ParentType, ContextType, RequireFields<MutationUpsertServiceArrangementArgs, 'input'>>;
  upsertStatement?: Resolver<ResolversTypes['WritePayload'], ParentType, ContextType, RequireFields<MutationUpsertStatementArgs, 'input'>>;
  upsertTenure?: Resolver<ResolversTypes['WritePayload'], ParentType, ContextType, RequireFields<MutationUpsertTenureArgs, 'input'>>;
};

export type NeighbourhoodResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Neighbourhood'] = ResolversParentTypes['Neighbourhood']> = {
  center?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['GraphEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type NodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = {
  __resolveType: TypeResolveFn<'Affiliation' | 'Direction' | 'Document' | 'Event' | 'Inspection' | 'Organisation' | 'Person' | 'Policy' | 'ServiceArrangement' | 'Statement' | 'Tenure', ParentType, ContextType>;
};

export type OrganisationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Organisation'] = ResolversParentTypes['Organisation']> = {
  affiliates?: Resolver<Array<ResolversTypes['Affiliation']>, ParentType, ContextType>;
  affiliations?: Resolver<Array<ResolversTypes['Affiliation']>, ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  arrangements?: Resolver<Array<ResolversTypes['ServiceArrangement']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  directions?: Resolver<Array<ResolversTypes['Direction']>, ParentType, ContextType>;
  history?: Resolver<ResolversTypes['ChangeConnection'], ParentType, ContextType, RequireFields<OrganisationHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inspections?: Resolver<Array<ResolversTypes['Inspection']>, ParentType, ContextType>;
  kinds?: Resolver<Array<ResolversTypes['OrganisationKind']>, ParentType, ContextType>;
  latestInspection?: Resolver<Maybe<ResolversTypes['Inspection']>, ParentType, ContextType>;
  leaders?: Resolver<Array<ResolversTypes['Tenure']>, ParentType, ContextType>;
  mentionedIn?: Resolver<ResolversTypes['DocumentConnection'], ParentType, ContextType, RequireFields<OrganisationMentionedInArgs, 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  partOf?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  parts?: Resolver<Array<ResolversTypes['Organisation']>, ParentType, ContextType>;
  provides?: Resolver<Array<ResolversTypes['ServiceArrangement']>, ParentType, ContextType>;
  retraction?: Resolver<Maybe<ResolversTypes['Retraction']>, ParentType, ContextType>;
  tenures?: Resolver<Array<ResolversTypes['Tenure']>, ParentType, ContextType, Partial<OrganisationTenuresArgs>>;
  timeline?: Resolver<ResolversTypes['TimelineConnection'], ParentType, ContextType, RequireFields<OrganisationTimelineArgs, 'first'>>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OrganisationConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrganisationConnection'] = ResolversParentTypes['OrganisationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['OrganisationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OrganisationEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrganisationEdge'] = ResolversParentTypes['OrganisationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PartialDateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PartialDate'] = ResolversParentTypes['PartialDate']> = {
  anchor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  anchorDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  basis?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  basisQuotes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  earliest?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  inferred?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  latest?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  precision?: Resolver<ResolversTypes['DatePrecision'], ParentType, ContextType>;
  relative?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  resolvedFrom?: Resolver<Maybe<ResolversTypes['Document']>, ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PathResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Path'] = ResolversParentTypes['Path']> = {
  length?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType>;
  steps?: Resolver<Array<ResolversTypes['PathStep']>, ParentType, ContextType>;
};

export type PathStepResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PathStep'] = ResolversParentTypes['PathStep']> = {
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  fact?: Resolver<Maybe<ResolversTypes['Fact']>, ParentType, ContextType>;
  forward?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  relationship?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
};

export type PersonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person']> = {
  affiliations?: Resolver<Array<ResolversTypes['Affiliation']>, ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  authored?: Resolver<Array<ResolversTypes['Document']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  history?: Resolver<ResolversTypes['ChangeConnection'], ParentType, ContextType, RequireFields<PersonHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mentionedIn?: Resolver<ResolversTypes['DocumentConnection'], ParentType, ContextType, RequireFields<PersonMentionedInArgs, 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  retraction?: Resolver<Maybe<ResolversTypes['Retraction']>, ParentType, ContextType>;
  statements?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType>;
  tenures?: Resolver<Array<ResolversTypes['Tenure']>, ParentType, ContextType, Partial<PersonTenuresArgs>>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PersonConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PersonConnection'] = ResolversParentTypes['PersonConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PersonEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PersonEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PersonEdge'] = ResolversParentTypes['PersonEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
};

export type PolicyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Policy'] = ResolversParentTypes['Policy']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  contradictedBy?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dispute?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  history?: Resolver<ResolversTypes['ChangeConnection'], ParentType, ContextType, RequireFields<PolicyHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  issuedBy?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  retraction?: Resolver<Maybe<ResolversTypes['Retraction']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PropertyChangeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PropertyChange'] = ResolversParentTypes['PropertyChange']> = {
  after?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  before?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nodeId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  property?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PurgePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PurgePayload'] = ResolversParentTypes['PurgePayload']> = {
  change?: Resolver<ResolversTypes['Change'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  careerTransitions?: Resolver<ResolversTypes['CareerTransitionConnection'], ParentType, ContextType, RequireFields<QueryCareerTransitionsArgs, 'first' | 'from' | 'strict' | 'to'>>;
  changes?: Resolver<ResolversTypes['ChangeConnection'], ParentType, ContextType, RequireFields<QueryChangesArgs, 'first'>>;
  councils?: Resolver<ResolversTypes['OrganisationConnection'], ParentType, ContextType, RequireFields<QueryCouncilsArgs, 'first'>>;
  document?: Resolver<Maybe<ResolversTypes['Document']>, ParentType, ContextType, RequireFields<QueryDocumentArgs, 'id'>>;
  documents?: Resolver<ResolversTypes['DocumentConnection'], ParentType, ContextType, RequireFields<QueryDocumentsArgs, 'first'>>;
  neighbourhood?: Resolver<ResolversTypes['Neighbourhood'], ParentType, ContextType, RequireFields<QueryNeighbourhoodArgs, 'depth' | 'id' | 'limit'>>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id' | 'includeRetracted'>>;
  nodes?: Resolver<Array<Maybe<ResolversTypes['Node']>>, ParentType, ContextType, RequireFields<QueryNodesArgs, 'ids' | 'includeRetracted'>>;
  organisation?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType, RequireFields<QueryOrganisationArgs, 'id'>>;
  organisations?: Resolver<ResolversTypes['OrganisationConnection'], ParentType, ContextType, RequireFields<QueryOrganisationsArgs, 'first'>>;
  paths?: Resolver<Array<ResolversTypes['Path']>, ParentType, ContextType, RequireFields<QueryPathsArgs, 'first' | 'from' | 'maxHops' | 'to' | 'viaDocuments'>>;
  people?: Resolver<ResolversTypes['PersonConnection'], ParentType, ContextType, RequireFields<QueryPeopleArgs, 'first'>>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType, RequireFields<QueryPersonArgs, 'id'>>;
  search?: Resolver<ResolversTypes['SearchConnection'], ParentType, ContextType, RequireFields<QuerySearchArgs, 'first' | 'includeRetracted' | 'query'>>;
  statements?: Resolver<ResolversTypes['StatementConnection'], ParentType, ContextType, RequireFields<QueryStatementsArgs, 'first'>>;
  viewer?: Resolver<Maybe<ResolversTypes['Viewer']>, ParentType, ContextType>;
};

export type RelationshipChangeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RelationshipChange'] = ResolversParentTypes['RelationshipChange']> = {
  change?: Resolver<ResolversTypes['RelationshipChangeKind'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  quote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RetractionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Retraction'] = ResolversParentTypes['Retraction']> = {
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  by?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SearchConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchConnection'] = ResolversParentTypes['SearchConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SearchEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SearchEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchEdge'] = ResolversParentTypes['SearchEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SearchResult'], ParentType, ContextType>;
};

export type SearchResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchResult'] = ResolversParentTypes['SearchResult']> = {
  field?: Resolver<ResolversTypes['SearchField'], ParentType, ContextType>;
  matched?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  snippet?: Resolver<ResolversTypes['Snippet'], ParentType, ContextType>;
};

export type ServiceArrangementResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServiceArrangement'] = ResolversParentTypes['ServiceArrangement']> = {
  contradictedBy?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  council?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dispute?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  end?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  ending?: Resolver<Maybe<ResolversTypes['ArrangementEnding']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  history?: Resolver<ResolversTypes['ChangeConnection'], ParentType, ContextType, RequireFields<ServiceArrangementHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inspections?: Resolver<Array<ResolversTypes['Inspection']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  origin?: Resolver<ResolversTypes['ArrangementOrigin'], ParentType, ContextType>;
  provider?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  retraction?: Resolver<Maybe<ResolversTypes['Retraction']>, ParentType, ContextType>;
  start?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['ArrangementStatus']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SnippetResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Snippet'] = ResolversParentTypes['Snippet']> = {
  document?: Resolver<Maybe<ResolversTypes['Document']>, ParentType, ContextType>;
  end?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  highlights?: Resolver<Array<ResolversTypes['TextRange']>, ParentType, ContextType>;
  start?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type StatementResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Statement'] = ResolversParentTypes['Statement']> = {
  about?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType>;
  contradictedBy?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  dispute?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  document?: Resolver<ResolversTypes['Document'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  history?: Resolver<ResolversTypes['ChangeConnection'], ParentType, ContextType, RequireFields<StatementHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  retraction?: Resolver<Maybe<ResolversTypes['Retraction']>, ParentType, ContextType>;
  sharedWording?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType>;
  speaker?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  stance?: Resolver<Maybe<ResolversTypes['Stance']>, ParentType, ContextType>;
  summary?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type StatementConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StatementConnection'] = ResolversParentTypes['StatementConnection']> = {
  edges?: Resolver<Array<ResolversTypes['StatementEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type StatementEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StatementEdge'] = ResolversParentTypes['StatementEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Statement'], ParentType, ContextType>;
};

export type SupportedFactResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SupportedFact'] = ResolversParentTypes['SupportedFact']> = {
  fact?: Resolver<ResolversTypes['Fact'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type TenureResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Tenure'] = ResolversParentTypes['Tenure']> = {
  appointedBy?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  contradictedBy?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  current?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  dispute?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  end?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  history?: Resolver<ResolversTypes['ChangeConnection'], ParentType, ContextType, RequireFields<TenureHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organisation?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  retraction?: Resolver<Maybe<ResolversTypes['Retraction']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  roleKind?: Resolver<ResolversTypes['RoleKind'], ParentType, ContextType>;
  start?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TextRangeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TextRange'] = ResolversParentTypes['TextRange']> = {
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TimelineConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TimelineConnection'] = ResolversParentTypes['TimelineConnection']> = {
  edges?: Resolver<Array<ResolversTypes['TimelineEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TimelineEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TimelineEdge'] = ResolversParentTypes['TimelineEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['TimelineEntry'], ParentType, ContextType>;
};

export type TimelineEntryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TimelineEntry'] = ResolversParentTypes['TimelineEntry']> = {
  date?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  fact?: Resolver<ResolversTypes['Fact'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['TimelineEntryKind'], ParentType, ContextType>;
};

export type ViewerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Viewer'] = ResolversParentTypes['Viewer']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  via?: Resolver<ResolversTypes['CredentialKind'], ParentType, ContextType>;
};

export type WritePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WritePayload'] = ResolversParentTypes['WritePayload']> = {
  change?: Resolver<Maybe<ResolversTypes['Change']>, ParentType, ContextType>;
  created?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  Actor?: ActorResolvers<ContextType>;
  Affiliation?: AffiliationResolvers<ContextType>;
  CareerTransition?: CareerTransitionResolvers<ContextType>;
  CareerTransitionConnection?: CareerTransitionConnectionResolvers<ContextType>;
  CareerTransitionEdge?: CareerTransitionEdgeResolvers<ContextType>;
  Change?: ChangeResolvers<ContextType>;
  ChangeConnection?: ChangeConnectionResolvers<ContextType>;
  ChangeEdge?: ChangeEdgeResolvers<ContextType>;
  Direction?: DirectionResolvers<ContextType>;
  Document?: DocumentResolvers<ContextType>;
  DocumentConnection?: DocumentConnectionResolvers<ContextType>;
  DocumentEdge?: DocumentEdgeResolvers<ContextType>;
  DocumentPayload?: DocumentPayloadResolvers<ContextType>;
  Event?: EventResolvers<ContextType>;
  Evidence?: EvidenceResolvers<ContextType>;
  Fact?: FactResolvers<ContextType>;
  GraphEdge?: GraphEdgeResolvers<ContextType>;
  Inspection?: InspectionResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Neighbourhood?: NeighbourhoodResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  Organisation?: OrganisationResolvers<ContextType>;
  OrganisationConnection?: OrganisationConnectionResolvers<ContextType>;
  OrganisationEdge?: OrganisationEdgeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PartialDate?: PartialDateResolvers<ContextType>;
  Path?: PathResolvers<ContextType>;
  PathStep?: PathStepResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  PersonConnection?: PersonConnectionResolvers<ContextType>;
  PersonEdge?: PersonEdgeResolvers<ContextType>;
  Policy?: PolicyResolvers<ContextType>;
  PropertyChange?: PropertyChangeResolvers<ContextType>;
  PurgePayload?: PurgePayloadResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RelationshipChange?: RelationshipChangeResolvers<ContextType>;
  Retraction?: RetractionResolvers<ContextType>;
  SearchConnection?: SearchConnectionResolvers<ContextType>;
  SearchEdge?: SearchEdgeResolvers<ContextType>;
  SearchResult?: SearchResultResolvers<ContextType>;
  ServiceArrangement?: ServiceArrangementResolvers<ContextType>;
  Snippet?: SnippetResolvers<ContextType>;
  Statement?: StatementResolvers<ContextType>;
  StatementConnection?: StatementConnectionResolvers<ContextType>;
  StatementEdge?: StatementEdgeResolvers<ContextType>;
  SupportedFact?: SupportedFactResolvers<ContextType>;
  Tenure?: TenureResolvers<ContextType>;
  TextRange?: TextRangeResolvers<ContextType>;
  TimelineConnection?: TimelineConnectionResolvers<ContextType>;
  TimelineEdge?: TimelineEdgeResolvers<ContextType>;
  TimelineEntry?: TimelineEntryResolvers<ContextType>;
  Viewer?: ViewerResolvers<ContextType>;
  WritePayload?: WritePayloadResolvers<ContextType>;
};

