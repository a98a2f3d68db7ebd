import type { NodeModel } from '../graph/graph.mappers.js';
import type { ConnectionModel } from '../pagination/pagination.js';

export interface SearchResultModel {
  node: NodeModel;
  score: number;
  matched: string;
}

export type SearchConnectionModel = ConnectionModel<SearchResultModel>;
