import type { FactModel, NodeModel, StatementModel, TenureModel } from '../../model/model.js';
import type { ConnectionModel } from '../pagination/pagination.js';

export interface CareerTransitionModel {
  personId: string;
  from: TenureModel;
  to: TenureModel;
  ordering: 'CERTAIN' | 'UNDATED';
}

export type CareerTransitionConnectionModel = ConnectionModel<CareerTransitionModel>;
export type StatementConnectionModel = ConnectionModel<StatementModel>;

export interface PathStepModel {
  fromId: string;
  toId: string;
  relationship: string;
  forward: boolean;
  /** The fact at one end of the step, if either end is a fact. */
  factId: string | null;
  /** The quote of an EVIDENCED_BY step. */
  ownEvidence: { documentId: string; quote: string } | null;
}

export interface PathModel {
  ids: string[];
  steps: PathStepModel[];
}

export interface NeighbourhoodModel {
  center: NodeModel;
  nodes: NodeModel[];
  edges: { from: string; to: string; type: string; quote: string | null }[];
  truncated: boolean;
}

export type { FactModel };
