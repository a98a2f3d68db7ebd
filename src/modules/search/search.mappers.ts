import type { DocumentModel, NodeModel } from '../graph/graph.mappers.js';
import type { ConnectionModel } from '../pagination/pagination.js';
import type { SearchTerm } from './search.lucene.js';
import type { HitData } from './search.snippet.js';

export interface SearchResultModel {
  node: NodeModel;
  score: number;
  /** What the field, the match and the snippet are worked out from (search.snippet.ts). */
  hit: HitData;
  terms: readonly SearchTerm[];
  /** The document of a QUOTE or TEXT hit, whose text the snippet is placed in. */
  document: DocumentModel | null;
}

export type SearchConnectionModel = ConnectionModel<SearchResultModel>;
