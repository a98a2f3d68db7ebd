import type { DocumentModel } from '../graph/graph.mappers.js';
import type { ConnectionModel } from '../pagination/pagination.js';

export type DocumentConnectionModel = ConnectionModel<DocumentModel>;
