import type { Resolvers } from '../../__generated__/resolvers-types.js';
import { loadTyped } from '../graph/graph.load.js';
import { sliceConnection } from '../pagination/pagination.js';

const order = (orderBy: { field: 'NAME' | 'ID'; direction?: 'ASC' | 'DESC' | null } | null | undefined) => ({
  field: orderBy?.field ?? 'NAME',
  direction: orderBy?.direction ?? 'ASC',
});

// Relation fields (tenures, leaders, arrangements...) come from the graph model (graph.resolvers.ts).
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
  Organisation: {
    // In the order timelineMatch (graph.repository.ts) gives, which the compiler uses too.
    timeline: async (org, { first, after }, context) => sliceConnection(await context.loaders.timeline(org.id), first, after, 100),
  },
  PersonConnection: { totalCount: (connection) => connection.totalCount() },
  OrganisationConnection: { totalCount: (connection) => connection.totalCount() },
};
