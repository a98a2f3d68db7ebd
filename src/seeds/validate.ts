import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { KIND_LABELS, type OrganisationKindValue } from '../modules/entities/entities.mappers.js';
import type { IdLabel } from '../modules/node/node.ids.js';
import { parsePartialDate, type PartialDate } from './dates.js';

export class SeedValidationError extends Error {
  override readonly name = 'SeedValidationError';
  constructor(readonly problems: string[]) {
    super(`The seed files have ${problems.length} problem(s); nothing was loaded:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

// ---- file formats (seeds/README.md documents them) ----

const id = (prefixes: string[]) =>
  z
    .string()
    .regex(/^[a-z]+:[a-z0-9][a-z0-9-]*$/, 'must be a lower-case prefixed slug such as person:andy-couldrick')
    .refine((value) => prefixes.includes(value.slice(0, value.indexOf(':'))), {
      message: `must start with ${prefixes.map((p) => `${p}:`).join(' or ')}`,
    });

const ORG = ['council', 'trust', 'org'];
const ENTITY = ['person', ...ORG, 'policy', 'doc'];
const ANY_ID = [...ENTITY, 'tenure', 'arrangement', 'inspection', 'direction', 'event', 'statement'];

const dateText = z.string().refine((v) => parsePartialDate(v) !== null, {
  message: 'must be a partial date: YYYY, YYYY-MM, YYYY-MM-DD, YYYY-spring|summer|autumn|winter or YYYY-Q1..Q4',
});
const partialDate = z.union([
  dateText,
  z
    .object({ date: dateText, relative: z.string().min(1), resolvedFrom: id(['doc']) })
    .strict(),
]);
const text = z.string().trim().min(1);
const evidence = z
  .array(z.object({ doc: id(['doc']), quote: text }).strict())
  .min(1, 'every fact needs at least one piece of evidence');

const organisationKind = z.enum(Object.keys(KIND_LABELS) as [OrganisationKindValue, ...OrganisationKindValue[]]);

const schemas = {
  documents: z
    .object({
      id: id(['doc']),
      corpusFile: z.string().regex(/^[\w.-]+\.txt$/),
      title: text,
      kind: z.enum(['ARTICLE', 'REPORT', 'POLICY_PAPER', 'OPINION']),
      outlet: id(ORG).optional(),
      authors: z.array(id(['person'])).default([]),
      published: partialDate.optional(),
      mentions: z.array(id(ENTITY)).default([]),
    })
    .strict(),
  people: z
    .object({ id: id(['person']), name: text, aliases: z.array(text).default([]), description: text.optional() })
    .strict(),
  organisations: z
    .object({
      id: id(ORG),
      name: text,
      kinds: z.array(organisationKind).min(1),
      aliases: z.array(text).default([]),
      description: text.optional(),
    })
    .strict(),
  policies: z
    .object({
      id: id(['policy']),
      name: text,
      aliases: z.array(text).default([]),
      description: text.optional(),
      issuedBy: id(ORG).optional(),
      evidence,
    })
    .strict(),
  tenures: z
    .object({
      id: id(['tenure']),
      person: id(['person']),
      organisation: id(ORG),
      role: text,
      roleKind: z.enum([
        'CHIEF_EXECUTIVE', 'CHAIR', 'VICE_CHAIR', 'PRESIDENT', 'DIRECTOR_OF_CHILDRENS_SERVICES', 'DIRECTOR',
        'COMMISSIONER', 'MINISTER', 'SECRETARY_OF_STATE', 'MP', 'COUNCILLOR', 'COUNCIL_LEADER', 'CABINET_MEMBER',
        'CHIEF_INSPECTOR', 'REPORTER', 'EDITOR', 'AUTHOR', 'PROFESSOR', 'RESEARCHER', 'ADVISER', 'BOARD_MEMBER', 'OTHER',
      ]),
      start: partialDate.optional().nullable(),
      end: partialDate.optional().nullable(),
      current: z.boolean().optional(),
      evidence,
    })
    .strict(),
  arrangements: z
    .object({
      id: id(['arrangement']),
      council: id(['council']),
      provider: id(ORG),
      start: partialDate.optional().nullable(),
      end: partialDate.optional().nullable(),
      origin: z.enum(['MANDATED_BY_DFE', 'CHOSEN_BY_COUNCIL', 'VOLUNTARY', 'UNKNOWN']).default('UNKNOWN'),
      ending: z.enum(['TAKEN_BACK_IN_HOUSE', 'TRANSFERRED', 'DISSOLVED']).optional().nullable(),
      status: z.enum(['ACTIVE', 'ENDED', 'PLANNED', 'ABANDONED']).optional().nullable(),
      description: text.optional(),
      evidence,
    })
    .strict(),
  inspections: z
    .object({
      id: id(['inspection']),
      subject: id(ORG),
      inspectorate: id(ORG),
      date: partialDate.optional().nullable(),
      grade: z.enum(['OUTSTANDING', 'GOOD', 'REQUIRES_IMPROVEMENT', 'INADEQUATE']).optional().nullable(),
      scope: text.optional(),
      evidence,
    })
    .strict(),
  directions: z
    .object({
      id: id(['direction']),
      council: id(['council']),
      issuedBy: id(ORG),
      date: partialDate.optional().nullable(),
      kind: z.enum(['DIRECTION', 'REVISED_DIRECTION']),
      summary: text.optional(),
      arrangement: id(['arrangement']).optional(),
      evidence,
    })
    .strict(),
  events: z
    .object({
      id: id(['event']),
      kind: z.enum([
        'DEATH', 'OVERSPEND', 'RECOMMENDATION', 'ANNOUNCEMENT', 'SUSPENSION', 'REVIEW', 'BROADCAST', 'APPOINTMENT',
        'FUNDING', 'OTHER',
      ]),
      name: text,
      date: partialDate.optional().nullable(),
      description: text.optional(),
      amount: z.number().optional(),
      currency: z.string().regex(/^[A-Z]{3}$/).optional(),
      period: text.optional(),
      involves: z.array(id(ANY_ID)).default([]),
      evidence,
    })
    .strict(),
  statements: z
    .object({
      id: id(['statement']),
      speaker: id(['person', ...ORG]),
      document: id(['doc']),
      quote: text,
      summary: text.optional(),
      about: z.array(id(ANY_ID)).default([]),
      stance: z.enum(['FOR', 'AGAINST', 'NEUTRAL', 'MIXED']).optional().nullable(),
      date: partialDate.optional().nullable(),
      evidence,
    })
    .strict(),
};

type Schemas = typeof schemas;
export type SeedFileName = keyof Schemas;
export type SeedEntries = { [K in SeedFileName]: z.infer<Schemas[K]>[] };
export const SEED_FILES = Object.keys(schemas) as SeedFileName[];

// ---- the graph the loader writes ----

export interface SeedNode {
  label: IdLabel;
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

export const RELATIONSHIP_TYPES = [
  'EVIDENCED_BY', 'MENTIONS', 'WRITTEN_BY', 'PUBLISHED_BY', 'HELD', 'AT', 'FOR_COUNCIL', 'PROVIDED_BY', 'INSPECTED',
  'CONDUCTED_BY', 'DIRECTED', 'ISSUED_BY', 'MANDATED', 'INVOLVED', 'SAID_BY', 'ABOUT', 'REPORTED_IN',
] as const;
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

export interface SeedGraph {
  nodes: SeedNode[];
  relationships: SeedRelationship[];
}

/** Reads, validates and cross-checks every seed file; throws one error listing every problem. */
export function readSeeds(seedsDir: string, corpusDir: string): SeedGraph {
  const problems: string[] = [];
  const entries = {} as SeedEntries;
  for (const name of SEED_FILES) {
    const file = `${name}.yaml`;
    const path = join(seedsDir, file);
    if (!existsSync(path)) {
      problems.push(`${file}: file is missing`);
      (entries as Record<string, unknown[]>)[name] = [];
      continue;
    }
    let raw: unknown;
    try {
      raw = parse(readFileSync(path, 'utf8')) ?? [];
    } catch (error) {
      problems.push(`${file}: not valid YAML: ${(error as Error).message.split('\n')[0]}`);
      (entries as Record<string, unknown[]>)[name] = [];
      continue;
    }
    if (!Array.isArray(raw)) {
      problems.push(`${file}: must be a YAML list of entries`);
      (entries as Record<string, unknown[]>)[name] = [];
      continue;
    }
    const parsed: unknown[] = [];
    raw.forEach((entry, index) => {
      const result = schemas[name].safeParse(entry);
      if (result.success) parsed.push(result.data);
      else {
        for (const issue of result.error.issues) {
          problems.push(`${file} entry ${index + 1} (${describe(entry)}): ${issue.path.join('.') || 'entry'}: ${issue.message}`);
        }
      }
    });
    (entries as Record<string, unknown[]>)[name] = parsed;
  }
  if (problems.length > 0) throw new SeedValidationError(problems);

  const graph = buildGraph(entries, corpusDir, problems);
  if (problems.length > 0) throw new SeedValidationError(problems);
  return graph;
}

function describe(entry: unknown): string {
  const value = (entry as { id?: unknown } | null)?.id;
  return typeof value === 'string' ? value : 'no id';
}

function buildGraph(entries: SeedEntries, corpusDir: string, problems: string[]): SeedGraph {
  const nodes: SeedNode[] = [];
  const relationships: SeedRelationship[] = [];
  const ids = new Map<string, string>();
  const texts = new Map<string, string>();
  const names = new Map<string, string>();

  const addNode = (file: string, node: SeedNode) => {
    const seen = ids.get(node.id);
    if (seen) problems.push(`${file}: id ${node.id} is already used in ${seen}`);
    ids.set(node.id, file);
    names.set(node.id, String(node.props.name));
    nodes.push(node);
  };

  for (const d of entries.documents) {
    const path = join(corpusDir, d.corpusFile);
    if (!existsSync(path)) {
      problems.push(`documents.yaml (${d.id}): corpusFile ${d.corpusFile} is not in ${corpusDir}`);
      continue;
    }
    const body = readFileSync(path, 'utf8');
    texts.set(d.id, body);
    addNode('documents.yaml', {
      label: 'Document',
      kindLabels: [],
      id: d.id,
      props: { id: d.id, name: d.title, title: d.title, corpusFile: d.corpusFile, kind: d.kind, text: body, ...dateProps('published', d.published) },
    });
  }
  for (const p of entries.people) {
    addNode('people.yaml', { label: 'Person', kindLabels: [], id: p.id, props: { id: p.id, name: p.name, aliases: p.aliases, aliasText: aliasText(p.aliases), description: p.description ?? null } });
  }
  for (const o of entries.organisations) {
    // The id prefix promises a kind: the councils list and Browser rely on it.
    if (o.id.startsWith('council:') && !o.kinds.includes('COUNCIL')) problems.push(`organisations.yaml (${o.id}): a council: id needs the kind COUNCIL`);
    if (o.id.startsWith('trust:') && !o.kinds.some((k) => k === 'CHILDRENS_TRUST' || k === 'COMPANY')) {
      problems.push(`organisations.yaml (${o.id}): a trust: id needs the kind CHILDRENS_TRUST or COMPANY`);
    }
    addNode('organisations.yaml', {
      label: 'Organisation',
      kindLabels: o.kinds.map((kind) => KIND_LABELS[kind]),
      id: o.id,
      props: { id: o.id, name: o.name, aliases: o.aliases, aliasText: aliasText(o.aliases), kinds: o.kinds, description: o.description ?? null },
    });
  }
  for (const p of entries.policies) {
    addNode('policies.yaml', { label: 'Policy', kindLabels: [], id: p.id, props: { id: p.id, name: p.name, aliases: p.aliases, aliasText: aliasText(p.aliases), description: p.description ?? null } });
  }

  const nameOf = (ref: string) => names.get(ref) ?? ref;
  const facts: { file: string; id: string; label: IdLabel; name: string; props: Record<string, unknown>; links: [RelationshipType, string][]; evidence: { doc: string; quote: string }[] }[] = [];

  for (const t of entries.tenures) {
    facts.push({
      file: 'tenures.yaml', id: t.id, label: 'Tenure',
      name: `${nameOf(t.person)}: ${t.role}, ${nameOf(t.organisation)}`,
      props: { role: t.role, roleKind: t.roleKind, current: t.current ?? null, ...dateProps('start', t.start), ...dateProps('end', t.end) },
      links: [['AT', t.organisation]], evidence: t.evidence,
    });
  }
  for (const a of entries.arrangements) {
    facts.push({
      file: 'arrangements.yaml', id: a.id, label: 'ServiceArrangement',
      name: `${nameOf(a.provider)} runs ${nameOf(a.council)} children's services`,
      props: { origin: a.origin, ending: a.ending ?? null, status: a.status ?? null, description: a.description ?? null, ...dateProps('start', a.start), ...dateProps('end', a.end) },
      links: [['FOR_COUNCIL', a.council], ['PROVIDED_BY', a.provider]], evidence: a.evidence,
    });
  }
  for (const i of entries.inspections) {
    facts.push({
      file: 'inspections.yaml', id: i.id, label: 'Inspection',
      name: `${nameOf(i.inspectorate)} ${i.grade ? i.grade.toLowerCase().replaceAll('_', ' ') : 'inspection'}: ${nameOf(i.subject)}${i.date ? ` ${dateValue(i.date)}` : ''}`,
      props: { grade: i.grade ?? null, scope: i.scope ?? null, ...dateProps('date', i.date) },
      links: [['INSPECTED', i.subject], ['CONDUCTED_BY', i.inspectorate]], evidence: i.evidence,
    });
  }
  for (const d of entries.directions) {
    facts.push({
      file: 'directions.yaml', id: d.id, label: 'Direction',
      name: `${d.kind === 'REVISED_DIRECTION' ? 'Revised direction' : 'Direction'} to ${nameOf(d.council)}${d.date ? ` ${dateValue(d.date)}` : ''}`,
      props: { kind: d.kind, summary: d.summary ?? null, ...dateProps('date', d.date) },
      links: [['DIRECTED', d.council], ['ISSUED_BY', d.issuedBy], ...(d.arrangement ? [['MANDATED', d.arrangement] as [RelationshipType, string]] : [])],
      evidence: d.evidence,
    });
  }
  for (const e of entries.events) {
    facts.push({
      file: 'events.yaml', id: e.id, label: 'Event', name: e.name,
      props: { kind: e.kind, description: e.description ?? null, amount: e.amount ?? null, currency: e.currency ?? null, period: e.period ?? null, ...dateProps('date', e.date) },
      links: e.involves.map((ref) => ['INVOLVED', ref] as [RelationshipType, string]), evidence: e.evidence,
    });
  }
  for (const s of entries.statements) {
    facts.push({
      file: 'statements.yaml', id: s.id, label: 'Statement',
      name: `${nameOf(s.speaker)}: “${s.quote.length > 60 ? `${s.quote.slice(0, 57)}...` : s.quote}”`,
      props: { quote: s.quote, summary: s.summary ?? null, stance: s.stance ?? null, ...dateProps('date', s.date) },
      links: [['SAID_BY', s.speaker], ['REPORTED_IN', s.document], ...s.about.map((ref) => ['ABOUT', ref] as [RelationshipType, string])],
      evidence: s.evidence,
    });
  }

  for (const fact of facts) {
    addNode(fact.file, { label: fact.label, kindLabels: [], id: fact.id, props: { id: fact.id, name: fact.name, ...fact.props } });
  }
  for (const t of entries.tenures) relationships.push({ type: 'HELD', from: t.person, to: t.id, props: {} });
  for (const p of entries.policies) {
    if (p.issuedBy) relationships.push({ type: 'ISSUED_BY', from: p.id, to: p.issuedBy, props: {} });
    facts.push({ file: 'policies.yaml', id: p.id, label: 'Policy', name: p.name, props: {}, links: [], evidence: p.evidence });
  }
  for (const fact of facts) {
    for (const [type, to] of fact.links) relationships.push({ type, from: fact.id, to, props: {} });
    fact.evidence.forEach((ev, index) => {
      const body = texts.get(ev.doc);
      if (body !== undefined && !body.includes(ev.quote)) {
        problems.push(`${fact.file} (${fact.id}): evidence[${index}].quote does not occur verbatim in ${ev.doc}: “${ev.quote}”`);
      }
      relationships.push({ type: 'EVIDENCED_BY', from: fact.id, to: ev.doc, props: { quote: ev.quote } });
    });
  }
  for (const s of entries.statements) {
    const body = texts.get(s.document);
    if (body !== undefined && !body.includes(s.quote)) {
      problems.push(`statements.yaml (${s.id}): quote does not occur verbatim in ${s.document}: “${s.quote}”`);
    }
  }
  for (const d of entries.documents) {
    if (d.outlet) relationships.push({ type: 'PUBLISHED_BY', from: d.id, to: d.outlet, props: {} });
    for (const author of d.authors) relationships.push({ type: 'WRITTEN_BY', from: d.id, to: author, props: {} });
    for (const ref of new Set(d.mentions)) relationships.push({ type: 'MENTIONS', from: d.id, to: ref, props: {} });
  }
  // Relative dates must be resolved from a document that exists.
  for (const node of nodes) {
    for (const [key, value] of Object.entries(node.props)) {
      if (key.endsWith('ResolvedFrom') && typeof value === 'string' && !ids.has(value)) {
        problems.push(`${ids.get(node.id)} (${node.id}): ${key} names ${value}, which is not a document`);
      }
    }
  }
  for (const rel of relationships) {
    for (const end of [rel.from, rel.to]) {
      if (!ids.has(end)) problems.push(`${ids.get(rel.from) ?? 'seeds'} (${rel.from}): ${rel.type} refers to ${end}, which no seed file defines`);
    }
  }
  return { nodes, relationships: dedupe(relationships) };
}

/** Aliases joined for the full-text index, which indexes text properties. */
function aliasText(aliases: string[]): string | null {
  return aliases.length > 0 ? aliases.join(' | ') : null;
}

function dateValue(date: z.infer<typeof partialDate>): string {
  return typeof date === 'string' ? date : date.date;
}

/** `start: "2018-04"` becomes start, startPrecision, startEarliest, startLatest (+ relative provenance). */
function dateProps(key: string, date: z.infer<typeof partialDate> | null | undefined): Record<string, unknown> {
  if (date === null || date === undefined) return {};
  const value = dateValue(date);
  const parsed = parsePartialDate(value) as PartialDate;
  return {
    [key]: value,
    [`${key}Precision`]: parsed.precision,
    [`${key}Earliest`]: parsed.earliest,
    [`${key}Latest`]: parsed.latest,
    ...(typeof date === 'string' ? {} : { [`${key}Relative`]: date.relative, [`${key}ResolvedFrom`]: date.resolvedFrom }),
  };
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
