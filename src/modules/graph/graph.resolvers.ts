import type { Resolvers } from '../../__generated__/resolvers-types.js';
import type { Context } from '../../context.js';
import { RELATIONS, type RelationRef } from '../../model/model.js';
import { sliceConnection } from '../pagination/pagination.js';

type FieldResolver = (parent: { id: string }, args: Record<string, unknown>, context: Context) => Promise<unknown>;

/** The resolver of one relation field, as the model declares it (cardinality, edge, paging). */
function relationResolver(ref: RelationRef): FieldResolver {
  const { label, field, rel } = ref;
  return async (parent, args, context) => {
    const rows = await context.loaders.relation(label, field, parent.id, args);
    if (rel.edge) {
      const key = rel.edge.node;
      return rows.map((row) => ({ [key]: row.node, quote: row.quote ?? '' }));
    }
    const nodes = rows.map((row) => row.node);
    if (rel.connection) return sliceConnection(nodes, args.first as number | null | undefined, args.after as string | null | undefined);
    if (rel.cardinality === 'many') return nodes;
    const [first] = nodes;
    if (!first && rel.required) throw new Error(`Graph integrity: ${parent.id} has no ${rel.type} relationship (${label}.${field})`);
    return first ?? null;
  };
}

/** A resolver for every relation field of the graph model; the other fields are properties. */
export const graphResolvers: Resolvers = (() => {
  const map: Record<string, Record<string, FieldResolver>> = {};
  for (const ref of RELATIONS) (map[ref.label] ??= {})[ref.field] = relationResolver(ref);
  return map as Resolvers;
})();
