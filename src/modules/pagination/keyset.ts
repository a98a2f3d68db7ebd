import neo4j from 'neo4j-driver';
import type { Database } from '../../neo4j/database.js';
import { NODE_PROJECTION, rawToModel, type NodeModel, type RawNode } from '../graph/graph.mappers.js';
import { checkFirst, decodeCursor, toConnection, type ConnectionModel } from './pagination.js';

/**
 * A sorted, filtered list of nodes `n`, paged by keyset: the cursor holds the sort value and
 * id of the last item, so pages stay stable while the graph changes. Every fragment is a
 * constant in code; filter values travel as parameters.
 */
export interface ListSpec {
  /** Name for the query comment, e.g. `listPeople`. */
  name: string;
  /** `MATCH (n:Person)` */
  match: string;
  /** WHERE conditions, each a constant using `$params`. */
  where: string[];
  /** Sort expressions over `n` by field name; values must be strings. */
  sortKeys: Record<string, string>;
}

export interface ListArgs {
  first: number | null | undefined;
  after: string | null | undefined;
  field: string;
  direction: 'ASC' | 'DESC';
  params: Record<string, unknown>;
}

const cache = new Map<string, { list: string; count: string }>();

function queries(spec: ListSpec, field: string, direction: 'ASC' | 'DESC') {
  const cacheKey = `${spec.name}|${field}|${direction}`;
  const hit = cache.get(cacheKey);
  if (hit) return hit;
  const key = spec.sortKeys[field];
  if (!key) throw new Error(`${spec.name} cannot sort by ${field}`);
  const op = direction === 'ASC' ? '>' : '<';
  const filter = spec.where.length > 0 ? spec.where.join('\n  AND ') : 'true';
  const built = {
    list: `/* ${spec.name}:${field}:${direction} */
${spec.match}
WHERE ${filter}
WITH n, ${key} AS sortKey
WHERE $afterKey IS NULL OR sortKey ${op} $afterKey OR (sortKey = $afterKey AND n.id ${op} $afterId)
RETURN sortKey, ${NODE_PROJECTION} AS node
ORDER BY sortKey ${direction}, n.id ${direction}
LIMIT $limit`,
    count: `/* ${spec.name}:count */
${spec.match}
WHERE ${filter}
RETURN count(n) AS total`,
  };
  cache.set(cacheKey, built);
  return built;
}

export async function listNodes<T extends NodeModel>(
  db: Database,
  spec: ListSpec,
  args: ListArgs,
  prime: (model: NodeModel) => void,
): Promise<ConnectionModel<T>> {
  const first = checkFirst(args.first);
  const { list, count } = queries(spec, args.field, args.direction);
  const [afterKey, afterId] = args.after ? decodeCursor(args.after, 2) : [null, null];
  const rows = await db.read<{ sortKey: string; node: RawNode }>(list, {
    ...args.params,
    afterKey,
    afterId,
    limit: neo4j.int(first + 1),
  });
  const items = rows.map((row) => {
    const model = rawToModel(row.node);
    prime(model);
    return { sortKey: row.sortKey, model: model as T };
  });
  const connection = toConnection(items, first, Boolean(args.after), (item) => [item.sortKey, item.model.id], async () => {
    const [row] = await db.read<{ total: unknown }>(count, args.params);
    return Number(neo4j.integer.toNumber(row?.total as number));
  });
  return {
    ...connection,
    edges: connection.edges.map((edge) => ({ cursor: edge.cursor, node: edge.node.model })),
  };
}
