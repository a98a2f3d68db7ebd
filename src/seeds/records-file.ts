import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { z } from 'zod';
import { PARTIAL_DATE_FIELDS, propertyEntries, type NodeLabel, type PropertyDecl } from '../model/model.js';
import { RECORD_KINDS, type StoredKind } from '../model/records.js';
import { RECORDS_FILE, SEEDED } from './loader.js';
import { ALIAS_TEXT, hasAliasText } from './validate.js';

/**
 * records.json: what an export holds beside its seed files when the graph has more than they
 * can say. The seed files give every node and relationship as the seed loader would write them;
 * records.json gives the rest, exactly:
 *
 * - `texts`: the text of each document made through the API (it has no corpus file);
 * - `nodes`: for each node whose stored properties differ from what its seed entry loads to, the
 *   stored value of each property that differs (null: not stored). That is the bookkeeping
 *   (version, createdAt, editedAt, retraction, mergedInto...), the `seeded` marker of what the
 *   API made (null), and any derived value that has drifted (a fact's caption naming a person
 *   since merged or renamed);
 * - `unseeded`: the relationships the API made, which carry no `seeded` marker;
 * - `changes`: the audit trail, each Change's properties and the ids it is linked to by CHANGED;
 * - `counts`: what the import must end with, checked before it commits.
 *
 * Values are typed by the model (src/model: properties, date parts, RECORD_KINDS,
 * CHANGE_PROPERTIES), never guessed from the JSON: a DATETIME is written as Neo4j prints it
 * (`2026-12-03T08:09:27.123000000Z`) and read back as a DATETIME.
 */

export const RECORDS_FORMAT = 'childrens-services-graph export 1';

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

export interface UnseededRelationship {
  type: string;
  from: string;
  to: string;
  quote?: string;
}

export interface ExportRecords {
  format: typeof RECORDS_FORMAT;
  counts: { nodes: number; relationships: number; changes: number; changeLinks: number };
  texts: Record<string, string>;
  nodes: Record<string, Record<string, Json>>;
  unseeded: UnseededRelationship[];
  /** Each Change's properties (CHANGE_PROPERTIES) and `touched`, the ids it links to. */
  changes: Record<string, Json>[];
}

export class RecordsError extends Error {
  override readonly name = 'RecordsError';
}

const DATE_PART_KIND = { string: 'string', day: 'day', boolean: 'boolean', strings: 'strings' } as const satisfies Record<string, StoredKind>;

function kindOfProperty(p: PropertyDecl): StoredKind {
  if (p.kind === 'kinds') return 'strings';
  if (typeof p.kind === 'object') return 'string';
  if (p.kind === 'date') throw new Error('a partial date is stored in parts');
  return p.kind;
}

const KINDS_BY_LABEL = new Map<NodeLabel, ReadonlyMap<string, StoredKind>>();

/**
 * Every property a node of `label` may store, with its type: the model's properties (a partial
 * date as its parts), the alias text, the `seeded` marker and the bookkeeping (RECORD_KINDS).
 * A stored property not listed here has no place in an export.
 */
export function storedKinds(label: NodeLabel): ReadonlyMap<string, StoredKind> {
  const cached = KINDS_BY_LABEL.get(label);
  if (cached) return cached;
  const kinds = new Map<string, StoredKind>([
    ['id', 'string'],
    [SEEDED, 'boolean'],
  ]);
  for (const [key, p] of propertyEntries(label)) {
    if (p.kind === 'date') for (const field of Object.values(PARTIAL_DATE_FIELDS)) kinds.set(`${key}${field.part}`, DATE_PART_KIND[field.kind]);
    else kinds.set(key, kindOfProperty(p));
  }
  if (hasAliasText(label)) kinds.set(ALIAS_TEXT, 'string');
  for (const [key, kind] of Object.entries(RECORD_KINDS)) kinds.set(key, kind);
  KINDS_BY_LABEL.set(label, kinds);
  return kinds;
}

/** A stored value as JSON, or undefined when it is not of the kind the model declares. */
export function encodeStored(kind: StoredKind, value: unknown): Json | undefined {
  switch (kind) {
    case 'string':
      return typeof value === 'string' ? value : undefined;
    case 'strings':
      return Array.isArray(value) && value.every((v) => typeof v === 'string') ? (value as string[]) : undefined;
    case 'boolean':
      return typeof value === 'boolean' ? value : undefined;
    case 'float':
      return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
    case 'integer':
      return neo4j.isInt(value) && value.inSafeRange() ? value.toNumber() : undefined;
    case 'day':
      return neo4j.isDate(value) ? value.toString() : undefined;
    case 'datetime':
      return neo4j.isDateTime(value) ? value.toString() : undefined;
    case 'jsonText': {
      if (typeof value !== 'string') return undefined;
      try {
        const parsed = JSON.parse(value) as Json;
        // Written as its JSON only when that gives back the very same text.
        return JSON.stringify(parsed) === value ? parsed : undefined;
      } catch {
        return undefined;
      }
    }
  }
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2}(:\d{2})?)(\[[^\]]+\])?$/;

/** The value to store for a JSON value of `kind`; throws RecordsError naming `where` when it is not one. */
export function decodeStored(kind: StoredKind, value: Json, where: string): unknown {
  const fail = (): never => {
    throw new RecordsError(`${where}: ${JSON.stringify(value)?.slice(0, 80)} is not of kind ${kind}`);
  };
  switch (kind) {
    case 'string':
      return typeof value === 'string' ? value : fail();
    case 'strings':
      return Array.isArray(value) && value.every((v) => typeof v === 'string') ? value : fail();
    case 'boolean':
      return typeof value === 'boolean' ? value : fail();
    case 'float':
      return typeof value === 'number' && Number.isFinite(value) ? value : fail();
    case 'integer':
      return typeof value === 'number' && Number.isSafeInteger(value) ? neo4j.int(value) : fail();
    case 'day':
      return typeof value === 'string' && DAY.test(value) ? neo4j.types.Date.fromString(value) : fail();
    case 'datetime':
      return typeof value === 'string' && DATETIME.test(value) ? neo4j.types.DateTime.fromString(value) : fail();
    case 'jsonText':
      return JSON.stringify(value);
  }
}

const json: z.ZodType<Json> = z.lazy(() => z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(json), z.record(z.string(), json)]));
const count = z.number().int().min(0);

const RECORDS_SCHEMA = z
  .object({
    format: z.literal(RECORDS_FORMAT),
    counts: z.object({ nodes: count, relationships: count, changes: count, changeLinks: count }).strict(),
    texts: z.record(z.string(), z.string()),
    nodes: z.record(z.string(), z.record(z.string(), json)),
    unseeded: z.array(z.object({ type: z.string(), from: z.string(), to: z.string(), quote: z.string().optional() }).strict()),
    changes: z.array(z.record(z.string(), json)),
  })
  .strict();

/** The records.json of an export folder, or null when it has none (a folder of seed files). */
export function readRecords(dir: string): ExportRecords | null {
  const path = join(dir, RECORDS_FILE);
  if (!existsSync(path)) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new RecordsError(`${RECORDS_FILE}: not valid JSON: ${(error as Error).message}`);
  }
  const result = RECORDS_SCHEMA.safeParse(raw);
  if (!result.success) {
    throw new RecordsError(`${RECORDS_FILE} is not an export's records:\n${result.error.issues.map((i) => `  - ${i.path.join('.') || 'file'}: ${i.message}`).join('\n')}`);
  }
  return result.data as ExportRecords;
}

/** Writes records.json, or removes a stale one when the graph needs none. */
export function writeRecords(dir: string, records: ExportRecords | null): void {
  const path = join(dir, RECORDS_FILE);
  if (records === null) rmSync(path, { force: true });
  else writeFileSync(path, `${JSON.stringify(records, null, 2)}\n`);
}

/** A JSON value with every object's keys sorted, to compare two exports whatever their key order. */
export function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => [k, canonical(v)]));
  }
  return value;
}
