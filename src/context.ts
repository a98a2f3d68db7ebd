import { randomUUID } from 'node:crypto';
import type { Database } from './neo4j/database.js';
import { EntitiesRepository } from './modules/entities/entities.repository.js';
import { createEntityLoaders } from './modules/entities/entities.loaders.js';

/** Built fresh for every request, so DataLoader caches never outlive one operation. */
export function createContext(db: Database, requestId: string = randomUUID()) {
  const entities = new EntitiesRepository(db);
  return {
    requestId,
    repositories: { entities },
    loaders: { ...createEntityLoaders(entities) },
  };
}

export type Context = ReturnType<typeof createContext>;
