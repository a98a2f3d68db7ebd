import type { Resolvers } from '../../__generated__/resolvers-types.js';
import { checkFirst, decodeCursor, toConnection } from '../pagination/pagination.js';

function afterKey(after: string | null | undefined): { name: string; id: string } | null {
  if (!after) return null;
  const [name, id] = decodeCursor(after, 2);
  return { name: String(name), id: String(id) };
}

export const entitiesResolvers: Resolvers = {
  Query: {
    person: (_, { id }, { loaders }) => loaders.person.load(id),
    organisation: (_, { id }, { loaders }) => loaders.organisation.load(id),
    people: async (_, { first, after, filter }, { repositories }) => {
      const limit = checkFirst(first);
      const nameContains = filter?.nameContains ?? null;
      const rows = await repositories.entities.listPeople({ limit: limit + 1, after: afterKey(after), nameContains });
      return toConnection(
        rows,
        limit,
        Boolean(after),
        (p) => [p.name, p.id],
        () => repositories.entities.countPeople(nameContains),
      );
    },
    organisations: async (_, { first, after, filter }, { repositories }) => {
      const limit = checkFirst(first);
      const nameContains = filter?.nameContains ?? null;
      const kinds = filter?.kinds ?? null;
      const rows = await repositories.entities.listOrganisations({
        limit: limit + 1,
        after: afterKey(after),
        nameContains,
        kinds,
      });
      return toConnection(
        rows,
        limit,
        Boolean(after),
        (o) => [o.name, o.id],
        () => repositories.entities.countOrganisations(nameContains, kinds),
      );
    },
  },
  PersonConnection: { totalCount: (connection) => connection.totalCount() },
  OrganisationConnection: { totalCount: (connection) => connection.totalCount() },
};
