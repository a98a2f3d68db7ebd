import neo4j from 'neo4j-driver';
import type { Database } from '../../neo4j/database.js';
import type { NodeLabel, NodeModel } from '../../model/model.js';
import { rawToModel, type RawNode } from '../graph/graph.mappers.js';
import { isShown, NODE_PROJECTION } from '../graph/graph.repository.js';
import { userInputError } from '../../errors.js';
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
  /** The labels `n` may have: the list keeps to the nodes reads show (isShown over them). */
  labels: readonly NodeLabel[];
  /**
   * WHERE conditions, each a constant using `$params`. Each must hold whenever every parameter
   * it names is null: such a condition is then left out of the query text, so that the
   * planner sees only the filters in use (and can read an index in sort order).
   */
  where: string[];
  /**
   * Sort expressions over `n` by field name; values must be strings. A field may give one
   * expression per direction (to keep undated items last both ways).
   */
  sortKeys: Record<string, string | { ASC: string; DESC: string }>;
}

export interface ListArgs {
  first: number | null | undefined;
  after: string | null | undefined;
  field: string;
  direction: 'ASC' | 'DESC';
  params: Record<string, unknown>;
}

const cache = new Map<string, { list: string; count: string }>();

/**
 * The clauses of one page of a list, up to its ORDER BY and LIMIT: `n` and its `sortKey`,
 * filtered and positioned after `$afterKey`/`$afterId`. Shared by listNodes and by compiled
 * operations (src/modules/compiler), which project `n` themselves.
 */
export function pageClauses(
  spec: ListSpec,
  field: string,
  direction: 'ASC' | 'DESC',
  params: Record<string, unknown>,
  after: boolean,
): { page: string; count: string } {
  const sortKey = spec.sortKeys[field];
  if (!sortKey) throw new Error(`${spec.name} cannot sort by ${field}`);
  const key = typeof sortKey === 'string' ? sortKey : sortKey[direction];
  const op = direction === 'ASC' ? '>' : '<';
  const inUse = (condition: string) => {
    const names = [...condition.matchAll(/\$(\w+)/g)].map((match) => match[1]!);
    return names.length === 0 || names.some((name) => params[name] !== null && params[name] !== undefined);
  };
  // Only the nodes reads show, in the page and in the count. The sort key is never null
  // (names are required), and saying so lets an index give the order.
  const filter = [...spec.where.filter(inUse), isShown('n', spec.labels), `${key} IS NOT NULL`].join('\n  AND ');
  return {
    page: `${spec.match}
WHERE ${filter}
WITH n, ${key} AS sortKey${after ? `\nWHERE sortKey ${op} $afterKey OR (sortKey = $afterKey AND n.id ${op} $afterId)` : ''}
WITH n, sortKey ORDER BY sortKey ${direction}, n.id ${direction}
LIMIT $limit`,
    count: `${spec.match}
WHERE ${filter}`,
  };
}

function queries(spec: ListSpec, field: string, direction: 'ASC' | 'DESC', params: Record<string, unknown>, after: boolean) {
  const active = Object.keys(params).filter((name) => params[name] !== null && params[name] !== undefined);
  const cacheKey = `${spec.name}|${field}|${direction}|${after}|${active.join(',')}`;
  const hit = cache.get(cacheKey);
  if (hit) return hit;
  const { page, count } = pageClauses(spec, field, direction, params, after);
  const built = {
    list: `/* ${spec.name}:${field}:${direction} */
${page}
RETURN sortKey, ${NODE_PROJECTION} AS node`,
    count: `/* ${spec.name}:count */
${count}
RETURN count(n) AS total`,
  };
  cache.set(cacheKey, built);
  return built;
}

/** Page size and keyset position of `args`; BAD_USER_INPUT for a foreign or broken cursor. */
export function pagePosition(args: Pick<ListArgs, 'first' | 'after' | 'field' | 'direction'>) {
  const first = checkFirst(args.first);
  // The cursor names the order it belongs to, so it cannot be replayed against another one.
  const order = `${args.field}:${args.direction}`;
  const [cursorOrder, afterKey, afterId] = args.after ? decodeCursor(args.after, 3) : [order, null, null];
  if (cursorOrder !== order) throw userInputError(`\`after\` is a cursor of another sort order (${String(cursorOrder)}); start again without it.`, 'after');
  return { first, order, afterKey, afterId };
}

export async function listNodes<T extends NodeModel>(
  db: Database,
  spec: ListSpec,
  args: ListArgs,
): Promise<ConnectionModel<T>> {
  const { first, order, afterKey, afterId } = pagePosition(args);
  const { list, count } = queries(spec, args.field, args.direction, args.params, afterKey !== null || afterId !== null);
  const rows = await db.read<{ sortKey: string; node: RawNode }>(list, {
    ...args.params,
    afterKey,
    afterId,
    limit: neo4j.int(first + 1),
  });
  const items = rows.map((row) => {
    return { sortKey: row.sortKey, model: rawToModel(row.node) as T };
  });
  const connection = toConnection(items, first, Boolean(args.after), (item) => [order, item.sortKey, item.model.id], async () => {
    const [row] = await db.read<{ total: { toNumber(): number } }>(count, args.params);
    return row ? row.total.toNumber() : 0;
  });
  return {
    ...connection,
    edges: connection.edges.map((edge) => ({ cursor: edge.cursor, node: edge.node.model })),
  };
}
