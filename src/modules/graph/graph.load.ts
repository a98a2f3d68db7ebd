import type { Context } from '../../context.js';
import type { NodeModel, NodeTypename } from './graph.mappers.js';

type ModelOf<T extends NodeTypename> = Extract<NodeModel, { __typename: T }>;

/** Loads a node that the graph says must exist with this type (a reference from a fact). */
export async function loadRequired<T extends NodeTypename>(context: Context, id: string, typename: T | T[]): Promise<ModelOf<T>> {
  const model = await context.loaders.node.load(id);
  const allowed = Array.isArray(typename) ? typename : [typename];
  if (!model || !allowed.includes(model.__typename as T)) {
    throw new Error(`Graph integrity: ${id} should be a ${allowed.join(' or ')}, found ${model?.__typename ?? 'nothing'}`);
  }
  return model as ModelOf<T>;
}

/**
 * A root lookup by id if the node has this type; null otherwise (Query.person on an
 * organisation id). A merged id answers the node kept (NodeLoader.lookUp).
 */
export async function loadTyped<T extends NodeTypename>(context: Context, id: string, typename: T): Promise<ModelOf<T> | null> {
  const model = await context.loaders.node.lookUp(id);
  return model && model.__typename === typename ? (model as ModelOf<T>) : null;
}

/** A node a field refers to by id if reads show it and it has this type; null otherwise (a retracted document). */
export async function loadShown<T extends NodeTypename>(context: Context, id: string, typename: T): Promise<ModelOf<T> | null> {
  const model = await context.loaders.node.load(id);
  return model && model.__typename === typename ? (model as ModelOf<T>) : null;
}

/** Loads several ids, dropping any that no longer exist. */
export async function loadMany(context: Context, ids: readonly string[]): Promise<NodeModel[]> {
  const models = await context.loaders.node.loadMany(ids);
  return models.filter((m): m is NodeModel => m !== null);
}

/** Loads a node the graph just returned (a path or neighbourhood member); it must exist. */
export async function loadExisting(context: Context, id: string): Promise<NodeModel> {
  const model = await context.loaders.node.load(id);
  if (!model) throw new Error(`Graph integrity: ${id} vanished during the request`);
  return model;
}
