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
const HIT_KINDS = Object.keys(HIT_WEIGHTS) as HitKind[];

/** The weight of the hit kind in `kind`. */
const weight = (kind: string) => `CASE ${kind} ${HIT_KINDS.map((k) => `WHEN '${k}' THEN ${HIT_WEIGHTS[k].toFixed(1)}`).join(' ')} END`;

/** What a hit of each kind matched in: the words its index holds. */
const MATCHED_WORDS = `CASE kind WHEN 'ENTITY' THEN ${words('hit.n', ['name', entities.aliasText])} WHEN 'FACT' THEN ${words('hit.n', facts.properties)}
        WHEN 'QUOTE' THEN hit.quote ELSE hit.n.${documents.property} END`;

const INDEX_NAMES: Record<HitKind, string> = { ENTITY: entities.name, FACT: facts.name, QUOTE: evidence.name, TEXT: documents.name };

/**
 * Each index's hits in Lucene's order (best first), as `n`, `quote` and `source` (null when not
 * a QUOTE or TEXT hit) and `score`; `where`, a condition on `score` alone, is tested first.
 */
const indexCall = (kind: HitKind, where: string | null) => {
  const yielded = kind === 'QUOTE' ? 'relationship, score' : 'node AS n, score';
  const test = where ? ` WHERE ${where}` : '';
  const call = `CALL db.index.fulltext.${kind === 'QUOTE' ? 'queryRelationships' : 'queryNodes'}('${INDEX_NAMES[kind]}', $lucene) YIELD ${yielded}${test}`;
  switch (kind) {
    case 'QUOTE':
      return `${call}\n        RETURN startNode(relationship) AS n, relationship.quote AS quote, endNode(relationship) AS source, score`;
    case 'TEXT':
      return `${call}\n        RETURN n, null AS quote, n AS source, score`;
    default:
      return `${call}\n        RETURN n, null AS quote, null AS source, score`;
  }
};

/**
 * The hits of the index named by the variable `kind` that reads answer (their node, and the
 * document they were found through: isAnswered), in Lucene's order, as `n`, `quote`, `source`,
 * `score`; only those whose score meets `where` (over `score` and the variables `imports`).
 * One text for the four indexes, so that the condition is planned once.
 */
const answeredHits = (kind: string, includeRetracted: boolean, where: { test: string; imports: string[] } | null = null) => {
  const imports = [kind, ...(where?.imports ?? [])].join(', ');
  return `CALL (${imports}) {
      ${HIT_KINDS.map((k) => `WITH ${imports} WHERE ${kind} = '${k}'
        ${indexCall(k, where?.test ?? null)}`).join('\n      UNION ALL\n      ')}
    }
    WITH n, quote, source, score WHERE ${isAnswered('n', includeRetracted)} AND (source IS NULL OR ${isAnswered('source', includeRetracted, ['Document'])})`;
};

const LABELLED = 'any(label IN labels(n) WHERE label IN $labels)';

/** A hit's score before `exact` (at most 1): its kind's weight × its Lucene score relative to the best of its index. */
const bound = (kind: string, score: string, top: string) => `${weight(kind)} * (CASE WHEN ${top} > 0 THEN ${score} / ${top} ELSE 1.0 END)`;

/**
 * Ranks hits, rows of `kind`, `top` (the best Lucene score of that index) and `hit` ({n, quote,
 * source, score}): each hit's score as the comment above says, the best hit of each node
 * (ties: by kind, document id, quote), the nodes best first, then by id, as the list `list`.
 */
const rank = (list: string) => `WITH hit, kind,
      ${bound('kind', 'hit.score', 'top')}
      * (0.5 + 0.5 * toFloat(size([t IN $terms WHERE replace(replace(toLower(${MATCHED_WORDS}), "'", ''), '’', '') CONTAINS t])) / size($terms)) AS score
    ORDER BY score DESC, kind, hit.source.id, hit.quote
  WITH hit.n AS n, head(collect({n: hit.n, score: score, kind: kind, quote: hit.quote, source: hit.source})) AS best
  WITH best ORDER BY best.score DESC, best.n.id
  RETURN collect(best) AS ${list}`;

/**
 * The best `k` results of a search for Lucene query `$lucene` and terms `$terms` among
 * `$labels` (`labels`: whether the query text filters by them), best first, then by id, as the
 * list `list` of `{n, score, kind, quote, source}`: `kind` is what found the node (HitKind),
 * `quote` the evidence quote and `source` the document (a QUOTE hit's document, a TEXT hit's
 * document itself; else null). Only hits on nodes reads answer, found through a document
 * reads answer (isAnswered), count, and the best Lucene score of each index is that of its
 * best answered hit, whatever `$labels` says: a retracted node neither appears nor sets the
 * scale, and the score depends only on the query.
 *
 * Ranking needs only the best hits of each index, not all of them: a hit's score is at most
 * its `bound`, weight × (Lucene score / best of its index), which falls along Lucene's order.
 * So each index gives its first k + 1 answered hits among `$labels` and the first k of each
 * are ranked. When every index's (k + 1)-th hit has a bound below the k-th result's score (the
 * `floor`), no hit left out can reach the first k, and the ranking is exact. Otherwise (an
 * index whose scores fall slowly, or fewer than k results) the indexes with more hits give
 * every hit whose bound reaches the floor, and those are ranked again: the same ranking, from
 * more hits (ties among many equal names do that: the index is read again, but only the hits
 * that reach the floor are tested and scored). A common word then costs about k hits per
 * index, not every hit it has: at SF100, "James Clarke" has 222,010 results, and ranking all
 * of them took 28 s where the first 21 take 0.15 s.
 */
export const searchRanked = (list: string, options: { includeRetracted: boolean; labels: boolean; k: string }) => {
  const { includeRetracted, labels, k } = options;
  const wanted = labels ? ` AND ${LABELLED}` : '';
  const top = labels ? `COLLECT { ${answeredHits('kind', includeRetracted)} RETURN score LIMIT 1 }[0]` : 'head(hits).score';
  return `CALL () {
  UNWIND ${JSON.stringify(HIT_KINDS).replaceAll('"', "'")} AS kind
  CALL (kind) {
    ${answeredHits('kind', includeRetracted)}${wanted}
    WITH n, quote, source, score LIMIT ${k} + 1
    RETURN collect({n: n, quote: quote, source: source, score: score}) AS hits
  }
  WITH collect({kind: kind, top: ${top}, hits: hits}) AS found
  CALL (found) {
    UNWIND found AS f
    UNWIND f.hits[0..${k}] AS hit
    WITH f.kind AS kind, f.top AS top, hit
    ${rank('ranked')}
  }
  WITH found, ranked, CASE WHEN size(ranked) >= ${k} THEN ranked[${k} - 1].score ELSE -1.0 END AS floor
  WITH found, ranked, floor, [f IN found WHERE size(f.hits) > ${k} AND ${bound('f.kind', `f.hits[${k}].score`, 'f.top')} >= floor | f.kind] AS more
  CALL (found, floor, more) {
    WITH found, floor, more WHERE size(more) > 0
    UNWIND found AS f
    CALL (f, floor, more) {
      WITH f WHERE NOT f.kind IN more
      UNWIND f.hits[0..${k}] AS hit
      RETURN hit
      UNION ALL
      WITH f, floor WHERE f.kind IN more
      WITH f.kind AS kind, f.top AS top, floor
      ${answeredHits('kind', includeRetracted, { test: `${bound('kind', 'score', 'top')} >= floor`, imports: ['top', 'floor'] })}${wanted}
      RETURN {n: n, quote: quote, source: source, score: score} AS hit
    }
    WITH f.kind AS kind, f.top AS top, hit
    ${rank('reranked')}
  }
  RETURN CASE WHEN size(more) = 0 THEN ranked[0..${k}] ELSE reranked[0..${k}] END AS ${list}
}`;
};

/**
 * How many results a search has (`total`): the nodes found by any index among `$labels`, as
 * searchRanked counts them. Only asked for when a client selects the count: it reads every hit.
 */
export const searchCount = (total: string, options: { includeRetracted: boolean; labels: boolean }) => `CALL () {
  CALL () {
    ${HIT_KINDS.map((kind) => indexCall(kind, null)).join('\n    UNION ALL\n    ')}
  }
  WITH n, source WHERE source IS NULL OR source = n OR ${isAnswered('source', options.includeRetracted, ['Document'])}
  WITH DISTINCT n WHERE ${isAnswered('n', options.includeRetracted)}${options.labels ? ` AND ${LABELLED}` : ''}
  RETURN count(n) AS ${total}
}`;

const search = (includeRetracted: boolean, labels: boolean) => `/* search${includeRetracted ? ':includeRetracted' : ''} */
${searchRanked('hits', { includeRetracted, labels, k: '$end' })}
UNWIND hits[$offset..$end] AS hit
WITH hit, hit.n AS n
WITH hit, ${NODE_PROJECTION} AS node, hit.source AS n
RETURN node, hit.score AS score, hit.kind AS kind, hit.quote AS quote, CASE WHEN n IS NULL THEN null ELSE ${NODE_PROJECTION} END AS document`;

const count = (includeRetracted: boolean, labels: boolean) => `/* searchCount${includeRetracted ? ':includeRetracted' : ''} */
${searchCount('total', { includeRetracted, labels })}
RETURN total`;

/** The query texts by [includeRetracted][labels]: a text carries only the filters in use. */
const SEARCH = [false, true].map((inc) => [false, true].map((labels) => search(inc, labels)));
const COUNT = [false, true].map((inc) => [false, true].map((labels) => count(inc, labels)));

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

  /** The hits from `offset` (at most `limit`), best first; retracted nodes only when included. */
  async search(params: SearchParams, offset: number, limit: number, includeRetracted = false): Promise<SearchHit[]> {
    type Row = { node: RawNode; score: number; kind: HitKind; quote: string | null; document: RawNode | null };
    const text = SEARCH[includeRetracted ? 1 : 0]![params.labels ? 1 : 0]!;
    const rows = await this.db.read<Row>(text, { ...params, offset: neo4j.int(offset), end: neo4j.int(offset + limit) });
    return rows.map((row) => ({
      node: rawToModel(row.node),
      score: row.score,
      kind: row.kind,
      quote: row.quote,
      document: row.document ? (rawToModel(row.document) as DocumentModel) : null,
    }));
  }

  /** How many results the search has in all. */
  async count(params: SearchParams, includeRetracted = false): Promise<number> {
    const text = COUNT[includeRetracted ? 1 : 0]![params.labels ? 1 : 0]!;
    const rows = await this.db.read<{ total: { toNumber(): number } }>(text, params);
    return rows[0]?.total.toNumber() ?? 0;
  }
}
