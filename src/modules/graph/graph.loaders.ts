import DataLoader from 'dataloader';
import { relationKey, relationOf, type NodeLabel, type NodeModel, type RelationRef } from '../../model/model.js';
import { argValue, type BatchRequest, type GraphRepository, type RelatedRow, type TimelineRow } from './graph.repository.js';

type Value = NodeModel | null | RelatedRow[] | TimelineRow[];

export interface NodeLoader {
  load(id: string): Promise<NodeModel | null>;
  loadMany(ids: readonly string[]): Promise<(NodeModel | null)[]>;
  prime(model: NodeModel): void;
}

/** The rows of one relation field of a node, in the model's order, for the arguments given. */
export type RelationLoader = (label: NodeLabel, field: string, id: string, args?: Record<string, unknown>) => Promise<RelatedRow[]>;

/**
 * Per-request loaders over ONE DataLoader: every node lookup, relation expansion and timeline
 * that a level of the query asks for in the same tick goes to Neo4j as a single round trip.
 * Nodes reached through a relation are cached for any later lookup by id.
 */
export function createGraphLoaders(repository: GraphRepository) {
  const refs = new Map<string, { ref: RelationRef; id: string; args: Record<string, unknown> }>();
  const graph: DataLoader<string, Value | Error> = new DataLoader<string, Value | Error>(async (keys) => {
    const request: BatchRequest = { nodeIds: [], relations: new Map(), timelines: [] };
    for (const key of keys) {
      if (key.startsWith('node|')) request.nodeIds.push(key.slice(5));
      else if (key.startsWith('timeline|')) request.timelines.push({ key, id: key.slice(9), args: {} });
      else {
        const { ref, id, args } = refs.get(key)!;
        const group = request.relations.get(relationKey(ref)) ?? { ref, requests: [] };
        group.requests.push({ key, id, args });
        request.relations.set(relationKey(ref), group);
      }
    }
    const result = await repository.batch(request);
    for (const rows of result.relations.values()) if (!(rows instanceof Error)) for (const row of rows) node.prime(row.node);
    for (const rows of result.timelines.values()) if (!(rows instanceof Error)) for (const row of rows) node.prime(row.fact);
    return keys.map((key) =>
      key.startsWith('node|') ? (result.nodes.get(key.slice(5)) ?? null) : key.startsWith('timeline|') ? (result.timelines.get(key) ?? []) : (result.relations.get(key) ?? []),
    );
  });

  const node: NodeLoader = {
    load: (id) => graph.load(`node|${id}`) as Promise<NodeModel | null>,
    loadMany: (ids) => Promise.all(ids.map((id) => node.load(id))),
    prime: (model) => void graph.prime(`node|${model.id}`, model),
  };

  const relation: RelationLoader = (label, field, id, args = {}) => {
    const ref = relationOf(label, field);
    if (!ref) throw new Error(`${label}.${field} is not a relation of the graph model`);
    const used = Object.fromEntries(Object.keys(ref.rel.args ?? {}).map((name) => [name, argValue(args[name])]));
    const key = `${relationKey(ref)}|${id}|${JSON.stringify(used)}`;
    refs.set(key, { ref, id, args: used });
    return graph.load(key) as Promise<RelatedRow[]>;
  };

  return {
    node,
    relation,
    timeline: (id: string) => graph.load(`timeline|${id}`) as Promise<TimelineRow[]>,
    documentText: new DataLoader<string, string | null>((ids) => repository.documentTexts(ids)),
  };
}

export type GraphLoaders = ReturnType<typeof createGraphLoaders>;
