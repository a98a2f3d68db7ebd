import type { Resolvers } from '../../__generated__/resolvers-types.js';
import { userInputError } from '../../errors.js';
import { MAX_PAGE_SIZE } from '../pagination/pagination.js';

export const nodeResolvers: Resolvers = {
  Query: {
    node: (_, { id }, { loaders }) => loaders.node.load(id),
    nodes: (_, { ids }, { loaders }) => {
      if (ids.length > MAX_PAGE_SIZE) throw userInputError(`\`ids\` may hold at most ${MAX_PAGE_SIZE} ids.`, 'ids');
      return Promise.all(ids.map((id) => loaders.node.load(id)));
    },
  },
  Node: {
    __resolveType: (node) => node.__typename,
  },
};
