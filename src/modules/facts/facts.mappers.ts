import type { FactModel, PartialDateModel } from '../graph/graph.mappers.js';
import type { ConnectionModel } from '../pagination/pagination.js';

export interface EvidenceModel {
  documentId: string;
  quote: string;
}

export interface SupportedFactModel {
  fact: FactModel;
  quote: string;
}

export type TimelineEntryKindValue =
  | 'TENURE_START'
  | 'TENURE_END'
  | 'ARRANGEMENT_START'
  | 'ARRANGEMENT_END'
  | 'INSPECTION'
  | 'DIRECTION'
  | 'EVENT'
  | 'STATEMENT';

export interface TimelineEntryModel {
  date: PartialDateModel | null;
  kind: TimelineEntryKindValue;
  fact: FactModel;
}

export type TimelineConnectionModel = ConnectionModel<TimelineEntryModel>;
