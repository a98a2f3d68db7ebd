import { randomUUID } from 'node:crypto';
import type { Database } from './neo4j/database.js';
import { AnalysisRepository } from './modules/analysis/analysis.repository.js';
import { DocumentsRepository } from './modules/documents/documents.repository.js';
import { EntitiesRepository } from './modules/entities/entities.repository.js';
import { createGraphLoaders } from './modules/graph/graph.loaders.js';
import type { NodeModel } from './modules/graph/graph.mappers.js';
import { GraphRepository } from './modules/graph/graph.repository.js';
import { SearchRepository } from './modules/search/search.repository.js';

/** Built fresh for every request, so DataLoader caches never outlive one operation. */
export function createContext(db: Database, requestId: string = randomUUID()) {
  const loaders = createGraphLoaders(new GraphRepository(db));
  // Lists prime the node loader, so resolving a listed node again costs no round trip.
  const prime = (model: NodeModel) => void loaders.node.prime(model.id, model);
  return {
    requestId,
    loaders,
    repositories: {
      entities: new EntitiesRepository(db, prime),
      documents: new DocumentsRepository(db, prime),
      search: new SearchRepository(db),
      analysis: new AnalysisRepository(db, prime),
    },
  };
}

export type Context = ReturnType<typeof createContext>;
