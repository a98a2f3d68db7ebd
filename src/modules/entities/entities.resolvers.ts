import type { Resolvers } from '../../__generated__/resolvers-types.js';
import type { Context } from '../../context.js';
import { compareByDate, compareText, factDate, isFact, type FactModel, type NodeModel } from '../graph/graph.mappers.js';
import { loadTyped } from '../graph/graph.load.js';
import type { RelationName } from '../graph/graph.repository.js';
import { buildTimeline } from '../facts/facts.timeline.js';
import { sliceConnection } from '../pagination/pagination.js';

/** The nodes of one relation of `id`, narrowed to a type and sorted by date (undated last). */
async function relatedFacts<N extends FactModel['__typename']>(
  context: Context,
  relation: RelationName,
  id: string,
  typename: N,
): Promise<Extract<FactModel, { __typename: N }>[]> {
  type T = Extract<FactModel, { __typename: N }>;
  const rows = await context.loaders[relation].load(id);
  const facts = rows.map((row) => row.node).filter((node): node is T => node.__typename === typename);
  return facts.sort((a, b) => compareByDate(factDate(a), factDate(b)) || compareText(a.id, b.id));
}

/** Documents of a relation, newest first (undated last). */
async function relatedDocuments(context: Context, relation: RelationName, id: string) {
  const rows = await context.loaders[relation].load(id);
  const docs = rows.map((row) => row.node).filter((node) => node.__typename === 'Document');
  // Newest first, undated last: reverse the order of dated documents only.
  return docs.sort((a, b) =>
    a.published && b.published ? (-compareByDate(a.published, b.published) || compareText(a.title, b.title) || compareText(a.id, b.id))
      : compareByDate(a.published, b.published) || compareText(a.title, b.title) || compareText(a.id, b.id),
  );
}

const order = (orderBy: { field: 'NAME' | 'ID'; direction?: 'ASC' | 'DESC' | null } | null | undefined) => ({
  field: orderBy?.field ?? 'NAME',
  direction: orderBy?.direction ?? 'ASC',
});

export const entitiesResolvers: Resolvers = {
  Query: {
    person: (_, { id }, context) => loadTyped(context, id, 'Person'),
    organisation: (_, { id }, context) => loadTyped(context, id, 'Organisation'),
    people: (_, { first, after, filter, orderBy }, { repositories }) =>
      repositories.entities.people({ first, after, ...order(orderBy) }, filter ?? {}),
    organisations: (_, { first, after, filter, orderBy }, { repositories }) =>
      repositories.entities.organisations({ first, after, ...order(orderBy) }, filter ?? {}),
    councils: (_, { first, after, filter, orderBy }, { repositories }) =>
      repositories.entities.councils({ first, after, ...order(orderBy) }, filter ?? {}),
  },
  Person: {
    tenures: async (person, { roleKinds }, context) => {
      const tenures = await relatedFacts(context, 'tenuresByPerson', person.id, 'Tenure');
      return roleKinds?.length ? tenures.filter((t) => roleKinds.includes(t.roleKind as never)) : tenures;
    },
    statements: (person, _, context) => relatedFacts(context, 'statementsBySpeaker', person.id, 'Statement'),
    authored: (person, _, context) => relatedDocuments(context, 'authoredBy', person.id),
    mentionedIn: async (person, { first, after }, context) =>
      sliceConnection(await relatedDocuments(context, 'mentionedIn', person.id), first, after),
  },
  Organisation: {
    tenures: async (org, { roleKinds }, context) => {
      const tenures = await relatedFacts(context, 'tenuresByOrganisation', org.id, 'Tenure');
      return roleKinds?.length ? tenures.filter((t) => roleKinds.includes(t.roleKind as never)) : tenures;
    },
    leaders: (org, _, context) => relatedFacts(context, 'leadersByOrganisation', org.id, 'Tenure'),
    arrangements: (org, _, context) => relatedFacts(context, 'arrangementsByCouncil', org.id, 'ServiceArrangement'),
    provides: (org, _, context) => relatedFacts(context, 'arrangementsByProvider', org.id, 'ServiceArrangement'),
    inspections: (org, _, context) => relatedFacts(context, 'inspectionsBySubject', org.id, 'Inspection'),
    latestInspection: async (org, _, context) => (await relatedFacts(context, 'latestInspection', org.id, 'Inspection'))[0] ?? null,
    directions: (org, _, context) => relatedFacts(context, 'directionsByCouncil', org.id, 'Direction'),
    timeline: async (org, { first, after }, context) => {
      const rows = await context.loaders.timelineFacts.load(org.id);
      const facts = rows.map((row) => row.node).filter((node: NodeModel): node is FactModel => isFact(node));
      return sliceConnection(buildTimeline(facts), first, after, 100);
    },
    mentionedIn: async (org, { first, after }, context) =>
      sliceConnection(await relatedDocuments(context, 'mentionedIn', org.id), first, after),
  },
  PersonConnection: { totalCount: (connection) => connection.totalCount() },
  OrganisationConnection: { totalCount: (connection) => connection.totalCount() },
};
