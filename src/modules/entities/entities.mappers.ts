import type { ConnectionModel } from '../pagination/pagination.js';

/** What backs a `Person` in the resolvers: the node's own properties. */
export interface PersonModel {
  __typename: 'Person';
  id: string;
  name: string;
  aliases: string[];
  description: string | null;
}

/** What backs an `Organisation`: its properties and its kind labels as enum values. */
export interface OrganisationModel {
  __typename: 'Organisation';
  id: string;
  name: string;
  aliases: string[];
  kinds: OrganisationKindValue[];
  description: string | null;
}

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

export type PersonConnectionModel = ConnectionModel<PersonModel>;
export type OrganisationConnectionModel = ConnectionModel<OrganisationModel>;
