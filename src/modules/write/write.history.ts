import neo4j from 'neo4j-driver';
import { labelOfId } from '../../model/model.js';
import { CHANGE } from '../../model/records.js';
import type { Database } from '../../neo4j/database.js';
import { checkFirst, decodeCursor, encodeCursor } from '../pagination/pagination.js';
import { userInputError } from '../../errors.js';
import type { ChangeRecord, Operation } from './write.service.js';

/**
 * The audit trail as clients read it: `changes` (the feed, newest first, filtered by time,
 * author and operation) and `history` (the changes that touched one node). Pages are keyset
 * on (at, id), so a feed polled with `since` never skips or repeats a change.
 */

type Row = { change: { id: string; at: string; by: string; via: 'TOKEN' | 'JWT'; operation: Operation; reason: string | null; nodeIds: string[]; properties: string; relationships: string } };

export interface ChangeFilter {
  since?: string | null;
  by?: string | null;
  operation?: Operation | null;
  /** Only changes that touched this node. */
  nodeId?: string | null;
}

const PROJECTION = `{id: c.id, at: toString(c.at), by: c.by, via: c.via, operation: c.operation, reason: c.reason, nodeIds: c.nodeIds, properties: c.properties, relationships: c.relationships}`;

export function toChange(row: Row['change']): ChangeRecord {
  return { ...row, properties: JSON.parse(row.properties) as ChangeRecord['properties'], relationships: JSON.parse(row.relationships) as ChangeRecord['relationships'] };
}

export async function listChanges(db: Database, filter: ChangeFilter, first: number | null | undefined, after: string | null | undefined) {
  const size = checkFirst(first);
  const cursor = after ? decodeCursor(after, 2) : null;
  let since: string | null = null;
  if (filter.since) {
    const parsed = new Date(filter.since);
    if (Number.isNaN(parsed.getTime())) throw userInputError('`since` must be an ISO 8601 instant such as 2026-12-01T09:00:00Z.', 'since');
    since = parsed.toISOString();
  }
  const label = filter.nodeId ? labelOfId(filter.nodeId) : null;
  if (filter.nodeId && !label) return { edges: [], pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null } };
  // A node's history follows its CHANGED relationships (index seek on the node); the feed reads the `at` index.
  const start = label ? `MATCH (:${label} {id: $nodeId})<-[:${CHANGE.touched}]-(c:${CHANGE.label}) WHERE true` : `MATCH (c:${CHANGE.label}) WHERE true`;
  const rows = await db.read<Row>(
    `/* changes */ ${start}
     AND ($since IS NULL OR c.at >= datetime($since)) AND ($by IS NULL OR c.by = $by) AND ($operation IS NULL OR c.operation = $operation)
       AND ($afterAt IS NULL OR c.at < datetime($afterAt) OR (c.at = datetime($afterAt) AND c.id < $afterId))
     WITH c ORDER BY c.at DESC, c.id DESC LIMIT $limit
     RETURN ${PROJECTION} AS change`,
    {
      nodeId: filter.nodeId ?? null,
      since,
      by: filter.by ?? null,
      operation: filter.operation ?? null,
      afterAt: cursor ? cursor[0] : null,
      afterId: cursor ? cursor[1] : null,
      limit: neo4j.int(size + 1),
    },
  );
  const page = rows.slice(0, size).map((row) => toChange(row.change));
  const edges = page.map((change) => ({ cursor: encodeCursor([change.at, change.id]), node: change }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > size, hasPreviousPage: cursor !== null, startCursor: edges[0]?.cursor ?? null, endCursor: edges.at(-1)?.cursor ?? null },
  };
}
