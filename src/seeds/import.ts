import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import { RELATIONSHIP_TYPES, type NodeLabel } from '../model/model.js';
import { API_TOKEN_LABEL, CHANGE, CHANGE_PROPERTIES, inTheGraph, type StoredKind } from '../model/records.js';
import type { Database } from '../neo4j/database.js';
import { readGraphExport } from './export.js';
import { DEFAULT_CORPUS_DIR, writeSeedGraph } from './loader.js';
import { canonical, decodeStored, readRecords, RecordsError, storedKinds, type ExportRecords, type Json } from './records-file.js';
import { readSeedFiles, readSeeds, type SeedGraph } from './validate.js';

/**
 * `npm run import`: restores an export (`npm run export`) into an empty database, as it was:
 * the seed files' nodes and relationships, then everything records.json holds beyond them
 * (bookkeeping, the API's unmarked nodes and relationships, documents' own texts, the audit
 * trail with its CHANGED links). Everything is checked before anything is written, and written
 * in one transaction that checks its own counts before it commits. Run again on the database it
 * made, it finds the export already there and changes nothing; into any other non-empty
 * database it refuses. API tokens are not part of an export; tokens already in the target stay.
 */

export class ImportError extends Error {
  override readonly name = 'ImportError';
}

export interface ImportOptions {
  /** The export folder (seed files, and records.json when the graph needed one). */
  dir: string;
  corpusDir?: string;
  log?: (line: string) => void;
}

export interface ImportSummary {
  nodes: number;
  relationships: number;
  changes: number;
  changeLinks: number;
  /** Nodes given back their records (bookkeeping and the like). */
  recordedNodes: number;
  /** Relationships made through the API (no seeded marker). */
  unseeded: number;
  /** The database already held exactly this export: nothing was written. */
  alreadyThere: boolean;
}

interface Plan {
  graph: SeedGraph;
  nodes: Map<NodeLabel, { id: string; props: Record<string, unknown> }[]>;
  unseeded: Map<string, { type: string; fromLabel: NodeLabel; toLabel: NodeLabel; rows: { from: string; to: string; quote: string | null }[] }>;
  changes: Record<string, unknown>[];
  links: Map<NodeLabel, { change: string; node: string }[]>;
  counts: ExportRecords['counts'];
}

// A database the import may write to holds nothing but API tokens.
const OCCUPIED = `/* importOccupied */
CALL () { MATCH (n) WHERE ${inTheGraph('n')} RETURN count(n) AS nodes }
CALL () { MATCH (c:${CHANGE.label}) RETURN count(c) AS changes }
RETURN nodes, changes`;

const COUNTS = `/* importCounts */
CALL () { MATCH (n) WHERE ${inTheGraph('n')} RETURN count(n) AS nodes }
CALL () { MATCH (a)-[r]->(b) WHERE ${inTheGraph('a')} AND ${inTheGraph('b')} RETURN count(r) AS relationships }
CALL () { MATCH (c:${CHANGE.label}) RETURN count(c) AS changes }
CALL () { MATCH (:${CHANGE.label})-[r:${CHANGE.touched}]->() RETURN count(r) AS changeLinks }
RETURN nodes, relationships, changes, changeLinks`;

// Labels and relationship types below come from the graph model (checked in `plan`), never from
// the export's text; every value travels as a parameter. A null in `row.props` removes the
// property the seed loader wrote (the `seeded` marker of a node the API made).
const restoreNodeRecords = (label: NodeLabel) => `/* importNodeRecords:${label} */
UNWIND $rows AS row
MATCH (n:${label} {id: row.id})
SET n += row.props
RETURN count(n) AS n`;

const unmarkRelationships = (type: string, fromLabel: NodeLabel, toLabel: NodeLabel) => `/* importUnseeded:${type} */
UNWIND $rows AS row
MATCH (:${fromLabel} {id: row.from})-[r:${type}]->(:${toLabel} {id: row.to})
WHERE coalesce(r.quote, '') = coalesce(row.quote, '')
REMOVE r.seeded
RETURN count(r) AS n`;

const createChanges = `/* importChanges */
UNWIND $rows AS row
CREATE (c:${CHANGE.label})
SET c = row
RETURN count(c) AS n`;

const linkChanges = (label: NodeLabel) => `/* importChangeLinks:${label} */
UNWIND $rows AS row
MATCH (c:${CHANGE.label} {id: row.change})
MATCH (n:${label} {id: row.node})
CREATE (c)-[:${CHANGE.touched}]->(n)
RETURN count(*) AS n`;

const int = (value: unknown) => (neo4j.isInt(value) ? value.toNumber() : Number(value));

/** Checks the records against the seed files and the model, and types every value: nothing is written yet. */
function plan(graph: SeedGraph, records: ExportRecords | null): Plan {
  const problems: string[] = [];
  const labelOf = new Map(graph.nodes.map((node) => [node.id, node.label]));
  const nodes: Plan['nodes'] = new Map();
  const unseeded: Plan['unseeded'] = new Map();
  const links: Plan['links'] = new Map();
  const changes: Record<string, unknown>[] = [];
  const attempt = (work: () => void) => {
    try {
      work();
    } catch (error) {
      if (error instanceof RecordsError) problems.push(error.message);
      else throw error;
    }
  };

  for (const id of Object.keys(records?.texts ?? {})) {
    if (labelOf.get(id) !== 'Document') problems.push(`texts.${id}: no document of the seed files has this id`);
  }
  for (const [id, record] of Object.entries(records?.nodes ?? {})) {
    const label = labelOf.get(id);
    if (!label) {
      problems.push(`nodes.${id}: no entry of the seed files has this id`);
      continue;
    }
    const kinds = storedKinds(label);
    const props: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(record)) {
      const kind = kinds.get(key);
      if (kind === undefined || key === 'id') problems.push(`nodes.${id}.${key}: not a property a ${label} may have restored`);
      else attempt(() => (props[key] = value === null ? null : decodeStored(kind, value, `nodes.${id}.${key}`)));
    }
    nodes.set(label, [...(nodes.get(label) ?? []), { id, props }]);
  }

  const made = new Set(graph.relationships.map((r) => JSON.stringify([r.type, r.from, r.to, typeof r.props.quote === 'string' ? r.props.quote : null])));
  const types = new Set<string>(RELATIONSHIP_TYPES);
  for (const rel of records?.unseeded ?? []) {
    const quote = rel.quote ?? null;
    const fromLabel = labelOf.get(rel.from);
    const toLabel = labelOf.get(rel.to);
    if (!types.has(rel.type) || !fromLabel || !toLabel || !made.has(JSON.stringify([rel.type, rel.from, rel.to, quote]))) {
      problems.push(`unseeded: ${rel.from} -[${rel.type}]-> ${rel.to}${quote === null ? '' : ` “${quote}”`} is not a relationship of the seed files`);
      continue;
    }
    const key = `${rel.type}|${fromLabel}|${toLabel}`;
    const group = unseeded.get(key) ?? { type: rel.type, fromLabel, toLabel, rows: [] };
    group.rows.push({ from: rel.from, to: rel.to, quote });
    unseeded.set(key, group);
  }

  const kinds: Record<string, StoredKind> = CHANGE_PROPERTIES;
  const changeIds = new Set<string>();
  let changeLinks = 0;
  (records?.changes ?? []).forEach((record, index) => {
    const { touched, ...rest } = record as Record<string, Json> & { touched?: Json };
    const props: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(rest)) {
      const kind = Object.hasOwn(kinds, key) ? kinds[key] : undefined;
      if (kind === undefined) problems.push(`changes[${index}].${key}: not a property of a change`);
      else if (value !== null) attempt(() => (props[key] = decodeStored(kind, value, `changes[${index}].${key}`)));
    }
    const id = props.id;
    if (typeof id !== 'string' || changeIds.has(id)) {
      problems.push(`changes[${index}]: ${typeof id === 'string' ? `id ${id} twice` : 'no id'}`);
      return;
    }
    changeIds.add(id);
    changes.push(props);
    if (!Array.isArray(touched) || !touched.every((t) => typeof t === 'string')) {
      problems.push(`changes[${index}].touched: must be a list of ids`);
      return;
    }
    for (const node of touched) {
      const label = labelOf.get(node);
      if (!label) problems.push(`changes[${index}].touched: ${node} is in no seed file`);
      else links.set(label, [...(links.get(label) ?? []), { change: id, node }]);
      changeLinks += 1;
    }
  });

  const counts = { nodes: graph.nodes.length, relationships: graph.relationships.length, changes: changes.length, changeLinks };
  if (records) {
    for (const [key, expected] of Object.entries(records.counts) as [keyof typeof counts, number][]) {
      if (counts[key] !== expected) problems.push(`counts.${key}: records.json says ${expected}, the export holds ${counts[key]} (a file edited or cut short?)`);
    }
  }
  if (problems.length > 0) throw new ImportError(`The export cannot be imported; nothing was written:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  return { graph, nodes, unseeded, changes, links, counts };
}

/** Whether the database holds exactly the export in `dir` (an earlier import of it, or the graph it was made from). */
async function holdsExport(db: Database, dir: string, records: ExportRecords | null, corpusDir: string): Promise<boolean> {
  try {
    const current = await readGraphExport(db, { corpusDir });
    return JSON.stringify(canonical(current)) === JSON.stringify(canonical({ files: readSeedFiles(dir), records }));
  } catch {
    return false;
  }
}

async function write(tx: ManagedTransaction, p: Plan, log: (line: string) => void): Promise<void> {
  const [occupied] = (await tx.run(OCCUPIED)).records;
  if (int(occupied?.get('nodes')) + int(occupied?.get('changes')) > 0) throw new ImportError('The database stopped being empty while the import was checking the export; nothing was written.');
  await writeSeedGraph(tx, p.graph, log, false);
  const expect = async (cypher: string, params: Record<string, unknown>, wanted: number, what: string) => {
    const found = int((await tx.run(cypher, params)).records[0]?.get('n'));
    if (found !== wanted) throw new ImportError(`${what}: ${found} written where the export has ${wanted}; nothing was written.`);
  };
  for (const [label, rows] of p.nodes) await expect(restoreNodeRecords(label), { rows }, rows.length, `records of ${label} nodes`);
  const recorded = [...p.nodes.values()].reduce((sum, rows) => sum + rows.length, 0);
  if (recorded > 0) log(`  records (bookkeeping, API-made nodes): ${recorded} nodes`);
  for (const group of p.unseeded.values()) {
    await expect(unmarkRelationships(group.type, group.fromLabel, group.toLabel), { rows: group.rows }, group.rows.length, `:${group.type} relationships made through the API`);
  }
  if (p.changes.length > 0) {
    await expect(createChanges, { rows: p.changes }, p.changes.length, 'changes');
    for (const [label, rows] of p.links) await expect(linkChanges(label), { rows }, rows.length, `${CHANGE.touched} links to ${label} nodes`);
    log(`  audit trail: ${p.changes.length} changes, ${p.counts.changeLinks} ${CHANGE.touched} links`);
  }
  const [row] = (await tx.run(COUNTS)).records;
  for (const key of ['nodes', 'relationships', 'changes', 'changeLinks'] as const) {
    const found = int(row?.get(key));
    if (found !== p.counts[key]) throw new ImportError(`The import would leave ${found} ${key} where the export has ${p.counts[key]}; nothing was written.`);
  }
}

/** Restores the export in `dir` into an empty database (API tokens aside) in one transaction. */
export async function importGraph(db: Database, options: ImportOptions): Promise<ImportSummary> {
  const log = options.log ?? (() => {});
  const corpusDir = options.corpusDir ?? DEFAULT_CORPUS_DIR;
  const records = readRecords(options.dir);
  log(`Validating the export in ${options.dir}${records ? ' (seed files and records.json)' : ' (seed files)'} against ${corpusDir}...`);
  const graph = readSeeds(options.dir, corpusDir, { texts: records?.texts ?? {}, consistency: 'report', report: (line) => log(`  note: ${line}`) });
  const p = plan(graph, records);
  const summary = {
    ...p.counts,
    recordedNodes: [...p.nodes.values()].reduce((sum, rows) => sum + rows.length, 0),
    unseeded: [...p.unseeded.values()].reduce((sum, group) => sum + group.rows.length, 0),
  };

  const [occupied] = await db.read<{ nodes: unknown; changes: unknown }>(OCCUPIED);
  if (int(occupied?.nodes) + int(occupied?.changes) > 0) {
    if (await holdsExport(db, options.dir, records, corpusDir)) {
      log('The database already holds exactly this export: nothing to do.');
      return { ...summary, alreadyThere: true };
    }
    throw new ImportError(
      `The database is not empty (${int(occupied?.nodes)} nodes, ${int(occupied?.changes)} changes) and does not hold this export: import restores into an empty database only (API tokens may be there). Use another database, or empty this one first (MATCH (n) WHERE NOT n:${API_TOKEN_LABEL} DETACH DELETE n).`,
    );
  }
  log(`Valid: ${p.counts.nodes} nodes, ${p.counts.relationships} relationships, ${p.counts.changes} changes. Writing in one transaction...`);
  const session = db.driver.session({ database: db.name, defaultAccessMode: neo4j.session.WRITE });
  try {
    await session.executeWrite((tx) => write(tx, p, log));
  } finally {
    await session.close();
  }
  log('Import written.');
  return { ...summary, alreadyThere: false };
}
