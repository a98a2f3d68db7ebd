import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import {
  KIND_LABELS,
  NODE_LABELS,
  prefixesOf,
  propertyEntries,
  RELATIONSHIP_TYPES,
  typeDecl,
  DATE_SEED_KEYS,
  type DatePart,
  type GRAPH_MODEL,
  type NodeLabel,
  type OrganisationKindValue,
  type PropertyDecl,
  type RelationDecl,
} from '../model/model.js';
import { contentHash, RECORD } from '../model/records.js';
import { checkConsistency } from './consistency.js';
import { knowsRelative, parsePartialDate, resolveRelative, statesDate, type Bounds, type PartialDate } from './dates.js';

/**
 * The seed files, read against the graph model (src/model/graph.model.ts): each label's
 * entries live in `seeds/<seedFile>.yaml`, and their keys are the label's properties (less
 * the derived ones) and its owned relations, each under its field name. Nothing here names a
 * label or a relationship type. What the model cannot say is spelled out below, and only
 * that: a document's text comes from its `corpusFile`, aliases are joined into ALIAS_TEXT for
 * search, evidence items are `{ doc, quote }`, quotes must be verbatim in their document, and
 * the `council:` and `trust:` prefixes promise organisation kinds.
 */

export { RELATIONSHIP_TYPES };
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

export class SeedValidationError extends Error {
  override readonly name = 'SeedValidationError';
  constructor(readonly problems: string[]) {
    super(`The seed files have ${problems.length} problem(s); nothing was loaded:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** The property the full-text index reads aliases from (the aliases joined). */
export const ALIAS_TEXT = 'aliasText';
/** The seed key of the other end of an edge relation (evidence: `{ doc, quote }`). */
export const EDGE_END = 'doc';

export type SeedFileName = (typeof GRAPH_MODEL)[NodeLabel]['seedFile'];
export type SeedEntry = Record<string, unknown>;
export type SeedEntries = Record<SeedFileName, SeedEntry[]>;
export const SEED_FILES = NODE_LABELS.map((label) => typeDecl(label).seedFile as SeedFileName);

/** Labels whose entries carry aliases, which the loader also joins into ALIAS_TEXT for search. */
export function hasAliasText(label: NodeLabel): boolean {
  const aliases = typeDecl(label).properties.aliases;
  return Boolean(typeDecl(label).search) && aliases?.kind === 'strings';
}

/** The relations written from a label's seed entries, by field (the seed key). */
export function ownedRelations(label: NodeLabel): [string, RelationDecl][] {
  return Object.entries(typeDecl(label).relations).filter(([, rel]) => rel.owned);
}

/** A fact's evidence items (`{ doc, quote }`) from its seed entry: the required owned edge relation. */
export function evidenceOf(label: NodeLabel, entry: SeedEntry): { doc: string; quote: string; contradicts?: boolean }[] {
  const field = ownedRelations(label).find(([, rel]) => rel.edge && rel.required)?.[0];
  return field ? ((entry[field] as { doc: string; quote: string }[] | undefined) ?? []) : [];
}

/** The properties a label's seed entries hold: every declared property that is not derived. */
export function seedProperties(label: NodeLabel): [string, PropertyDecl][] {
  return propertyEntries(label).filter(([, p]) => !p.derived);
}

// ---- file formats (derived from the model; seeds/README.md describes them) ----

const id = (prefixes: readonly string[]) =>
  z
    .string()
    .regex(/^[a-z]+:[a-z0-9][a-z0-9-]*$/, 'must be a lower-case prefixed slug such as person:andy-couldrick')
    .refine((value) => prefixes.includes(value.slice(0, value.indexOf(':'))), {
      message: `must start with ${prefixes.map((p) => `${p}:`).join(' or ')}`,
    });

const dateText = z.string().refine((v) => parsePartialDate(v) !== null, {
  message: 'must be a partial date: YYYY, YYYY-MM, YYYY-MM-DD, YYYY-spring|summer|autumn|winter, YYYY-Q1..Q4, or a range of two such as 2010/2011',
});
const text = z.string().trim().min(1);
/**
 * A date the text does not state, written as an object (seeds/README.md, "Partial dates"):
 * relative wording counted from an anchor in the text (`anchor` + `from`) or from the
 * document's publication window (`resolvedFrom`), or an inference with its basis. A wording the
 * rules in dates.ts know is resolved by them (a `date` given as well must agree); any other
 * wording needs its `date`.
 */
const dateObject = z
  .object({
    date: dateText.optional(),
    relative: text.optional(),
    anchor: text.optional(),
    from: dateText.optional(),
    resolvedFrom: id(prefixesOf(['Document'])).optional(),
    inferred: z.boolean().optional(),
    basis: text.optional(),
    quotes: z.array(text).optional(),
  } satisfies Record<keyof typeof DATE_SEED_KEYS, z.ZodType>)
  .strict()
  .superRefine((d, ctx) => {
    const fail = (message: string) => ctx.addIssue({ code: 'custom', message });
    if (d.relative === undefined) {
      if (d.anchor !== undefined || d.from !== undefined || d.resolvedFrom !== undefined) fail('anchor, from and resolvedFrom go with relative wording (relative)');
      if (d.inferred !== true || d.date === undefined || d.basis === undefined || !d.quotes?.length)
        fail('a date that is neither stated nor relative must be inferred: { date, inferred: true, basis, quotes }');
      return;
    }
    if ((d.anchor === undefined) !== (d.from === undefined)) fail('anchor (the words) and from (their date) go together');
    if ((d.anchor !== undefined) === (d.resolvedFrom !== undefined)) fail('relative wording counts from an anchor in the text (anchor, from) or from a document (resolvedFrom), one of them');
    if (d.date === undefined && !knowsRelative(d.relative)) fail(`no rule resolves “${d.relative}” (src/seeds/dates.ts): give its date as well`);
    if (d.inferred !== undefined) fail('a relative date is inferred when what it counts from is (resolvedFrom), or when a basis overrides its rule; it takes no inferred flag');
    if (d.basis !== undefined && (d.date === undefined || !d.quotes?.length)) fail('a basis goes with the date it reasons to and its quotes');
    if (d.anchor !== undefined && d.from !== undefined && parsePartialDate(d.from) && !statesDate(d.anchor, parsePartialDate(d.from)!)) {
      fail(`the anchor “${d.anchor}” must state its date (from: ${d.from})`);
    }
  });
const partialDate = z.union([dateText, dateObject]);
type PartialDateSeed = z.infer<typeof partialDate>;
const organisationKind = z.enum(Object.keys(KIND_LABELS) as [OrganisationKindValue, ...OrganisationKindValue[]]);

function valueSchema(p: PropertyDecl): z.ZodType {
  const kind = p.kind;
  switch (kind) {
    case 'string':
      return p.pattern ? z.string().regex(p.pattern) : text;
    case 'boolean':
      return z.boolean();
    case 'float':
      return z.number();
    case 'date':
      return partialDate;
    case 'kinds':
      return z.array(organisationKind).min(1);
    case 'strings':
      return z.array(text);
    default:
      return z.enum(Object.values(kind.enum) as [string, ...string[]]);
  }
}

function propertySchema(p: PropertyDecl): z.ZodType {
  const value = valueSchema(p);
  if (p.kind === 'strings') return value.default([]);
  if (p.default !== undefined) return value.default(p.default);
  return p.required ? value : value.optional().nullable();
}

function relationSchema(label: NodeLabel, rel: RelationDecl): z.ZodType {
  const target = id(rel.targetPrefixes ? [...rel.targetPrefixes] : prefixesOf(rel.target));
  if (rel.edge) {
    const items = z.array(z.object({ [EDGE_END]: target, quote: text }).strict());
    // Evidence is required: every fact needs at least one piece of it.
    return rel.required ? items.min(1, `every fact needs at least one piece of ${rel.edge.type.toLowerCase()}`) : items.default([]);
  }
  if (rel.cardinality === 'many') return z.array(target).default([]);
  return rel.required ? target : target.optional();
}

function entrySchema(label: NodeLabel) {
  const shape: Record<string, z.ZodType> = { id: id(typeDecl(label).prefixes) };
  for (const [key, p] of seedProperties(label)) shape[key] = propertySchema(p);
  for (const [field, rel] of ownedRelations(label)) shape[field] = relationSchema(label, rel);
  return z.object(shape).strict();
}

const SCHEMAS = new Map(NODE_LABELS.map((label) => [typeDecl(label).seedFile, entrySchema(label)]));

/**
 * Validates one entry of `label` in the seed files' format (both doors: a seed file's entry,
 * and a mutation's input turned into one): the entry with defaults applied, or its problems
 * as `field: message`.
 */
export function parseEntry(label: NodeLabel, raw: unknown): { entry: SeedEntry; problems: [] } | { entry: null; problems: { path: string; message: string }[] } {
  const result = SCHEMAS.get(typeDecl(label).seedFile)!.safeParse(raw);
  if (result.success) return { entry: result.data as SeedEntry, problems: [] };
  return { entry: null, problems: result.error.issues.map((issue) => ({ path: issue.path.join('.') || 'entry', message: issue.message })) };
}

// ---- the graph the loader writes ----

export interface SeedNode {
  label: NodeLabel;
  /** Extra labels (organisation kinds), always from KIND_LABELS. */
  kindLabels: string[];
  id: string;
  props: Record<string, unknown>;
}

export interface SeedRelationship {
  type: RelationshipType;
  from: string;
  to: string;
  props: Record<string, unknown>;
}

export interface SeedGraph {
  nodes: SeedNode[];
  relationships: SeedRelationship[];
}

export interface SeedReadOptions {
  /**
   * Texts of documents without a `corpusFile` (made through the API), by id: an export keeps
   * them in its records.json. A seed folder has none: every document reads its corpus file.
   */
  texts?: Readonly<Record<string, string>>;
  /**
   * What a finding of the consistency suite does: `refuse` (seed files: curated data must be
   * consistent) or `report` it through `report` (an export restored: the API does not run the
   * suite, so the graph it restores may hold what the suite would flag).
   */
  consistency?: 'refuse' | 'report';
  report?: (line: string) => void;
}

/** Reads, validates and cross-checks every seed file; throws one error listing every problem. */
export function readSeeds(seedsDir: string, corpusDir: string, options: SeedReadOptions = {}): SeedGraph {
  return seedGraphOf(readSeedFiles(seedsDir), corpusDir, options);
}

/** The entries of every seed file of a folder as YAML gives them (not yet validated). */
export function readSeedFiles(seedsDir: string): Record<SeedFileName, unknown[]> {
  const problems: string[] = [];
  const raw = {} as Record<SeedFileName, unknown[]>;
  for (const name of SEED_FILES) {
    raw[name] = [];
    const file = `${name}.yaml`;
    const path = join(seedsDir, file);
    if (!existsSync(path)) {
      problems.push(`${file}: file is missing`);
      continue;
    }
    let parsed: unknown;
    try {
      parsed = parse(readFileSync(path, 'utf8')) ?? [];
    } catch (error) {
      problems.push(`${file}: not valid YAML: ${(error as Error).message.split('\n')[0]}`);
      continue;
    }
    if (!Array.isArray(parsed)) {
      problems.push(`${file}: must be a YAML list of entries`);
      continue;
    }
    raw[name] = parsed;
  }
  if (problems.length > 0) throw new SeedValidationError(problems);
  return raw;
}

/**
 * The graph that seed entries (as read from the files, before validation) load to: validated,
 * dates worked out, cross-checked. The exporter runs it on what it is about to write, so an
 * export that would not load is refused when it is made, not when it is restored.
 */
export function seedGraphOf(raw: Record<SeedFileName, unknown[]>, corpusDir: string, options: SeedReadOptions = {}): SeedGraph {
  const problems: string[] = [];
  const entries = {} as SeedEntries;
  for (const name of SEED_FILES) {
    entries[name] = [];
    const file = `${name}.yaml`;
    const schema = SCHEMAS.get(name)!;
    (raw[name] ?? []).forEach((entry, index) => {
      const result = schema.safeParse(entry);
      if (result.success) entries[name].push(result.data);
      else {
        for (const issue of result.error.issues) {
          problems.push(`${file} entry ${index + 1} (${describe(entry)}): ${issue.path.join('.') || 'entry'}: ${issue.message}`);
        }
      }
    });
  }
  if (problems.length > 0) throw new SeedValidationError(problems);

  resolveDates(entries, problems);
  if (problems.length > 0) throw new SeedValidationError(problems);
  const graph = buildGraph(entries, corpusDir, problems, options.texts ?? {});
  if (problems.length > 0) throw new SeedValidationError(problems);
  for (const finding of checkConsistency(graph)) {
    const line = `consistency (${finding.rule}): ${finding.message}`;
    if (options.consistency === 'report') options.report?.(line);
    else problems.push(line);
  }
  if (problems.length > 0) throw new SeedValidationError(problems);
  return graph;
}

type DateObject = Exclude<PartialDateSeed, string>;

/** The date properties of a label's entries. */
const dateKeys = (label: NodeLabel) => seedProperties(label).filter(([, p]) => p.kind === 'date').map(([key]) => key);

/**
 * Works out every relative date from its anchor: the date the text gives (`from`), or the
 * publication window of the document named by `resolvedFrom` (the label's `dateKey`). The
 * result becomes the object's `date`, and `inferred` follows the window: a date counted from
 * an inferred window is itself inferred.
 */
function resolveDates(entries: SeedEntries, problems: string[]): void {
  const byId = new Map<string, { label: NodeLabel; entry: SeedEntry }>();
  for (const label of NODE_LABELS) for (const entry of entries[typeDecl(label).seedFile as SeedFileName]) byId.set(String(entry.id), { label, entry });
  const windowOf = (docId: string): Window | null => {
    const found = byId.get(docId);
    return found ? windowOfEntry(found.label, found.entry) : null;
  };
  for (const { label, entry } of byId.values()) resolveEntryDates(label, entry, windowOf, `${typeDecl(label).seedFile}.yaml`, problems);
}

/** A document's publication window, and whether it is inferred. */
export type Window = { bounds: Bounds; inferred: boolean };

/** The publication window of an entry (a document's `published`), or null when it has none. */
export function windowOfEntry(label: NodeLabel, entry: SeedEntry): Window | null {
  const key = typeDecl(label).dateKey;
  const date = key ? (entry[key] as PartialDateSeed | null | undefined) : null;
  if (!date) return null;
  const value = typeof date === 'string' ? date : date.relative === undefined ? date.date : undefined;
  const parsed = value ? parsePartialDate(value) : null;
  return parsed ? { bounds: parsed, inferred: typeof date !== 'string' && date.inferred === true } : null;
}

/**
 * Works out the relative dates of one entry (in place), given the publication windows of
 * documents (`windowOf`); problems are prefixed with `file`.
 */
export function resolveEntryDates(label: NodeLabel, entry: SeedEntry, windowOf: (docId: string) => Window | null, file: string, problems: string[]): void {
  const id = String(entry.id);
  for (const key of dateKeys(label)) {
    const date = entry[key] as PartialDateSeed | null | undefined;
    if (!date || typeof date === 'string' || date.relative === undefined) continue;
    let anchor: Bounds;
    let inferred = false;
    if (date.resolvedFrom !== undefined) {
      const window = windowOf(date.resolvedFrom);
      if (!window) {
        problems.push(`${file} (${id}): ${key}.resolvedFrom names ${date.resolvedFrom}, which is not a document with a publication date or window`);
        continue;
      }
      // The wording is counted from the window of the document whose quote holds it.
      const wording = date.relative.toLowerCase();
      if (!evidenceOf(label, entry).some((e) => e.doc === date.resolvedFrom && e.quote.toLowerCase().includes(wording))) {
        problems.push(`${file} (${id}): ${key}: “${date.relative}” is in no evidence quote from ${date.resolvedFrom}, the document it is counted from`);
        continue;
      }
      anchor = window.bounds;
      inferred = window.inferred;
    } else anchor = parsePartialDate(date.from!)!;
    const published = date.resolvedFrom ? windowOf(date.resolvedFrom) : evidenceWindow(label, entry, date.relative, windowOf);
    const resolved = resolveRelative(date.relative, anchor, published?.bounds ?? null);
    // A date other than the rule's needs its reasoning (basis); it is then an inference.
    const overridden = resolved !== null && date.date !== undefined && date.date !== resolved.value;
    if (overridden && date.basis === undefined) {
      problems.push(`${file} (${id}): ${key}: “${date.relative}” from ${date.from ?? date.resolvedFrom} is ${resolved.value}, not ${date.date} (give a basis to override the rule)`);
      continue;
    }
    if (resolved && !overridden) date.date = resolved.value;
    else if (!resolved && date.date === undefined) {
      problems.push(
        `${file} (${id}): ${key}: “${date.relative}” from ${date.from ?? date.resolvedFrom} gives no date (no publication window to bound it, or an anchor after it): give its date`,
      );
      continue;
    }
    // Counted from an inferred window, bounded by one ("subsequent"), or reasoned: inferred too.
    const bounded = resolved && !overridden ? resolved.usesPublication : !date.resolvedFrom;
    date.inferred = inferred || overridden || (bounded && (published?.inferred ?? false));
  }
}

/** The publication window of the evidence document whose quote holds a relative wording. */
function evidenceWindow(
  label: NodeLabel,
  entry: SeedEntry,
  wording: string,
  windowOf: (docId: string) => Window | null,
): Window | null {
  const item = evidenceOf(label, entry).find((e) => e.quote.toLowerCase().includes(wording.toLowerCase()));
  return item ? windowOf(item.doc) : null;
}

function describe(entry: unknown): string {
  const value = (entry as { id?: unknown } | null)?.id;
  return typeof value === 'string' ? value : 'no id';
}

/** An id prefix that promises an organisation kind: the councils list and Browser rely on it. */
export const PREFIX_KINDS: Record<string, OrganisationKindValue[]> = { council: ['COUNCIL'], trust: ['CHILDRENS_TRUST', 'COMPANY'] };

interface Built {
  label: NodeLabel;
  file: string;
  entry: SeedEntry;
  node: SeedNode;
}

/** What the checks of one entry need from the rest of the graph (the seed files, or Neo4j). */
export interface GraphLookups {
  /** The label of the node with this id, or null when there is none. */
  labelOf(id: string): NodeLabel | null;
  /** A document's full text, or undefined when it is not a known document. */
  textOf(docId: string): string | undefined;
}

function buildGraph(entries: SeedEntries, corpusDir: string, problems: string[], givenTexts: Readonly<Record<string, string>>): SeedGraph {
  const built: Built[] = [];
  const fileOf = new Map<string, string>();
  const labelOf = new Map<string, NodeLabel>();
  const names = new Map<string, string>();
  const texts = new Map<string, string>();
  const nameOf = (ref: unknown) => names.get(String(ref)) ?? String(ref);

  // Labels that name their nodes first, so that captions (which name the referenced nodes) can.
  for (const label of CAPTION_ORDER) {
    const decl = typeDecl(label);
    const file = `${decl.seedFile}.yaml`;
    for (const entry of entries[decl.seedFile as SeedFileName]) {
      const id = String(entry.id);
      // The one property read from outside the seed files: a document's text, from its corpus
      // file (or, for a document made through the API, from the export's records).
      let text: string | undefined;
      if ('corpusFile' in decl.properties) {
        const given = Object.hasOwn(givenTexts, id) ? givenTexts[id] : undefined;
        if (typeof entry.corpusFile === 'string') {
          if (given !== undefined) {
            problems.push(`${file} (${id}): has a corpusFile and a text in records.json: one or the other`);
            continue;
          }
          const path = join(corpusDir, entry.corpusFile);
          if (!existsSync(path)) {
            problems.push(`${file} (${id}): corpusFile ${String(entry.corpusFile)} is not in ${corpusDir}`);
            continue;
          }
          text = readFileSync(path, 'utf8');
        } else if (given !== undefined) {
          text = given;
        } else {
          problems.push(`${file} (${id}): corpusFile is required: a seed document's text is read from the corpus`);
          continue;
        }
        texts.set(id, text);
      }
      const node = nodeOfEntry(label, entry, file, nameOf, problems, text);
      const seen = fileOf.get(id);
      if (seen) problems.push(`${file}: id ${id} is already used in ${seen}`);
      fileOf.set(id, file);
      labelOf.set(id, label);
      names.set(id, String(node.props.name));
      built.push({ label, file, entry, node });
    }
  }
  const lookups: GraphLookups = { labelOf: (id) => labelOf.get(id) ?? null, textOf: (id) => texts.get(id) };
  const relationships = built.flatMap(({ label, file, entry, node }) => relationshipsOfEntry(label, entry, node, file, lookups, problems));
  return { nodes: built.map((b) => b.node), relationships: dedupe(relationships) };
}

/** Labels without captions first: captions name the nodes an entry refers to. */
export const CAPTION_ORDER = [...NODE_LABELS.filter((label) => !typeDecl(label).caption), ...NODE_LABELS.filter((label) => typeDecl(label).caption)];

/**
 * The node an entry becomes: its properties as stored (partial dates in their parts, aliases
 * joined for search, a fact's caption from `nameOf`), its kind labels, and a document's `text`.
 */
export function nodeOfEntry(label: NodeLabel, entry: SeedEntry, file: string, nameOf: (id: unknown) => string, problems: string[], text?: string): SeedNode {
  const decl = typeDecl(label);
  const id = String(entry.id);
  const props: Record<string, unknown> = { id, name: decl.caption ? decl.caption(entry, nameOf) : entry.name };
  let kindLabels: string[] = [];
  for (const [key, p] of seedProperties(label)) {
    const value = entry[key];
    if (p.kind === 'date') Object.assign(props, dateProps(key, value as PartialDateSeed | null | undefined));
    else props[key] = value ?? null;
    if (p.kind === 'kinds') {
      const kinds = value as OrganisationKindValue[];
      kindLabels = kinds.map((kind) => KIND_LABELS[kind]);
      for (const [prefix, needed] of Object.entries(PREFIX_KINDS)) {
        if (id.startsWith(`${prefix}:`) && !kinds.some((k) => needed.includes(k))) {
          problems.push(`${file} (${id}): a ${prefix}: id needs the kind ${needed.join(' or ')}`);
        }
      }
    }
  }
  if (hasAliasText(label)) props[ALIAS_TEXT] = aliasText(entry.aliases as string[]);
  if (text !== undefined) Object.assign(props, { text, [RECORD.contentHash]: contentHash(text) });
  return { label, kindLabels, id, props };
}

/**
 * The relationships an entry owns, checked against the graph: every other end exists, every
 * quote (evidence, a statement's words, a date's workings) is verbatim in its document.
 */
export function relationshipsOfEntry(label: NodeLabel, entry: SeedEntry, node: SeedNode, file: string, lookups: GraphLookups, problems: string[]): SeedRelationship[] {
  const relationships: SeedRelationship[] = [];
  for (const [field, rel] of ownedRelations(label)) {
    const value = entry[field];
    const items: { to: string; quote?: string }[] = rel.edge
      ? (value as Record<string, string>[]).map((item) => ({ to: String(item[EDGE_END]), quote: String(item.quote) }))
      : rel.cardinality === 'many'
        ? (value as string[]).map((to) => ({ to }))
        : value === undefined || value === null
          ? []
          : [{ to: String(value) }];
    items.forEach((item, index) => {
      // A symmetric (`both`) relationship is written from the entry that lists it.
      const [from, to] = rel.direction === 'in' ? [item.to, node.id] : [node.id, item.to];
      const props = item.quote === undefined ? {} : { quote: item.quote };
      if (item.to !== node.id && !lookups.labelOf(item.to)) problems.push(`${file} (${node.id}): ${rel.type} refers to ${item.to}, which no seed file defines`);
      relationships.push({ type: rel.type as RelationshipType, from, to, props });
      if (item.quote !== undefined) {
        const body = lookups.textOf(item.to);
        if (body !== undefined && !body.includes(item.quote)) {
          problems.push(`${file} (${node.id}): ${field}[${index}].quote does not occur verbatim in ${item.to}: “${item.quote}”`);
        }
      }
    });
  }
  // A quote attributed to a speaker must be the document's own words (Statement.quote).
  const quote = node.props.quote;
  if (typeof quote === 'string') {
    for (const [field, rel] of ownedRelations(label)) {
      if (rel.edge || rel.cardinality !== 'one' || rel.target.length !== 1 || rel.target[0] !== 'Document') continue;
      const doc = String(entry[field]);
      const body = lookups.textOf(doc);
      if (body !== undefined && !body.includes(quote)) problems.push(`${file} (${node.id}): quote does not occur verbatim in ${doc}: “${quote}”`);
    }
  }
  // A date worked out from the text shows its workings there: the relative wording in an
  // evidence quote, the anchor verbatim in one, the basis of an inference in the document.
  const quotes = evidenceOf(label, entry).map((e) => e.quote);
  const own = typeof node.props.text === 'string' ? [node.props.text] : [];
  const bodies = [...own, ...evidenceOf(label, entry).map((e) => lookups.textOf(e.doc) ?? '')];
  for (const key of dateKeys(label)) {
    const date = entry[key] as PartialDateSeed | null | undefined;
    if (!date || typeof date === 'string') continue;
    const relative = date.relative?.toLowerCase();
    if (relative !== undefined && !quotes.some((q) => q.toLowerCase().includes(relative))) {
      problems.push(`${file} (${node.id}): ${key}.relative “${date.relative}” is in none of its evidence quotes`);
    }
    if (date.anchor !== undefined && !quotes.some((q) => q.includes(date.anchor!))) {
      problems.push(`${file} (${node.id}): ${key}.anchor “${date.anchor}” is in none of its evidence quotes`);
    }
    for (const quote of date.quotes ?? []) {
      if (!bodies.some((body) => body.includes(quote))) problems.push(`${file} (${node.id}): ${key}.quotes: “${quote}” does not occur verbatim in its document`);
    }
  }
  return relationships;
}

/** Aliases joined for the full-text index, which indexes text properties. */
function aliasText(aliases: string[]): string | null {
  return aliases.length > 0 ? aliases.join(' | ') : null;
}

const part = (name: DatePart) => name;

/** `start: "2018-04"` becomes start, startPrecision, startEarliest, startLatest (+ relative provenance). */
function dateProps(key: string, date: PartialDateSeed | null | undefined): Record<string, unknown> {
  if (date === null || date === undefined) return {};
  const value = typeof date === 'string' ? date : date.date!;
  const parsed = parsePartialDate(value) as PartialDate;
  const props: Record<string, unknown> = {
    [key]: value,
    [`${key}${part('Precision')}`]: parsed.precision,
    [`${key}${part('Earliest')}`]: parsed.earliest,
    [`${key}${part('Latest')}`]: parsed.latest,
  };
  if (typeof date === 'string') return props;
  for (const [seedKey, suffix] of Object.entries(DATE_SEED_KEYS)) {
    const v = date[seedKey as keyof DateObject];
    if (suffix !== '' && v !== undefined) props[`${key}${suffix}`] = v;
  }
  return props;
}

function dedupe(relationships: SeedRelationship[]): SeedRelationship[] {
  const seen = new Set<string>();
  return relationships.filter((rel) => {
    const key = `${rel.from}|${rel.type}|${rel.to}|${JSON.stringify(rel.props)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
