import type { Database } from '../../neo4j/database.js';
import { isShown } from '../graph/graph.repository.js';
import { listNodes, type ListSpec } from '../pagination/keyset.js';
import { checkIsoDate, type ConnectionModel } from '../pagination/pagination.js';
import { KIND_LABELS, kindLabels, type OrganisationKindValue, type OrganisationModel, type PersonModel } from '../../model/model.js';

const NAME_FILTER = `($nameContains IS NULL
    OR toLower(n.name) CONTAINS $nameContains
    OR any(alias IN coalesce(n.aliases, []) WHERE toLower(alias) CONTAINS $nameContains))`;
const SORT_KEYS = { NAME: 'n.name', ID: 'n.id' };

const PEOPLE_FILTERS = [
  NAME_FILTER,
  // A tenure shown (its person and organisation live), as Person.tenures lists them.
  `($roleKinds IS NULL AND $organisation IS NULL OR EXISTS {
      MATCH (n)-[:HELD]->(t:Tenure)-[:AT]->(o:Organisation)
      WHERE ($roleKinds IS NULL OR t.roleKind IN $roleKinds) AND ($organisation IS NULL OR o.id = $organisation) AND ${isShown('t', ['Tenure'])}
    })`,
];
const PEOPLE: ListSpec = { name: 'listPeople', match: 'MATCH (n:Person)', labels: ['Person'], where: PEOPLE_FILTERS, sortKeys: SORT_KEYS };
// People of one organisation: start from it (an index seek) and walk its shown tenures.
const PEOPLE_AT: ListSpec = {
  name: 'listPeopleAt',
  match: `MATCH (:Organisation {id: $organisation})<-[:AT]-(t:Tenure)<-[:HELD]-(n:Person)\nWHERE ${isShown('t', ['Tenure'])}\nWITH DISTINCT n`,
  labels: ['Person'],
  where: PEOPLE_FILTERS,
  sortKeys: SORT_KEYS,
};

const ORGANISATIONS: ListSpec = {
  name: 'listOrganisations',
  match: 'MATCH (n:Organisation)',
  labels: ['Organisation'],
  where: [NAME_FILTER, `($kindLabels IS NULL OR any(label IN labels(n) WHERE label IN $kindLabels))`],
  sortKeys: SORT_KEYS,
};
// One kind asked for: scan only that kind's label (e.g. :Council), not every organisation.
const organisationsOfKind = (kind: OrganisationKindValue): ListSpec => ({
  name: `listOrganisations:${KIND_LABELS[kind]}`,
  match: `MATCH (n:Organisation:${KIND_LABELS[kind]})`,
  labels: ['Organisation'],
  where: [NAME_FILTER],
  sortKeys: SORT_KEYS,
});

// A judgment of the council's services (the subject of every judgment is the council). The
// arrangements and inspections a filter reads are those reads show.
const INSPECTION_MATCHES = `${isShown('i', ['Inspection'])} AND ($inspectionGrade IS NULL OR i.grade IN $inspectionGrade)
        AND ($inspectedFrom IS NULL OR i.dateLatest >= date($inspectedFrom))
        AND ($inspectedTo IS NULL OR i.dateEarliest <= date($inspectedTo))`;

// An arrangement counts as possibly running unless the sources say it ended or was dropped.
const SHOWN_ARRANGEMENT = isShown('a', ['ServiceArrangement']);
const COUNCILS: ListSpec = {
  name: 'listCouncils',
  match: 'MATCH (n:Council)',
  labels: ['Organisation'],
  where: [
    NAME_FILTER,
    `($arrangement IS NULL
      OR $arrangement = 'TRUST' AND EXISTS { MATCH (n)<-[:FOR_COUNCIL]-(a:ServiceArrangement)-[:PROVIDED_BY]->(p) WHERE NOT p:Council AND ${SHOWN_ARRANGEMENT} }
      OR $arrangement = 'OTHER_COUNCIL' AND EXISTS { MATCH (n)<-[:FOR_COUNCIL]-(a:ServiceArrangement)-[:PROVIDED_BY]->(:Council) WHERE ${SHOWN_ARRANGEMENT} }
      OR $arrangement = 'IN_HOUSE' AND NOT EXISTS {
        MATCH (n)<-[:FOR_COUNCIL]-(a:ServiceArrangement) WHERE (a.status IS NULL OR NOT a.status IN ['ENDED', 'ABANDONED']) AND ${SHOWN_ARRANGEMENT} })`,
    `($arrangementStatus IS NULL OR EXISTS {
      MATCH (n)<-[:FOR_COUNCIL]-(a:ServiceArrangement) WHERE a.status IN $arrangementStatus AND ${SHOWN_ARRANGEMENT} })`,
    `($inspectionGrade IS NULL AND $inspectedFrom IS NULL AND $inspectedTo IS NULL
      OR EXISTS { MATCH (n)<-[:INSPECTED]-(i:Inspection) WHERE ${INSPECTION_MATCHES} })`,
  ],
  sortKeys: SORT_KEYS,
};

export interface Page {
  first: number | null | undefined;
  after: string | null | undefined;
  field: 'NAME' | 'ID';
  direction: 'ASC' | 'DESC';
}

const lower = (value: string | null | undefined) => (value ? value.toLowerCase() : null);

export interface PeopleFilter {
  nameContains?: string | null;
  roleKinds?: string[] | null;
  organisation?: string | null;
}
export interface OrganisationsFilter {
  nameContains?: string | null;
  kinds?: OrganisationKindValue[] | null;
}
export interface CouncilsFilter {
  nameContains?: string | null;
  arrangement?: string | null;
  arrangementStatus?: string[] | null;
  inspectionGrade?: string[] | null;
  inspectedFrom?: string | null;
  inspectedTo?: string | null;
}

/** A list query and its parameters, for listNodes or for a compiled operation. */
export interface EntityList {
  spec: ListSpec;
  params: Record<string, unknown>;
}

export function peopleList(filter: PeopleFilter): EntityList {
  return {
    spec: filter.organisation ? PEOPLE_AT : PEOPLE,
    params: {
      nameContains: lower(filter.nameContains),
      roleKinds: filter.roleKinds?.length ? filter.roleKinds : null,
      organisation: filter.organisation ?? null,
    },
  };
}

export function organisationsList(filter: OrganisationsFilter): EntityList {
  const only = filter.kinds?.length === 1 ? filter.kinds[0] : undefined;
  return {
    spec: only ? organisationsOfKind(only) : ORGANISATIONS,
    params: { nameContains: lower(filter.nameContains), kindLabels: kindLabels(filter.kinds) },
  };
}

/** BAD_USER_INPUT for a malformed inspection date, whichever path (resolver or compiled) asks. */
export function councilsList(filter: CouncilsFilter): EntityList {
  return {
    spec: COUNCILS,
    params: {
      nameContains: lower(filter.nameContains),
      arrangement: filter.arrangement ?? null,
      arrangementStatus: filter.arrangementStatus?.length ? filter.arrangementStatus : null,
      inspectionGrade: filter.inspectionGrade?.length ? filter.inspectionGrade : null,
      inspectedFrom: checkIsoDate(filter.inspectedFrom, 'filter.inspectedFrom'),
      inspectedTo: checkIsoDate(filter.inspectedTo, 'filter.inspectedTo'),
    },
  };
}

/** Lists of people, organisations and councils. Single lookups go through the node loader. */
export class EntitiesRepository {
  constructor(private readonly db: Database) {}

  people(page: Page, filter: PeopleFilter): Promise<ConnectionModel<PersonModel>> {
    const { spec, params } = peopleList(filter);
    return listNodes<PersonModel>(this.db, spec, { ...page, params });
  }

  organisations(page: Page, filter: OrganisationsFilter): Promise<ConnectionModel<OrganisationModel>> {
    const { spec, params } = organisationsList(filter);
    return listNodes<OrganisationModel>(this.db, spec, { ...page, params });
  }

  councils(page: Page, filter: CouncilsFilter): Promise<ConnectionModel<OrganisationModel>> {
    const { spec, params } = councilsList(filter);
    return listNodes<OrganisationModel>(this.db, spec, { ...page, params });
  }
}
