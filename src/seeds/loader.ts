import { existsSync } from 'node:fs';
import { join } from 'node:path';
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import { DATE_PARTS, KIND_LABELS, NODE_LABELS, OWNED_RELATIONS, propertyEntries, type NodeLabel } from '../model/model.js';
import type { Database } from '../neo4j/database.js';
import { inTheGraph, RECORD } from '../model/records.js';
import { PROJECT_ROOT } from '../neo4j/managed.js';
import { readSeeds, RELATIONSHIP_TYPES, SeedValidationError, type SeedGraph } from './validate.js';

export const DEFAULT_SEEDS_DIR = join(PROJECT_ROOT, 'seeds');
export const DEFAULT_CORPUS_DIR = join(PROJECT_ROOT, '../shared/corpus');

/**
 * The marker of what came from the seed files: every node and relationship the loader writes
 * carries `seeded: true`, and the loader rewrites or removes only what carries it. Anything
 * else in the graph (added later, e.g. through the API) is never touched. The exporter treats
 * it as derived: it is not written to the seed files and comes back on load.
 */
export const SEEDED = 'seeded';

/**
 * What an export holds beside its seed files when the graph has more than they can say (API
 * edits, bookkeeping, history: src/seeds/records-file.ts). `npm run import` restores such a
 * folder; the seed loader refuses it, since it would take every entry as the files' own and
 * drop the records.
 */
export const RECORDS_FILE = 'records.json';

export interface LoadOptions {
  seedsDir?: string | undefined;
  corpusDir?: string | undefined;
  /** Overwrite entries edited through the API since (default: leave them, and report them). */
  force?: boolean;
  log?: (line: string) => void;
}

export interface LoadSummary {
  nodes: number;
  relationships: number;
  /** Entries left as the API edited them (not overwritten without --force). */
  kept?: string[];
}

// The graph proper: API tokens and the audit trail do not make a database non-empty.
const IS_EMPTY = `/* isDatabaseEmpty */
MATCH (n) WHERE ${inTheGraph('n')} WITH n LIMIT 1 RETURN count(n) AS found`;

const COUNT_GRAPH = `/* countGraph */
CALL () { MATCH (n) WHERE ${inTheGraph('n')} RETURN count(n) AS nodes }
CALL () { MATCH (a)-[r]->(b) WHERE ${inTheGraph('a')} AND ${inTheGraph('b')} RETURN count(r) AS relationships }
RETURN nodes, relationships`;

// Labels, kind labels and relationship types below come from the graph model (NODE_LABELS,
// KIND_LABELS, RELATIONSHIP_TYPES), never from seed text; every value travels as a parameter.

// A seeded node whose entry was removed from the files goes, so that no orphan (a tenure held
// by nobody) is left for the API to trip over. DETACH DELETE: relationships added to it later
// (through the API, unmarked) go with it, since they would otherwise dangle from nothing.
const pruneRemoved = (label: string) => `/* pruneRemovedSeedNodes:${label} */
MATCH (n:${label}) WHERE n.${SEEDED} = true AND NOT n.id IN $ids AND ($force OR n.${RECORD.editedAt} IS NULL)
WITH n, n.id AS id
DETACH DELETE n
RETURN id`;

// Nodes of the files that are already in the graph without the marker: written before the
// marker existed (or added with an id the files now claim). They become seeded below.
const unmarked = (label: string) => `/* unmarkedSeedNodes:${label} */
UNWIND $ids AS id
MATCH (n:${label} {id: id}) WHERE n.${SEEDED} IS NULL
RETURN n.id AS id`;

// A seeded node is the files' entry: its properties are rewritten whole (the marker included).
// A version the API gave it only goes up (--force over an edit), so a client's expectedVersion
// never matches an older state.
const upsertNodes = (label: string) => `/* upsertSeedNodes:${label} */
UNWIND $rows AS row
MERGE (n:${label} {id: row.id})
WITH n, row, n.${RECORD.version} AS version
SET n = row.props
SET n.${RECORD.version} = CASE WHEN version IS NULL THEN null ELSE version + 1 END`;

// The seeded relationships at seeded nodes are dropped and written again from the files, so an
// edited seed file never leaves a stale edge behind and a re-run changes nothing. Unmarked
// relationships at the same nodes stay.
const dropSeededRelationships = (label: string) => `/* dropSeededRelationships:${label} */
UNWIND $ids AS id
MATCH (n:${label} {id: id})-[r]-(m)
WHERE r.${SEEDED} = true AND ($force OR m.${RECORD.editedAt} IS NULL)
WITH DISTINCT r
DELETE r`;

const resetKindLabels = (label: string) => `/* resetKindLabels:${label} */
UNWIND $ids AS id
MATCH (n:${label} {id: id})
REMOVE n:${Object.values(KIND_LABELS).join(':')}`;

const setKindLabel = (label: string, kindLabel: string) => `/* setKindLabel:${kindLabel} */
UNWIND $ids AS id
MATCH (n:${label} {id: id})
SET n:${kindLabel}`;

// Between two nodes that were unmarked (`row.adopt`), an unmarked relationship equal to the
// files' one (same type, ends and properties) is the files' own from before the marker: it is
// marked instead of written a second time. Everywhere else the relationship is created.
const writeRelationships = (type: string, fromLabel: string, toLabel: string) => `/* writeSeedRelationships:${type} */
UNWIND $rows AS row
MATCH (a:${fromLabel} {id: row.from})
MATCH (b:${toLabel} {id: row.to})
OPTIONAL MATCH (a)-[old:${type}]->(b) WHERE (row.adopt AND old.${SEEDED} IS NULL AND properties(old) = row.props)
  OR (row.kept AND old.${SEEDED} = true AND coalesce(old.quote, '') = coalesce(row.props.quote, ''))
WITH a, b, row, head(collect(old)) AS old
FOREACH (_ IN CASE WHEN old IS NULL THEN [1] ELSE [] END | CREATE (a)-[r:${type}]->(b) SET r = row.props, r.${SEEDED} = true)
FOREACH (_ IN CASE WHEN old IS NULL THEN [] ELSE [1] END | SET old.${SEEDED} = true)`;

// Entries of the files whose nodes were edited through the API since: left alone unless --force.
const editedNodes = (label: string) => `/* editedSeedNodes:${label} */
UNWIND $ids AS id
MATCH (n:${label} {id: id}) WHERE n.${RECORD.editedAt} IS NOT NULL
RETURN n.id AS id`;

/** Which end of a relationship of `type` owns it (writes it from its seed entry). */
const OWNER_END = new Map(OWNED_RELATIONS.map((ref) => [ref.rel.type, ref.rel.direction === 'in' ? ('to' as const) : ('from' as const)]));

/** Labels whose nodes carry organisation kinds, as a property and as extra labels. */
const KIND_LABELLED = NODE_LABELS.filter((label) => propertyEntries(label).some(([, p]) => p.kind === 'kinds'));

export async function isDatabaseEmpty(db: Database): Promise<boolean> {
  const [row] = await db.read<{ found: { toNumber(): number } }>(IS_EMPTY);
  return !row || row.found.toNumber() === 0;
}

export async function countGraph(db: Database): Promise<LoadSummary> {
  const [row] = await db.read<{ nodes: { toNumber(): number }; relationships: { toNumber(): number } }>(COUNT_GRAPH);
  return { nodes: row?.nodes.toNumber() ?? 0, relationships: row?.relationships.toNumber() ?? 0 };
}

/**
 * Validates every seed file, then writes the whole graph in one transaction: a broken file
 * loads nothing, and a second run leaves the graph as it was. The loader owns only what it
 * wrote (marked SEEDED): seeded nodes are rewritten from the files, seeded relationships at
 * them are replaced by the files' version, and seeded nodes whose entries were removed from
 * the files are removed. Nodes and relationships without the marker are left alone.
 */
export async function loadSeedGraph(db: Database, options: LoadOptions = {}): Promise<LoadSummary> {
  const log = options.log ?? (() => {});
  const seedsDir = options.seedsDir ?? DEFAULT_SEEDS_DIR;
  const corpusDir = options.corpusDir ?? DEFAULT_CORPUS_DIR;
  if (existsSync(join(seedsDir, RECORDS_FILE))) {
    throw new SeedValidationError([
      `${seedsDir} is an export with API edits, bookkeeping or history (${RECORDS_FILE}): restore it into an empty database with \`npm run import -- --dir ${seedsDir}\` (loading it as seed files would drop those records)`,
    ]);
  }
  log(`Validating seed files in ${seedsDir} against ${corpusDir}...`);
  const graph = readSeeds(seedsDir, corpusDir);
  log(`Valid: ${graph.nodes.length} nodes, ${graph.relationships.length} relationships. Writing in one transaction...`);
  const session = db.driver.session({ database: db.name, defaultAccessMode: neo4j.session.WRITE });
  let kept: string[];
  try {
    kept = await session.executeWrite((tx) => writeSeedGraph(tx, graph, log, options.force ?? false));
  } finally {
    await session.close();
  }
  log('Seed graph written.');
  return { nodes: graph.nodes.length, relationships: graph.relationships.length, kept };
}

/**
 * Writes a validated seed graph in the caller's transaction (the loader's, or the import's),
 * and returns the entries it left as the API edited them.
 */
export async function writeSeedGraph(tx: ManagedTransaction, graph: SeedGraph, log: (line: string) => void, force: boolean): Promise<string[]> {
  const labelOf = new Map(graph.nodes.map((node) => [node.id, node.label]));
  const edited = new Set<string>();
  for (const label of NODE_LABELS) {
    const ids = graph.nodes.filter((node) => node.label === label).map((node) => node.id);
    if (ids.length === 0) continue;
    for (const record of (await tx.run(editedNodes(label), { ids })).records) edited.add(String(record.get('id')));
  }
  if (edited.size > 0) {
    const list = [...edited].sort();
    log(
      force
        ? `  --force: overwriting ${list.length} entries edited through the API since: ${list.join(', ')}`
        : `  Kept ${list.length} entries edited through the API since (npm run seed -- --force overwrites them): ${list.join(', ')}`,
    );
  }
  const skip = (id: string) => !force && edited.has(id);
  const idsOf = (label: NodeLabel) => graph.nodes.filter((node) => node.label === label && !skip(node.id)).map((node) => node.id);

  for (const label of NODE_LABELS) {
    const removed = await tx.run(pruneRemoved(label), { ids: graph.nodes.filter((node) => node.label === label).map((node) => node.id), force });
    if (removed.records.length > 0) {
      log(`  ${label}: removed ${removed.records.length} no longer in the seed files (${removed.records.slice(0, 5).map((r) => String(r.get('id'))).join(', ')}${removed.records.length > 5 ? ', ...' : ''})`);
    }
  }
  const claimed = new Set<string>();
  for (const label of NODE_LABELS) {
    const ids = idsOf(label);
    if (ids.length === 0) continue;
    const found = await tx.run(unmarked(label), { ids });
    for (const record of found.records) claimed.add(String(record.get('id')));
    const rows = graph.nodes
      .filter((node) => node.label === label && !skip(node.id))
      .map((node) => ({ id: node.id, props: { ...toNeo4jProps(node.props, label), [SEEDED]: true } }));
    await tx.run(upsertNodes(label), { rows });
    await tx.run(dropSeededRelationships(label), { ids, force });
    log(`  ${label}: ${rows.length}${found.records.length > 0 ? ` (${found.records.length} already there without the ${SEEDED} marker, now seeded)` : ''}`);
  }
  for (const label of KIND_LABELLED) {
    const nodes = graph.nodes.filter((node) => node.label === label && !skip(node.id));
    if (nodes.length === 0) continue;
    await tx.run(resetKindLabels(label), { ids: nodes.map((node) => node.id) });
    for (const kindLabel of Object.values(KIND_LABELS)) {
      const ids = nodes.filter((node) => node.kindLabels.includes(kindLabel)).map((node) => node.id);
      if (ids.length > 0) await tx.run(setKindLabel(label, kindLabel), { ids });
    }
  }
  for (const type of RELATIONSHIP_TYPES) {
    const groups = new Map<string, { from: string; to: string; props: Record<string, unknown>; adopt: boolean; kept: boolean }[]>();
    for (const rel of graph.relationships.filter((r) => r.type === type)) {
      // An edited entry's own relationships stay as the API left them; one to an edited node
      // from an entry that owns it was not dropped above, so it is kept rather than doubled.
      const owner = OWNER_END.get(type) === 'to' ? rel.to : rel.from;
      if (skip(owner)) continue;
      const key = `${labelOf.get(rel.from)}|${labelOf.get(rel.to)}`;
      const group = groups.get(key) ?? [];
      group.push({ from: rel.from, to: rel.to, props: toNeo4jProps(rel.props), adopt: claimed.has(rel.from) && claimed.has(rel.to), kept: skip(rel.from) || skip(rel.to) });
      groups.set(key, group);
    }
    let count = 0;
    for (const [key, rows] of groups) {
      const [fromLabel, toLabel] = key.split('|') as [string, string];
      await tx.run(writeRelationships(type, fromLabel, toLabel), { rows });
      count += rows.length;
    }
    if (count > 0) log(`  :${type}: ${count}`);
  }
  return [...edited].filter(skip).sort();
}

/** The stored bounds of each label's partial dates (`startEarliest`, `startLatest`...). */
const DATE_BOUNDS = new Map(
  NODE_LABELS.map((label) => [
    label,
    new Set(propertyEntries(label).flatMap(([key, p]) => (p.kind === 'date' ? DATE_PARTS.filter((part) => part === 'Earliest' || part === 'Latest').map((part) => `${key}${part}`) : []))),
  ]),
);

/** Date bounds become Neo4j DATE values so that Cypher can compare and sort them; nulls are left out. */
export function toNeo4jProps(props: Record<string, unknown>, label?: NodeLabel): Record<string, unknown> {
  const bounds = label ? DATE_BOUNDS.get(label) : undefined;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(props)) {
    if (value === null || value === undefined) continue;
    if (bounds?.has(key) && typeof value === 'string') {
      const [y, m, d] = value.split('-').map(Number) as [number, number, number];
      out[key] = new neo4j.types.Date(y, m, d);
    } else {
      out[key] = value;
    }
  }
  return out;
}
