import { randomUUID } from 'node:crypto';
import type { Database } from './neo4j/database.js';
import { AnalysisRepository } from './modules/analysis/analysis.repository.js';
import { DocumentsRepository } from './modules/documents/documents.repository.js';
import { EntitiesRepository } from './modules/entities/entities.repository.js';
import { createGraphLoaders, type GraphLoaders } from './modules/graph/graph.loaders.js';
import type { NodeModel } from './modules/graph/graph.mappers.js';
import { GraphRepository } from './modules/graph/graph.repository.js';
import { SearchRepository } from './modules/search/search.repository.js';

function createRepositories(db: Database, prime: (model: NodeModel) => void) {
  return {
    entities: new EntitiesRepository(db, prime),
    documents: new DocumentsRepository(db, prime),
    search: new SearchRepository(db),
    analysis: new AnalysisRepository(db, prime),
  };
}

export interface Context {
  requestId: string;
  loaders: GraphLoaders;
  repositories: ReturnType<typeof createRepositories>;
}

/**
 * Built fresh for every request, so DataLoader caches never outlive one operation. Loaders
 * and repositories are made on first use: an operation answered by one compiled query
 * (modules/compiler) never touches them.
 */
export function createContext(db: Database, requestId: string = randomUUID()): Context {
  let loaders: GraphLoaders | undefined;
  let repositories: Context['repositories'] | undefined;
  const context: Context = {
    requestId,
    get loaders() {
      return (loaders ??= createGraphLoaders(new GraphRepository(db)));
    },
    // Lists prime the node loader, so resolving a listed node again costs no round trip.
    get repositories() {
      return (repositories ??= createRepositories(db, (model) => void context.loaders.node.prime(model.id, model)));
    },
  };
  return context;
}
