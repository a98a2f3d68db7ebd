import DataLoader from 'dataloader';
import type { EntitiesRepository } from './entities.repository.js';
import type { OrganisationModel, PersonModel } from './entities.mappers.js';

/** Results in key order, null where an id matched nothing (never Cypher's row order). */
export function inKeyOrder<T extends { id: string }>(ids: readonly string[], rows: T[]): (T | null)[] {
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => byId.get(id) ?? null);
}

export function createEntityLoaders(repository: EntitiesRepository) {
  return {
    person: new DataLoader<string, PersonModel | null>(async (ids) =>
      inKeyOrder(ids, await repository.peopleByIds(ids)),
    ),
    organisation: new DataLoader<string, OrganisationModel | null>(async (ids) =>
      inKeyOrder(ids, await repository.organisationsByIds(ids)),
    ),
  };
}

export type EntityLoaders = ReturnType<typeof createEntityLoaders>;
