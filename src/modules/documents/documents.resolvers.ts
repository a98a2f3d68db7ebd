import type { Resolvers } from '../../__generated__/resolvers-types.js';
import { isFact, type FactModel } from '../graph/graph.mappers.js';
import { loadMany, loadRequired, loadTyped } from '../graph/graph.load.js';

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
    outlet: (doc, _, context) => (doc.outletId ? loadRequired(context, doc.outletId, 'Organisation') : null),
    authors: (doc, _, context) => Promise.all(doc.authorIds.map((id) => loadRequired(context, id, 'Person'))),
    text: async (doc, _, { loaders }) => (await loaders.documentText.load(doc.id)) ?? '',
    supports: async (doc, _, { loaders }) => {
      const rows = await loaders.supportedFacts.load(doc.id);
      return rows
        .filter((row): row is typeof row & { node: FactModel } => isFact(row.node))
        .map((row) => ({ fact: row.node, quote: row.quote ?? '' }));
    },
    mentions: async (doc, _, context) => {
      const rows = await context.loaders.mentions.load(doc.id);
      return loadMany(context, rows.map((row) => row.node.id));
    },
  },
  DocumentConnection: { totalCount: (connection) => connection.totalCount() },
};
