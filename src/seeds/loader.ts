import { join } from 'node:path';
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import { KIND_LABELS } from '../modules/entities/entities.mappers.js';
import type { Database } from '../neo4j/database.js';
import { ID_LABELS } from '../neo4j/migrations.js';
import { PROJECT_ROOT } from '../neo4j/managed.js';
import { readSeeds, RELATIONSHIP_TYPES, type SeedGraph } from './validate.js';

export const DEFAULT_SEEDS_DIR = join(PROJECT_ROOT, 'seeds');
export const DEFAULT_CORPUS_DIR = join(PROJECT_ROOT, '../shared/corpus');

export interface LoadOptions {
  seedsDir?: string | undefined;
  corpusDir?: string | undefined;
  log?: (line: string) => void;
}

export interface LoadSummary {
  nodes: number;
  relationships: number;
}

const IS_EMPTY = `/* isDatabaseEmpty */
MATCH (n) WITH n LIMIT 1 RETURN count(n) AS found`;

const COUNT_GRAPH = `/* countGraph */
CALL () { MATCH (n) RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
RETURN nodes, relationships`;

// Labels and relationship types below come from fixed lists in code (ID_LABELS, KIND_LABELS,
// RELATIONSHIP_TYPES), never from seed text; every value travels as a parameter.
const upsertNodes = (label: string) => `/* upsertSeedNodes:${label} */
UNWIND $rows AS row
MERGE (n:${label} {id: row.id})
SET n = row.props`;

const ALL_KIND_LABELS = Object.values(KIND_LABELS);
const RESET_KIND_LABELS = `/* resetKindLabels */
UNWIND $ids AS id
MATCH (n:Organisation {id: id})
REMOVE n:${ALL_KIND_LABELS.join(':')}`;

const setKindLabel = (label: string) => `/* setKindLabel:${label} */
UNWIND $ids AS id
MATCH (n:Organisation {id: id})
SET n:${label}`;

// Seeded nodes own their outgoing relationships: drop them and write the files' version,
// so an edited seed file never leaves a stale edge behind and a re-run changes nothing.
const dropOutgoing = (label: string) => `/* dropSeedRelationships:${label} */
UNWIND $ids AS id
MATCH (n:${label} {id: id})-[r]->()
DELETE r`;

// The seed files are the source of truth: a node whose entry was removed goes too, so that no
// orphan (a tenure held by nobody) is left for the API to trip over.
const pruneRemoved = (label: string) => `/* pruneRemovedSeedNodes:${label} */
MATCH (n:${label}) WHERE NOT n.id IN $ids
WITH n, n.id AS id
DETACH DELETE n
RETURN id`;

const createRelationships = (type: string, fromLabel: string, toLabel: string) => `/* createSeedRelationships:${type} */
UNWIND $rows AS row
MATCH (a:${fromLabel} {id: row.from})
MATCH (b:${toLabel} {id: row.to})
CREATE (a)-[r:${type}]->(b)
SET r = row.props`;

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
 * loads nothing, a second run leaves the graph as it was, and the graph ends up holding
 * exactly what the files say (entries removed from them are removed from the graph).
 */
export async function loadSeedGraph(db: Database, options: LoadOptions = {}): Promise<LoadSummary> {
  const log = options.log ?? (() => {});
  const seedsDir = options.seedsDir ?? DEFAULT_SEEDS_DIR;
  const corpusDir = options.corpusDir ?? DEFAULT_CORPUS_DIR;
  log(`Validating seed files in ${seedsDir} against ${corpusDir}...`);
  const graph = readSeeds(seedsDir, corpusDir);
  log(`Valid: ${graph.nodes.length} nodes, ${graph.relationships.length} relationships. Writing in one transaction...`);
  const session = db.driver.session({ database: db.name, defaultAccessMode: neo4j.session.WRITE });
  try {
    await session.executeWrite((tx) => writeGraph(tx, graph, log));
  } finally {
    await session.close();
  }
  log('Seed graph written.');
  return { nodes: graph.nodes.length, relationships: graph.relationships.length };
}

async function writeGraph(tx: ManagedTransaction, graph: SeedGraph, log: (line: string) => void): Promise<void> {
  const labelOf = new Map(graph.nodes.map((node) => [node.id, node.label]));
  for (const label of ID_LABELS) {
    const rows = graph.nodes
      .filter((node) => node.label === label)
      .map((node) => ({ id: node.id, props: toNeo4jProps(node.props) }));
    const removed = await tx.run(pruneRemoved(label), { ids: rows.map((row) => row.id) });
    if (removed.records.length > 0) {
      log(`  ${label}: removed ${removed.records.length} no longer in the seed files (${removed.records.slice(0, 5).map((r) => String(r.get('id'))).join(', ')}${removed.records.length > 5 ? ', ...' : ''})`);
    }
    if (rows.length === 0) continue;
    await tx.run(upsertNodes(label), { rows });
    await tx.run(dropOutgoing(label), { ids: rows.map((row) => row.id) });
    log(`  ${label}: ${rows.length}`);
  }
  const organisations = graph.nodes.filter((node) => node.label === 'Organisation');
  await tx.run(RESET_KIND_LABELS, { ids: organisations.map((node) => node.id) });
  for (const label of ALL_KIND_LABELS) {
    const ids = organisations.filter((node) => node.kindLabels.includes(label)).map((node) => node.id);
    if (ids.length > 0) await tx.run(setKindLabel(label), { ids });
  }
  for (const type of RELATIONSHIP_TYPES) {
    const groups = new Map<string, { from: string; to: string; props: Record<string, unknown> }[]>();
    for (const rel of graph.relationships.filter((r) => r.type === type)) {
      const key = `${labelOf.get(rel.from)}|${labelOf.get(rel.to)}`;
      const group = groups.get(key) ?? [];
      group.push({ from: rel.from, to: rel.to, props: rel.props });
      groups.set(key, group);
    }
    let count = 0;
    for (const [key, rows] of groups) {
      const [fromLabel, toLabel] = key.split('|') as [string, string];
      await tx.run(createRelationships(type, fromLabel, toLabel), { rows });
      count += rows.length;
    }
    if (count > 0) log(`  :${type}: ${count}`);
  }
}

/** Date bounds become Neo4j DATE values so that Cypher can compare and sort them. */
function toNeo4jProps(props: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(props)) {
    if (value === null || value === undefined) continue;
    if ((key.endsWith('Earliest') || key.endsWith('Latest')) && typeof value === 'string') {
      const [y, m, d] = value.split('-').map(Number) as [number, number, number];
      out[key] = new neo4j.types.Date(y, m, d);
    } else {
      out[key] = value;
    }
  }
  return out;
}
