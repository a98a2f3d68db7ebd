import type { Resolvers } from '../../__generated__/resolvers-types.js';
import type { Context } from '../../context.js';
import { userInputError } from '../../errors.js';
import { MAX_PAGE_SIZE } from '../pagination/pagination.js';
import { labelOfId } from './node.ids.js';

/** Loads any object by id through the loader of its type, so one request batches them all. */
function loadNode(id: string, { loaders }: Context) {
  switch (labelOfId(id)) {
    case 'Person':
      return loaders.person.load(id);
    case 'Organisation':
      return loaders.organisation.load(id);
    default:
      return null;
  }
}

export const nodeResolvers: Resolvers = {
  Query: {
    node: (_, { id }, context) => loadNode(id, context),
    nodes: (_, { ids }, context) => {
      if (ids.length > MAX_PAGE_SIZE) throw userInputError(`\`ids\` may hold at most ${MAX_PAGE_SIZE} ids.`, 'ids');
      return Promise.all(ids.map((id) => loadNode(id, context)));
    },
  },
  Node: {
    __resolveType: (node) => node.__typename,
  },
};
