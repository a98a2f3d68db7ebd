import type { Resolvers } from '../../__generated__/resolvers-types.js';
import { notFoundError } from '../../errors.js';
import { ENTITY_LABELS, isFact, labelOfId } from '../../model/model.js';
import { loadExisting, loadMany, loadRequired } from '../graph/graph.load.js';
import { checkFirst, offsetConnection, offsetOf } from '../pagination/pagination.js';
import { neighbourhoodArgs, pathArgs, tenureMatch } from './analysis.arguments.js';
import type { PathModel, PathStepModel } from './analysis.mappers.js';

/** Turns the ids and relationships of one Cypher path into steps that name their fact. */
function toPath(ids: string[], rels: { type: string; from: string; to: string; quote: string | null }[]): PathModel {
  const steps: PathStepModel[] = rels.map((rel, index) => {
    const fromId = ids[index]!;
    const toId = ids[index + 1]!;
    const factId =
      [fromId, toId].find((id) => {
        const label = labelOfId(id);
        return label !== null && !ENTITY_LABELS.includes(label);
      }) ?? null;
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
    paths: async (_, args, context) => {
      const { from, to, maxHops, first, viaDocuments } = pathArgs(args);
      const [start, end] = await context.loaders.node.loadMany([from, to]);
      if (!start) throw notFoundError(`No node has the id "${from.slice(0, 80)}".`, from);
      if (!end) throw notFoundError(`No node has the id "${to.slice(0, 80)}".`, to);
      const rows = await context.repositories.analysis.paths(from, to, maxHops, first, viaDocuments);
      return rows.map((row) => toPath(row.ids, row.rels));
    },
    neighbourhood: async (_, args, { repositories }) => {
      const checked = neighbourhoodArgs(args);
      const found = await repositories.analysis.neighbourhood(checked);
      if (!found) throw notFoundError(`No node has the id "${checked.id.slice(0, 80)}".`, checked.id);
      return { center: found.nodes[0]!, ...found };
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
    evidence: async (step, _, context) => {
      if (step.ownEvidence) return [{ document: await loadRequired(context, step.ownEvidence.documentId, 'Document'), quote: step.ownEvidence.quote }];
      const label = step.factId ? labelOfId(step.factId) : null;
      if (!step.factId || !label) return [];
      const rows = await context.loaders.relation(label, 'evidence', step.factId);
      return rows.map((row) => ({ document: row.node as never, quote: row.quote ?? '' }));
    },
  },
};
