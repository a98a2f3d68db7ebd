import DataLoader from 'dataloader';
import { relationKey, relationOf, type NodeLabel, type NodeModel, type RelationRef } from '../../model/model.js';
import { argValue, keepsToShown, MAX_MERGE_HOPS, type BatchRequest, type GraphRepository, type NodeRecord, type RelatedRow, type TimelineRow } from './graph.repository.js';

type Value = NodeRecord | null | RelatedRow[] | TimelineRow[];

export interface NodeLoader {
  /** The node with this id if reads show it (isShown), else null. */
  load(id: string): Promise<NodeModel | null>;
  loadMany(ids: readonly string[]): Promise<(NodeModel | null)[]>;
  /**
   * A root lookup by id (`node`, `nodes`, `person`...): a merged stub answers the node kept
   * (following up to MAX_MERGE_HOPS merges), and with `includeRetracted` any node but a
   * stub is answered (isAnswered), a retracted one too. Each hop is one more batch.
   */
  lookUp(id: string, includeRetracted?: boolean): Promise<NodeModel | null>;
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
    // A relation that lists its end as it is (keepsToShown) may reach a node reads do not show.
    for (const [key, rows] of result.relations) if (!(rows instanceof Error) && keepsToShown(refs.get(key)!.ref.rel)) for (const row of rows) node.prime(row.node);
    for (const rows of result.timelines.values()) if (!(rows instanceof Error)) for (const row of rows) node.prime(row.fact);
    return keys.map((key) =>
      key.startsWith('node|') ? (result.nodes.get(key.slice(5)) ?? null) : key.startsWith('timeline|') ? (result.timelines.get(key) ?? []) : (result.relations.get(key) ?? []),
    );
  });

  const record = (id: string) => graph.load(`node|${id}`) as Promise<NodeRecord | null>;
  const node: NodeLoader = {
    load: async (id) => {
      const found = await record(id);
      return found?.shown ? found.model : null;
    },
    loadMany: (ids) => Promise.all(ids.map((id) => node.load(id))),
    lookUp: async (id, includeRetracted = false) => {
      let found = await record(id);
      for (let hop = 0; found?.mergedInto && hop < MAX_MERGE_HOPS; hop += 1) found = await record(found.mergedInto);
      if (!found || found.mergedInto !== null) return null;
      // As isAnswered says: shown, or anything but a stub when retracted nodes are included.
      return found.shown || includeRetracted ? found.model : null;
    },
    prime: (model) => void graph.prime(`node|${model.id}`, { model, shown: true, mergedInto: null }),
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
