/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Who delivers a council's children's services. */
export type ArrangementKind =
  /** The council itself: no arrangement in the sources, or every arrangement ended in-house. */
  | 'IN_HOUSE'
  /** Another council. */
  | 'OTHER_COUNCIL'
  /** A children's trust or company. */
  | 'TRUST';

/** How a service arrangement came about. */
export type ArrangementOrigin =
  /** Chosen by the council. */
  | 'CHOSEN_BY_COUNCIL'
  /** Required by the Department for Education (usually after an inadequate judgment). */
  | 'MANDATED_BY_DFE'
  /** The sources do not say. */
  | 'UNKNOWN'
  /** Set up voluntarily. */
  | 'VOLUNTARY';

/** Where a service arrangement stands. */
export type ArrangementStatus =
  /** Planned and then dropped. */
  | 'ABANDONED'
  /** Running. */
  | 'ACTIVE'
  /** Over. */
  | 'ENDED'
  /** Announced or planned, not yet running. */
  | 'PLANNED';

/** What a mutation did. */
export type ChangeOperation =
  | 'ADD_EVIDENCE'
  | 'CREATE'
  | 'CREATE_DOCUMENT'
  | 'MERGE'
  | 'PURGE'
  | 'REMOVE_EVIDENCE'
  | 'RESTORE'
  | 'RETRACT'
  | 'UPDATE';

/** Filters councils. */
export type CouncilFilter = {
  /** Only councils with an arrangement of this kind (IN_HOUSE: none active). */
  arrangement?: ArrangementKind | null | undefined;
  /** Only councils with an arrangement in one of these statuses. */
  arrangementStatus?: Array<ArrangementStatus> | null | undefined;
  /** Only councils with a dated judgment on or after this ISO date. */
  inspectedFrom?: string | null | undefined;
  /** Only councils with a dated judgment on or before this ISO date. */
  inspectedTo?: string | null | undefined;
  /** Only councils with a judgment of their children's services of one of these grades (whoever delivered them). */
  inspectionGrade?: Array<InspectionGrade> | null | undefined;
  /** Case-insensitive substring of the name or an alias. */
  nameContains?: string | null | undefined;
};

/** A document to store: its text is kept verbatim and is what evidence quotes are checked against. */
export type CreateDocumentInput = {
  /** Its authors (people, by id). */
  authors?: Array<string | number> | null | undefined;
  /** What kind of document it is. */
  kind: DocumentKind;
  /** The outlet that published it (an organisation, by id). */
  outlet?: string | number | null | undefined;
  /** When it was published. */
  published?: PartialDateInput | null | undefined;
  /** The full text, verbatim (1 to 200,000 characters). */
  text: string;
  /** The headline or title. */
  title: string;
  /** Where it can be read. */
  url?: string | null | undefined;
};

/** The kind of credential a viewer presented. */
export type CredentialKind =
  /** A JWT from the newsroom's identity provider. */
  | 'JWT'
  /** An API token made with `npm run token -- create` (it starts with `csg_`). */
  | 'TOKEN';

/** The precision a source gives a date with. */
export type DatePrecision =
  /** A day, e.g. `2016-05-24`. */
  | 'DAY'
  /** A month, e.g. `2018-04`. */
  | 'MONTH'
  /** A quarter, e.g. `2019-Q2`. */
  | 'QUARTER'
  /** A range: any day from the start of the first date to the end of the second, e.g. `2010/2011`, `2016-05-25/2016-06`. */
  | 'RANGE'
  /** A season, e.g. `2023-summer`. */
  | 'SEASON'
  /** A year, e.g. `2018`. */
  | 'YEAR';

/** The kind of a document. */
export type DocumentKind =
  /** A news article. */
  | 'ARTICLE'
  /** An opinion piece. */
  | 'OPINION'
  /** A policy paper. */
  | 'POLICY_PAPER'
  /** A report. */
  | 'REPORT';

/** A verbatim quote from a stored document. */
export type EvidenceInput = {
  /** The document (its id). */
  doc: string | number;
  /** The words, character for character as in the document's text. */
  quote: string;
};

/** An Ofsted grade. */
export type InspectionGrade =
  /** Good. */
  | 'GOOD'
  /** Inadequate. */
  | 'INADEQUATE'
  /** Outstanding. */
  | 'OUTSTANDING'
  /** Requires improvement (to be good). */
  | 'REQUIRES_IMPROVEMENT';

/** Kinds of node, for narrowing a neighbourhood. */
export type NodeKind =
  /** Party affiliations. */
  | 'AFFILIATION'
  /** Directions. */
  | 'DIRECTION'
  /** Documents. */
  | 'DOCUMENT'
  /** Events. */
  | 'EVENT'
  /** Inspections. */
  | 'INSPECTION'
  /** Organisations. */
  | 'ORGANISATION'
  /** People. */
  | 'PERSON'
  /** Policies. */
  | 'POLICY'
  /** Service arrangements. */
  | 'SERVICE_ARRANGEMENT'
  /** Statements. */
  | 'STATEMENT'
  /** Tenures. */
  | 'TENURE';

/** The kind of an organisation; one organisation may have several. */
export type OrganisationKind =
  /** A professional or sector association, e.g. ADCS. */
  | 'ASSOCIATION'
  /** A charity. */
  | 'CHARITY'
  /** An independent children's trust or company delivering a council's children's services. */
  | 'CHILDRENS_TRUST'
  /** A private company or firm. */
  | 'COMPANY'
  /** A local authority responsible for children's services. */
  | 'COUNCIL'
  /** A government department or agency, e.g. the Department for Education. */
  | 'GOVERNMENT_BODY'
  /** An inspectorate, e.g. Ofsted. */
  | 'INSPECTORATE'
  /** A newspaper, magazine, broadcaster or website. */
  | 'MEDIA_OUTLET'
  /** Any other organisation. */
  | 'OTHER'
  /** A committee of Parliament. */
  | 'PARLIAMENTARY_COMMITTEE'
  /** A political party. */
  | 'POLITICAL_PARTY'
  /** A broadcast programme, e.g. `Channel 4 News` (part of its broadcaster, `partOf`). */
  | 'PROGRAMME'
  /** A university or research institute. */
  | 'UNIVERSITY';

/**
 * A partial date as the seed files write it: `date` alone for a date the text states
 * (`2018`, `2018-04`, `2018-04-23`, `2018-summer`, `2018-Q2`, `2010/2011`); or relative wording
 * with what it counts from (`relative` + `anchor` + `from`, or `relative` + `resolvedFrom`); or
 * an inference (`date`, `inferred: true`, `basis`, `quotes`). seeds/README.md, "Partial dates".
 */
export type PartialDateInput = {
  /** Words in an evidence quote that state the date `relative` counts from. */
  anchor?: string | null | undefined;
  /** The reasoning of an inferred date. */
  basis?: string | null | undefined;
  /** The date at its precision. */
  date?: string | null | undefined;
  /** The date `anchor` states. */
  from?: string | null | undefined;
  /** True for a date reasoned to rather than stated. */
  inferred?: boolean | null | undefined;
  /** Verbatim quotes the reasoning rests on. */
  quotes?: Array<string> | null | undefined;
  /** Relative wording from an evidence quote, e.g. `last year`. */
  relative?: string | null | undefined;
  /** The document whose publication window `relative` counts from. */
  resolvedFrom?: string | number | null | undefined;
};

export type RelationshipChangeKind =
  | 'ADDED'
  | 'REMOVED';

/** The kind of role a tenure is. */
export type RoleKind =
  /** Adviser. */
  | 'ADVISER'
  /** Author. */
  | 'AUTHOR'
  /** Board member. */
  | 'BOARD_MEMBER'
  /** Cabinet member of a council. */
  | 'CABINET_MEMBER'
  /** Chair of a board. */
  | 'CHAIR'
  /** Chief executive (of a trust, company or council). */
  | 'CHIEF_EXECUTIVE'
  /** Chief inspector. */
  | 'CHIEF_INSPECTOR'
  /** The Children's Commissioner for England, a national office (not appointed to a council). */
  | 'CHILDRENS_COMMISSIONER'
  /**
   * A commissioner appointed to a council (by the Department for Education or "the government")
   * to oversee or direct its children's services: the tenure is at the council, `appointedBy` the
   * appointing body where the sources say.
   */
  | 'COMMISSIONER'
  /** Councillor. */
  | 'COUNCILLOR'
  /** Leader of a council. */
  | 'COUNCIL_LEADER'
  /** Another director role. */
  | 'DIRECTOR'
  /** Director of children's services (statutory DCS), including interim. */
  | 'DIRECTOR_OF_CHILDRENS_SERVICES'
  /** Editor. */
  | 'EDITOR'
  /** Government minister. */
  | 'MINISTER'
  /** Member of Parliament. */
  | 'MP'
  /** Any other role; see `role` for the source's wording. */
  | 'OTHER'
  /** President (e.g. of an association). */
  | 'PRESIDENT'
  /** Professor. */
  | 'PROFESSOR'
  /** Reporter or journalist. */
  | 'REPORTER'
  /** Researcher. */
  | 'RESEARCHER'
  /** Secretary of state. */
  | 'SECRETARY_OF_STATE'
  /** Vice chair. */
  | 'VICE_CHAIR';

/** Where a search result matched. */
export type SearchField =
  /** An alias. */
  | 'ALIAS'
  /** A name (a fact's readable name). */
  | 'NAME'
  /** An evidence quote of a fact. */
  | 'QUOTE'
  /** A fact's summary, description or quoted words. */
  | 'SUMMARY'
  /** A document's full text. */
  | 'TEXT'
  /** A document's title. */
  | 'TITLE';

/** What search can be narrowed to. */
export type SearchKind =
  /** Children's trusts and companies. */
  | 'CHILDRENS_TRUST'
  /** Councils. */
  | 'COUNCIL'
  /** Documents (by title or full text). */
  | 'DOCUMENT'
  /** Facts (tenures, arrangements, inspections, directions, events, statements, affiliations), found by their own words or their evidence quotes. */
  | 'FACT'
  /** Any organisation. */
  | 'ORGANISATION'
  /** People. */
  | 'PERSON'
  /** Policies and programmes. */
  | 'POLICY';

/** A statement's stance on the independent children's trust model. */
export type Stance =
  /** Against the trust model. */
  | 'AGAINST'
  /** For the trust model. */
  | 'FOR'
  /** Both for and against. */
  | 'MIXED'
  /** Neither. */
  | 'NEUTRAL';

/** What `upsertTenure` writes: the whole entry, as in seeds/tenures.yaml. */
export type TenureInput = {
  /** Who appointed the person, where the sources say (a commissioner's appointing body) (its id). */
  appointedBy?: string | number | null | undefined;
  /** Quotes that contradict this fact. */
  contradictedBy?: Array<EvidenceInput> | null | undefined;
  /** True when a source says the person holds it now; null when unknown. */
  current?: boolean | null | undefined;
  /** What the sources disagree about, when they do. */
  dispute?: string | null | undefined;
  /** When it ended, if the sources say. */
  end?: PartialDateInput | null | undefined;
  /** Quotes that support this tenure. */
  evidence: Array<EvidenceInput>;
  /** Stable id (`tenure:<slug>`); omitted: made from the caption as the seed files make ids. */
  id?: string | number | null | undefined;
  /** The organisation the role was at (its id). */
  organisation: string | number;
  /** The person who held the role (its id). */
  person: string | number;
  /** The role as the source words it, e.g. `DfE-appointed commissioner`. */
  role: string;
  /** The kind of role. */
  roleKind: RoleKind;
  /** When the role began, if the sources say. */
  start?: PartialDateInput | null | undefined;
};

/** What a timeline entry marks. */
export type TimelineEntryKind =
  /** A party affiliation (a council's political control, a party's member). */
  | 'AFFILIATION'
  /** A service arrangement ended. */
  | 'ARRANGEMENT_END'
  /** A service arrangement began (or is known, undated). */
  | 'ARRANGEMENT_START'
  /** A statutory direction. */
  | 'DIRECTION'
  /** Another event. */
  | 'EVENT'
  /** An inspection judgment. */
  | 'INSPECTION'
  /** A statement about the organisation or by it. */
  | 'STATEMENT'
  /** A tenure ended. */
  | 'TENURE_END'
  /** A tenure began (or is known, undated). */
  | 'TENURE_START';

/** Whether the dates prove that one role came after another. */
export type TransitionOrdering =
  /** The dates prove it: the later role began after the earlier one could have begun. */
  | 'CERTAIN'
  /** A date is missing or the spans overlap: the sources do not contradict the order, nor prove it. */
  | 'UNDATED';

export type AddTenureWithEvidenceMutationVariables = Exact<{
  input: TenureInput;
  reason?: string | null | undefined;
}>;


export type AddTenureWithEvidenceMutation = { upsertTenure: { created: boolean, node:
      | { __typename: 'Affiliation', id: string, version: number }
      | { __typename: 'Direction', id: string, version: number }
      | { __typename: 'Document', id: string, version: number }
      | { __typename: 'Event', id: string, version: number }
      | { __typename: 'Inspection', id: string, version: number }
      | { __typename: 'Organisation', id: string, version: number }
      | { __typename: 'Person', id: string, version: number }
      | { __typename: 'Policy', id: string, version: number }
      | { __typename: 'ServiceArrangement', id: string, version: number }
      | { __typename: 'Statement', id: string, version: number }
      | { __typename: 'Tenure', name: string, role: string, roleKind: RoleKind, id: string, version: number, start: { value: string, precision: DatePrecision } | null, person: { id: string, name: string }, organisation: { id: string, name: string }, evidence: Array<{ quote: string, document: { id: string, title: string } }> }
    , change: { id: string, operation: ChangeOperation, relationships: Array<{ type: string, from: string, to: string, quote: string | null, change: RelationshipChangeKind }> } | null } };

export type ConnectionBetweenQueryVariables = Exact<{
  from: string | number;
  to: string | number;
  maxHops?: number | null | undefined;
}>;


export type ConnectionBetweenQuery = { paths: Array<{ length: number, nodes: Array<
      | { __typename: 'Affiliation', id: string }
      | { __typename: 'Direction', id: string }
      | { __typename: 'Document', id: string }
      | { __typename: 'Event', id: string }
      | { __typename: 'Inspection', id: string }
      | { __typename: 'Organisation', name: string, id: string }
      | { __typename: 'Person', name: string, id: string }
      | { __typename: 'Policy', id: string }
      | { __typename: 'ServiceArrangement', id: string }
      | { __typename: 'Statement', id: string }
      | { __typename: 'Tenure', id: string }
    >, steps: Array<{ relationship: string, forward: boolean, from:
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
      , to:
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
      , fact:
        | { __typename: 'Affiliation', id: string, name: string }
        | { __typename: 'Direction', id: string, name: string }
        | { __typename: 'Event', id: string, name: string }
        | { __typename: 'Inspection', id: string, name: string }
        | { __typename: 'Policy', id: string, name: string }
        | { __typename: 'ServiceArrangement', id: string, name: string }
        | { __typename: 'Statement', id: string, name: string }
        | { __typename: 'Tenure', id: string, name: string }
       | null, evidence: Array<{ quote: string, document: { title: string } }> }> }> };

export type TenureToCorrectQueryVariables = Exact<{
  id: string | number;
}>;


export type TenureToCorrectQuery = { node:
    | { id: string, version: number }
    | { id: string, version: number }
    | { id: string, version: number }
    | { id: string, version: number }
    | { id: string, version: number }
    | { id: string, version: number }
    | { id: string, version: number }
    | { id: string, version: number }
    | { id: string, version: number }
    | { id: string, version: number }
    | { role: string, roleKind: RoleKind, id: string, version: number, start: { value: string, precision: DatePrecision } | null, end: { value: string, precision: DatePrecision } | null, person: { id: string }, organisation: { id: string }, evidence: Array<{ quote: string, document: { id: string } }> }
   | null };

export type CorrectTenureDateMutationVariables = Exact<{
  input: TenureInput;
  expectedVersion: number;
  reason: string;
}>;


export type CorrectTenureDateMutation = { upsertTenure: { node:
      | { id: string, version: number }
      | { id: string, version: number }
      | { id: string, version: number }
      | { id: string, version: number }
      | { id: string, version: number }
      | { id: string, version: number }
      | { id: string, version: number }
      | { id: string, version: number }
      | { id: string, version: number }
      | { id: string, version: number }
      | { id: string, version: number, start: { value: string, precision: DatePrecision } | null }
    , change: { id: string, operation: ChangeOperation, reason: string | null, properties: Array<{ property: string, before: string, after: string }> } | null } };

export type CouncilTimelineQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
}>;


export type CouncilTimelineQuery = { organisation: { id: string, name: string, kinds: Array<OrganisationKind>, timeline: { totalCount: number, edges: Array<{ node: { kind: TimelineEntryKind, date: { value: string, precision: DatePrecision } | null, fact:
            | { __typename: 'Affiliation', id: string, name: string, evidence: Array<{ quote: string, document: { title: string } }> }
            | { __typename: 'Direction', id: string, name: string, evidence: Array<{ quote: string, document: { title: string } }> }
            | { __typename: 'Event', id: string, name: string, evidence: Array<{ quote: string, document: { title: string } }> }
            | { __typename: 'Inspection', id: string, name: string, evidence: Array<{ quote: string, document: { title: string } }> }
            | { __typename: 'Policy', id: string, name: string, evidence: Array<{ quote: string, document: { title: string } }> }
            | { __typename: 'ServiceArrangement', id: string, name: string, evidence: Array<{ quote: string, document: { title: string } }> }
            | { __typename: 'Statement', id: string, name: string, evidence: Array<{ quote: string, document: { title: string } }> }
            | { __typename: 'Tenure', id: string, name: string, evidence: Array<{ quote: string, document: { title: string } }> }
           } }> } } | null };

export type CouncilsOverviewQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: CouncilFilter | null | undefined;
}>;


export type CouncilsOverviewQuery = { councils: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, arrangements: Array<{ id: string, status: ArrangementStatus | null, origin: ArrangementOrigin, start: { value: string } | null, end: { value: string } | null, provider: { id: string, name: string, kinds: Array<OrganisationKind>, latestInspection: { grade: InspectionGrade | null, date: { value: string } | null } | null } }>, latestInspection: { grade: InspectionGrade | null, date: { value: string } | null } | null, leaders: Array<{ role: string, person: { name: string } }> } }> } };

export type CreateDocumentMutationVariables = Exact<{
  input: CreateDocumentInput;
  reason?: string | null | undefined;
}>;


export type CreateDocumentMutation = { createDocument: { created: boolean, document: { id: string, version: number, title: string, url: string | null, published: { value: string, precision: DatePrecision } | null }, change: { id: string, operation: ChangeOperation, by: string, at: string, reason: string | null } | null } };

export type DocumentFactsQueryVariables = Exact<{
  id: string | number;
}>;


export type DocumentFactsQuery = { document: { id: string, title: string, kind: DocumentKind, corpusFile: string | null, published: { value: string } | null, outlet: { name: string } | null, authors: Array<{ name: string }>, supports: Array<{ quote: string, fact:
        | { __typename: 'Affiliation', id: string, name: string }
        | { __typename: 'Direction', id: string, name: string }
        | { __typename: 'Event', id: string, name: string }
        | { __typename: 'Inspection', id: string, name: string }
        | { __typename: 'Policy', id: string, name: string }
        | { __typename: 'ServiceArrangement', id: string, name: string }
        | { __typename: 'Statement', id: string, name: string }
        | { __typename: 'Tenure', id: string, name: string }
       }>, mentions: Array<
      | { __typename: 'Affiliation', id: string }
      | { __typename: 'Direction', id: string }
      | { __typename: 'Document', id: string }
      | { __typename: 'Event', id: string }
      | { __typename: 'Inspection', id: string }
      | { __typename: 'Organisation', id: string }
      | { __typename: 'Person', id: string }
      | { __typename: 'Policy', id: string }
      | { __typename: 'ServiceArrangement', id: string }
      | { __typename: 'Statement', id: string }
      | { __typename: 'Tenure', id: string }
    > } | null };

export type DocumentsMentioningQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
}>;


export type DocumentsMentioningQuery = { documents: { totalCount: number, edges: Array<{ node: { id: string, title: string, outlet: { name: string } | null } }> } };

export type MergeTwoPeopleMutationVariables = Exact<{
  keep: string | number;
  remove: string | number;
  reason: string;
}>;


export type MergeTwoPeopleMutation = { mergeEntities: { node:
      | { __typename: 'Affiliation', id: string, version: number }
      | { __typename: 'Direction', id: string, version: number }
      | { __typename: 'Document', id: string, version: number }
      | { __typename: 'Event', id: string, version: number }
      | { __typename: 'Inspection', id: string, version: number }
      | { __typename: 'Organisation', id: string, version: number }
      | { __typename: 'Person', name: string, aliases: Array<string>, id: string, version: number, tenures: Array<{ id: string, role: string }> }
      | { __typename: 'Policy', id: string, version: number }
      | { __typename: 'ServiceArrangement', id: string, version: number }
      | { __typename: 'Statement', id: string, version: number }
      | { __typename: 'Tenure', id: string, version: number }
    , change: { id: string, operation: ChangeOperation, reason: string | null, nodeIds: Array<string>, relationships: Array<{ type: string, from: string, to: string, change: RelationshipChangeKind }> } | null } };

export type NeighbourhoodQueryVariables = Exact<{
  id: string | number;
  depth?: number | null | undefined;
  kinds?: Array<NodeKind> | NodeKind | null | undefined;
}>;


export type NeighbourhoodQuery = { neighbourhood: { truncated: boolean, center:
      | { __typename: 'Affiliation', id: string }
      | { __typename: 'Direction', id: string }
      | { __typename: 'Document', id: string }
      | { __typename: 'Event', id: string }
      | { __typename: 'Inspection', id: string }
      | { __typename: 'Organisation', id: string }
      | { __typename: 'Person', id: string }
      | { __typename: 'Policy', id: string }
      | { __typename: 'ServiceArrangement', id: string }
      | { __typename: 'Statement', id: string }
      | { __typename: 'Tenure', id: string }
    , nodes: Array<
      | { __typename: 'Affiliation', name: string, id: string }
      | { __typename: 'Direction', name: string, id: string }
      | { __typename: 'Document', id: string }
      | { __typename: 'Event', name: string, id: string }
      | { __typename: 'Inspection', name: string, id: string }
      | { __typename: 'Organisation', name: string, id: string }
      | { __typename: 'Person', name: string, id: string }
      | { __typename: 'Policy', name: string, id: string }
      | { __typename: 'ServiceArrangement', name: string, id: string }
      | { __typename: 'Statement', name: string, id: string }
      | { __typename: 'Tenure', name: string, id: string }
    >, edges: Array<{ from: string, to: string, type: string }> } };

export type NodeHistoryQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type NodeHistoryQuery = { node:
    | { id: string, version: number, history: { edges: Array<{ node: { id: string, at: string, by: string, via: CredentialKind, operation: ChangeOperation, reason: string | null, properties: Array<{ property: string, before: string, after: string }>, relationships: Array<{ type: string, from: string, to: string, quote: string | null, change: RelationshipChangeKind }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } }
    | { id: string, version: number, history: { edges: Array<{ node: { id: string, at: string, by: string, via: CredentialKind, operation: ChangeOperation, reason: string | null, properties: Array<{ property: string, before: string, after: string }>, relationships: Array<{ type: string, from: string, to: string, quote: string | null, change: RelationshipChangeKind }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } }
    | { id: string, version: number, history: { edges: Array<{ node: { id: string, at: string, by: string, via: CredentialKind, operation: ChangeOperation, reason: string | null, properties: Array<{ property: string, before: string, after: string }>, relationships: Array<{ type: string, from: string, to: string, quote: string | null, change: RelationshipChangeKind }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } }
    | { id: string, version: number, history: { edges: Array<{ node: { id: string, at: string, by: string, via: CredentialKind, operation: ChangeOperation, reason: string | null, properties: Array<{ property: string, before: string, after: string }>, relationships: Array<{ type: string, from: string, to: string, quote: string | null, change: RelationshipChangeKind }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } }
    | { id: string, version: number, history: { edges: Array<{ node: { id: string, at: string, by: string, via: CredentialKind, operation: ChangeOperation, reason: string | null, properties: Array<{ property: string, before: string, after: string }>, relationships: Array<{ type: string, from: string, to: string, quote: string | null, change: RelationshipChangeKind }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } }
    | { id: string, version: number, history: { edges: Array<{ node: { id: string, at: string, by: string, via: CredentialKind, operation: ChangeOperation, reason: string | null, properties: Array<{ property: string, before: string, after: string }>, relationships: Array<{ type: string, from: string, to: string, quote: string | null, change: RelationshipChangeKind }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } }
    | { id: string, version: number, history: { edges: Array<{ node: { id: string, at: string, by: string, via: CredentialKind, operation: ChangeOperation, reason: string | null, properties: Array<{ property: string, before: string, after: string }>, relationships: Array<{ type: string, from: string, to: string, quote: string | null, change: RelationshipChangeKind }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } }
    | { id: string, version: number, history: { edges: Array<{ node: { id: string, at: string, by: string, via: CredentialKind, operation: ChangeOperation, reason: string | null, properties: Array<{ property: string, before: string, after: string }>, relationships: Array<{ type: string, from: string, to: string, quote: string | null, change: RelationshipChangeKind }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } }
    | { id: string, version: number, history: { edges: Array<{ node: { id: string, at: string, by: string, via: CredentialKind, operation: ChangeOperation, reason: string | null, properties: Array<{ property: string, before: string, after: string }>, relationships: Array<{ type: string, from: string, to: string, quote: string | null, change: RelationshipChangeKind }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } }
    | { id: string, version: number, history: { edges: Array<{ node: { id: string, at: string, by: string, via: CredentialKind, operation: ChangeOperation, reason: string | null, properties: Array<{ property: string, before: string, after: string }>, relationships: Array<{ type: string, from: string, to: string, quote: string | null, change: RelationshipChangeKind }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } }
    | { id: string, version: number, history: { edges: Array<{ node: { id: string, at: string, by: string, via: CredentialKind, operation: ChangeOperation, reason: string | null, properties: Array<{ property: string, before: string, after: string }>, relationships: Array<{ type: string, from: string, to: string, quote: string | null, change: RelationshipChangeKind }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } }
   | null };

export type PersonCareerQueryVariables = Exact<{
  id: string | number;
}>;


export type PersonCareerQuery = { person: { id: string, name: string, aliases: Array<string>, tenures: Array<{ id: string, role: string, roleKind: RoleKind, current: boolean | null, start: { value: string, precision: DatePrecision, earliest: string, latest: string } | null, end: { value: string, precision: DatePrecision } | null, organisation: { id: string, name: string, kinds: Array<OrganisationKind> }, evidence: Array<{ quote: string, document: { id: string, title: string } }> }>, statements: Array<{ id: string, quote: string, stance: Stance | null, document: { title: string } }>, mentionedIn: { totalCount: number, edges: Array<{ node: { id: string, title: string } }> } } | null };

export type RetractWithReasonMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type RetractWithReasonMutation = { retract: { node:
      | { id: string, version: number, retraction: { at: string, by: string, reason: string } | null }
      | { id: string, version: number, retraction: { at: string, by: string, reason: string } | null }
      | { id: string, version: number, retraction: { at: string, by: string, reason: string } | null }
      | { id: string, version: number, retraction: { at: string, by: string, reason: string } | null }
      | { id: string, version: number, retraction: { at: string, by: string, reason: string } | null }
      | { id: string, version: number, retraction: { at: string, by: string, reason: string } | null }
      | { id: string, version: number, retraction: { at: string, by: string, reason: string } | null }
      | { id: string, version: number, retraction: { at: string, by: string, reason: string } | null }
      | { id: string, version: number, retraction: { at: string, by: string, reason: string } | null }
      | { id: string, version: number, retraction: { at: string, by: string, reason: string } | null }
      | { id: string, version: number, retraction: { at: string, by: string, reason: string } | null }
    , change: { id: string, operation: ChangeOperation, reason: string | null } | null } };

export type RestoreMutationVariables = Exact<{
  id: string | number;
  reason?: string | null | undefined;
}>;


export type RestoreMutation = { restore: { node:
      | { id: string, version: number, retraction: { at: string } | null }
      | { id: string, version: number, retraction: { at: string } | null }
      | { id: string, version: number, retraction: { at: string } | null }
      | { id: string, version: number, retraction: { at: string } | null }
      | { id: string, version: number, retraction: { at: string } | null }
      | { id: string, version: number, retraction: { at: string } | null }
      | { id: string, version: number, retraction: { at: string } | null }
      | { id: string, version: number, retraction: { at: string } | null }
      | { id: string, version: number, retraction: { at: string } | null }
      | { id: string, version: number, retraction: { at: string } | null }
      | { id: string, version: number, retraction: { at: string } | null }
    , change: { id: string, operation: ChangeOperation } | null } };

export type SearchQueryVariables = Exact<{
  query: string;
  kinds?: Array<SearchKind> | SearchKind | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SearchQuery = { search: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { score: number, matched: string, field: SearchField, snippet: { text: string, start: number | null, end: number | null, highlights: Array<{ start: number, end: number }>, document: { id: string } | null }, node:
          | { __typename: 'Affiliation', name: string, id: string }
          | { __typename: 'Direction', name: string, id: string }
          | { __typename: 'Document', title: string, id: string }
          | { __typename: 'Event', name: string, id: string }
          | { __typename: 'Inspection', name: string, id: string }
          | { __typename: 'Organisation', name: string, kinds: Array<OrganisationKind>, id: string }
          | { __typename: 'Person', name: string, id: string }
          | { __typename: 'Policy', name: string, id: string }
          | { __typename: 'ServiceArrangement', name: string, id: string }
          | { __typename: 'Statement', name: string, id: string }
          | { __typename: 'Tenure', name: string, id: string }
         } }> } };

export type TrustLeadersWhoBecameCommissionersQueryVariables = Exact<{ [key: string]: never; }>;


export type TrustLeadersWhoBecameCommissionersQuery = { careerTransitions: { totalCount: number, edges: Array<{ node: { ordering: TransitionOrdering, person: { id: string, name: string }, from: { id: string, role: string, roleKind: RoleKind, organisation: { id: string, name: string, kinds: Array<OrganisationKind> }, start: { value: string, precision: DatePrecision } | null, evidence: Array<{ quote: string, document: { id: string, title: string } }> }, to: { id: string, role: string, roleKind: RoleKind, organisation: { id: string, name: string }, start: { value: string, precision: DatePrecision } | null, evidence: Array<{ quote: string, document: { id: string, title: string } }> } } }> } };

export type StatementsByStanceQueryVariables = Exact<{
  stance?: Stance | null | undefined;
  about?: string | number | null | undefined;
  speaker?: string | number | null | undefined;
  first?: number | null | undefined;
}>;


export type StatementsByStanceQuery = { statements: { totalCount: number, edges: Array<{ node: { id: string, quote: string, summary: string | null, stance: Stance | null, speaker:
          | { __typename: 'Organisation', id: string, name: string }
          | { __typename: 'Person', id: string, name: string }
        , document: { id: string, title: string } } }> } };


export const AddTenureWithEvidenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddTenureWithEvidence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TenureInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upsertTenure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Tenure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"roleKind"}},{"kind":"Field","name":{"kind":"Name","value":"start"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"change"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"relationships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"change"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AddTenureWithEvidenceMutation, AddTenureWithEvidenceMutationVariables>;
export const ConnectionBetweenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConnectionBetween"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"maxHops"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"6"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paths"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"maxHops"},"value":{"kind":"Variable","name":{"kind":"Name","value":"maxHops"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"length"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relationship"}},{"kind":"Field","name":{"kind":"Name","value":"forward"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConnectionBetweenQuery, ConnectionBetweenQueryVariables>;
export const TenureToCorrectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TenureToCorrect"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Tenure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"roleKind"}},{"kind":"Field","name":{"kind":"Name","value":"start"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}}]}},{"kind":"Field","name":{"kind":"Name","value":"end"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TenureToCorrectQuery, TenureToCorrectQueryVariables>;
export const CorrectTenureDateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CorrectTenureDate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TenureInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upsertTenure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Tenure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"change"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"property"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CorrectTenureDateMutation, CorrectTenureDateMutationVariables>;
export const CouncilTimelineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CouncilTimeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kinds"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"date"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CouncilTimelineQuery, CouncilTimelineQueryVariables>;
export const CouncilsOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CouncilsOverview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"50"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CouncilFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"councils"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"arrangements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"start"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"end"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kinds"}},{"kind":"Field","name":{"kind":"Name","value":"latestInspection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"date"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"latestInspection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"date"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"leaders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CouncilsOverviewQuery, CouncilsOverviewQueryVariables>;
export const CreateDocumentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateDocument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateDocumentInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDocument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"published"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"change"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<CreateDocumentMutation, CreateDocumentMutationVariables>;
export const DocumentFactsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DocumentFacts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"document"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"corpusFile"}},{"kind":"Field","name":{"kind":"Name","value":"published"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outlet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"authors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"fact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"mentions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<DocumentFactsQuery, DocumentFactsQueryVariables>;
export const DocumentsMentioningDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DocumentsMentioning"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"mentions"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"TITLE"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"outlet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DocumentsMentioningQuery, DocumentsMentioningQueryVariables>;
export const MergeTwoPeopleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MergeTwoPeople"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"keep"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"remove"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mergeEntities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"keep"},"value":{"kind":"Variable","name":{"kind":"Name","value":"keep"}}},{"kind":"Argument","name":{"kind":"Name","value":"remove"},"value":{"kind":"Variable","name":{"kind":"Name","value":"remove"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"tenures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"change"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"nodeIds"}},{"kind":"Field","name":{"kind":"Name","value":"relationships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"change"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MergeTwoPeopleMutation, MergeTwoPeopleMutationVariables>;
export const NeighbourhoodDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Neighbourhood"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"depth"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"1"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NodeKind"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"neighbourhood"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"depth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"depth"}}},{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"center"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Fact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"truncated"}}]}}]}}]} as unknown as DocumentNode<NeighbourhoodQuery, NeighbourhoodQueryVariables>;
export const NodeHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodeHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeRetracted"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"via"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"property"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"change"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NodeHistoryQuery, NodeHistoryQueryVariables>;
export const PersonCareerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonCareer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"tenures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"roleKind"}},{"kind":"Field","name":{"kind":"Name","value":"start"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"earliest"}},{"kind":"Field","name":{"kind":"Name","value":"latest"}}]}},{"kind":"Field","name":{"kind":"Name","value":"end"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}}]}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kinds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"statements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"stance"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"mentionedIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PersonCareerQuery, PersonCareerQueryVariables>;
export const RetractWithReasonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RetractWithReason"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retract"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"retraction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"change"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<RetractWithReasonMutation, RetractWithReasonMutationVariables>;
export const RestoreDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Restore"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restore"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"retraction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"change"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}}]}}]}}]}}]} as unknown as DocumentNode<RestoreMutation, RestoreMutationVariables>;
export const SearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Search"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SearchKind"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"10"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"matched"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"snippet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"highlights"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kinds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Document"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Policy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Fact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SearchQuery, SearchQueryVariables>;
export const TrustLeadersWhoBecameCommissionersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrustLeadersWhoBecameCommissioners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"careerTransitions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"organisationKinds"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"CHILDRENS_TRUST"}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"roleKinds"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"CHIEF_EXECUTIVE"},{"kind":"EnumValue","value":"CHAIR"}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"roleKinds"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"COMMISSIONER"}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ordering"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"roleKind"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kinds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"start"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"roleKind"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"start"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TrustLeadersWhoBecameCommissionersQuery, TrustLeadersWhoBecameCommissionersQueryVariables>;
export const StatementsByStanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StatementsByStance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"stance"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Stance"}},"defaultValue":{"kind":"EnumValue","value":"AGAINST"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"about"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"speaker"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"stance"},"value":{"kind":"Variable","name":{"kind":"Name","value":"stance"}}},{"kind":"Argument","name":{"kind":"Name","value":"about"},"value":{"kind":"Variable","name":{"kind":"Name","value":"about"}}},{"kind":"Argument","name":{"kind":"Name","value":"speaker"},"value":{"kind":"Variable","name":{"kind":"Name","value":"speaker"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"stance"}},{"kind":"Field","name":{"kind":"Name","value":"speaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<StatementsByStanceQuery, StatementsByStanceQueryVariables>;