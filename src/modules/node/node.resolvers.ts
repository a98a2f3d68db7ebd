import type { Resolvers } from '../../__generated__/resolvers-types.js';
import { userInputError } from '../../errors.js';
import { MAX_PAGE_SIZE } from '../pagination/pagination.js';

export const nodeResolvers: Resolvers = {
  Query: {
    // Root lookups: a merged id answers the node kept; a retracted node only when asked for.
    node: (_, { id, includeRetracted }, { loaders }) => loaders.node.lookUp(id, includeRetracted ?? false),
    nodes: (_, { ids, includeRetracted }, { loaders }) => {
      if (ids.length > MAX_PAGE_SIZE) throw userInputError(`\`ids\` may hold at most ${MAX_PAGE_SIZE} ids.`, 'ids');
      return Promise.all(ids.map((id) => loaders.node.lookUp(id, includeRetracted ?? false)));
    },
  },
  Node: {
    __resolveType: (node) => node.__typename,
  },
};
