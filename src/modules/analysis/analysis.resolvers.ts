import type { NodeKind, Resolvers, TenureFilter } from '../../__generated__/resolvers-types.js';
import { notFoundError, userInputError } from '../../errors.js';
import { kindLabels } from '../entities/entities.mappers.js';
import { isFact } from '../graph/graph.mappers.js';
import { loadExisting, loadMany, loadRequired } from '../graph/graph.load.js';
import { labelOfId } from '../node/node.ids.js';
import { checkFirst, offsetConnection, offsetOf } from '../pagination/pagination.js';
import type { TenureMatch } from './analysis.repository.js';
import type { PathModel, PathStepModel } from './analysis.mappers.js';

export const LIMITS = { maxHops: 10, maxPaths: 25, maxDepth: 3, maxNeighbourhood: 500 };

const NODE_KIND_LABELS: Record<NodeKind, string> = {
  PERSON: 'Person',
  ORGANISATION: 'Organisation',
  DOCUMENT: 'Document',
  POLICY: 'Policy',
  TENURE: 'Tenure',
  SERVICE_ARRANGEMENT: 'ServiceArrangement',
  INSPECTION: 'Inspection',
  DIRECTION: 'Direction',
  EVENT: 'Event',
  STATEMENT: 'Statement',
};

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

/** Turns the ids and relationships of one Cypher path into steps that name their fact. */
function toPath(ids: string[], rels: { type: string; from: string; to: string; quote: string | null }[]): PathModel {
  const steps: PathStepModel[] = rels.map((rel, index) => {
    const fromId = ids[index]!;
    const toId = ids[index + 1]!;
    const ends = [fromId, toId];
    const factId = ends.find((id) => !['Person', 'Organisation', 'Document', null].includes(labelOfId(id))) ?? null;
    return {
      fromId,
      toId,
      relationship: rel.type,
      forward: rel.from === fromId,
      factId,
      ownEvidence: rel.type === 'EVIDENCED_BY' && rel.quote !== null ? { documentId: rel.to, quote: rel.quote } : null,
    };
  });
  return { ids, steps };
}

export const analysisResolvers: Resolvers = {
  Query: {
    careerTransitions: async (_, { from, to, strict, first, after }, { repositories }) => {
      const size = checkFirst(first);
      const offset = offsetOf(after);
      const fromMatch = tenureMatch(from);
      const toMatch = tenureMatch(to);
      const rows = await repositories.analysis.careerTransitions(fromMatch, toMatch, strict ?? false, offset, size + 1);
      return offsetConnection(rows, size, offset, () =>
        repositories.analysis.countCareerTransitions(fromMatch, toMatch, strict ?? false),
      );
    },
    paths: async (_, { from, to, maxHops, first, viaDocuments }, context) => {
      const { repositories } = context;
      requireKnownId(from, 'from');
      requireKnownId(to, 'to');
      if (from === to) throw userInputError('`from` and `to` must be different nodes.', 'to');
      const hops = inRange(maxHops ?? 6, 1, LIMITS.maxHops, 'maxHops');
      const count = inRange(first ?? 5, 1, LIMITS.maxPaths, 'first');
      const [start, end] = await context.loaders.node.loadMany([from, to]);
      if (!start) throw notFoundError(`No node has the id "${from.slice(0, 80)}".`, from);
      if (!end) throw notFoundError(`No node has the id "${to.slice(0, 80)}".`, to);
      const rows = await repositories.analysis.paths(from, to, hops, count, viaDocuments ?? false);
      return rows.map((row) => toPath(row.ids, row.rels));
    },
    neighbourhood: async (_, { id, depth, kinds, limit }, { repositories }) => {
      requireKnownId(id, 'id');
      const levels = inRange(depth ?? 1, 1, LIMITS.maxDepth, 'depth');
      const cap = inRange(limit ?? 200, 1, LIMITS.maxNeighbourhood, 'limit');
      const labels = kinds?.length
        ? kinds.map((kind) => NODE_KIND_LABELS[kind])
        : Object.values(NODE_KIND_LABELS).filter((label) => label !== 'Document');
      const found = await repositories.analysis.neighbourhood(id, levels, labels, cap);
      if (!found) throw notFoundError(`No node has the id "${id.slice(0, 80)}".`, id);
      const center = found.rows.find((row) => row.node.id === id)!.node;
      return {
        center,
        nodes: found.rows.map((row) => row.node),
        edges: found.rows.flatMap((row) => row.edges.map((edge) => ({ from: row.node.id, ...edge }))),
        truncated: found.truncated,
      };
    },
    statements: async (_, { about, speaker, stance, first, after }, { repositories }) =>
      repositories.analysis.statements({ first, after }, { about: about ?? null, speaker: speaker ?? null, stance: stance ?? null }),
  },
  CareerTransition: {
    person: (t, _, context) => loadRequired(context, t.personId, 'Person'),
  },
  CareerTransitionConnection: { totalCount: (connection) => connection.totalCount() },
  StatementConnection: { totalCount: (connection) => connection.totalCount() },
  Path: {
    length: (path) => path.steps.length,
    nodes: (path, _, context) => loadMany(context, path.ids),
    steps: (path) => path.steps,
  },
  PathStep: {
    from: (step, _, context) => loadExisting(context, step.fromId),
    to: (step, _, context) => loadExisting(context, step.toId),
    fact: async (step, _, context) => {
      if (!step.factId) return null;
      const node = await context.loaders.node.load(step.factId);
      return node && isFact(node) ? node : null;
    },
    evidence: async (step, _, { loaders }) => {
      if (step.ownEvidence) return [step.ownEvidence];
      if (!step.factId) return [];
      return (await loaders.evidence.load(step.factId)).map((row) => ({ documentId: row.node.id, quote: row.quote ?? '' }));
    },
  },
};
