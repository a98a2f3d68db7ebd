import type { Resolvers } from '../../__generated__/resolvers-types.js';
import { loadShown } from '../graph/graph.load.js';

// Relation fields (a tenure's person, a fact's evidence...) come from the graph model (graph.resolvers.ts).
export const factsResolvers: Resolvers = {
  Fact: { __resolveType: (fact) => fact.__typename },
  Actor: { __resolveType: (actor) => actor.__typename },
  PartialDate: {
    // Null when the document is not shown (retracted), as the compiled date reads it.
    resolvedFrom: (date, _, context) => (date.resolvedFromId ? loadShown(context, date.resolvedFromId, 'Document') : null),
  },
  TimelineEntry: { fact: (entry) => entry.fact as never },
  TimelineConnection: { totalCount: (connection) => connection.totalCount() },
};
