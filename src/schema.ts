import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Resolvers } from './__generated__/resolvers-types.js';
import { PROJECT_ROOT } from './neo4j/managed.js';
import { analysisResolvers } from './modules/analysis/analysis.resolvers.js';
import { documentsResolvers } from './modules/documents/documents.resolvers.js';
import { entitiesResolvers } from './modules/entities/entities.resolvers.js';
import { factsResolvers } from './modules/facts/facts.resolvers.js';
import { graphResolvers } from './modules/graph/graph.resolvers.js';
import { searchResolvers } from './modules/search/search.resolvers.js';
import { nodeResolvers } from './modules/node/node.resolvers.js';
import { writeResolvers } from './modules/write/write.resolvers.js';
import { authResolvers } from './modules/auth/auth.resolvers.js';

const SCHEMA_DIR = join(PROJECT_ROOT, 'schema');

/** The SDL files of schema/, base.graphql first. */
export function loadTypeDefs(): string[] {
  const files = readdirSync(SCHEMA_DIR)
    .filter((file) => file.endsWith('.graphql'))
    .sort((a, b) => (a === 'base.graphql' ? -1 : b === 'base.graphql' ? 1 : a.localeCompare(b)));
  return files.map((file) => readFileSync(join(SCHEMA_DIR, file), 'utf8'));
}

/** Merges each module's resolver map; a type defined twice is a programming error. */
export function mergeResolvers(...maps: Resolvers[]): Resolvers {
  const merged: Record<string, Record<string, unknown>> = {};
  for (const map of maps) {
    for (const [type, fields] of Object.entries(map)) {
      const target = (merged[type] ??= {});
      for (const [field, resolver] of Object.entries(fields as Record<string, unknown>)) {
        if (field in target) throw new Error(`Resolver ${type}.${field} is defined twice`);
        target[field] = resolver;
      }
    }
  }
  return merged as Resolvers;
}

export const resolvers = mergeResolvers(
  graphResolvers,
  nodeResolvers,
  entitiesResolvers,
  documentsResolvers,
  factsResolvers,
  searchResolvers,
  analysisResolvers,
  authResolvers,
  writeResolvers,
);
