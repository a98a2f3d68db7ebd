import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { DATE_SEED_KEYS, isWorkedOut, kindsFromLabels, NODE_LABELS, OWNED_RELATIONS, propertyEntries, typeDecl, type NodeLabel, type RelationRef } from '../model/model.js';
import { CHANGE, CHANGE_PROPERTIES, inTheGraph, type StoredKind } from '../model/records.js';
import { plain } from '../modules/graph/graph.mappers.js';
import type { Database } from '../neo4j/database.js';
import { DEFAULT_CORPUS_DIR, SEEDED, toNeo4jProps } from './loader.js';
import { encodeStored, RECORDS_FORMAT, storedKinds, writeRecords, type ExportRecords, type Json, type UnseededRelationship } from './records-file.js';
import { EDGE_END, ownedRelations, SEED_FILES, seedGraphOf, SeedValidationError, type SeedFileName, type SeedGraph } from './validate.js';

interface ExportRel {
  type: string;
  /** The id of the node at the other end. */
  other: string | null;
  labels: string[];
  props: Record<string, unknown>;
}

interface ExportRow {
  labels: string[];
  props: Record<string, unknown>;
  out: ExportRel[];
  incoming: ExportRel[];
}

const RELS = (pattern: string) => `[${pattern} | {type: type(r), other: m.id, labels: labels(m), props: properties(r)}]`;

// Every node of the graph proper: not the API tokens, not the audit trail (read apart).
const READ_GRAPH = `/* exportGraph */
MATCH (n) WHERE ${inTheGraph('n')}
RETURN labels(n) AS labels, properties(n) AS props, ${RELS('(n)-[r]->(m)')} AS out, ${RELS('(m)-[r]->(n)')} AS incoming
ORDER BY n.id`;

// The audit trail, oldest first; API tokens are never read.
const READ_CHANGES = `/* exportChanges */
MATCH (c:${CHANGE.label})
RETURN labels(c) AS labels, properties(c) AS props, ${RELS('(c)-[r]->(m)')} AS out, ${RELS('(m)-[r]->(c)')} AS incoming
ORDER BY c.at, c.id`;

export class ExportError extends Error {
  override readonly name = 'ExportError';
}

const labelIn = (labels: readonly string[]): NodeLabel | undefined => NODE_LABELS.find((label) => labels.includes(label));

/** Whether a node with these labels may be the other end of a relation to `target` (empty: any node of the model). */
const admits = (target: readonly NodeLabel[], labels: readonly string[]) => {
  const label = labelIn(labels);
  return label !== undefined && (target.length === 0 || target.includes(label));
};

/**
 * The owned relation a relationship `(from)-[type]->(to)` is written from: an outgoing one of
 * the start node's label, or an incoming one of the end node's label (a Tenure's person is
 * `(person)-[:HELD]->(tenure)`). Null: the seed format has no place for it.
 */
function ownerOf(type: string, fromLabels: readonly string[], toLabels: readonly string[]): RelationRef | null {
  return (
    OWNED_RELATIONS.find(
      ({ label, rel }) =>
        rel.type === type &&
        (rel.direction === 'in' ? toLabels.includes(label) && admits(rel.target, fromLabels) : fromLabels.includes(label) && admits(rel.target, toLabels)),
    ) ?? null
  );
}

/**
 * A stored date in its seed form: the plain value when stated, else the object of the parts
 * that were written (DATE_SEED_KEYS). A relative date's `inferred` follows its anchor on load,
 * so it is not written back.
 */
function dateSeed(p: Record<string, unknown>, key: string): unknown {
  const value = p[key];
  if (value === undefined || !isWorkedOut(p, key)) return value;
  const object: Record<string, unknown> = {};
  for (const [seedKey, part] of Object.entries(DATE_SEED_KEYS)) {
    const stored = p[`${key}${part}`];
    if (stored === undefined || stored === null) continue;
    if (seedKey === 'inferred' && p[`${key}Relative`] !== undefined) continue;
    object[seedKey] = stored;
  }
  return object;
}

type Files = Record<SeedFileName, Record<string, unknown>[]>;

/** An export: the seed files' entries, and the records the graph needs beyond them (null: none). */
export interface GraphExport {
  files: Files;
  records: ExportRecords | null;
}

export interface ExportOptions {
  /** The corpus seed documents read their text from (to check that the export loads back). */
  corpusDir?: string;
}

const relKey = (type: string, from: string, to: string, quote: unknown) => JSON.stringify([type, from, to, typeof quote === 'string' ? quote : null]);

/**
 * Reads the whole graph back as an export. The seed files get every node, as the graph model
 * declares it: each label's non-derived properties (dates in their seed form) and its owned
 * relations under their field names. The export is then loaded in memory exactly as the import
 * will load it (the seed validator and its derivations), and whatever the stored graph holds
 * beyond that goes to the records: bookkeeping, unmarked (API-made) nodes and relationships,
 * drifted derived values, documents' own texts, the audit trail. API tokens are never read.
 *
 * Anything neither can hold (a property or label the model does not declare, a value not of
 * its declared type, a relationship no owned relation accounts for, several where the format
 * holds one, a relationship property other than evidence's quote, a Change that is not as the
 * write path makes them) stops the export, naming the node, instead of being dropped silently.
 */
export async function readGraphExport(db: Database, options: ExportOptions = {}): Promise<GraphExport> {
  const rows = await db.read<ExportRow>(READ_GRAPH);
  const changeRows = await db.read<ExportRow>(READ_CHANGES);
  const files = Object.fromEntries(SEED_FILES.map((name) => [name, [] as Record<string, unknown>[]])) as Files;
  const problems: string[] = [];
  const texts: Record<string, string> = {};
  /** Stored relationships by key, each with whether it carries the seeded marker. */
  const storedRels = new Map<string, boolean[]>();

  for (const row of rows) {
    const p = Object.fromEntries(Object.entries(row.props).map(([k, v]) => [k, plain(v)]));
    if (typeof p.id !== 'string') {
      problems.push(`a node labelled ${row.labels.join(':')} has no id`);
      continue;
    }
    const id = p.id;
    const label = labelIn(row.labels);
    if (label === undefined) {
      problems.push(`${id}: labels ${row.labels.join(':')} are not part of the seed format`);
      continue;
    }
    const decl = typeDecl(label);

    const entry: Record<string, unknown> = { id };
    for (const [key, prop] of propertyEntries(label)) {
      if (prop.derived) continue;
      if (prop.kind === 'date') {
        entry[key] = dateSeed(p, key);
      } else if (prop.kind === 'kinds') entry[key] = kindsFromLabels(row.labels);
      else if (prop.kind === 'strings') entry[key] = p[key] ?? [];
      else entry[key] = p[key];
    }
    for (const [field, rel] of ownedRelations(label)) {
      const rels = (rel.direction === 'in' ? row.incoming : row.out).filter((r) => r.type === rel.type && admits(rel.target, r.labels));
      if (rel.edge) {
        entry[field] = rels
          .map((r) => ({ [EDGE_END]: String(r.other), quote: typeof r.props.quote === 'string' ? r.props.quote : '' }))
          .sort((a, b) => a[EDGE_END]!.localeCompare(b[EDGE_END]!) || a.quote.localeCompare(b.quote));
      } else {
        const ids = rels.map((r) => String(r.other)).sort();
        entry[field] = rel.cardinality === 'many' ? ids : ids[0];
        if (rel.cardinality === 'one' && rels.length > 1) problems.push(`${id}: has several ${rel.type} relationships; the seed format holds one`);
      }
    }
    // A document made through the API has no corpus file: its text goes to the records.
    if (label === 'Document' && typeof p.corpusFile !== 'string' && typeof p.text === 'string') texts[id] = p.text;

    const known = storedKinds(label);
    for (const key of Object.keys(p)) {
      if (!known.has(key)) problems.push(`${id}: property ${key} has no place in the seed format or the records`);
    }
    const kindLabelled = propertyEntries(label).some(([, prop]) => prop.kind === 'kinds');
    const extraLabels = row.labels.filter((l) => l !== label && !(kindLabelled && kindsFromLabels([l]).length > 0));
    if (extraLabels.length > 0) problems.push(`${id}: label ${extraLabels.join(':')} has no place in the seed format`);
    // Each relationship is checked once, from its start node.
    for (const r of row.out) {
      const owner = ownerOf(r.type, row.labels, r.labels);
      if (owner === null) {
        problems.push(`${id}: relationship ${r.type} to ${r.other} has no place in the seed format`);
        continue;
      }
      if (r.other === null) problems.push(`${id}: relationship ${r.type} leads to a node with no id`);
      const allowed = owner.rel.edge ? ['quote', SEEDED] : [SEEDED];
      for (const key of Object.keys(r.props).filter((k) => !allowed.includes(k))) problems.push(`${id}: property ${key} of its ${r.type} relationship has no place in the seed format`);
      const marker = r.props[SEEDED];
      if (marker !== undefined && marker !== true) problems.push(`${id}: its ${r.type} relationship to ${r.other} has ${SEEDED} = ${String(marker)} (only true or absent)`);
      const key = relKey(r.type, id, String(r.other), r.props.quote);
      storedRels.set(key, [...(storedRels.get(key) ?? []), marker === true]);
    }
    files[decl.seedFile as SeedFileName].push(Object.fromEntries(Object.entries(entry).filter(([, v]) => v !== undefined && v !== null)));
  }
  const changes = exportChanges(changeRows, problems);
  if (problems.length > 0) throw new ExportError(`The graph cannot be exported without losing data:\n${problems.map((p) => `  - ${p}`).join('\n')}`);

  // What the files (and the texts) load to, as the import will load them.
  let graph: SeedGraph;
  try {
    graph = seedGraphOf(files, options.corpusDir ?? DEFAULT_CORPUS_DIR, { texts, consistency: 'report' });
  } catch (error) {
    if (!(error instanceof SeedValidationError)) throw error;
    throw new ExportError(`The export would not load back, so it was not written:\n${error.problems.map((p) => `  - ${p}`).join('\n')}`);
  }
  const nodes = nodeRecords(rows, graph, problems);
  const unseeded: UnseededRelationship[] = [];
  const derivedRels = new Map<string, number>();
  for (const rel of graph.relationships) {
    const key = relKey(rel.type, rel.from, rel.to, rel.props.quote);
    derivedRels.set(key, (derivedRels.get(key) ?? 0) + 1);
  }
  for (const [key, markers] of storedRels) {
    const [type, from, to, quote] = JSON.parse(key) as [string, string, string, string | null];
    const made = derivedRels.get(key) ?? 0;
    if (markers.length !== made) {
      problems.push(`${from}: ${markers.length} ${type} relationship(s) to ${to}${quote === null ? '' : ` quoting “${quote}”`} where its entry makes ${made}`);
      continue;
    }
    for (const seeded of markers) if (!seeded) unseeded.push({ type, from, to, ...(quote === null ? {} : { quote }) });
  }
  for (const key of derivedRels.keys()) if (!storedRels.has(key)) problems.push(`the export would add a relationship the graph does not hold: ${key}`);
  if (problems.length > 0) throw new ExportError(`The graph cannot be exported without losing data:\n${problems.map((p) => `  - ${p}`).join('\n')}`);

  const needed = Object.keys(texts).length > 0 || Object.keys(nodes).length > 0 || unseeded.length > 0 || changes.length > 0;
  const records: ExportRecords | null = needed
    ? {
        format: RECORDS_FORMAT,
        counts: {
          nodes: graph.nodes.length,
          relationships: graph.relationships.length,
          changes: changes.length,
          changeLinks: changes.reduce((sum, change) => sum + (change.touched as string[]).length, 0),
        },
        texts: sortedObject(texts),
        nodes: sortedObject(nodes),
        unseeded: unseeded.sort((a, b) => relKey(a.type, a.from, a.to, a.quote).localeCompare(relKey(b.type, b.from, b.to, b.quote))),
        changes,
      }
    : null;
  return { files, records };
}

const sortedObject = <T>(object: Record<string, T>): Record<string, T> => Object.fromEntries(Object.entries(object).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
const present = (value: Json | undefined) => (value === undefined ? 'absent' : JSON.stringify(value));

/**
 * For each node, the stored value of every property that differs from what its seed entry
 * loads to (the loader's own derivation plus its `seeded` marker), or null where the stored
 * node has none.
 */
function nodeRecords(rows: ExportRow[], graph: SeedGraph, problems: string[]): Record<string, Record<string, Json>> {
  const records: Record<string, Record<string, Json>> = {};
  const stored = new Map(rows.map((row) => [String(row.props.id), row]));
  if (graph.nodes.length !== rows.length) problems.push(`the graph holds ${rows.length} nodes and its export loads to ${graph.nodes.length}`);
  for (const node of graph.nodes) {
    const row = stored.get(node.id);
    if (!row) {
      problems.push(`${node.id}: the export would load a node the graph does not hold`);
      continue;
    }
    const kinds = storedKinds(node.label);
    const derived: Record<string, unknown> = { ...toNeo4jProps(node.props, node.label), [SEEDED]: true };
    const record: Record<string, Json> = {};
    for (const key of [...new Set([...Object.keys(row.props), ...Object.keys(derived)])].sort()) {
      const kind = kinds.get(key)!;
      const has = row.props[key] !== undefined && row.props[key] !== null;
      const value = has ? encodeStored(kind, row.props[key]) : undefined;
      if (has && value === undefined) {
        problems.push(`${node.id}: property ${key} is not a ${kind}, as the model declares it`);
        continue;
      }
      const loaded = derived[key] === undefined ? undefined : encodeStored(kind, derived[key]);
      if (present(value) !== present(loaded)) record[key] = value ?? null;
    }
    if (record.id !== undefined) problems.push(`${node.id}: its id would load differently`);
    const labels = [...row.labels].sort();
    const loadedLabels = [node.label, ...node.kindLabels].sort();
    if (JSON.stringify(labels) !== JSON.stringify(loadedLabels)) problems.push(`${node.id}: labels ${labels.join(':')} do not match its kinds (${loadedLabels.join(':')})`);
    if (Object.keys(record).length > 0) records[node.id] = record;
  }
  return records;
}

/** The audit trail as records: each Change's declared properties and the ids it is CHANGED-linked to. */
function exportChanges(rows: ExportRow[], problems: string[]): Record<string, Json>[] {
  const kinds: Record<string, StoredKind> = CHANGE_PROPERTIES;
  return rows.map((row) => {
    const id = typeof row.props.id === 'string' ? row.props.id : `a ${CHANGE.label} without an id`;
    const record: Record<string, Json> = {};
    if (row.labels.length !== 1) problems.push(`${id}: labels ${row.labels.join(':')}; a change has only ${CHANGE.label}`);
    // In the declaration's order, whatever order Neo4j keeps them in, so that exports diff cleanly.
    const declared = Object.keys(kinds);
    const order = (key: string) => (declared.includes(key) ? declared.indexOf(key) : declared.length);
    for (const [key, value] of Object.entries(row.props).sort(([a], [b]) => order(a) - order(b) || a.localeCompare(b))) {
      const kind = Object.hasOwn(kinds, key) ? kinds[key] : undefined;
      const encoded = kind === undefined ? undefined : encodeStored(kind, value);
      if (kind === undefined) problems.push(`${id}: property ${key} is not one a change has (CHANGE_PROPERTIES)`);
      else if (encoded === undefined) problems.push(`${id}: property ${key} is not a ${kind}`);
      else record[key] = encoded;
    }
    const touched: string[] = [];
    for (const r of row.incoming) problems.push(`${id}: relationship ${r.type} from ${r.other} into a change has no place in the export`);
    for (const r of row.out) {
      if (r.type !== CHANGE.touched || Object.keys(r.props).length > 0 || r.other === null || labelIn(r.labels) === undefined || r.labels.includes(CHANGE.label)) {
        problems.push(`${id}: relationship ${r.type} to ${r.other} has no place in the export (a change is linked by ${CHANGE.touched} to nodes of the graph)`);
      } else touched.push(r.other);
    }
    return { ...record, touched: touched.sort() };
  });
}

/** The seed files' entries of the whole graph (as readGraphExport gives them). */
export async function exportSeedEntries(db: Database, options: ExportOptions = {}): Promise<Files> {
  return (await readGraphExport(db, options)).files;
}

export interface ExportSummary {
  files: Record<SeedFileName, number>;
  records: ExportRecords['counts'] & { texts: number; nodes: number; unseeded: number } | null;
}

/**
 * Writes the export: the seed files (the same names and format as seeds/) and, when the graph
 * holds more than they can say, records.json (a stale one is removed).
 */
export async function writeGraphExport(db: Database, outDir: string, options: ExportOptions = {}): Promise<ExportSummary> {
  const { files, records } = await readGraphExport(db, options);
  mkdirSync(outDir, { recursive: true });
  const counts = {} as Record<SeedFileName, number>;
  for (const name of SEED_FILES) {
    const entries = files[name];
    counts[name] = entries.length;
    writeFileSync(
      join(outDir, `${name}.yaml`),
      `# ${name}.yaml: exported from Neo4j by \`npm run export\` (seed format, see seeds/README.md)\n${stringify(entries, { lineWidth: 0 })}`,
    );
  }
  writeRecords(outDir, records);
  return {
    files: counts,
    records: records && { ...records.counts, texts: Object.keys(records.texts).length, nodes: Object.keys(records.nodes).length, unseeded: records.unseeded.length },
  };
}

/** Writes the export and returns the number of entries of each seed file. */
export async function exportSeeds(db: Database, outDir: string, options: ExportOptions = {}): Promise<Record<SeedFileName, number>> {
  return (await writeGraphExport(db, outDir, options)).files;
}
