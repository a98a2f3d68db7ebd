import type { Database } from '../../neo4j/database.js';
import type { DocumentModel } from '../../model/model.js';
import { MATCH_NODE_BY_ID } from '../graph/graph.repository.js';
import { listNodes, type ListSpec } from '../pagination/keyset.js';
import { checkIsoDate } from '../pagination/pagination.js';

const DOCUMENT_FILTERS = [
    '($titleContains IS NULL OR toLower(n.title) CONTAINS $titleContains)',
    '($kinds IS NULL OR n.kind IN $kinds)',
    `($mentions IS NULL OR EXISTS { MATCH (n)-[:MENTIONS]->(m) WHERE m.id = $mentions })`,
    '($publishedFrom IS NULL OR n.publishedLatest >= date($publishedFrom))',
    '($publishedTo IS NULL OR n.publishedEarliest <= date($publishedTo))',
];
const DOCUMENT_SORTS: ListSpec['sortKeys'] = {
  TITLE: 'n.title',
  // Undated documents come last either way: '~' follows every digit, '' precedes them.
  PUBLISHED: { ASC: "coalesce(toString(n.publishedEarliest), '~')", DESC: "coalesce(toString(n.publishedEarliest), '')" },
};

const DOCUMENTS: ListSpec = { name: 'listDocuments', match: 'MATCH (n:Document)', labels: ['Document'], where: DOCUMENT_FILTERS, sortKeys: DOCUMENT_SORTS };
// Documents that mention an entity: start from the entity (an index seek), not every document.
const DOCUMENTS_MENTIONING: ListSpec = {
  name: 'listDocumentsMentioning',
  // MATCH_NODE_BY_ID finds the entity only if reads show it.
  match: `WITH $mentions AS id\n${MATCH_NODE_BY_ID}\nWITH n AS subject\nMATCH (subject)<-[:MENTIONS]-(n:Document)`,
  labels: ['Document'],
  where: DOCUMENT_FILTERS,
  sortKeys: DOCUMENT_SORTS,
};

export interface DocumentFilterArgs {
  titleContains?: string | null;
  kinds?: string[] | null;
  mentions?: string | null;
  publishedFrom?: string | null;
  publishedTo?: string | null;
}

/**
 * The list query and parameters for a document filter (listNodes or a compiled operation);
 * BAD_USER_INPUT for a malformed publication date.
 */
export function documentsList(filter: DocumentFilterArgs): { spec: ListSpec; params: Record<string, unknown> } {
  return {
    spec: filter.mentions ? DOCUMENTS_MENTIONING : DOCUMENTS,
    params: {
      titleContains: filter.titleContains ? filter.titleContains.toLowerCase() : null,
      kinds: filter.kinds?.length ? filter.kinds : null,
      mentions: filter.mentions ?? null,
      publishedFrom: checkIsoDate(filter.publishedFrom, 'filter.publishedFrom'),
      publishedTo: checkIsoDate(filter.publishedTo, 'filter.publishedTo'),
    },
  };
}

/** Document lists; single documents, their facts and mentions go through the graph loaders. */
export class DocumentsRepository {
  constructor(private readonly db: Database) {}

  documents(
    page: { first: number | null | undefined; after: string | null | undefined; field: 'TITLE' | 'PUBLISHED'; direction: 'ASC' | 'DESC' },
    filter: DocumentFilterArgs,
  ) {
    const { spec, params } = documentsList(filter);
    return listNodes<DocumentModel>(this.db, spec, { ...page, params });
  }
}
