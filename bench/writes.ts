import { createHash } from 'node:crypto';
import { parsePartialDate } from '../src/seeds/dates.js';
import { slugOf } from '../src/modules/write/write.input.js';
import type { LoadRequest, RequestSource } from './lib/loadtest.js';
import { API_OPERATIONS, NGQL_OPERATIONS, type Impl, type QueryId, type Variables } from './queries.js';

/**
 * The write workload (`npm run bench -- --writes`): W1 upserts a tenure with its evidence, W2
 * stores a 5,000-character document, W3 mixes reads and writes 90/10 at concurrency 16. Each
 * implementation writes to its own tenures, so that every upsert changes what it names (an
 * upsert that changes nothing writes nothing, and would measure a read). Everything here is
 * pure: bodies from targets and counters; the runner owns the counters and the graph.
 */

export type WriteId = 'W1' | 'W2' | 'W3';
export const WRITE_IDS: WriteId[] = ['W1', 'W2', 'W3'];

export const WRITE_TITLES: Record<WriteId, string> = {
  W1: 'upsertTenure: the whole entry with its evidence quote, changing the role',
  W2: 'createDocument: a new 5,000-character text',
  W3: '90% reads (Q1, Q3, Q4, Q6) and 10% writes (W1, W2 alternately), concurrency 16',
};

/** The reads of W3: the questions all three implementations express (Q2 and Q5 are left out; see README). */
export const MIX_READS: QueryId[] = ['Q1', 'Q3', 'Q4', 'Q6'];
/** One write in this many requests. */
export const MIX_WRITE_EVERY = 10;
export const DOCUMENT_CHARS = 5_000;

/** A generated tenure as W1 rewrites it: its whole entry, read from the graph before the load. */
export interface TenureTarget {
  id: string;
  role: string;
  roleKind: string;
  start: string | null;
  end: string | null;
  current: boolean | null;
  person: string;
  organisation: string;
  personName: string;
  organisationName: string;
  evidence: { doc: string; quote: string }[];
}

export const API_WRITE_OPERATIONS = {
  W1: `mutation W1($input: TenureInput!) { upsertTenure(input: $input) { created node { id version } change { id } } }`,
  W2: `mutation W2($input: CreateDocumentInput!) { createDocument(input: $input) { created document { id version } change { id } } }`,
} as const;

/**
 * @neo4j/graphql's generated mutations. It has no upsert: W1 is `updateTenures` setting every
 * property of the entry (the client computes the caption and the date bounds), W2 is
 * `createDocuments` with an id and content hash the client computes.
 */
export const NGQL_WRITE_OPERATIONS = {
  W1: `mutation W1($id: ID!, $update: TenureUpdateInput!) { updateTenures(where: {id: {eq: $id}}, update: $update) { tenures { id } } }`,
  W2: `mutation W2($input: [DocumentCreateInput!]!) { createDocuments(input: $input) { documents { id } } }`,
} as const;

/**
 * W1's n-th write of one implementation: target n mod N, with the role qualified on even
 * passes over the targets and as generated on odd ones, so each write changes its tenure.
 */
export function tenureWrite(targets: readonly TenureTarget[], n: number): { target: TenureTarget; role: string } {
  const target = targets[n % targets.length] as TenureTarget;
  const pass = Math.floor(n / targets.length);
  return { target, role: pass % 2 === 0 ? `${target.role} (interim)` : target.role };
}

/** The TenureInput of the API (the seed files' entry): every field of the tenure, evidence included. */
export function tenureInput(target: TenureTarget, role: string): Record<string, unknown> {
  return {
    id: target.id,
    role,
    roleKind: target.roleKind,
    ...(target.start ? { start: { date: target.start } } : {}),
    ...(target.end ? { end: { date: target.end } } : {}),
    ...(target.current === null ? {} : { current: target.current }),
    person: target.person,
    organisation: target.organisation,
    evidence: target.evidence,
  };
}

/** The same entry as @neo4j/graphql's update input: each property set, the derived ones computed here. */
export function tenureNgqlUpdate(target: TenureTarget, role: string): Record<string, unknown> {
  const set = (value: unknown) => ({ set: value });
  const date = (key: 'start' | 'end', value: string | null) => {
    const parsed = value ? parsePartialDate(value) : null;
    return { [key]: set(value), [`${key}Earliest`]: set(parsed?.earliest ?? null), [`${key}Latest`]: set(parsed?.latest ?? null) };
  };
  return {
    name: set(`${target.personName}: ${role}, ${target.organisationName}`),
    role: set(role),
    roleKind: set(target.roleKind),
    current: set(target.current),
    ...date('start', target.start),
    ...date('end', target.end),
  };
}

/**
 * A document text of exactly `chars` characters, unique to `tag` (the text is what makes a
 * document new: the same text twice is the same document): the tag, then `base` repeated.
 */
export function documentText(base: string, tag: string, chars = DOCUMENT_CHARS): string {
  const head = `${tag}. `;
  const filler = base.trim().length > 0 ? base.trim() : 'Children’s services.';
  let text = head;
  while (text.length < chars) text += `${filler} `;
  return text.slice(0, chars);
}

export function documentInput(base: string, tag: string): { title: string; kind: 'ARTICLE'; text: string } {
  return { title: `Bench write ${tag}`, kind: 'ARTICLE', text: documentText(base, tag) };
}

/** The id createDocument gives a text: the title's slug and the start of the text's SHA-256. */
export function documentId(title: string, text: string): string {
  const hash = createHash('sha256').update(text, 'utf8').digest('hex');
  return `doc:${slugOf(title).slice(0, 60).replace(/-+$/, '')}-${hash.slice(0, 8)}`;
}

/** Whether the i-th request of W3 is a write, and which: W1 and W2 take turns. */
export function mixKind(i: number): 'read' | 'W1' | 'W2' {
  if (i % MIX_WRITE_EVERY !== MIX_WRITE_EVERY - 1) return 'read';
  return Math.floor(i / MIX_WRITE_EVERY) % 2 === 0 ? 'W1' : 'W2';
}

/** What the runner gives the request makers of one implementation. */
export interface WriteContext {
  impl: Impl;
  /** This implementation's own tenures (disjoint from the others'). */
  tenures: readonly TenureTarget[];
  /** Prose to fill documents with. */
  documentBase: string;
  /** Unique per run, so that a document text is never one an earlier run stored. */
  runTag: string;
  /** `Authorization` header value for the API and raw (an EDITOR token); null for @neo4j/graphql. */
  authorization: string | null;
}

/** Counters that survive across slices: W1 keeps alternating, W2 keeps making new texts. */
export interface WriteCounters {
  tenure: number;
  document: number;
  read: number;
}

function writeBody(ctx: WriteContext, which: 'W1' | 'W2', counters: WriteCounters): string {
  if (which === 'W1') {
    const { target, role } = tenureWrite(ctx.tenures, counters.tenure++);
    if (ctx.impl === 'ngql') return JSON.stringify({ operationName: 'W1', query: NGQL_WRITE_OPERATIONS.W1, variables: { id: target.id, update: tenureNgqlUpdate(target, role) } });
    return JSON.stringify({ operationName: 'W1', query: API_WRITE_OPERATIONS.W1, variables: { input: tenureInput(target, role) } });
  }
  const input = documentInput(ctx.documentBase, `${ctx.runTag}-${ctx.impl}-${counters.document++}`);
  if (ctx.impl === 'ngql') {
    const id = documentId(input.title, input.text);
    const contentHash = createHash('sha256').update(input.text, 'utf8').digest('hex');
    return JSON.stringify({ operationName: 'W2', query: NGQL_WRITE_OPERATIONS.W2, variables: { input: [{ id, name: input.title, title: input.title, kind: input.kind, text: input.text, contentHash }] } });
  }
  return JSON.stringify({ operationName: 'W2', query: API_WRITE_OPERATIONS.W2, variables: { input } });
}

/** The request source of one cell: W1 or W2 alone, W3's mix, or W3's reads alone (its read-only reference). */
export function writeSource(ctx: WriteContext, cell: 'W1' | 'W2' | 'W3' | 'reads', counters: WriteCounters, reads: readonly string[]): RequestSource {
  const headers = ctx.authorization ? { authorization: ctx.authorization } : undefined;
  const write = (which: 'W1' | 'W2'): LoadRequest => ({ body: writeBody(ctx, which, counters), kind: 'write', ...(headers ? { headers } : {}) });
  const read = (): LoadRequest => ({ body: reads[counters.read++ % reads.length] as string, kind: 'read' });
  let i = 0;
  return {
    next: () => {
      if (cell === 'W1' || cell === 'W2') return write(cell);
      if (cell === 'reads') return read();
      const kind = mixKind(i++);
      return kind === 'read' ? read() : write(kind);
    },
  };
}

/** W3's read bodies for one implementation: the mix's questions interleaved, parameter set by parameter set. */
export function mixReadBodies(impl: Impl, sets: Record<QueryId, Variables[]>, requestFor: (impl: Impl, q: QueryId, v: Variables) => unknown): string[] {
  const lists = MIX_READS.map((q) => sets[q].map((v) => requestFor(impl, q, v)).filter((b) => b !== null).map((b) => JSON.stringify(b)));
  const longest = Math.max(...lists.map((l) => l.length));
  const out: string[] = [];
  for (let i = 0; i < longest; i += 1) for (const list of lists) if (list.length > 0) out.push(list[i % list.length] as string);
  return out;
}

/** Whether the read operations of the mix exist for every implementation (guards a later edit of queries.ts). */
export function mixExpressible(): boolean {
  return MIX_READS.every((q) => API_OPERATIONS[q] && NGQL_OPERATIONS[q]);
}
