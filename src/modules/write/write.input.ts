import { DATE_SEED_KEYS, propertyEntries, typeDecl, type NodeLabel } from '../../model/model.js';
import { PREFIX_KINDS, type SeedEntry } from '../../seeds/validate.js';

/**
 * From a mutation's input to an entry in the seed files' format, which the seed validator then
 * checks (one validator for both doors). GraphQL nulls mean "not given"; a partial date given
 * as `{ date }` alone is the plain string the seed files write; every other key keeps its name.
 */
export function entryOfInput(label: NodeLabel, input: Record<string, unknown>): SeedEntry {
  const dates = new Set(propertyEntries(label).filter(([, p]) => p.kind === 'date').map(([key]) => key));
  const entry: SeedEntry = {};
  for (const [key, value] of Object.entries(input)) {
    if (value === null || value === undefined) continue;
    entry[key] = dates.has(key) ? dateOfInput(value as Record<string, unknown>) : value;
  }
  return entry;
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
