import neo4j from 'neo4j-driver';
import { KIND_LABELS, NODE_LABELS } from '../../src/model/model.js';
import { isAnswered } from '../../src/modules/graph/graph.repository.js';
import { encodeCursor } from '../../src/modules/pagination/pagination.js';
import { parseSearch } from '../../src/modules/search/search.lucene.js';
import { describeHit, type HitData, type HitKind } from '../../src/modules/search/search.snippet.js';
import type { QueryId, Variables } from '../queries.js';

/**
 * The floor: one hand-written Cypher query per question, shaped in Cypher into the exact
 * JSON the API returns for the same GraphQL operation (checked by the runner before any
 * measurement). Only Q2 does some work in JavaScript: the Lucene query string and the snippets,
 * which the API also computes in JavaScript (with the same functions).
 */

const KIND_BY_LABEL = Object.fromEntries(Object.entries(KIND_LABELS).map(([kind, label]) => [label, kind]));
const FACT_LABELS = ['Tenure', 'ServiceArrangement', 'Inspection', 'Direction', 'Event', 'Statement', 'Policy'];
const LEADER_ROLES = ['CHIEF_EXECUTIVE', 'CHAIR', 'DIRECTOR_OF_CHILDRENS_SERVICES', 'COMMISSIONER'];

export interface RawQuery {
  cypher: string;
  params: (variables: Variables) => Record<string, unknown>;
  /** Turns the records (as plain objects) into the `data` of the GraphQL response. */
  shape: (rows: Record<string, unknown>[], variables: Variables) => unknown;
}

const dateValue = (key: string, of: string) => `CASE WHEN ${of}.${key} IS NULL THEN null ELSE {value: ${of}.${key}} END`;

const Q1 = `/* raw:Q1 person card */
MATCH (p:Person {id: $id})
RETURN p {
  .id, .name,
  tenures: COLLECT {
    MATCH (p)-[:HELD]->(t:Tenure)-[:AT]->(o:Organisation)
    WITH t, o ORDER BY t.startEarliest, t.startLatest, t.id
    RETURN {
      id: t.id, role: t.role, roleKind: t.roleKind,
      start: ${dateValue('start', 't')}, end: ${dateValue('end', 't')},
      organisation: {id: o.id, name: o.name, kinds: [l IN labels(o) WHERE l IN $kindLabels | $kindByLabel[l]]},
      evidence: COLLECT {
        MATCH (t)-[e:EVIDENCED_BY]->(d:Document)
        WITH e, d ORDER BY d.id, e.quote
        RETURN {quote: e.quote, document: {id: d.id, title: d.title}}
      }
    }
  }
} AS person`;

// Search: the four full-text indexes, each hit scored relative to the best of its index and
// weighted by where it matched (search.repository.ts says how), the best hit per node, the
// first 21 nodes (20 and whether there are more). Written as the API's algorithm is, because
// it is the cheapest exact one: each index gives its first 22 hits in Lucene's order, and only
// when a 22nd hit could still reach the 21st result are the hits that could be read again.
// Retracted nodes and documents are left out with the API's own condition (isAnswered), as a
// hand-written query must on this graph. The snippet, the field and the match are worked out
// in JavaScript with the API's pure functions (search.snippet.ts), as both API paths do.
const SEARCH_PAGE = 20;
const searchLive = (v: string) => isAnswered(v, false);
// The hits of the index `kind` names, in Lucene's order; with `bounded`, only those whose score
// relative to the index's best (`top`), weighted, reaches `floor`.
const searchHits = (bounded: boolean) => {
  const test = (weight: string) => (bounded ? ` WHERE ${weight} * (CASE WHEN top > 0 THEN score / top ELSE 1.0 END) >= floor` : '');
  const imports = bounded ? 'kind, top, floor' : 'kind';
  return `CALL (${imports}) {
    WITH ${imports} WHERE kind = 'ENTITY'
    CALL db.index.fulltext.queryNodes('entity_search', $lucene) YIELD node, score${test('1.0')} RETURN node AS n, null AS quote, null AS source, score
    UNION ALL
    WITH ${imports} WHERE kind = 'FACT'
    CALL db.index.fulltext.queryNodes('fact_search', $lucene) YIELD node, score${test('0.8')} RETURN node AS n, null AS quote, null AS source, score
    UNION ALL
    WITH ${imports} WHERE kind = 'QUOTE'
    CALL db.index.fulltext.queryRelationships('evidence_search', $lucene) YIELD relationship AS r, score${test('0.7')} RETURN startNode(r) AS n, r.quote AS quote, endNode(r) AS source, score
    UNION ALL
    WITH ${imports} WHERE kind = 'TEXT'
    CALL db.index.fulltext.queryNodes('document_search', $lucene) YIELD node, score${test('0.6')} RETURN node AS n, null AS quote, node AS source, score
  }
  WITH n, quote, source, score WHERE ${searchLive('n')} AND (source IS NULL OR ${searchLive('source')})`;
};
const weightOf = (kind: string) => `CASE ${kind} WHEN 'ENTITY' THEN 1.0 WHEN 'FACT' THEN 0.8 WHEN 'QUOTE' THEN 0.7 ELSE 0.6 END`;
const rankHits = (list: string) => `WITH hit, kind, ${weightOf('kind')} * (CASE WHEN top > 0 THEN hit.score / top ELSE 1.0 END)
      * (0.5 + 0.5 * toFloat(size([t IN $terms WHERE replace(replace(toLower(CASE kind
          WHEN 'ENTITY' THEN coalesce(hit.n.name, '') + ' ' + coalesce(hit.n.aliasText, '')
          WHEN 'FACT' THEN coalesce(hit.n.name, '') + ' ' + coalesce(hit.n.summary, '') + ' ' + coalesce(hit.n.description, '') + ' ' + coalesce(hit.n.quote, '')
          WHEN 'QUOTE' THEN hit.quote ELSE hit.n.text END), "'", ''), '’', '') CONTAINS t])) / size($terms)) AS score
    ORDER BY score DESC, kind, hit.source.id, hit.quote
  WITH hit.n AS n, head(collect({n: hit.n, score: score, kind: kind, quote: hit.quote, source: hit.source})) AS best
  WITH best ORDER BY best.score DESC, best.n.id
  RETURN collect(best) AS ${list}`;
const Q2 = `/* raw:Q2 search */
UNWIND ['ENTITY', 'FACT', 'QUOTE', 'TEXT'] AS kind
CALL (kind) {
  ${searchHits(false)}
  WITH n, quote, source, score LIMIT $k + 1
  RETURN collect({n: n, quote: quote, source: source, score: score}) AS hits
}
WITH collect({kind: kind, top: hits[0].score, hits: hits}) AS found
CALL (found) {
  UNWIND found AS f
  UNWIND f.hits[0..$k] AS hit
  WITH f.kind AS kind, f.top AS top, hit
  ${rankHits('ranked')}
}
WITH found, ranked, CASE WHEN size(ranked) >= $k THEN ranked[$k - 1].score ELSE -1.0 END AS floor
WITH found, ranked, floor, [f IN found WHERE size(f.hits) > $k AND ${weightOf('f.kind')} * (CASE WHEN f.top > 0 THEN f.hits[$k].score / f.top ELSE 1.0 END) >= floor | f.kind] AS more
CALL (found, floor, more) {
  WITH found, floor, more WHERE size(more) > 0
  UNWIND found AS f
  CALL (f, floor, more) {
    WITH f WHERE NOT f.kind IN more
    UNWIND f.hits[0..$k] AS hit
    RETURN hit
    UNION ALL
    WITH f, floor WHERE f.kind IN more
    WITH f.kind AS kind, f.top AS top, floor
    ${searchHits(true)}
    RETURN {n: n, quote: quote, source: source, score: score} AS hit
  }
  WITH f.kind AS kind, f.top AS top, hit
  ${rankHits('reranked')}
}
UNWIND CASE WHEN size(more) = 0 THEN ranked[0..$k] ELSE reranked[0..$k] END AS b
WITH b, b.n AS n, b.source AS d
RETURN b.score AS score, b.kind AS kind, b.quote AS quote,
  [l IN labels(n) WHERE l IN $typeLabels][0] AS typename, n.id AS id, n.name AS name, n.title AS title,
  [l IN labels(n) WHERE l IN $kindLabels | $kindByLabel[l]] AS kinds,
  CASE WHEN b.kind = 'ENTITY' THEN coalesce(n.aliases, []) ELSE [] END AS aliases,
  CASE WHEN b.kind = 'FACT' THEN [n.summary, n.description, n.quote] ELSE [] END AS texts,
  d.id AS documentId, d.title AS documentTitle, d.text AS documentText`;

/** The GraphQL shape of a search result's node, as Q2 selects it (the NodeLabel fragment of the explorer). */
function searchNode(row: Record<string, unknown>): Record<string, unknown> {
  const typename = row.typename as string;
  const base = { __typename: typename, id: row.id };
  if (typename === 'Person') return { ...base, name: row.name };
  if (typename === 'Organisation') return { ...base, name: row.name, kinds: row.kinds };
  if (typename === 'Document') return { ...base, title: row.title };
  return { ...base, name: row.name };
}

// The API matches any organisation whose labels include one of the kinds; written by hand,
// the kind is simply the label in the pattern. Every transition is found, then sorted by
// name: work grows with the number of trust leaders. (Scanning people in name order via the
// person_name index and stopping at 20 is bounded at SF100 but ten times the work at SF1,
// where transitions are rare; the runner's findings in README.md give the figures.)
const Q3 = `/* raw:Q3 careerTransitions */
MATCH (p:Person)-[:HELD]->(a:Tenure)-[:AT]->(ao:ChildrensTrust)
WHERE a.roleKind IN ['CHIEF_EXECUTIVE', 'CHAIR']
MATCH (p)-[:HELD]->(b:Tenure {roleKind: 'COMMISSIONER'})-[:AT]->(bo:Organisation)
WHERE b <> a AND (b.startLatest IS NULL OR a.startEarliest IS NULL OR b.startLatest >= a.startEarliest)
WITH p, a, ao, b, bo ORDER BY p.name, p.id, a.id, b.id LIMIT 20
RETURN {node: {
  ordering: CASE WHEN b.startEarliest > a.startLatest THEN 'CERTAIN' ELSE 'UNDATED' END,
  person: {id: p.id, name: p.name},
  from: {id: a.id, role: a.role, organisation: {name: ao.name}},
  to: {id: b.id, role: b.role, organisation: {name: bo.name}}
}} AS edge`;

// Timeline: a tenure or arrangement gives a start entry and, when its end is known, an end
// entry; sorted by earliest day (undated last), latest day, entry kind, then fact id.
const entry = (kind: string, rank: number, key: string) =>
  `{kind: '${kind}', rank: ${rank}, value: f.${key}, earliest: f.${key}Earliest, latest: f.${key}Latest}`;
const Q4 = `/* raw:Q4 timeline */
MATCH (o:Organisation {id: $id})
CALL (o) {
  MATCH (o)<-[:AT|FOR_COUNCIL|PROVIDED_BY|INSPECTED|DIRECTED|INVOLVED|ABOUT|SAID_BY]-(f)
  WHERE f:Tenure OR f:ServiceArrangement OR f:Inspection OR f:Direction OR f:Event OR f:Statement
  WITH DISTINCT f
  UNWIND CASE
    WHEN f:Tenure THEN [${entry('TENURE_START', 2, 'start')}] + CASE WHEN f.end IS NULL THEN [] ELSE [${entry('TENURE_END', 6, 'end')}] END
    WHEN f:ServiceArrangement THEN [${entry('ARRANGEMENT_START', 1, 'start')}] + CASE WHEN f.end IS NULL THEN [] ELSE [${entry('ARRANGEMENT_END', 7, 'end')}] END
    WHEN f:Inspection THEN [${entry('INSPECTION', 3, 'date')}]
    WHEN f:Direction THEN [${entry('DIRECTION', 0, 'date')}]
    WHEN f:Event THEN [${entry('EVENT', 4, 'date')}]
    ELSE [${entry('STATEMENT', 5, 'date')}]
  END AS e
  WITH f, e ORDER BY e.earliest, e.latest, e.rank, f.id
  RETURN collect({f: f, e: e}) AS entries
}
CALL (entries) {
  UNWIND range(0, size(entries[0..100]) - 1) AS i
  WITH i, entries[i].f AS f, entries[i].e AS e
  WITH i, f, e, COLLECT {
    MATCH (f)-[ev:EVIDENCED_BY]->(d:Document)
    WITH ev, d ORDER BY d.id, ev.quote
    RETURN {quote: ev.quote}
  } AS evidence
  ORDER BY i
  RETURN collect({node: {
    kind: e.kind,
    date: CASE WHEN e.value IS NULL THEN null ELSE {value: e.value} END,
    fact: {__typename: [l IN labels(f) WHERE l IN $factLabels][0], id: f.id, name: f.name, evidence: evidence}
  }}) AS edges
}
RETURN {id: o.id, name: o.name, timeline: {totalCount: size(entries), edges: edges}} AS organisation`;

const Q5 = `/* raw:Q5 paths */
MATCH (a:Person {id: $a}), (b:Person {id: $b})
MATCH path = allShortestPaths((a)-[:HELD|AT|FOR_COUNCIL|PROVIDED_BY|INSPECTED|CONDUCTED_BY|DIRECTED|ISSUED_BY|MANDATED|INVOLVED|SAID_BY|ABOUT*..4]-(b))
WITH path LIMIT 5
WITH nodes(path) AS ns, relationships(path) AS rs
RETURN {length: size(rs), steps: [i IN range(0, size(rs) - 1) | {
  relationship: type(rs[i]),
  from: {id: ns[i].id},
  to: {id: ns[i + 1].id},
  fact: CASE
    WHEN none(l IN labels(ns[i]) WHERE l IN ['Person', 'Organisation', 'Document']) THEN {id: ns[i].id, name: ns[i].name}
    WHEN none(l IN labels(ns[i + 1]) WHERE l IN ['Person', 'Organisation', 'Document']) THEN {id: ns[i + 1].id, name: ns[i + 1].name}
  END
}]} AS path`;

// Reading the organisation_name index in order and stopping after 50 councils costs the same
// at any scale; `MATCH (n:Council) ... ORDER BY n.name` would sort every council (6x the db
// hits at SF100).
const Q6 = `/* raw:Q6 councils page */
MATCH (n:Organisation) WHERE n.name IS NOT NULL AND n:Council
WITH n ORDER BY n.name, n.id LIMIT 50
RETURN {node: {
  id: n.id, name: n.name,
  arrangements: COLLECT {
    MATCH (n)<-[:FOR_COUNCIL]-(a:ServiceArrangement)-[:PROVIDED_BY]->(pr:Organisation)
    WITH a, pr ORDER BY a.startEarliest, a.startLatest, a.id
    RETURN {id: a.id, provider: {id: pr.id, name: pr.name}, status: a.status}
  },
  latestInspection: COLLECT {
    MATCH (n)<-[:INSPECTED]-(i:Inspection) WHERE i.dateLatest IS NOT NULL
    WITH i ORDER BY i.dateLatest DESC, i.dateEarliest, i.id LIMIT 1
    RETURN {grade: i.grade, date: {value: i.date}}
  }[0],
  leaders: COLLECT {
    MATCH (n)<-[:AT]-(t:Tenure)<-[:HELD]-(p:Person) WHERE t.roleKind IN $leaderRoles
    WITH t, p ORDER BY t.startEarliest, t.startLatest, t.id
    RETURN {role: t.role, person: {name: p.name}}
  }
}} AS edge`;

export const RAW_QUERIES: Record<QueryId, RawQuery> = {
  Q1: {
    cypher: Q1,
    params: (v) => ({ id: v.id, kindLabels: Object.keys(KIND_BY_LABEL), kindByLabel: KIND_BY_LABEL }),
    shape: (rows) => ({ person: rows[0]?.person ?? null }),
  },
  Q2: {
    cypher: Q2,
    params: (v) => {
      const { lucene, terms } = parseSearch(String(v.q));
      return {
        lucene,
        terms: terms.map((term) => term.text),
        k: neo4j.int(SEARCH_PAGE + 1),
        typeLabels: NODE_LABELS,
        kindLabels: Object.keys(KIND_BY_LABEL),
        kindByLabel: KIND_BY_LABEL,
      };
    },
    shape: (rows, v) => {
      const { terms } = parseSearch(String(v.q));
      const edges = rows.slice(0, SEARCH_PAGE).map((row, index) => {
        const kind = row.kind as HitKind;
        const hit: HitData = {
          kind,
          isDocument: row.typename === 'Document',
          name: row.name as string,
          aliases: row.aliases as string[],
          texts: row.texts as (string | null)[],
          quote: row.quote as string | null,
        };
        const { field, matched, snippet } = describeHit(hit, terms, (row.documentText as string | null) ?? null);
        return {
          cursor: encodeCursor([index + 1]),
          node: {
            score: row.score,
            field,
            matched,
            snippet: {
              text: snippet.text,
              highlights: snippet.highlights,
              document: row.documentId ? { id: row.documentId, title: row.documentTitle } : null,
              start: snippet.start,
              end: snippet.end,
            },
            node: searchNode(row),
          },
        };
      });
      return { search: { pageInfo: { hasNextPage: rows.length > SEARCH_PAGE, endCursor: edges.at(-1)?.cursor ?? null }, edges } };
    },
  },
  Q3: { cypher: Q3, params: () => ({}), shape: (rows) => ({ careerTransitions: { edges: rows.map((row) => row.edge) } }) },
  Q4: {
    cypher: Q4,
    params: (v) => ({ id: v.id, factLabels: FACT_LABELS }),
    shape: (rows) => ({ organisation: rows[0]?.organisation ?? null }),
  },
  Q5: { cypher: Q5, params: (v) => ({ a: v.a, b: v.b }), shape: (rows) => ({ paths: rows.map((row) => row.path) }) },
  Q6: {
    cypher: Q6,
    params: () => ({ leaderRoles: LEADER_ROLES }),
    shape: (rows) => ({ organisations: { edges: rows.map((row) => row.edge) } }),
  },
};
