import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { kindsFromLabels } from '../modules/entities/entities.mappers.js';
import { plain } from '../modules/graph/graph.mappers.js';
import type { Database } from '../neo4j/database.js';
import { ID_LABELS } from '../neo4j/migrations.js';
import { SEED_FILES, type SeedFileName } from './validate.js';

interface ExportRow {
  labels: string[];
  props: Record<string, unknown>;
  out: { type: string; to: string | null; quote: string | null; keys: string[] }[];
  heldBy: string[];
}

const READ_GRAPH = `/* exportGraph */
MATCH (n)
RETURN labels(n) AS labels, properties(n) AS props,
       [(n)-[r]->(m) | {type: type(r), to: m.id, quote: r.quote, keys: keys(r)}] AS out,
       [(p)-[:HELD]->(n) | p.id] AS heldBy
ORDER BY n.id`;

// The relationships each kind of node owns in the seed format, and whether it may have
// several of a type. Anything else in the graph cannot be written back out.
const OWNED: Record<string, Record<string, 'one' | 'many'>> = {
  Document: { PUBLISHED_BY: 'one', WRITTEN_BY: 'many', MENTIONS: 'many' },
  Person: { HELD: 'many' },
  Organisation: {},
  Policy: { ISSUED_BY: 'one', EVIDENCED_BY: 'many' },
  Tenure: { AT: 'one', EVIDENCED_BY: 'many' },
  ServiceArrangement: { FOR_COUNCIL: 'one', PROVIDED_BY: 'one', EVIDENCED_BY: 'many' },
  Inspection: { INSPECTED: 'one', CONDUCTED_BY: 'one', EVIDENCED_BY: 'many' },
  Direction: { DIRECTED: 'one', ISSUED_BY: 'one', MANDATED: 'one', EVIDENCED_BY: 'many' },
  Event: { INVOLVED: 'many', EVIDENCED_BY: 'many' },
  Statement: { SAID_BY: 'one', REPORTED_IN: 'one', ABOUT: 'many', EVIDENCED_BY: 'many' },
};

export class ExportError extends Error {
  override readonly name = 'ExportError';
}

// Properties the loader derives from the seed entries (names of facts, date bounds, alias
// text, document text and kinds); they are recomputed on load, so they are not written.
const DERIVED = /^(aliasText|text|kinds|.+(Precision|Earliest|Latest|Relative|ResolvedFrom))$/;

/**
 * Reads the whole graph back into seed entries, file by file. Every stored property must map
 * to a field of the seed format or be derived from one; anything else stops the export
 * (naming the node and property) instead of being dropped silently.
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
    const used = new Set<string>(['id']);
    const take = (key: string) => {
      used.add(key);
      return p[key] ?? undefined;
    };
    const targets = (type: string) => row.out.filter((r) => r.type === type).map((r) => String(r.to)).sort();
    const target = (type: string) => targets(type)[0];
    const evidence = () =>
      row.out
        .filter((r) => r.type === 'EVIDENCED_BY')
        .map((r) => ({ doc: String(r.to), quote: r.quote ?? '' }))
        .sort((a, b) => a.doc.localeCompare(b.doc) || a.quote.localeCompare(b.quote));
    const date = (key: string) => {
      const value = take(key);
      if (value === undefined) return undefined;
      const relative = p[`${key}Relative`];
      return relative === undefined ? value : { date: value, relative, resolvedFrom: p[`${key}ResolvedFrom`] };
    };
    const label = ID_LABELS.find((l) => row.labels.includes(l));
    let file: SeedFileName;
    let entry: Record<string, unknown>;
    switch (label) {
      case 'Document':
        file = 'documents';
        take('name');
        entry = { id, corpusFile: take('corpusFile'), title: take('title'), kind: take('kind'), outlet: target('PUBLISHED_BY'), authors: targets('WRITTEN_BY'), published: date('published'), mentions: targets('MENTIONS') };
        break;
      case 'Person':
        file = 'people';
        entry = { id, name: take('name'), aliases: take('aliases') ?? [], description: take('description') };
        break;
      case 'Organisation':
        file = 'organisations';
        entry = { id, name: take('name'), kinds: kindsFromLabels(row.labels), aliases: take('aliases') ?? [], description: take('description') };
        break;
      case 'Policy':
        file = 'policies';
        entry = { id, name: take('name'), aliases: take('aliases') ?? [], description: take('description'), issuedBy: target('ISSUED_BY'), evidence: evidence() };
        break;
      case 'Tenure':
        file = 'tenures';
        take('name');
        entry = { id, person: row.heldBy[0], organisation: target('AT'), role: take('role'), roleKind: take('roleKind'), start: date('start'), end: date('end'), current: take('current'), evidence: evidence() };
        break;
      case 'ServiceArrangement':
        file = 'arrangements';
        take('name');
        entry = { id, council: target('FOR_COUNCIL'), provider: target('PROVIDED_BY'), start: date('start'), end: date('end'), origin: take('origin'), ending: take('ending'), status: take('status'), description: take('description'), evidence: evidence() };
        break;
      case 'Inspection':
        file = 'inspections';
        take('name');
        entry = { id, subject: target('INSPECTED'), inspectorate: target('CONDUCTED_BY'), date: date('date'), grade: take('grade'), scope: take('scope'), evidence: evidence() };
        break;
      case 'Direction':
        file = 'directions';
        take('name');
        entry = { id, council: target('DIRECTED'), issuedBy: target('ISSUED_BY'), date: date('date'), kind: take('kind'), summary: take('summary'), arrangement: target('MANDATED'), evidence: evidence() };
        break;
      case 'Event':
        file = 'events';
        entry = { id, kind: take('kind'), name: take('name'), date: date('date'), description: take('description'), amount: take('amount'), currency: take('currency'), period: take('period'), involves: targets('INVOLVED'), evidence: evidence() };
        break;
      case 'Statement':
        file = 'statements';
        take('name');
        entry = { id, speaker: target('SAID_BY'), document: target('REPORTED_IN'), quote: take('quote'), summary: take('summary'), about: targets('ABOUT'), stance: take('stance'), date: date('date'), evidence: evidence() };
        break;
      case undefined:
        problems.push(`${id}: labels ${row.labels.join(':')} are not part of the seed format`);
        continue;
    }
    for (const key of Object.keys(p)) {
      if (!used.has(key) && !DERIVED.test(key)) problems.push(`${id}: property ${key} has no place in the seed format`);
    }
    const owned = OWNED[label] ?? {};
    const extraLabels = row.labels.filter((l) => l !== label && !(label === 'Organisation' && kindsFromLabels([l]).length > 0));
    if (extraLabels.length > 0) problems.push(`${id}: label ${extraLabels.join(':')} has no place in the seed format`);
    for (const rel of row.out) {
      const allowedKeys = rel.type === 'EVIDENCED_BY' ? ['quote'] : [];
      if (!(rel.type in owned)) problems.push(`${id}: relationship ${rel.type} to ${rel.to} has no place in the seed format`);
      else if (rel.to === null) problems.push(`${id}: relationship ${rel.type} leads to a node with no id`);
      for (const key of rel.keys.filter((k) => !allowedKeys.includes(k))) problems.push(`${id}: property ${key} of its ${rel.type} relationship has no place in the seed format`);
    }
    for (const [type, cardinality] of Object.entries(owned)) {
      if (cardinality === 'one' && row.out.filter((r) => r.type === type).length > 1) problems.push(`${id}: has several ${type} relationships; the seed format holds one`);
    }
    files[file].push(Object.fromEntries(Object.entries(entry).filter(([, v]) => v !== undefined && v !== null)));
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
