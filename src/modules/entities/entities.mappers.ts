import type { ConnectionModel } from '../pagination/pagination.js';
import type { OrganisationModel, PersonModel } from '../graph/graph.mappers.js';

export type { OrganisationModel, PersonModel } from '../graph/graph.mappers.js';

export type OrganisationKindValue =
  | 'COUNCIL'
  | 'CHILDRENS_TRUST'
  | 'GOVERNMENT_BODY'
  | 'INSPECTORATE'
  | 'ASSOCIATION'
  | 'MEDIA_OUTLET'
  | 'UNIVERSITY'
  | 'COMPANY'
  | 'PARLIAMENTARY_COMMITTEE'
  | 'POLITICAL_PARTY'
  | 'CHARITY'
  | 'OTHER';

/** Neo4j kind label for each GraphQL kind; the labels read well in Neo4j Browser. */
export const KIND_LABELS: Record<OrganisationKindValue, string> = {
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
  OTHER: 'OtherOrganisation',
};

const KIND_BY_LABEL = new Map(Object.entries(KIND_LABELS).map(([kind, label]) => [label, kind as OrganisationKindValue]));

export function kindsFromLabels(labels: string[]): OrganisationKindValue[] {
  return labels.flatMap((label) => {
    const kind = KIND_BY_LABEL.get(label);
    return kind ? [kind] : [];
  });
}

export function kindLabels(kinds: readonly OrganisationKindValue[] | null | undefined): string[] | null {
  return kinds && kinds.length > 0 ? kinds.map((kind) => KIND_LABELS[kind]) : null;
}

export type PersonConnectionModel = ConnectionModel<PersonModel>;
export type OrganisationConnectionModel = ConnectionModel<OrganisationModel>;
