import neo4j from 'neo4j-driver';
import type { Database } from '../../neo4j/database.js';
import type { NodeModel } from '../../model/model.js';
import { rawToModel, type RawNode } from '../graph/graph.mappers.js';
import { NODE_PROJECTION } from '../graph/graph.repository.js';

export interface SearchHit {
  node: NodeModel;
  score: number;
}

/** The hits of $lucene among $labels (null: all), as `n` and `score`. */
export const SEARCH_HITS = `CALL db.index.fulltext.queryNodes('entity_search', $lucene) YIELD node AS n, score
WHERE $labels IS NULL OR any(label IN labels(n) WHERE label IN $labels)`;

const SEARCH = `/* search */
${SEARCH_HITS}
WITH n, score ORDER BY score DESC, n.id
SKIP $offset LIMIT $limit
RETURN ${NODE_PROJECTION} AS node, score`;

const COUNT_SEARCH = `/* countSearch */
${SEARCH_HITS}
RETURN count(n) AS total`;

/** Full-text search over the entity_search index (names, aliases, document titles). */
export class SearchRepository {
  constructor(private readonly db: Database) {}

  async search(lucene: string, labels: string[] | null, offset: number, limit: number): Promise<SearchHit[]> {
    const rows = await this.db.read<{ node: RawNode; score: number }>(SEARCH, {
      lucene,
      labels,
      offset: neo4j.int(offset),
      limit: neo4j.int(limit),
    });
    return rows.map((row) => ({ node: rawToModel(row.node), score: row.score }));
  }

  async count(lucene: string, labels: string[] | null): Promise<number> {
    const [row] = await this.db.read<{ total: { toNumber(): number } }>(COUNT_SEARCH, { lucene, labels });
    return row ? row.total.toNumber() : 0;
  }
}
