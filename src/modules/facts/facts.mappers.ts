import type { DocumentModel, FactModel } from '../../model/model.js';
import type { TimelineRow } from '../graph/graph.repository.js';
import type { ConnectionModel } from '../pagination/pagination.js';

/** An EVIDENCED_BY relationship seen from its fact: the document and the quote. */
export interface EvidenceModel {
  document: DocumentModel;
  quote: string;
}

/** An EVIDENCED_BY relationship seen from its document. */
export interface SupportedFactModel {
  fact: FactModel;
  quote: string;
}

export type TimelineEntryModel = TimelineRow;
export type TimelineConnectionModel = ConnectionModel<TimelineEntryModel>;
