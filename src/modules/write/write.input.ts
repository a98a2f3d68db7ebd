import { codedError } from '../../errors.js';
import { DATE_SEED_KEYS, propertyEntries, typeDecl, type NodeLabel } from '../../model/model.js';
import { PREFIX_KINDS, type SeedEntry } from '../../seeds/validate.js';

/**
 * The longest id, name or other range-indexed string a mutation may write. Neo4j refuses an
 * index entry over about 8 kB (and the whole transaction with it), and a character takes up to
 * 4 bytes in UTF-8.
 */
export const MAX_INDEXED_CHARS = 1000;

/**
 * From a mutation's input to an entry in the seed files' format, which the seed validator then
 * checks (one validator for both doors). GraphQL nulls mean "not given"; a partial date given
 * as `{ date }` alone is the plain string the seed files write; every other key keeps its name.
 */
export function entryOfInput(label: NodeLabel, input: Record<string, unknown>): SeedEntry {
  const dates = new Set(propertyEntries(label).filter(([, p]) => p.kind === 'date').map(([key]) => key));
  const kinds = new Set(propertyEntries(label).filter(([, p]) => p.kind === 'kinds').map(([key]) => key));
  const entry: SeedEntry = {};
  for (const [key, value] of Object.entries(input)) {
    if (value === null || value === undefined) continue;
    // Kinds are a set (they become labels): `[COUNCIL, COUNCIL]` would differ from the labels stored, and every repeat would record a change.
    entry[key] = dates.has(key) ? dateOfInput(value as Record<string, unknown>) : kinds.has(key) && Array.isArray(value) ? [...new Set(value)] : value;
  }
  checkStorable(label, entry);
  return entry;
}

/** A lone surrogate, which UTF-8 (Bolt, the store) cannot carry: the driver would write U+FFFD instead. */
export const LONE_SURROGATE = /\p{Surrogate}/u;
export const ILL_FORMED = 'is not well-formed Unicode (it holds a lone surrogate, half of a UTF-16 pair)';

/** The paths of the strings in `value` that are not well-formed Unicode. */
function illFormed(value: unknown, path: string): string[] {
  if (typeof value === 'string') return LONE_SURROGATE.test(value) ? [path] : [];
  if (Array.isArray(value)) return value.flatMap((item, i) => illFormed(item, `${path}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => illFormed(item, `${path}.${key}`));
  return [];
}

/**
 * VALIDATION_FAILED for what Neo4j would not store as given: a string with a lone surrogate
 * (stored altered, so the same input twice would differ), or an id or range-indexed string too
 * long for its index (a caption too: a document's name is its title).
 */
function checkStorable(label: NodeLabel, entry: SeedEntry): void {
  const problems = Object.entries(entry).flatMap(([key, value]) =>
    illFormed(value, key).map((path) => ({ path, message: ILL_FORMED })),
  );
  const check = (path: string, value: unknown, derived = false) => {
    if (typeof value === 'string' && value.length > MAX_INDEXED_CHARS) {
      const made = derived ? ', made from the input,' : '';
      problems.push({ path, message: `must be at most ${MAX_INDEXED_CHARS} characters, as Neo4j indexes it; this one${made} would be ${value.length}` });
    }
  };
  check('id', entry.id);
  for (const [key, p] of propertyEntries(label)) {
    if (p.index && p.kind === 'string') check(key, p.derived ? typeDecl(label).caption?.(entry, String) : entry[key], p.derived);
  }
  if (problems.length) throw validationError(problems);
}

/** VALIDATION_FAILED with each problem's path in the input. */
export function validationError(problems: { path: string; message: string }[]): Error {
  return codedError('VALIDATION_FAILED', `The input is not valid: ${problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`, { problems });
}

function dateOfInput(input: Record<string, unknown>): unknown {
  const given = Object.fromEntries(Object.entries(input).filter(([key, value]) => key in DATE_SEED_KEYS && value !== null && value !== undefined));
  const keys = Object.keys(given);
  return keys.length === 1 && keys[0] === 'date' ? given.date : given;
}

/** `Andy Couldrick` → `andy-couldrick`: lower case, accents and apostrophes dropped, at most 80 characters. */
export function slugOf(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.slice(0, 80).replace(/-+$/, '') || 'untitled';
}

/**
 * The id prefix for a new entry: the one its organisation kinds promise (`council:` for a
 * council, `trust:` for a children's trust), else the label's first free prefix.
 */
export function prefixFor(label: NodeLabel, entry: SeedEntry): string {
  const prefixes = typeDecl(label).prefixes;
  const kinds = Array.isArray(entry.kinds) ? (entry.kinds as string[]) : [];
  for (const prefix of prefixes) {
    const needed = PREFIX_KINDS[prefix];
    if (needed && kinds.includes(needed[0]!)) return prefix;
  }
  return prefixes.find((prefix) => !PREFIX_KINDS[prefix]) ?? prefixes[0]!;
}
