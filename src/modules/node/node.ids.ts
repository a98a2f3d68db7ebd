/** The Neo4j label of the nodes an id prefix names; ids are `<prefix>:<slug>`. */
const LABEL_BY_PREFIX = {
  person: 'Person',
  council: 'Organisation',
  trust: 'Organisation',
  org: 'Organisation',
  doc: 'Document',
  policy: 'Policy',
  tenure: 'Tenure',
  arrangement: 'ServiceArrangement',
  inspection: 'Inspection',
  direction: 'Direction',
  event: 'Event',
  statement: 'Statement',
} as const;

export type IdLabel = (typeof LABEL_BY_PREFIX)[keyof typeof LABEL_BY_PREFIX];

export function labelOfId(id: string): IdLabel | null {
  const colon = id.indexOf(':');
  if (colon < 1) return null;
  const prefix = id.slice(0, colon);
  return Object.hasOwn(LABEL_BY_PREFIX, prefix) ? LABEL_BY_PREFIX[prefix as keyof typeof LABEL_BY_PREFIX] : null;
}

export const ID_PREFIXES = Object.keys(LABEL_BY_PREFIX);
