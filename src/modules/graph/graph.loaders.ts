import DataLoader from 'dataloader';
import { RELATION_NAMES, type GraphRepository, type RelatedRow, type RelationName } from './graph.repository.js';
import type { NodeModel } from './graph.mappers.js';

type Key = `node|${string}` | `${RelationName}|${string}`;
type Value = NodeModel | null | RelatedRow[];

export interface NodeLoader {
  load(id: string): Promise<NodeModel | null>;
  loadMany(ids: readonly string[]): Promise<(NodeModel | null)[]>;
  prime(id: string, model: NodeModel): void;
}

export interface RelationLoader {
  load(id: string): Promise<RelatedRow[]>;
}

/**
 * Per-request loaders over ONE DataLoader: every node lookup and relation expansion that a
 * level of the query asks for in the same tick goes to Neo4j as a single round trip.
 */
export function createGraphLoaders(repository: GraphRepository) {
  const graph = new DataLoader<Key, Value | Error>(async (keys) => {
    const nodeIds: string[] = [];
    const relations: Partial<Record<RelationName, string[]>> = {};
    for (const key of keys) {
      const split = key.indexOf('|');
      const kind = key.slice(0, split);
      const id = key.slice(split + 1);
      if (kind === 'node') nodeIds.push(id);
      else (relations[kind as RelationName] ??= []).push(id);
    }
    const result = await repository.batch({ nodeIds, relations });
    // Nodes reached through a relation are cached for any later lookup of them by id.
    for (const rows of result.relations.values()) {
      if (rows instanceof Error) continue;
      for (const row of rows) graph.prime(`node|${row.node.id}`, row.node);
    }
    return keys.map((key) => (key.startsWith('node|') ? (result.nodes.get(key.slice(5)) ?? null) : (result.relations.get(key) ?? [])));
  });

  const node: NodeLoader = {
    load: (id) => graph.load(`node|${id}`) as Promise<NodeModel | null>,
    loadMany: (ids) => Promise.all(ids.map((id) => node.load(id))),
    prime: (id, model) => void graph.prime(`node|${id}`, model),
  };
  const relations = Object.fromEntries(
    RELATION_NAMES.map((name) => [name, { load: (id: string) => graph.load(`${name}|${id}`) as Promise<RelatedRow[]> }]),
  ) as Record<RelationName, RelationLoader>;

  return {
    node,
    ...relations,
    documentText: new DataLoader<string, string | null>((ids) => repository.documentTexts(ids)),
  };
}

export type GraphLoaders = ReturnType<typeof createGraphLoaders>;
