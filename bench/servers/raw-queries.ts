import { KIND_LABELS } from '../../src/model/model.js';
import { toLuceneQuery } from '../../src/modules/search/search.lucene.js';
import type { QueryId, Variables } from '../queries.js';

/**
 * The floor: one hand-written Cypher query per question, shaped in Cypher into the exact
 * JSON the API returns for the same GraphQL operation (checked by the runner before any
 * measurement). Only Q2 does a little work in JavaScript: the Lucene query string and the
 * `matched` name, which the API also computes in JavaScript.
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

const Q2 = `/* raw:Q2 search */
CALL db.index.fulltext.queryNodes('entity_search', $lucene) YIELD node AS n, score
WITH n, score ORDER BY score DESC, n.id LIMIT 20
RETURN score, n.id AS id, n.name AS name, n.aliases AS aliases,
       CASE WHEN n:Person THEN 'Person' WHEN n:Organisation THEN 'Organisation' WHEN n:Document THEN 'Document' ELSE 'Policy' END AS typename`;

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

const fold = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/** The name or alias sharing the most words (or word starts) with the query, as the API does. */
function bestMatch(name: string, aliases: string[], query: string): string {
  const terms = fold(query).match(/[\p{L}\p{N}]+/gu) ?? [];
  const scoreOf = (candidate: string) => {
    const words = fold(candidate).match(/[\p{L}\p{N}]+/gu) ?? [];
    return terms.filter((term) => words.some((word) => word.startsWith(term) || term.startsWith(word))).length;
  };
  return [name, ...aliases].reduce((best, candidate) => (scoreOf(candidate) > scoreOf(best) ? candidate : best), name);
}

export const RAW_QUERIES: Record<QueryId, RawQuery> = {
  Q1: {
    cypher: Q1,
    params: (v) => ({ id: v.id, kindLabels: Object.keys(KIND_BY_LABEL), kindByLabel: KIND_BY_LABEL }),
    shape: (rows) => ({ person: rows[0]?.person ?? null }),
  },
  Q2: {
    cypher: Q2,
    params: (v) => ({ lucene: toLuceneQuery(String(v.q)) }),
    shape: (rows, v) => ({
      search: {
        edges: rows.map((row) => {
          const typename = row.typename as string;
          const named = typename === 'Person' || typename === 'Organisation';
          return {
            node: {
              score: row.score,
              matched: bestMatch(row.name as string, (row.aliases as string[] | null) ?? [], String(v.q)),
              node: named ? { __typename: typename, id: row.id, name: row.name } : { __typename: typename, id: row.id },
            },
          };
        }),
      },
    }),
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
