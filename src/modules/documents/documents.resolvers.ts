import type { Resolvers } from '../../__generated__/resolvers-types.js';
import { loadTyped } from '../graph/graph.load.js';

// Relation fields (outlet, authors, supports, mentions) come from the graph model (graph.resolvers.ts).
export const documentsResolvers: Resolvers = {
  Query: {
    document: (_, { id }, context) => loadTyped(context, id, 'Document'),
    documents: (_, { first, after, filter, orderBy }, { repositories }) =>
      repositories.documents.documents(
        { first, after, field: orderBy?.field ?? 'TITLE', direction: orderBy?.direction ?? 'ASC' },
        filter ?? {},
      ),
  },
  Document: {
    // The text is a heavy property: read only when asked for.
    text: async (doc, _, { loaders }) => (await loaders.documentText.load(doc.id)) ?? '',
  },
  DocumentConnection: { totalCount: (connection) => connection.totalCount() },
};
