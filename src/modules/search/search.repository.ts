import neo4j from 'neo4j-driver';
import type { Database } from '../../neo4j/database.js';
import { SEARCH_INDEXES } from '../../neo4j/migrations.js';
import type { DocumentModel, NodeModel } from '../../model/model.js';
import { rawToModel, type RawNode } from '../graph/graph.mappers.js';
import { isAnswered, NODE_PROJECTION } from '../graph/graph.repository.js';
import type { HitKind } from './search.snippet.js';

/**
 * Search across the four full-text indexes (migrations.ts): names and aliases, facts' own
 * words, evidence quotes, documents' text. Lucene scores of different indexes are not
 * comparable (each has its own term statistics), so each hit's score is made relative to the
 * best hit of its index, then weighted by what matched and by how exactly:
 *
 *   score = weight(index) × (lucene score / best lucene score of that index) × (0.5 + 0.5 × exact)
 *
 * with weights 1 for names, aliases and titles, 0.8 for a fact's own words, 0.7 for an
 * evidence quote and 0.6 for a document's text (a person searched by name comes before the
 * facts and texts that mention them), and `exact` the share of the terms that occur as typed
 * in what matched (a typo or a fuzzy match counts half: `overspent` in a quote beats
 * `overspend` in a name). A node found several ways (a fact by its name and by two quotes)
 * is one result, with its best score and what gave it. The score depends only on the query,
 * not on `kinds`.
 */
export const HIT_WEIGHTS: Record<HitKind, number> = { ENTITY: 1, FACT: 0.8, QUOTE: 0.7, TEXT: 0.6 };

const words = (v: string, keys: readonly string[]) => keys.map((key) => `coalesce(${v}.${key}, '')`).join(` + ' ' + `);

const { entities, facts, evidence, documents } = SEARCH_INDEXES;

/** What a hit of each kind matched in: the words its index holds. */
const MATCHED_WORDS = `CASE kind WHEN 'ENTITY' THEN ${words('hit.n', ['name', entities.aliasText])} WHEN 'FACT' THEN ${words('hit.n', facts.properties)}
        WHEN 'QUOTE' THEN hit.quote ELSE hit.n.${documents.property} END`;

/**
 * One row per result node among `$labels` (null: all), for Lucene query `$lucene` and terms
 * `$terms`: `best`, a map of the node `n`, its `score`, and what gave it: `kind` (HitKind), the
 * evidence `quote` and the document `source` (a QUOTE hit's document, a TEXT hit's document
 * itself; else null). `exact` is the share of the terms that the words matched contain as
 * typed (apostrophes ignored, as the terms have none). Kept to few clauses: planning it is
 * most of its cost on a small graph. Only hits on nodes reads answer count, found through a
 * document reads answer (isAnswered), before scores are made relative to the best: a
 * retracted node neither appears nor sets the scale.
 */
const searchHits = (includeRetracted: boolean) => `CALL () {
    CALL db.index.fulltext.queryNodes('${entities.name}', $lucene) YIELD node, score
    RETURN 'ENTITY' AS kind, node AS n, null AS quote, null AS source, score
    UNION ALL
    CALL db.index.fulltext.queryNodes('${facts.name}', $lucene) YIELD node, score
    RETURN 'FACT' AS kind, node AS n, null AS quote, null AS source, score
    UNION ALL
    CALL db.index.fulltext.queryRelationships('${evidence.name}', $lucene) YIELD relationship, score
    RETURN 'QUOTE' AS kind, startNode(relationship) AS n, relationship.quote AS quote, endNode(relationship) AS source, score
    UNION ALL
    CALL db.index.fulltext.queryNodes('${documents.name}', $lucene) YIELD node, score
    RETURN 'TEXT' AS kind, node AS n, null AS quote, node AS source, score
  }
  WITH kind, n, quote, source, score WHERE ${isAnswered('n', includeRetracted)} AND (source IS NULL OR ${isAnswered('source', includeRetracted, ['Document'])})
  WITH kind, max(score) AS top, collect({n: n, quote: quote, source: source, score: score}) AS hits
  UNWIND hits AS hit
  WITH hit, kind,
      CASE kind ${Object.entries(HIT_WEIGHTS).map(([kind, weight]) => `WHEN '${kind}' THEN ${weight.toFixed(1)}`).join(' ')} END
      * (CASE WHEN top > 0 THEN hit.score / top ELSE 1.0 END)
      * (0.5 + 0.5 * toFloat(size([t IN $terms WHERE replace(replace(toLower(${MATCHED_WORDS}), "'", ''), '’', '') CONTAINS t])) / size($terms)) AS score
    ORDER BY score DESC, kind, hit.source.id, hit.quote
    WHERE $labels IS NULL OR any(label IN labels(hit.n) WHERE label IN $labels)
  WITH hit.n AS n, head(collect({n: hit.n, score: score, kind: kind, quote: hit.quote, source: hit.source})) AS best`;

/**
 * Every result of searchHits in order (best first, then by id, so pages are stable), as the
 * list `list` of `{n, score, kind, quote, source}`: ranking needs every hit, so the count
 * (its size) comes free, and each read path pages the list in the same query.
 */
export const searchRanked = (list: string, includeRetracted: boolean) => `CALL () {
  ${searchHits(includeRetracted)}
  WITH best ORDER BY best.score DESC, best.n.id
  RETURN collect(best) AS ${list}
}`;

const search = (includeRetracted: boolean) => `/* search${includeRetracted ? ':includeRetracted' : ''} */
${searchRanked('hits', includeRetracted)}
WITH size(hits) AS total, hits[$offset..$end] AS page
UNWIND CASE WHEN size(page) = 0 THEN [null] ELSE page END AS hit
WITH total, hit, hit.n AS n
WITH total, hit, CASE WHEN n IS NULL THEN null ELSE ${NODE_PROJECTION} END AS node, hit.source AS n
RETURN total, node, hit.score AS score, hit.kind AS kind, hit.quote AS quote, CASE WHEN n IS NULL THEN null ELSE ${NODE_PROJECTION} END AS document`;

const SEARCH = [search(false), search(true)] as const;

export interface SearchHit {
  node: NodeModel;
  score: number;
  kind: HitKind;
  quote: string | null;
  /** The document of a QUOTE or TEXT hit. */
  document: DocumentModel | null;
}

export type SearchParams = {
  lucene: string;
  /** The terms' texts. */
  terms: string[];
  labels: string[] | null;
};

export class SearchRepository {
  constructor(private readonly db: Database) {}

  /** The hits from `offset` (at most `limit`), and how many there are in all; retracted nodes only when included. */
  async search(params: SearchParams, offset: number, limit: number, includeRetracted = false): Promise<{ hits: SearchHit[]; total: number }> {
    type Row = { total: { toNumber(): number }; node: RawNode | null; score: number; kind: HitKind; quote: string | null; document: RawNode | null };
    const rows = await this.db.read<Row>(SEARCH[includeRetracted ? 1 : 0], { ...params, offset: neo4j.int(offset), end: neo4j.int(offset + limit) });
    const hits = rows.flatMap((row) =>
      row.node
        ? [{ node: rawToModel(row.node), score: row.score, kind: row.kind, quote: row.quote, document: row.document ? (rawToModel(row.document) as DocumentModel) : null }]
        : [],
    );
    return { hits, total: rows[0]?.total.toNumber() ?? 0 };
  }
}
