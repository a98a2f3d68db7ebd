/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** How a person or organisation is affiliated with a party. */
export type AffiliationKind =
  /** The party controls a council. */
  | 'CONTROL'
  /** A person belongs to or represents the party (an MP, a party's government). */
  | 'MEMBER';

/** How a service arrangement ended. */
export type ArrangementEnding =
  /** The provider was dissolved. */
  | 'DISSOLVED'
  /** The council took its services back in-house. */
  | 'TAKEN_BACK_IN_HOUSE'
  /** Services moved to another provider. */
  | 'TRANSFERRED';

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

/** The kind of statutory direction. */
export type DirectionKind =
  /** A statutory direction. */
  | 'DIRECTION'
  /** A revised direction replacing an earlier one. */
  | 'REVISED_DIRECTION';

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

/** The kind of an event. */
export type EventKind =
  /** An announcement. */
  | 'ANNOUNCEMENT'
  /** An appointment. */
  | 'APPOINTMENT'
  /** A broadcast. */
  | 'BROADCAST'
  /** A death cited in coverage. */
  | 'DEATH'
  /** Funding. */
  | 'FUNDING'
  /** Anything else. */
  | 'OTHER'
  /** An overspend. */
  | 'OVERSPEND'
  /** A recommendation (e.g. by a commissioner). */
  | 'RECOMMENDATION'
  /** A review, report or inquiry. */
  | 'REVIEW'
  /** A suspension. */
  | 'SUSPENSION';

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

export type ConnectPathsQueryVariables = Exact<{
  from: string | number;
  to: string | number;
}>;


export type ConnectPathsQuery = { fromNode:
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
   | null, toNode:
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
   | null, paths: Array<{ length: number, nodes: Array<
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
        | { __typename: 'Affiliation', dispute: string | null, name: string, id: string, contradictedBy: Array<{ quote: string, document: { id: string, title: string } }> }
        | { __typename: 'Direction', dispute: string | null, name: string, id: string, contradictedBy: Array<{ quote: string, document: { id: string, title: string } }> }
        | { __typename: 'Event', dispute: string | null, name: string, id: string, contradictedBy: Array<{ quote: string, document: { id: string, title: string } }> }
        | { __typename: 'Inspection', dispute: string | null, name: string, id: string, contradictedBy: Array<{ quote: string, document: { id: string, title: string } }> }
        | { __typename: 'Policy', dispute: string | null, name: string, id: string, contradictedBy: Array<{ quote: string, document: { id: string, title: string } }> }
        | { __typename: 'ServiceArrangement', dispute: string | null, name: string, id: string, contradictedBy: Array<{ quote: string, document: { id: string, title: string } }> }
        | { __typename: 'Statement', dispute: string | null, name: string, id: string, contradictedBy: Array<{ quote: string, document: { id: string, title: string } }> }
        | { __typename: 'Tenure', dispute: string | null, name: string, id: string, contradictedBy: Array<{ quote: string, document: { id: string, title: string } }> }
       | null, evidence: Array<{ quote: string, document: { id: string, title: string } }> }> }> };

export type NetworkNeighbourhoodQueryVariables = Exact<{
  id: string | number;
  depth?: number | null | undefined;
}>;


export type NetworkNeighbourhoodQuery = { neighbourhood: { truncated: boolean, center:
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
    , nodes: Array<
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
    >, edges: Array<{ from: string, to: string, type: string }> } };

export type NodeLabelsQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type NodeLabelsQuery = { nodes: Array<
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
   | null> };

export type DocumentPageQueryVariables = Exact<{
  id: string | number;
}>;


export type DocumentPageQuery = { document: { id: string, title: string, kind: DocumentKind, corpusFile: string | null, url: string | null, text: string, published: { value: string, precision: DatePrecision, earliest: string, latest: string, relative: string | null, anchor: string | null, anchorDate: string | null, inferred: boolean, basis: string | null, basisQuotes: Array<string>, resolvedFrom: { id: string, title: string } | null } | null, outlet: { id: string, name: string } | null, authors: Array<{ id: string, name: string }>, supports: Array<{ quote: string, fact:
        | { __typename: 'Affiliation', dispute: string | null, name: string, id: string }
        | { __typename: 'Direction', dispute: string | null, name: string, id: string }
        | { __typename: 'Event', dispute: string | null, name: string, id: string }
        | { __typename: 'Inspection', dispute: string | null, name: string, id: string }
        | { __typename: 'Policy', dispute: string | null, name: string, id: string }
        | { __typename: 'ServiceArrangement', dispute: string | null, name: string, id: string }
        | { __typename: 'Statement', dispute: string | null, name: string, id: string }
        | { __typename: 'Tenure', dispute: string | null, name: string, id: string }
       }>, contradicts: Array<{ quote: string, fact:
        | { __typename: 'Affiliation', dispute: string | null, name: string, id: string }
        | { __typename: 'Direction', dispute: string | null, name: string, id: string }
        | { __typename: 'Event', dispute: string | null, name: string, id: string }
        | { __typename: 'Inspection', dispute: string | null, name: string, id: string }
        | { __typename: 'Policy', dispute: string | null, name: string, id: string }
        | { __typename: 'ServiceArrangement', dispute: string | null, name: string, id: string }
        | { __typename: 'Statement', dispute: string | null, name: string, id: string }
        | { __typename: 'Tenure', dispute: string | null, name: string, id: string }
       }>, mentions: Array<
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
    > } | null };

export type DocumentTextsQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type DocumentTextsQuery = { nodes: Array<
    | { __typename: 'Affiliation', id: string }
    | { __typename: 'Direction', id: string }
    | { __typename: 'Document', text: string, id: string }
    | { __typename: 'Event', id: string }
    | { __typename: 'Inspection', id: string }
    | { __typename: 'Organisation', id: string }
    | { __typename: 'Person', id: string }
    | { __typename: 'Policy', id: string }
    | { __typename: 'ServiceArrangement', id: string }
    | { __typename: 'Statement', id: string }
    | { __typename: 'Tenure', id: string }
   | null> };

export type PersonPageQueryVariables = Exact<{
  id: string | number;
}>;


export type PersonPageQuery = { person: { id: string, name: string, aliases: Array<string>, description: string | null, tenures: Array<{ __typename: 'Tenure', role: string, roleKind: RoleKind, current: boolean | null, id: string, name: string, dispute: string | null, start: { value: string, precision: DatePrecision, earliest: string, latest: string, relative: string | null, anchor: string | null, anchorDate: string | null, inferred: boolean, basis: string | null, basisQuotes: Array<string>, resolvedFrom: { id: string, title: string } | null } | null, end: { value: string, precision: DatePrecision, earliest: string, latest: string, relative: string | null, anchor: string | null, anchorDate: string | null, inferred: boolean, basis: string | null, basisQuotes: Array<string>, resolvedFrom: { id: string, title: string } | null } | null, person: { id: string, name: string }, organisation: { id: string, name: string, kinds: Array<OrganisationKind> }, appointedBy: { id: string, name: string } | null, evidence: Array<{ quote: string, document: { id: string, title: string } }>, contradictedBy: Array<{ quote: string, document: { id: string, title: string } }> }> } | null };

export type PersonRecordQueryVariables = Exact<{
  id: string | number;
}>;


export type PersonRecordQuery = { person: { id: string, statements: Array<{ __typename: 'Statement', quote: string, summary: string | null, stance: Stance | null, id: string, name: string, dispute: string | null, speaker:
        | { __typename: 'Organisation', id: string, name: string }
        | { __typename: 'Person', id: string, name: string }
      , document: { id: string, title: string }, date: { value: string, precision: DatePrecision, earliest: string, latest: string, relative: string | null, anchor: string | null, anchorDate: string | null, inferred: boolean, basis: string | null, basisQuotes: Array<string>, resolvedFrom: { id: string, title: string } | null } | null, about: Array<
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
      >, evidence: Array<{ quote: string, document: { id: string, title: string } }>, contradictedBy: Array<{ quote: string, document: { id: string, title: string } }> }>, affiliations: Array<{ __typename: 'Affiliation', id: string, name: string, dispute: string | null, affiliationKind: AffiliationKind, member:
        | { __typename: 'Organisation', id: string, name: string }
        | { __typename: 'Person', id: string, name: string }
      , party: { id: string, name: string }, start: { value: string, precision: DatePrecision, earliest: string, latest: string, relative: string | null, anchor: string | null, anchorDate: string | null, inferred: boolean, basis: string | null, basisQuotes: Array<string>, resolvedFrom: { id: string, title: string } | null } | null, end: { value: string, precision: DatePrecision, earliest: string, latest: string, relative: string | null, anchor: string | null, anchorDate: string | null, inferred: boolean, basis: string | null, basisQuotes: Array<string>, resolvedFrom: { id: string, title: string } | null } | null, evidence: Array<{ quote: string, document: { id: string, title: string } }>, contradictedBy: Array<{ quote: string, document: { id: string, title: string } }> }>, authored: Array<{ id: string, title: string }>, mentionedIn: { totalCount: number, edges: Array<{ node: { id: string, title: string, published: { value: string, precision: DatePrecision, earliest: string, latest: string, relative: string | null, anchor: string | null, anchorDate: string | null, inferred: boolean, basis: string | null, basisQuotes: Array<string>, resolvedFrom: { id: string, title: string } | null } | null } }> } } | null };

export type OrganisationPageQueryVariables = Exact<{
  id: string | number;
}>;


export type OrganisationPageQuery = { organisation: { id: string, name: string, aliases: Array<string>, kinds: Array<OrganisationKind>, description: string | null, partOf: { id: string, name: string } | null, parts: Array<{ id: string, name: string }>, leaders: Array<{ __typename: 'Tenure', role: string, roleKind: RoleKind, current: boolean | null, id: string, name: string, dispute: string | null, start: { value: string, precision: DatePrecision, earliest: string, latest: string, relative: string | null, anchor: string | null, anchorDate: string | null, inferred: boolean, basis: string | null, basisQuotes: Array<string>, resolvedFrom: { id: string, title: string } | null } | null, end: { value: string, precision: DatePrecision, earliest: string, latest: string, relative: string | null, anchor: string | null, anchorDate: string | null, inferred: boolean, basis: string | null, basisQuotes: Array<string>, resolvedFrom: { id: string, title: string } | null } | null, person: { id: string, name: string }, organisation: { id: string, name: string, kinds: Array<OrganisationKind> }, appointedBy: { id: string, name: string } | null, evidence: Array<{ quote: string, document: { id: string, title: string } }>, contradictedBy: Array<{ quote: string, document: { id: string, title: string } }> }>, arrangements: Array<{ __typename: 'ServiceArrangement', origin: ArrangementOrigin, ending: ArrangementEnding | null, status: ArrangementStatus | null, description: string | null, id: string, name: string, dispute: string | null, council: { id: string, name: string }, provider: { id: string, name: string, kinds: Array<OrganisationKind> }, start: { value: string, precision: DatePrecision, earliest: string, latest: string, relative: string | null, anchor: string | null, anchorDate: string | null, inferred: boolean, basis: string | null, basisQuotes: Array<string>, resolvedFrom: { id: string, title: string } | null } | null, end: { value: string, precision: DatePrecision, earliest: string, latest: string, relative: string | null, anchor: string | null, anchorDate: string | null, inferred: boolean, basis: string | null, basisQuotes: Array<string>, resolvedFrom: { id: string, title: string } | null } | null, evidence: Array<{ quote: string, document: { id: string, title: string } }>, contradictedBy: Array<{ quote: string, document: { id: string, title: string } }> }>, provides: Array<{ __typename: 'ServiceArrangement', origin: ArrangementOrigin, ending: ArrangementEnding | null, status: ArrangementStatus | null, description: string | null, id: string, name: string, dispute: string | null, council: { id: string, name: string }, provider: { id: string, name: string, kinds: Array<OrganisationKind> }, start: { value: string, precision: DatePrecision, earliest: string, latest: string, relative: string | null, anchor: string | null, anchorDate: string | null, inferred: boolean, basis: string | null, basisQuotes: Array<string>, resolvedFrom: { id: string, title: string } | null } | null, end: { value: string, precision: DatePrecision, earliest: string, latest: string, relative: string | null, anchor: string | null, anchorDate: string | null, inferred: boolean, basis: string | null, basisQuotes: Array<string>, resolvedFrom: { id: string, title: string } | null } | null, evidence: Array<{ quote: string, document: { id: string, title: string } }>, contradictedBy: Array<{ quote: string, document: { id: string, title: string } }> }> } | null };

export type OrganisationRecordQueryVariables = Exact<{
  id: string | number;
}>;


export type OrganisationRecordQuery = { organisation: { id: string, inspections: Array<{ __typename: 'Inspection', grade: InspectionGrade | null, scope: string | null, description: string | null, id: string, name: string, dispute: string | null, subject: { id: string, name: string }, inspectorate: { id: string, name: string }, arrangement: { id: string, name: string, provider: { id: string, name: string } } | null, date: { value: string, precision: DatePrecision, earliest: string, latest: string, relative: string | null, anchor: string | null, anchorDate: string | null, inferred: boolean, basis: string | null, basisQuotes: Array<string>, resolvedFrom: { id: string, title: string } | null } | null, evidence: Array<{ quote: string, document: { id: string, title: string } }>, contradictedBy: Array<{ quote: string, document: { id: string, title: string } }> }>, directions: Array<{ __typename: 'Direction', summary: string | null, id: string, name: string, dispute: string | null, directionKind: DirectionKind, council: { id: string, name: string }, directionIssuedBy: { id: string, name: string }, date: { value: string, precision: DatePrecision, earliest: string, latest: string, relative: string | null, anchor: string | null, anchorDate: string | null, inferred: boolean, basis: string | null, basisQuotes: Array<string>, resolvedFrom: { id: string, title: string } | null } | null, arrangement: { id: string, name: string } | null, evidence: Array<{ quote: string, document: { id: string, title: string } }>, contradictedBy: Array<{ quote: string, document: { id: string, title: string } }> }>, affiliations: Array<{ __typename: 'Affiliation', id: string, name: string, dispute: string | null, affiliationKind: AffiliationKind, member:
        | { __typename: 'Organisation', id: string, name: string }
        | { __typename: 'Person', id: string, name: string }
      , party: { id: string, name: string }, start: { value: string, precision: DatePrecision, earliest: string, latest: string, relative: string | null, anchor: string | null, anchorDate: string | null, inferred: boolean, basis: string | null, basisQuotes: Array<string>, resolvedFrom: { id: string, title: string } | null } | null, end: { value: string, precision: DatePrecision, earliest: string, latest: string, relative: string | null, anchor: string | null, anchorDate: string | null, inferred: boolean, basis: string | null, basisQuotes: Array<string>, resolvedFrom: { id: string, title: string } | null } | null, evidence: Array<{ quote: string, document: { id: string, title: string } }>, contradictedBy: Array<{ quote: string, document: { id: string, title: string } }> }>, mentionedIn: { totalCount: number, edges: Array<{ node: { id: string, title: string, published: { value: string, precision: DatePrecision, earliest: string, latest: string, relative: string | null, anchor: string | null, anchorDate: string | null, inferred: boolean, basis: string | null, basisQuotes: Array<string>, resolvedFrom: { id: string, title: string } | null } | null } }> } } | null };

export type OrganisationTimelineQueryVariables = Exact<{
  id: string | number;
}>;


export type OrganisationTimelineQuery = { organisation: { id: string, timeline: { totalCount: number, edges: Array<{ node: { kind: TimelineEntryKind, date: { value: string, precision: DatePrecision, earliest: string, latest: string, relative: string | null, anchor: string | null, anchorDate: string | null, inferred: boolean, basis: string | null, basisQuotes: Array<string>, resolvedFrom: { id: string, title: string } | null } | null, fact:
            | { __typename: 'Affiliation', id: string, name: string, dispute: string | null, evidence: Array<{ quote: string, document: { id: string, title: string } }>, contradictedBy: Array<{ quote: string, document: { id: string, title: string } }> }
            | { __typename: 'Direction', id: string, name: string, dispute: string | null, evidence: Array<{ quote: string, document: { id: string, title: string } }>, contradictedBy: Array<{ quote: string, document: { id: string, title: string } }> }
            | { __typename: 'Event', id: string, name: string, dispute: string | null, evidence: Array<{ quote: string, document: { id: string, title: string } }>, contradictedBy: Array<{ quote: string, document: { id: string, title: string } }> }
            | { __typename: 'Inspection', id: string, name: string, dispute: string | null, evidence: Array<{ quote: string, document: { id: string, title: string } }>, contradictedBy: Array<{ quote: string, document: { id: string, title: string } }> }
            | { __typename: 'Policy', id: string, name: string, dispute: string | null, evidence: Array<{ quote: string, document: { id: string, title: string } }>, contradictedBy: Array<{ quote: string, document: { id: string, title: string } }> }
            | { __typename: 'ServiceArrangement', id: string, name: string, dispute: string | null, evidence: Array<{ quote: string, document: { id: string, title: string } }>, contradictedBy: Array<{ quote: string, document: { id: string, title: string } }> }
            | { __typename: 'Statement', id: string, name: string, dispute: string | null, evidence: Array<{ quote: string, document: { id: string, title: string } }>, contradictedBy: Array<{ quote: string, document: { id: string, title: string } }> }
            | { __typename: 'Tenure', id: string, name: string, dispute: string | null, evidence: Array<{ quote: string, document: { id: string, title: string } }>, contradictedBy: Array<{ quote: string, document: { id: string, title: string } }> }
           } }> } } | null };

export type FactPageQueryVariables = Exact<{
  id: string | number;
}>;


export type FactPageQuery = { node:
    | { __typename: 'Affiliation', id: string, name: string, dispute: string | null, affiliationKind: AffiliationKind, evidence: Array<{ quote: string, document: { id: string, title: string } }>, contradictedBy: Array<{ quote: string, document: { id: string, title: string } }>, member:
        | { __typename: 'Organisation', id: string, name: string }
        | { __typename: 'Person', id: string, name: string }
      , party: { id: string, name: string }, start: { value: string, precision: DatePrecision, earliest: string, latest: string, relative: string | null, anchor: string | null, anchorDate: string | null, inferred: boolean, basis: string | null, basisQuotes: Array<string>, resolvedFrom: { id: string, title: string } | null } | null, end: { value: string, precision: DatePrecision, earliest: string, latest: string, relative: string | null, anchor: string | null, anchorDate: string | null, inferred: boolean, basis: string | null, basisQuotes: Array<string>, resolvedFrom: { id: string, title: string } | null } | null }
    | { __typename: 'Direction', id: string, name: string, dispute: string | null, summary: string | null, directionKind: DirectionKind, evidence: Array<{ quote: string, document: { id: string, title: string } }>, contradictedBy: Array<{ quote: string, document: { id: string, title: string } }>, council: { id: string, name: string }, directionIssuedBy: { id: string, name: string }, date: { value: string, precision: DatePrecision, earliest: string, latest: string, relative: string | null, anchor: string | null, anchorDate: string | null, inferred: boolean, basis: string | null, basisQuotes: Array<string>, resolvedFrom: { id: string, title: string } | null } | null, arrangement: { id: string, name: string } | null }
    | { __typename: 'Document', title: string, id: string }
    | { __typename: 'Event', id: string, name: string, dispute: string | null, description: string | null, amount: number | null, currency: string | null, period: string | null, eventKind: EventKind, evidence: Array<{ quote: string, document: { id: string, title: string } }>, contradictedBy: Array<{ quote: string, document: { id: string, title: string } }>, date: { value: string, precision: DatePrecision, earliest: string, latest: string, relative: string | null, anchor: string | null, anchorDate: string | null, inferred: boolean, basis: string | null, basisQuotes: Array<string>, resolvedFrom: { id: string, title: string } | null } | null, involves: Array<
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
      > }
    | { __typename: 'Inspection', id: string, name: string, dispute: string | null, grade: InspectionGrade | null, scope: string | null, description: string | null, evidence: Array<{ quote: string, document: { id: string, title: string } }>, contradictedBy: Array<{ quote: string, document: { id: string, title: string } }>, subject: { id: string, name: string }, inspectorate: { id: string, name: string }, arrangement: { id: string, name: string, provider: { id: string, name: string } } | null, date: { value: string, precision: DatePrecision, earliest: string, latest: string, relative: string | null, anchor: string | null, anchorDate: string | null, inferred: boolean, basis: string | null, basisQuotes: Array<string>, resolvedFrom: { id: string, title: string } | null } | null }
    | { __typename: 'Organisation', name: string, kinds: Array<OrganisationKind>, id: string }
    | { __typename: 'Person', name: string, id: string }
    | { __typename: 'Policy', aliases: Array<string>, description: string | null, id: string, name: string, dispute: string | null, policyIssuedBy: { id: string, name: string } | null, evidence: Array<{ quote: string, document: { id: string, title: string } }>, contradictedBy: Array<{ quote: string, document: { id: string, title: string } }> }
    | { __typename: 'ServiceArrangement', id: string, name: string, dispute: string | null, origin: ArrangementOrigin, ending: ArrangementEnding | null, status: ArrangementStatus | null, description: string | null, evidence: Array<{ quote: string, document: { id: string, title: string } }>, contradictedBy: Array<{ quote: string, document: { id: string, title: string } }>, council: { id: string, name: string }, provider: { id: string, name: string, kinds: Array<OrganisationKind> }, start: { value: string, precision: DatePrecision, earliest: string, latest: string, relative: string | null, anchor: string | null, anchorDate: string | null, inferred: boolean, basis: string | null, basisQuotes: Array<string>, resolvedFrom: { id: string, title: string } | null } | null, end: { value: string, precision: DatePrecision, earliest: string, latest: string, relative: string | null, anchor: string | null, anchorDate: string | null, inferred: boolean, basis: string | null, basisQuotes: Array<string>, resolvedFrom: { id: string, title: string } | null } | null }
    | { __typename: 'Statement', id: string, name: string, dispute: string | null, quote: string, summary: string | null, stance: Stance | null, evidence: Array<{ quote: string, document: { id: string, title: string } }>, contradictedBy: Array<{ quote: string, document: { id: string, title: string } }>, speaker:
        | { __typename: 'Organisation', id: string, name: string }
        | { __typename: 'Person', id: string, name: string }
      , document: { id: string, title: string }, date: { value: string, precision: DatePrecision, earliest: string, latest: string, relative: string | null, anchor: string | null, anchorDate: string | null, inferred: boolean, basis: string | null, basisQuotes: Array<string>, resolvedFrom: { id: string, title: string } | null } | null, about: Array<
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
      > }
    | { __typename: 'Tenure', id: string, name: string, dispute: string | null, role: string, roleKind: RoleKind, current: boolean | null, evidence: Array<{ quote: string, document: { id: string, title: string } }>, contradictedBy: Array<{ quote: string, document: { id: string, title: string } }>, start: { value: string, precision: DatePrecision, earliest: string, latest: string, relative: string | null, anchor: string | null, anchorDate: string | null, inferred: boolean, basis: string | null, basisQuotes: Array<string>, resolvedFrom: { id: string, title: string } | null } | null, end: { value: string, precision: DatePrecision, earliest: string, latest: string, relative: string | null, anchor: string | null, anchorDate: string | null, inferred: boolean, basis: string | null, basisQuotes: Array<string>, resolvedFrom: { id: string, title: string } | null } | null, person: { id: string, name: string }, organisation: { id: string, name: string, kinds: Array<OrganisationKind> }, appointedBy: { id: string, name: string } | null }
   | null };

export type DatePartsFragment = { value: string, precision: DatePrecision, earliest: string, latest: string, relative: string | null, anchor: string | null, anchorDate: string | null, inferred: boolean, basis: string | null, basisQuotes: Array<string>, resolvedFrom: { id: string, title: string } | null };

export type EvidencePartsFragment = { quote: string, document: { id: string, title: string } };

type NodeLabel_Affiliation_Fragment = { __typename: 'Affiliation', name: string, id: string };

type NodeLabel_Direction_Fragment = { __typename: 'Direction', name: string, id: string };

type NodeLabel_Document_Fragment = { __typename: 'Document', title: string, id: string };

type NodeLabel_Event_Fragment = { __typename: 'Event', name: string, id: string };

type NodeLabel_Inspection_Fragment = { __typename: 'Inspection', name: string, id: string };

type NodeLabel_Organisation_Fragment = { __typename: 'Organisation', name: string, kinds: Array<OrganisationKind>, id: string };

type NodeLabel_Person_Fragment = { __typename: 'Person', name: string, id: string };

type NodeLabel_Policy_Fragment = { __typename: 'Policy', name: string, id: string };

type NodeLabel_ServiceArrangement_Fragment = { __typename: 'ServiceArrangement', name: string, id: string };

type NodeLabel_Statement_Fragment = { __typename: 'Statement', name: string, id: string };

type NodeLabel_Tenure_Fragment = { __typename: 'Tenure', name: string, id: string };

export type NodeLabelFragment =
  | NodeLabel_Affiliation_Fragment
  | NodeLabel_Direction_Fragment
  | NodeLabel_Document_Fragment
  | NodeLabel_Event_Fragment
  | NodeLabel_Inspection_Fragment
  | NodeLabel_Organisation_Fragment
  | NodeLabel_Person_Fragment
  | NodeLabel_Policy_Fragment
  | NodeLabel_ServiceArrangement_Fragment
  | NodeLabel_Statement_Fragment
  | NodeLabel_Tenure_Fragment
;

type FactParts_Affiliation_Fragment = { __typename: 'Affiliation', id: string, name: string, dispute: string | null, evidence: Array<{ quote: string, document: { id: string, title: string } }>, contradictedBy: Array<{ quote: string, document: { id: string, title: string } }> };

type FactParts_Direction_Fragment = { __typename: 'Direction', id: string, name: string, dispute: string | null, evidence: Array<{ quote: string, document: { id: string, title: string } }>, contradictedBy: Array<{ quote: string, document: { id: string, title: string } }> };

type FactParts_Event_Fragment = { __typename: 'Event', id: string, name: string, dispute: string | null, evidence: Array<{ quote: string, document: { id: string, title: string } }>, contradictedBy: Array<{ quote: string, document: { id: string, title: string } }> };

type FactParts_Inspection_Fragment = { __typename: 'Inspection', id: string, name: string, dispute: string | null, evidence: Array<{ quote: string, document: { id: string, title: string } }>, contradictedBy: Array<{ quote: string, document: { id: string, title: string } }> };

type FactParts_Policy_Fragment = { __typename: 'Policy', id: string, name: string, dispute: string | null, evidence: Array<{ quote: string, document: { id: string, title: string } }>, contradictedBy: Array<{ quote: string, document: { id: string, title: string } }> };

type FactParts_ServiceArrangement_Fragment = { __typename: 'ServiceArrangement', id: string, name: string, dispute: string | null, evidence: Array<{ quote: string, document: { id: string, title: string } }>, contradictedBy: Array<{ quote: string, document: { id: string, title: string } }> };

type FactParts_Statement_Fragment = { __typename: 'Statement', id: string, name: string, dispute: string | null, evidence: Array<{ quote: string, document: { id: string, title: string } }>, contradictedBy: Array<{ quote: string, document: { id: string, title: string } }> };

type FactParts_Tenure_Fragment = { __typename: 'Tenure', id: string, name: string, dispute: string | null, evidence: Array<{ quote: string, document: { id: string, title: string } }>, contradictedBy: Array<{ quote: string, document: { id: string, title: string } }> };

export type FactPartsFragment =
  | FactParts_Affiliation_Fragment
  | FactParts_Direction_Fragment
  | FactParts_Event_Fragment
  | FactParts_Inspection_Fragment
  | FactParts_Policy_Fragment
  | FactParts_ServiceArrangement_Fragment
  | FactParts_Statement_Fragment
  | FactParts_Tenure_Fragment
;

export type TenurePartsFragment = { __typename: 'Tenure', role: string, roleKind: RoleKind, current: boolean | null, id: string, name: string, dispute: string | null, start: { value: string, precision: DatePrecision, earliest: string, latest: string, relative: string | null, anchor: string | null, anchorDate: string | null, inferred: boolean, basis: string | null, basisQuotes: Array<string>, resolvedFrom: { id: string, title: string } | null } | null, end: { value: string, precision: DatePrecision, earliest: string, latest: string, relative: string | null, anchor: string | null, anchorDate: string | null, inferred: boolean, basis: string | null, basisQuotes: Array<string>, resolvedFrom: { id: string, title: string } | null } | null, person: { id: string, name: string }, organisation: { id: string, name: string, kinds: Array<OrganisationKind> }, appointedBy: { id: string, name: string } | null, evidence: Array<{ quote: string, document: { id: string, title: string } }>, contradictedBy: Array<{ quote: string, document: { id: string, title: string } }> };

export type ArrangementPartsFragment = { __typename: 'ServiceArrangement', origin: ArrangementOrigin, ending: ArrangementEnding | null, status: ArrangementStatus | null, description: string | null, id: string, name: string, dispute: string | null, council: { id: string, name: string }, provider: { id: string, name: string, kinds: Array<OrganisationKind> }, start: { value: string, precision: DatePrecision, earliest: string, latest: string, relative: string | null, anchor: string | null, anchorDate: string | null, inferred: boolean, basis: string | null, basisQuotes: Array<string>, resolvedFrom: { id: string, title: string } | null } | null, end: { value: string, precision: DatePrecision, earliest: string, latest: string, relative: string | null, anchor: string | null, anchorDate: string | null, inferred: boolean, basis: string | null, basisQuotes: Array<string>, resolvedFrom: { id: string, title: string } | null } | null, evidence: Array<{ quote: string, document: { id: string, title: string } }>, contradictedBy: Array<{ quote: string, document: { id: string, title: string } }> };

export type InspectionPartsFragment = { __typename: 'Inspection', grade: InspectionGrade | null, scope: string | null, description: string | null, id: string, name: string, dispute: string | null, subject: { id: string, name: string }, inspectorate: { id: string, name: string }, arrangement: { id: string, name: string, provider: { id: string, name: string } } | null, date: { value: string, precision: DatePrecision, earliest: string, latest: string, relative: string | null, anchor: string | null, anchorDate: string | null, inferred: boolean, basis: string | null, basisQuotes: Array<string>, resolvedFrom: { id: string, title: string } | null } | null, evidence: Array<{ quote: string, document: { id: string, title: string } }>, contradictedBy: Array<{ quote: string, document: { id: string, title: string } }> };

export type DirectionPartsFragment = { __typename: 'Direction', summary: string | null, id: string, name: string, dispute: string | null, directionKind: DirectionKind, council: { id: string, name: string }, directionIssuedBy: { id: string, name: string }, date: { value: string, precision: DatePrecision, earliest: string, latest: string, relative: string | null, anchor: string | null, anchorDate: string | null, inferred: boolean, basis: string | null, basisQuotes: Array<string>, resolvedFrom: { id: string, title: string } | null } | null, arrangement: { id: string, name: string } | null, evidence: Array<{ quote: string, document: { id: string, title: string } }>, contradictedBy: Array<{ quote: string, document: { id: string, title: string } }> };

export type StatementPartsFragment = { __typename: 'Statement', quote: string, summary: string | null, stance: Stance | null, id: string, name: string, dispute: string | null, speaker:
    | { __typename: 'Organisation', id: string, name: string }
    | { __typename: 'Person', id: string, name: string }
  , document: { id: string, title: string }, date: { value: string, precision: DatePrecision, earliest: string, latest: string, relative: string | null, anchor: string | null, anchorDate: string | null, inferred: boolean, basis: string | null, basisQuotes: Array<string>, resolvedFrom: { id: string, title: string } | null } | null, about: Array<
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
  >, evidence: Array<{ quote: string, document: { id: string, title: string } }>, contradictedBy: Array<{ quote: string, document: { id: string, title: string } }> };

export type AffiliationPartsFragment = { __typename: 'Affiliation', id: string, name: string, dispute: string | null, affiliationKind: AffiliationKind, member:
    | { __typename: 'Organisation', id: string, name: string }
    | { __typename: 'Person', id: string, name: string }
  , party: { id: string, name: string }, start: { value: string, precision: DatePrecision, earliest: string, latest: string, relative: string | null, anchor: string | null, anchorDate: string | null, inferred: boolean, basis: string | null, basisQuotes: Array<string>, resolvedFrom: { id: string, title: string } | null } | null, end: { value: string, precision: DatePrecision, earliest: string, latest: string, relative: string | null, anchor: string | null, anchorDate: string | null, inferred: boolean, basis: string | null, basisQuotes: Array<string>, resolvedFrom: { id: string, title: string } | null } | null, evidence: Array<{ quote: string, document: { id: string, title: string } }>, contradictedBy: Array<{ quote: string, document: { id: string, title: string } }> };

export type EventPartsFragment = { __typename: 'Event', description: string | null, amount: number | null, currency: string | null, period: string | null, id: string, name: string, dispute: string | null, eventKind: EventKind, date: { value: string, precision: DatePrecision, earliest: string, latest: string, relative: string | null, anchor: string | null, anchorDate: string | null, inferred: boolean, basis: string | null, basisQuotes: Array<string>, resolvedFrom: { id: string, title: string } | null } | null, involves: Array<
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
  >, evidence: Array<{ quote: string, document: { id: string, title: string } }>, contradictedBy: Array<{ quote: string, document: { id: string, title: string } }> };

export type SearchPageQueryVariables = Exact<{
  query: string;
  first?: number | null | undefined;
}>;


export type SearchPageQuery = { search: { totalCount: number, edges: Array<{ cursor: string, node: { score: number, matched: string, field: SearchField, snippet: { text: string, start: number | null, end: number | null, highlights: Array<{ start: number, end: number }>, document: { id: string, title: string } | null }, node:
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

export type PickEntityQueryVariables = Exact<{
  query: string;
}>;


export type PickEntityQuery = { search: { edges: Array<{ node: { node:
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

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const EvidencePartsFragmentDoc = new TypedDocumentString(`
    fragment EvidenceParts on Evidence {
  quote
  document {
    id
    title
  }
}
    `, {"fragmentName":"EvidenceParts"}) as unknown as TypedDocumentString<EvidencePartsFragment, unknown>;
export const FactPartsFragmentDoc = new TypedDocumentString(`
    fragment FactParts on Fact {
  __typename
  id
  name
  dispute
  evidence {
    ...EvidenceParts
  }
  contradictedBy {
    ...EvidenceParts
  }
}
    fragment EvidenceParts on Evidence {
  quote
  document {
    id
    title
  }
}`, {"fragmentName":"FactParts"}) as unknown as TypedDocumentString<FactPartsFragment, unknown>;
export const DatePartsFragmentDoc = new TypedDocumentString(`
    fragment DateParts on PartialDate {
  value
  precision
  earliest
  latest
  relative
  anchor
  anchorDate
  resolvedFrom {
    id
    title
  }
  inferred
  basis
  basisQuotes
}
    `, {"fragmentName":"DateParts"}) as unknown as TypedDocumentString<DatePartsFragment, unknown>;
export const TenurePartsFragmentDoc = new TypedDocumentString(`
    fragment TenureParts on Tenure {
  ...FactParts
  role
  roleKind
  current
  start {
    ...DateParts
  }
  end {
    ...DateParts
  }
  person {
    id
    name
  }
  organisation {
    id
    name
    kinds
  }
  appointedBy {
    id
    name
  }
}
    fragment DateParts on PartialDate {
  value
  precision
  earliest
  latest
  relative
  anchor
  anchorDate
  resolvedFrom {
    id
    title
  }
  inferred
  basis
  basisQuotes
}
fragment EvidenceParts on Evidence {
  quote
  document {
    id
    title
  }
}
fragment FactParts on Fact {
  __typename
  id
  name
  dispute
  evidence {
    ...EvidenceParts
  }
  contradictedBy {
    ...EvidenceParts
  }
}`, {"fragmentName":"TenureParts"}) as unknown as TypedDocumentString<TenurePartsFragment, unknown>;
export const ArrangementPartsFragmentDoc = new TypedDocumentString(`
    fragment ArrangementParts on ServiceArrangement {
  ...FactParts
  council {
    id
    name
  }
  provider {
    id
    name
    kinds
  }
  start {
    ...DateParts
  }
  end {
    ...DateParts
  }
  origin
  ending
  status
  description
}
    fragment DateParts on PartialDate {
  value
  precision
  earliest
  latest
  relative
  anchor
  anchorDate
  resolvedFrom {
    id
    title
  }
  inferred
  basis
  basisQuotes
}
fragment EvidenceParts on Evidence {
  quote
  document {
    id
    title
  }
}
fragment FactParts on Fact {
  __typename
  id
  name
  dispute
  evidence {
    ...EvidenceParts
  }
  contradictedBy {
    ...EvidenceParts
  }
}`, {"fragmentName":"ArrangementParts"}) as unknown as TypedDocumentString<ArrangementPartsFragment, unknown>;
export const InspectionPartsFragmentDoc = new TypedDocumentString(`
    fragment InspectionParts on Inspection {
  ...FactParts
  subject {
    id
    name
  }
  inspectorate {
    id
    name
  }
  arrangement {
    id
    name
    provider {
      id
      name
    }
  }
  date {
    ...DateParts
  }
  grade
  scope
  description
}
    fragment DateParts on PartialDate {
  value
  precision
  earliest
  latest
  relative
  anchor
  anchorDate
  resolvedFrom {
    id
    title
  }
  inferred
  basis
  basisQuotes
}
fragment EvidenceParts on Evidence {
  quote
  document {
    id
    title
  }
}
fragment FactParts on Fact {
  __typename
  id
  name
  dispute
  evidence {
    ...EvidenceParts
  }
  contradictedBy {
    ...EvidenceParts
  }
}`, {"fragmentName":"InspectionParts"}) as unknown as TypedDocumentString<InspectionPartsFragment, unknown>;
export const DirectionPartsFragmentDoc = new TypedDocumentString(`
    fragment DirectionParts on Direction {
  ...FactParts
  council {
    id
    name
  }
  directionIssuedBy: issuedBy {
    id
    name
  }
  date {
    ...DateParts
  }
  directionKind: kind
  summary
  arrangement {
    id
    name
  }
}
    fragment DateParts on PartialDate {
  value
  precision
  earliest
  latest
  relative
  anchor
  anchorDate
  resolvedFrom {
    id
    title
  }
  inferred
  basis
  basisQuotes
}
fragment EvidenceParts on Evidence {
  quote
  document {
    id
    title
  }
}
fragment FactParts on Fact {
  __typename
  id
  name
  dispute
  evidence {
    ...EvidenceParts
  }
  contradictedBy {
    ...EvidenceParts
  }
}`, {"fragmentName":"DirectionParts"}) as unknown as TypedDocumentString<DirectionPartsFragment, unknown>;
export const NodeLabelFragmentDoc = new TypedDocumentString(`
    fragment NodeLabel on Node {
  __typename
  id
  ... on Person {
    name
  }
  ... on Organisation {
    name
    kinds
  }
  ... on Document {
    title
  }
  ... on Fact {
    name
  }
}
    `, {"fragmentName":"NodeLabel"}) as unknown as TypedDocumentString<NodeLabelFragment, unknown>;
export const StatementPartsFragmentDoc = new TypedDocumentString(`
    fragment StatementParts on Statement {
  ...FactParts
  speaker {
    __typename
    ... on Person {
      id
      name
    }
    ... on Organisation {
      id
      name
    }
  }
  document {
    id
    title
  }
  quote
  summary
  stance
  date {
    ...DateParts
  }
  about {
    ...NodeLabel
  }
}
    fragment DateParts on PartialDate {
  value
  precision
  earliest
  latest
  relative
  anchor
  anchorDate
  resolvedFrom {
    id
    title
  }
  inferred
  basis
  basisQuotes
}
fragment EvidenceParts on Evidence {
  quote
  document {
    id
    title
  }
}
fragment NodeLabel on Node {
  __typename
  id
  ... on Person {
    name
  }
  ... on Organisation {
    name
    kinds
  }
  ... on Document {
    title
  }
  ... on Fact {
    name
  }
}
fragment FactParts on Fact {
  __typename
  id
  name
  dispute
  evidence {
    ...EvidenceParts
  }
  contradictedBy {
    ...EvidenceParts
  }
}`, {"fragmentName":"StatementParts"}) as unknown as TypedDocumentString<StatementPartsFragment, unknown>;
export const AffiliationPartsFragmentDoc = new TypedDocumentString(`
    fragment AffiliationParts on Affiliation {
  ...FactParts
  member {
    __typename
    ... on Person {
      id
      name
    }
    ... on Organisation {
      id
      name
    }
  }
  party {
    id
    name
  }
  affiliationKind: kind
  start {
    ...DateParts
  }
  end {
    ...DateParts
  }
}
    fragment DateParts on PartialDate {
  value
  precision
  earliest
  latest
  relative
  anchor
  anchorDate
  resolvedFrom {
    id
    title
  }
  inferred
  basis
  basisQuotes
}
fragment EvidenceParts on Evidence {
  quote
  document {
    id
    title
  }
}
fragment FactParts on Fact {
  __typename
  id
  name
  dispute
  evidence {
    ...EvidenceParts
  }
  contradictedBy {
    ...EvidenceParts
  }
}`, {"fragmentName":"AffiliationParts"}) as unknown as TypedDocumentString<AffiliationPartsFragment, unknown>;
export const EventPartsFragmentDoc = new TypedDocumentString(`
    fragment EventParts on Event {
  ...FactParts
  eventKind: kind
  date {
    ...DateParts
  }
  description
  amount
  currency
  period
  involves {
    ...NodeLabel
  }
}
    fragment DateParts on PartialDate {
  value
  precision
  earliest
  latest
  relative
  anchor
  anchorDate
  resolvedFrom {
    id
    title
  }
  inferred
  basis
  basisQuotes
}
fragment EvidenceParts on Evidence {
  quote
  document {
    id
    title
  }
}
fragment NodeLabel on Node {
  __typename
  id
  ... on Person {
    name
  }
  ... on Organisation {
    name
    kinds
  }
  ... on Document {
    title
  }
  ... on Fact {
    name
  }
}
fragment FactParts on Fact {
  __typename
  id
  name
  dispute
  evidence {
    ...EvidenceParts
  }
  contradictedBy {
    ...EvidenceParts
  }
}`, {"fragmentName":"EventParts"}) as unknown as TypedDocumentString<EventPartsFragment, unknown>;
export const ConnectPathsDocument = new TypedDocumentString(`
    query ConnectPaths($from: ID!, $to: ID!) {
  fromNode: node(id: $from) {
    ...NodeLabel
  }
  toNode: node(id: $to) {
    ...NodeLabel
  }
  paths(from: $from, to: $to, first: 5, maxHops: 8) {
    length
    nodes {
      ...NodeLabel
    }
    steps {
      relationship
      forward
      from {
        id
      }
      to {
        id
      }
      fact {
        ...NodeLabel
        dispute
        contradictedBy {
          ...EvidenceParts
        }
      }
      evidence {
        ...EvidenceParts
      }
    }
  }
}
    fragment EvidenceParts on Evidence {
  quote
  document {
    id
    title
  }
}
fragment NodeLabel on Node {
  __typename
  id
  ... on Person {
    name
  }
  ... on Organisation {
    name
    kinds
  }
  ... on Document {
    title
  }
  ... on Fact {
    name
  }
}`) as unknown as TypedDocumentString<ConnectPathsQuery, ConnectPathsQueryVariables>;
export const NetworkNeighbourhoodDocument = new TypedDocumentString(`
    query NetworkNeighbourhood($id: ID!, $depth: Int = 1) {
  neighbourhood(id: $id, depth: $depth, limit: 150) {
    center {
      id
    }
    nodes {
      ...NodeLabel
    }
    edges {
      from
      to
      type
    }
    truncated
  }
}
    fragment NodeLabel on Node {
  __typename
  id
  ... on Person {
    name
  }
  ... on Organisation {
    name
    kinds
  }
  ... on Document {
    title
  }
  ... on Fact {
    name
  }
}`) as unknown as TypedDocumentString<NetworkNeighbourhoodQuery, NetworkNeighbourhoodQueryVariables>;
export const NodeLabelsDocument = new TypedDocumentString(`
    query NodeLabels($ids: [ID!]!) {
  nodes(ids: $ids) {
    ...NodeLabel
  }
}
    fragment NodeLabel on Node {
  __typename
  id
  ... on Person {
    name
  }
  ... on Organisation {
    name
    kinds
  }
  ... on Document {
    title
  }
  ... on Fact {
    name
  }
}`) as unknown as TypedDocumentString<NodeLabelsQuery, NodeLabelsQueryVariables>;
export const DocumentPageDocument = new TypedDocumentString(`
    query DocumentPage($id: ID!) {
  document(id: $id) {
    id
    title
    kind
    corpusFile
    url
    text
    published {
      ...DateParts
    }
    outlet {
      id
      name
    }
    authors {
      id
      name
    }
    supports {
      quote
      fact {
        ...NodeLabel
        dispute
      }
    }
    contradicts {
      quote
      fact {
        ...NodeLabel
        dispute
      }
    }
    mentions {
      ...NodeLabel
    }
  }
}
    fragment DateParts on PartialDate {
  value
  precision
  earliest
  latest
  relative
  anchor
  anchorDate
  resolvedFrom {
    id
    title
  }
  inferred
  basis
  basisQuotes
}
fragment NodeLabel on Node {
  __typename
  id
  ... on Person {
    name
  }
  ... on Organisation {
    name
    kinds
  }
  ... on Document {
    title
  }
  ... on Fact {
    name
  }
}`) as unknown as TypedDocumentString<DocumentPageQuery, DocumentPageQueryVariables>;
export const DocumentTextsDocument = new TypedDocumentString(`
    query DocumentTexts($ids: [ID!]!) {
  nodes(ids: $ids) {
    __typename
    id
    ... on Document {
      text
    }
  }
}
    `) as unknown as TypedDocumentString<DocumentTextsQuery, DocumentTextsQueryVariables>;
export const PersonPageDocument = new TypedDocumentString(`
    query PersonPage($id: ID!) {
  person(id: $id) {
    id
    name
    aliases
    description
    tenures {
      ...TenureParts
    }
  }
}
    fragment DateParts on PartialDate {
  value
  precision
  earliest
  latest
  relative
  anchor
  anchorDate
  resolvedFrom {
    id
    title
  }
  inferred
  basis
  basisQuotes
}
fragment EvidenceParts on Evidence {
  quote
  document {
    id
    title
  }
}
fragment FactParts on Fact {
  __typename
  id
  name
  dispute
  evidence {
    ...EvidenceParts
  }
  contradictedBy {
    ...EvidenceParts
  }
}
fragment TenureParts on Tenure {
  ...FactParts
  role
  roleKind
  current
  start {
    ...DateParts
  }
  end {
    ...DateParts
  }
  person {
    id
    name
  }
  organisation {
    id
    name
    kinds
  }
  appointedBy {
    id
    name
  }
}`) as unknown as TypedDocumentString<PersonPageQuery, PersonPageQueryVariables>;
export const PersonRecordDocument = new TypedDocumentString(`
    query PersonRecord($id: ID!) {
  person(id: $id) {
    id
    statements {
      ...StatementParts
    }
    affiliations {
      ...AffiliationParts
    }
    authored {
      id
      title
    }
    mentionedIn(first: 50) {
      totalCount
      edges {
        node {
          id
          title
          published {
            ...DateParts
          }
        }
      }
    }
  }
}
    fragment DateParts on PartialDate {
  value
  precision
  earliest
  latest
  relative
  anchor
  anchorDate
  resolvedFrom {
    id
    title
  }
  inferred
  basis
  basisQuotes
}
fragment EvidenceParts on Evidence {
  quote
  document {
    id
    title
  }
}
fragment NodeLabel on Node {
  __typename
  id
  ... on Person {
    name
  }
  ... on Organisation {
    name
    kinds
  }
  ... on Document {
    title
  }
  ... on Fact {
    name
  }
}
fragment FactParts on Fact {
  __typename
  id
  name
  dispute
  evidence {
    ...EvidenceParts
  }
  contradictedBy {
    ...EvidenceParts
  }
}
fragment StatementParts on Statement {
  ...FactParts
  speaker {
    __typename
    ... on Person {
      id
      name
    }
    ... on Organisation {
      id
      name
    }
  }
  document {
    id
    title
  }
  quote
  summary
  stance
  date {
    ...DateParts
  }
  about {
    ...NodeLabel
  }
}
fragment AffiliationParts on Affiliation {
  ...FactParts
  member {
    __typename
    ... on Person {
      id
      name
    }
    ... on Organisation {
      id
      name
    }
  }
  party {
    id
    name
  }
  affiliationKind: kind
  start {
    ...DateParts
  }
  end {
    ...DateParts
  }
}`) as unknown as TypedDocumentString<PersonRecordQuery, PersonRecordQueryVariables>;
export const OrganisationPageDocument = new TypedDocumentString(`
    query OrganisationPage($id: ID!) {
  organisation(id: $id) {
    id
    name
    aliases
    kinds
    description
    partOf {
      id
      name
    }
    parts {
      id
      name
    }
    leaders {
      ...TenureParts
    }
    arrangements {
      ...ArrangementParts
    }
    provides {
      ...ArrangementParts
    }
  }
}
    fragment DateParts on PartialDate {
  value
  precision
  earliest
  latest
  relative
  anchor
  anchorDate
  resolvedFrom {
    id
    title
  }
  inferred
  basis
  basisQuotes
}
fragment EvidenceParts on Evidence {
  quote
  document {
    id
    title
  }
}
fragment FactParts on Fact {
  __typename
  id
  name
  dispute
  evidence {
    ...EvidenceParts
  }
  contradictedBy {
    ...EvidenceParts
  }
}
fragment TenureParts on Tenure {
  ...FactParts
  role
  roleKind
  current
  start {
    ...DateParts
  }
  end {
    ...DateParts
  }
  person {
    id
    name
  }
  organisation {
    id
    name
    kinds
  }
  appointedBy {
    id
    name
  }
}
fragment ArrangementParts on ServiceArrangement {
  ...FactParts
  council {
    id
    name
  }
  provider {
    id
    name
    kinds
  }
  start {
    ...DateParts
  }
  end {
    ...DateParts
  }
  origin
  ending
  status
  description
}`) as unknown as TypedDocumentString<OrganisationPageQuery, OrganisationPageQueryVariables>;
export const OrganisationRecordDocument = new TypedDocumentString(`
    query OrganisationRecord($id: ID!) {
  organisation(id: $id) {
    id
    inspections {
      ...InspectionParts
    }
    directions {
      ...DirectionParts
    }
    affiliations {
      ...AffiliationParts
    }
    mentionedIn(first: 50) {
      totalCount
      edges {
        node {
          id
          title
          published {
            ...DateParts
          }
        }
      }
    }
  }
}
    fragment DateParts on PartialDate {
  value
  precision
  earliest
  latest
  relative
  anchor
  anchorDate
  resolvedFrom {
    id
    title
  }
  inferred
  basis
  basisQuotes
}
fragment EvidenceParts on Evidence {
  quote
  document {
    id
    title
  }
}
fragment FactParts on Fact {
  __typename
  id
  name
  dispute
  evidence {
    ...EvidenceParts
  }
  contradictedBy {
    ...EvidenceParts
  }
}
fragment InspectionParts on Inspection {
  ...FactParts
  subject {
    id
    name
  }
  inspectorate {
    id
    name
  }
  arrangement {
    id
    name
    provider {
      id
      name
    }
  }
  date {
    ...DateParts
  }
  grade
  scope
  description
}
fragment DirectionParts on Direction {
  ...FactParts
  council {
    id
    name
  }
  directionIssuedBy: issuedBy {
    id
    name
  }
  date {
    ...DateParts
  }
  directionKind: kind
  summary
  arrangement {
    id
    name
  }
}
fragment AffiliationParts on Affiliation {
  ...FactParts
  member {
    __typename
    ... on Person {
      id
      name
    }
    ... on Organisation {
      id
      name
    }
  }
  party {
    id
    name
  }
  affiliationKind: kind
  start {
    ...DateParts
  }
  end {
    ...DateParts
  }
}`) as unknown as TypedDocumentString<OrganisationRecordQuery, OrganisationRecordQueryVariables>;
export const OrganisationTimelineDocument = new TypedDocumentString(`
    query OrganisationTimeline($id: ID!) {
  organisation(id: $id) {
    id
    timeline(first: 100) {
      totalCount
      edges {
        node {
          kind
          date {
            ...DateParts
          }
          fact {
            ...FactParts
          }
        }
      }
    }
  }
}
    fragment DateParts on PartialDate {
  value
  precision
  earliest
  latest
  relative
  anchor
  anchorDate
  resolvedFrom {
    id
    title
  }
  inferred
  basis
  basisQuotes
}
fragment EvidenceParts on Evidence {
  quote
  document {
    id
    title
  }
}
fragment FactParts on Fact {
  __typename
  id
  name
  dispute
  evidence {
    ...EvidenceParts
  }
  contradictedBy {
    ...EvidenceParts
  }
}`) as unknown as TypedDocumentString<OrganisationTimelineQuery, OrganisationTimelineQueryVariables>;
export const FactPageDocument = new TypedDocumentString(`
    query FactPage($id: ID!) {
  node(id: $id) {
    ...NodeLabel
    ... on Fact {
      ...FactParts
    }
    ... on Tenure {
      ...TenureParts
    }
    ... on ServiceArrangement {
      ...ArrangementParts
    }
    ... on Inspection {
      ...InspectionParts
    }
    ... on Direction {
      ...DirectionParts
    }
    ... on Event {
      ...EventParts
    }
    ... on Statement {
      ...StatementParts
    }
    ... on Affiliation {
      ...AffiliationParts
    }
    ... on Policy {
      aliases
      description
      policyIssuedBy: issuedBy {
        id
        name
      }
    }
  }
}
    fragment DateParts on PartialDate {
  value
  precision
  earliest
  latest
  relative
  anchor
  anchorDate
  resolvedFrom {
    id
    title
  }
  inferred
  basis
  basisQuotes
}
fragment EvidenceParts on Evidence {
  quote
  document {
    id
    title
  }
}
fragment NodeLabel on Node {
  __typename
  id
  ... on Person {
    name
  }
  ... on Organisation {
    name
    kinds
  }
  ... on Document {
    title
  }
  ... on Fact {
    name
  }
}
fragment FactParts on Fact {
  __typename
  id
  name
  dispute
  evidence {
    ...EvidenceParts
  }
  contradictedBy {
    ...EvidenceParts
  }
}
fragment TenureParts on Tenure {
  ...FactParts
  role
  roleKind
  current
  start {
    ...DateParts
  }
  end {
    ...DateParts
  }
  person {
    id
    name
  }
  organisation {
    id
    name
    kinds
  }
  appointedBy {
    id
    name
  }
}
fragment ArrangementParts on ServiceArrangement {
  ...FactParts
  council {
    id
    name
  }
  provider {
    id
    name
    kinds
  }
  start {
    ...DateParts
  }
  end {
    ...DateParts
  }
  origin
  ending
  status
  description
}
fragment InspectionParts on Inspection {
  ...FactParts
  subject {
    id
    name
  }
  inspectorate {
    id
    name
  }
  arrangement {
    id
    name
    provider {
      id
      name
    }
  }
  date {
    ...DateParts
  }
  grade
  scope
  description
}
fragment DirectionParts on Direction {
  ...FactParts
  council {
    id
    name
  }
  directionIssuedBy: issuedBy {
    id
    name
  }
  date {
    ...DateParts
  }
  directionKind: kind
  summary
  arrangement {
    id
    name
  }
}
fragment StatementParts on Statement {
  ...FactParts
  speaker {
    __typename
    ... on Person {
      id
      name
    }
    ... on Organisation {
      id
      name
    }
  }
  document {
    id
    title
  }
  quote
  summary
  stance
  date {
    ...DateParts
  }
  about {
    ...NodeLabel
  }
}
fragment AffiliationParts on Affiliation {
  ...FactParts
  member {
    __typename
    ... on Person {
      id
      name
    }
    ... on Organisation {
      id
      name
    }
  }
  party {
    id
    name
  }
  affiliationKind: kind
  start {
    ...DateParts
  }
  end {
    ...DateParts
  }
}
fragment EventParts on Event {
  ...FactParts
  eventKind: kind
  date {
    ...DateParts
  }
  description
  amount
  currency
  period
  involves {
    ...NodeLabel
  }
}`) as unknown as TypedDocumentString<FactPageQuery, FactPageQueryVariables>;
export const SearchPageDocument = new TypedDocumentString(`
    query SearchPage($query: String!, $first: Int = 50) {
  search(query: $query, first: $first) {
    totalCount
    edges {
      cursor
      node {
        score
        matched
        field
        snippet {
          text
          highlights {
            start
            end
          }
          document {
            id
            title
          }
          start
          end
        }
        node {
          ...NodeLabel
        }
      }
    }
  }
}
    fragment NodeLabel on Node {
  __typename
  id
  ... on Person {
    name
  }
  ... on Organisation {
    name
    kinds
  }
  ... on Document {
    title
  }
  ... on Fact {
    name
  }
}`) as unknown as TypedDocumentString<SearchPageQuery, SearchPageQueryVariables>;
export const PickEntityDocument = new TypedDocumentString(`
    query PickEntity($query: String!) {
  search(query: $query, first: 8, kinds: [PERSON, ORGANISATION, POLICY]) {
    edges {
      node {
        node {
          ...NodeLabel
        }
      }
    }
  }
}
    fragment NodeLabel on Node {
  __typename
  id
  ... on Person {
    name
  }
  ... on Organisation {
    name
    kinds
  }
  ... on Document {
    title
  }
  ... on Fact {
    name
  }
}`) as unknown as TypedDocumentString<PickEntityQuery, PickEntityQueryVariables>;