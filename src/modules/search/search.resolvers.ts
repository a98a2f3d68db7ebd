import type { Resolvers } from '../../__generated__/resolvers-types.js';
import { checkFirst, offsetConnection, offsetOf } from '../pagination/pagination.js';
import { bestMatch, searchLabels, searchQuery } from './search.lucene.js';

export const searchResolvers: Resolvers = {
  Query: {
    search: async (_, { query, kinds, first, after }, { repositories }) => {
      const lucene = searchQuery(query);
      const size = checkFirst(first);
      const offset = offsetOf(after);
      const labels = searchLabels(kinds);
      const hits = await repositories.search.search(lucene, labels, offset, size + 1);
      return offsetConnection(
        hits.map((hit) => ({ node: hit.node, score: hit.score, matched: bestMatch(hit.node, query) })),
        size,
        offset,
        () => repositories.search.count(lucene, labels),
      );
    },
  },
  SearchConnection: { totalCount: (connection) => connection.totalCount() },
};
