import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { DATE_PARTS, DATE_SEED_KEYS, isWorkedOut, kindsFromLabels, NODE_LABELS, OWNED_RELATIONS, propertyEntries, typeDecl, type NodeLabel, type RelationRef } from '../model/model.js';
import { inTheGraph, RECORD } from '../model/records.js';
import { plain } from '../modules/graph/graph.mappers.js';
import type { Database } from '../neo4j/database.js';
import { SEEDED } from './loader.js';
import { ALIAS_TEXT, EDGE_END, hasAliasText, ownedRelations, SEED_FILES, type SeedFileName } from './validate.js';

interface ExportRel {
  type: string;
  /** The id of the node at the other end. */
  other: string | null;
  labels: string[];
  quote: string | null;
  keys: string[];
}

interface ExportRow {
  labels: string[];
  props: Record<string, unknown>;
  out: ExportRel[];
  incoming: ExportRel[];
}

// Every node of the graph proper: not the API tokens, not the audit trail (written apart).
const READ_GRAPH = `/* exportGraph */
MATCH (n) WHERE ${inTheGraph('n')}
RETURN labels(n) AS labels, properties(n) AS props,
       [(n)-[r]->(m) | {type: type(r), other: m.id, labels: labels(m), quote: r.quote, keys: keys(r)}] AS out,
       [(m)-[r]->(n) | {type: type(r), other: m.id, labels: labels(m), quote: r.quote, keys: keys(r)}] AS incoming
ORDER BY n.id`;

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
 * The stored properties of a label with a place in the seed format or derived from it (and so
 * recomputed on load): declared properties, the parts of its dates, the alias text, the
 * SEEDED marker.
 */
function knownProperties(label: NodeLabel): Set<string> {
  // A document's content hash is recomputed from its text on load.
  const known = new Set(['id', SEEDED, ...(label === 'Document' ? [RECORD.contentHash] : [])]);
  for (const [key, p] of propertyEntries(label)) {
    if (p.kind === 'date') for (const part of DATE_PARTS) known.add(`${key}${part}`);
    else known.add(key);
  }
  if (hasAliasText(label)) known.add(ALIAS_TEXT);
  return known;
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

/**
 * Reads the whole graph back into seed entries, file by file, as the graph model declares
 * them: each label's non-derived properties (dates in their seed form) and its owned relations
 * under their field names. Anything without a place in the seed format (a property, a label, a
 * relationship no owned relation accounts for, several relationships where the format holds
 * one, a relationship property other than evidence's quote) stops the export, naming the node,
 * instead of being dropped silently.
 */
export async function exportSeedEntries(db: Database): Promise<Record<SeedFileName, Record<string, unknown>[]>> {
  const rows = await db.read<ExportRow>(READ_GRAPH);
  const files = Object.fromEntries(SEED_FILES.map((name) => [name, [] as Record<string, unknown>[]])) as Record<SeedFileName, Record<string, unknown>[]>;
  const problems: string[] = [];

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
          .map((r) => ({ [EDGE_END]: String(r.other), quote: r.quote ?? '' }))
          .sort((a, b) => a[EDGE_END]!.localeCompare(b[EDGE_END]!) || a.quote.localeCompare(b.quote));
      } else {
        const ids = rels.map((r) => String(r.other)).sort();
        entry[field] = rel.cardinality === 'many' ? ids : ids[0];
        if (rel.cardinality === 'one' && rels.length > 1) problems.push(`${id}: has several ${rel.type} relationships; the seed format holds one`);
      }
    }

    const known = knownProperties(label);
    for (const key of Object.keys(p)) {
      if (!known.has(key)) problems.push(`${id}: property ${key} has no place in the seed format`);
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
      for (const key of r.keys.filter((k) => !allowed.includes(k))) problems.push(`${id}: property ${key} of its ${r.type} relationship has no place in the seed format`);
    }
    files[decl.seedFile as SeedFileName].push(Object.fromEntries(Object.entries(entry).filter(([, v]) => v !== undefined && v !== null)));
  }
  if (problems.length > 0) throw new ExportError(`The graph cannot be exported without losing data:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  return files;
}

/** Writes the export as seed files (the same names and format as seeds/). */
export async function exportSeeds(db: Database, outDir: string): Promise<Record<SeedFileName, number>> {
  const files = await exportSeedEntries(db);
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
  return counts;
}
