import type { NodeLabelFragment } from './__generated__/graphql';

// How nodes, kinds and enums read in the explorer, and where each node is shown.

export const FACT_TYPES = new Set(['Tenure', 'ServiceArrangement', 'Inspection', 'Direction', 'Event', 'Statement', 'Affiliation', 'Policy']);

const TYPE_LABELS: Record<string, string> = {
  Person: 'person',
  Organisation: 'organisation',
  Document: 'document',
  Policy: 'policy',
  Tenure: 'role',
  ServiceArrangement: 'service arrangement',
  Inspection: 'inspection',
  Direction: 'statutory direction',
  Event: 'event',
  Statement: 'statement',
  Affiliation: 'affiliation',
};

export function typeLabel(typename: string): string {
  return TYPE_LABELS[typename] ?? typename;
}

type Labelled = { __typename?: string; id: string; name?: string; title?: string };

/** A node's readable name: its name, or a document's title. */
export function nodeName(node: Labelled | NodeLabelFragment): string {
  if ('name' in node && node.name) return node.name;
  if ('title' in node && node.title) return node.title;
  return node.id;
}

/** An id as it goes into a URL: encoded, but keeping its colon readable (`person:andy-couldrick`). */
export function urlId(id: string): string {
  return encodeURIComponent(id).replace(/%3A/gi, ':');
}

/** Where a node is shown: documents on /document/, everything else on /entity/. */
export function nodeHref(node: { __typename?: string; id: string }): string {
  return node.__typename === 'Document' || (!node.__typename && node.id.startsWith('doc:')) ? `/document/${urlId(node.id)}` : `/entity/${urlId(node.id)}`;
}

/** The link to a passage of a document: `/document/<id>#<start>-<end>`. */
export function passageHref(documentId: string, start: number, end: number): string {
  return `/document/${urlId(documentId)}#${start}-${end}`;
}

/** A query string whose ids stay readable: `from=person:andy-couldrick&to=...`. */
export function queryString(params: Record<string, string>): string {
  return Object.entries(params)
    .map(([key, value]) => `${encodeURIComponent(key)}=${urlId(value)}`)
    .join('&');
}

/** SCREAMING_CASE enum values in words: `REQUIRES_IMPROVEMENT` -> "requires improvement". */
export function enumLabel(value: string): string {
  const special: Record<string, string> = {
    DIRECTOR_OF_CHILDRENS_SERVICES: 'director of children’s services',
    CHILDRENS_TRUST: 'children’s trust',
    CHILDRENS_COMMISSIONER: 'Children’s Commissioner',
    MANDATED_BY_DFE: 'mandated by the DfE',
    MP: 'MP',
  };
  return special[value] ?? value.toLowerCase().replace(/_/g, ' ');
}

export const GRADES = ['INADEQUATE', 'REQUIRES_IMPROVEMENT', 'GOOD', 'OUTSTANDING'] as const;

export function gradeLabel(grade: string | null | undefined): string {
  if (!grade) return 'grade not stated';
  const text = enumLabel(grade);
  return text.charAt(0).toUpperCase() + text.slice(1);
}
