import type { NodeKind, TenureFilter } from '../../__generated__/resolvers-types.js';
import { userInputError } from '../../errors.js';
import { kindLabels, labelOfId, NODE_LABELS, nodeKindOf } from '../../model/model.js';
import type { TenureMatch } from './analysis.repository.js';

/**
 * The arguments of the relationship questions, checked once for both read paths (the
 * resolvers and the compiler): BAD_USER_INPUT for a value out of range.
 */

export const LIMITS = { maxHops: 10, maxPaths: 25, maxDepth: 3, maxNeighbourhood: 500 };

export function tenureMatch(filter: TenureFilter): TenureMatch {
  return {
    roleKinds: filter.roleKinds?.length ? filter.roleKinds : null,
    orgLabels: kindLabels(filter.organisationKinds),
    organisation: filter.organisation ?? null,
  };
}

export function inRange(value: number, min: number, max: number, argument: string): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw userInputError(`\`${argument}\` must be between ${min} and ${max}; got ${value}.`, argument);
  }
  return value;
}

export function requireKnownId(id: string, argument: string): void {
  if (labelOfId(id) === null) throw userInputError(`\`${argument}\` is not an id of this graph: "${id.slice(0, 80)}".`, argument);
}

const LABEL_OF_KIND = new Map(NODE_LABELS.map((label) => [nodeKindOf(label), label]));

export interface NeighbourhoodArgs {
  id: string;
  depth: number;
  /** Labels the neighbours may have; documents are left out unless asked for. */
  labels: string[];
  limit: number;
}

export function neighbourhoodArgs(args: { id: string; depth?: number | null; kinds?: readonly NodeKind[] | null; limit?: number | null }): NeighbourhoodArgs {
  requireKnownId(args.id, 'id');
  return {
    id: args.id,
    depth: inRange(args.depth ?? 1, 1, LIMITS.maxDepth, 'depth'),
    labels: args.kinds?.length ? args.kinds.map((kind) => LABEL_OF_KIND.get(kind) ?? kind) : NODE_LABELS.filter((label) => label !== 'Document'),
    limit: inRange(args.limit ?? 200, 1, LIMITS.maxNeighbourhood, 'limit'),
  };
}

export interface PathArgs {
  from: string;
  to: string;
  maxHops: number;
  first: number;
  viaDocuments: boolean;
}

export function pathArgs(args: { from: string; to: string; maxHops?: number | null; first?: number | null; viaDocuments?: boolean | null }): PathArgs {
  requireKnownId(args.from, 'from');
  requireKnownId(args.to, 'to');
  if (args.from === args.to) throw userInputError('`from` and `to` must be different nodes.', 'to');
  return {
    from: args.from,
    to: args.to,
    maxHops: inRange(args.maxHops ?? 6, 1, LIMITS.maxHops, 'maxHops'),
    first: inRange(args.first ?? 5, 1, LIMITS.maxPaths, 'first'),
    viaDocuments: args.viaDocuments ?? false,
  };
}
