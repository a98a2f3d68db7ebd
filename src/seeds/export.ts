import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { kindsFromLabels } from '../modules/entities/entities.mappers.js';
import { plain } from '../modules/graph/graph.mappers.js';
import type { Database } from '../neo4j/database.js';
import { SEED_FILES, type SeedFileName } from './validate.js';

interface ExportRow {
  labels: string[];
  props: Record<string, unknown>;
  out: { type: string; to: string; quote: string | null }[];
  heldBy: string[];
}

const READ_GRAPH = `/* exportGraph */
MATCH (n) WHERE n.id IS NOT NULL
RETURN labels(n) AS labels, properties(n) AS props,
       [(n)-[r]->(m) | {type: type(r), to: m.id, quote: r.quote}] AS out,
       [(p)-[:HELD]->(n) | p.id] AS heldBy
ORDER BY n.id`;

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
    const id = String(p.id);
    const used = new Set<string>(['id']);
    const take = (key: string) => {
      used.add(key);
      return p[key] ?? undefined;
    };
    const targets = (type: string) => row.out.filter((r) => r.type === type).map((r) => r.to).sort();
    const target = (type: string) => targets(type)[0];
    const evidence = () =>
      row.out
        .filter((r) => r.type === 'EVIDENCED_BY')
        .map((r) => ({ doc: r.to, quote: r.quote ?? '' }))
        .sort((a, b) => a.doc.localeCompare(b.doc) || a.quote.localeCompare(b.quote));
    const date = (key: string) => {
      const value = take(key);
      if (value === undefined) return undefined;
      const relative = p[`${key}Relative`];
      return relative === undefined ? value : { date: value, relative, resolvedFrom: p[`${key}ResolvedFrom`] };
    };
    const label = ['Document', 'Person', 'Organisation', 'Policy', 'Tenure', 'ServiceArrangement', 'Inspection', 'Direction', 'Event', 'Statement'].find((l) => row.labels.includes(l));
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
      default:
        problems.push(`${id}: labels ${row.labels.join(':')} are not part of the seed format`);
        continue;
    }
    for (const key of Object.keys(p)) {
      if (!used.has(key) && !DERIVED.test(key)) problems.push(`${id}: property ${key} has no place in the seed format`);
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
