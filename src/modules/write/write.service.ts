import { randomUUID } from 'node:crypto';
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import { codedError } from '../../errors.js';
import { FACT_LABELS, KIND_LABELS, labelOfId, OWNED_RELATIONS, RELATIONSHIP_TYPES, relationOf, typeDecl, type NodeLabel, type NodeModel } from '../../model/model.js';
import { API_TOKEN_LABEL, CHANGE, type CHANGE_PROPERTIES, contentHash, FIRST_VERSION, RECORD } from '../../model/records.js';
import type { Database } from '../../neo4j/database.js';
import { SEEDED, toNeo4jProps } from '../../seeds/loader.js';
import {
  ALIAS_TEXT,
  EDGE_END,
  nodeOfEntry,
  ownedRelations,
  parseEntry,
  relationshipsOfEntry,
  resolveEntryDates,
  windowOfEntry,
  type SeedEntry,
  type SeedRelationship,
  type Window,
} from '../../seeds/validate.js';
import { parsePartialDate } from '../../seeds/dates.js';
import { instantOf, rawToModel, plain, type RawNode } from '../graph/graph.mappers.js';
import { isShown, NODE_PROJECTION } from '../graph/graph.repository.js';
import { requireRole, rolesAtLeast, type Role, type Viewer } from '../auth/roles.js';
import { isDeferred, tokenRefused, type Credential } from '../auth/auth.js';
import { tokenRowOf, type TokenRow } from '../auth/tokens.js';
import type { WriteRateLimiter } from './write.ratelimit.js';
import { entryOfInput, ILL_FORMED, LONE_SURROGATE, prefixFor, slugOf, validationError } from './write.input.js';

/**
 * The write path. Every mutation is one write transaction (WRITE routing) that locks the node
 * it changes, checks the input with the seed validator's own functions (src/seeds/validate.ts)
 * against what the graph holds, writes, and records one `Change` node in the same
 * transaction: a rejected or failed mutation leaves nothing, a mutation that changes nothing
 * records nothing.
 */

export type Operation = 'CREATE_DOCUMENT' | 'CREATE' | 'UPDATE' | 'ADD_EVIDENCE' | 'REMOVE_EVIDENCE' | 'RETRACT' | 'RESTORE' | 'PURGE' | 'MERGE';

/** What one mutation changed: the record a `Change` node keeps. */
export interface ChangeRecord {
  id: string;
  at: string;
  by: string;
  via: 'TOKEN' | 'JWT';
  operation: Operation;
  reason: string | null;
  nodeIds: string[];
  properties: { nodeId: string; property: string; before: string; after: string }[];
  relationships: { type: string; from: string; to: string; quote: string | null; change: 'ADDED' | 'REMOVED' }[];
}

export interface WriteResult {
  node: NodeModel;
  created: boolean;
  change: ChangeRecord | null;
  /** The bookmark of the committed transaction (null when nothing was written). */
  bookmark: string | null;
}

export interface WriteLimits {
  /** Nodes one mutation may touch: the node plus the other ends of its relationships. */
  maxNodesPerMutation: number;
  /** Longest document text createDocument stores. */
  maxDocumentChars: number;
}

export const DEFAULT_WRITE_LIMITS: WriteLimits = { maxNodesPerMutation: 500, maxDocumentChars: 200_000 };

interface StoredRel {
  type: string;
  from: string;
  to: string;
  props: Record<string, unknown>;
}

interface Current {
  exists: boolean;
  props: Record<string, unknown>;
  labels: string[];
  rels: StoredRel[];
  /** The node as reads answer it (null for a placeholder just created). */
  node: NodeModel | null;
}

/** The owned relations of a label by type and direction, as stored: `both` is written outward. */
function ownedTypes(label: NodeLabel): { out: string[]; in: string[] } {
  const out = new Set<string>();
  const inward = new Set<string>();
  for (const [, rel] of ownedRelations(label)) (rel.direction === 'in' ? inward : out).add(rel.type);
  return { out: [...out], in: [...inward] };
}

const BOOKKEEPING = new Set<string>([...Object.values(RECORD).filter((key) => key !== RECORD.contentHash), SEEDED, '__new', '__lock']);
/** Bookkeeping a change carries over unless it says otherwise. */
const CARRIED = new Set<string>([SEEDED, RECORD.createdAt, RECORD.retractedAt, RECORD.retractedBy, RECORD.retractedReason, RECORD.mergedInto]);
const relKey = (r: { type: string; from: string; to: string; props: Record<string, unknown> }) =>
  `${r.type}|${r.from}|${r.to}|${typeof r.props.quote === 'string' ? r.props.quote : ''}`;
/** A value as a Change records it: JSON, instants as ISO 8601 text like every instant the API gives. */
const json = (value: unknown) => JSON.stringify(value === undefined ? null : neo4j.isDateTime(value) ? instantOf(value) : plain(value));

/**
 * What a write reads of the node in `n` once it holds its lock: whether it was just created (a
 * placeholder), its properties, labels and owned relationships, and the node as reads answer it.
 */
function lockedProjection(label: NodeLabel): string {
  const { out, in: inward } = ownedTypes(label);
  const rels = [
    out.length ? `[(n)-[r:${out.join('|')}]->(m) | {type: type(r), from: n.id, to: m.id, props: properties(r)}]` : '[]',
    inward.length ? `[(n)<-[r:${inward.join('|')}]-(m) | {type: type(r), from: m.id, to: n.id, props: properties(r)}]` : '[]',
  ].join(' + ');
  return `{isNew: n.__new IS NOT NULL, props: properties(n), labels: labels(n), rels: ${rels}, node: ${NODE_PROJECTION}}`;
}

/** `MERGE` (creating a placeholder if the node is new) or `MATCH` the node, then lock it with a write. */
const lockClause = (label: NodeLabel, create: boolean) =>
  `${create ? `MERGE (n:${label} {id: $lockId}) ON CREATE SET n.__new = true` : `MATCH (n:${label} {id: $lockId})`}
     SET n.__lock = true REMOVE n.__lock`;

function currentOf(locked: { isNew: boolean; props: Record<string, unknown>; labels: string[]; rels: StoredRel[]; node: RawNode }): Current {
  return { exists: !locked.isNew, props: locked.props, labels: locked.labels, rels: locked.rels, node: locked.isNew ? null : rawToModel(locked.node) };
}

/**
 * Locks and reads the node: created as a placeholder if it is new (`create`), else null when
 * there is none. `begin` does the same as part of the transaction's first statement.
 */
async function lock(tx: ManagedTransaction, label: NodeLabel, id: string, create: boolean): Promise<Current | null> {
  const result = await tx.run(`/* write:lock */ ${lockClause(label, create)} RETURN ${lockedProjection(label)} AS locked`, { lockId: id });
  const locked = result.records[0]?.get('locked');
  return locked ? currentOf(locked) : null;
}

type Writer = Extract<Viewer, { via: 'token' | 'jwt' }>;

/**
 * Who may make one write: a viewer is admitted before its transaction (role, then rate); a
 * deferred API token (auth.ts) by the transaction's first statement, `begin`, which reads its
 * row. Admitted once, whatever the driver retries.
 */
class Gate {
  private writer: Writer | null = null;

  constructor(
    private readonly credential: Credential,
    readonly role: Role,
    private readonly rate: WriteRateLimiter | null,
  ) {
    const viewer = isDeferred(credential) ? credential.viewer : credential;
    if (viewer) this.writer = this.admit(viewer);
  }

  /** The hash of the token `begin` must look up, while it is unchecked. */
  get pendingHash(): string | null {
    return this.writer === null && isDeferred(this.credential) ? this.credential.hash : null;
  }

  /** The writer, once admitted; `row` is what `begin` read of a pending token. */
  async writerOf(row: TokenRow | null): Promise<Writer> {
    if (this.writer) return this.writer;
    if (!isDeferred(this.credential)) throw new Error('a viewer is admitted before its transaction');
    const viewer = await this.credential.accept(row);
    if (!viewer) throw tokenRefused();
    return (this.writer = this.admit(viewer));
  }

  private admit(viewer: Viewer): Writer {
    const writer = requireRole(viewer, this.role);
    this.rate?.take(writer);
    return writer;
  }
}

interface Known {
  label: NodeLabel;
  name: string;
  text: string | undefined;
  window: Window | null;
}

interface BeginSpec {
  /** Nodes the write refers to, looked up as reads show them (retracted ones are not found). */
  ids?: string[];
  /** The node to lock and read: created as a placeholder if new (`create`), else it must exist. */
  lock?: { label: NodeLabel; id: string; create: boolean };
  /** createDocument: the document that already has this text, if any; the lock is taken only when none does. */
  contentHash?: string;
}

interface Begun {
  writer: Writer;
  known: Map<string, Known>;
  /** The locked node; null when no lock was asked for, the node must exist and does not, or `duplicate` was found. */
  current: Current | null;
  duplicate: { id: string } | null;
}

/**
 * The first statement of every write transaction: the pending token's row (Gate), the nodes
 * the write refers to (one index seek per label), the document with the same text, and the
 * node locked and read, taken only once the token is one that may write. Nothing is locked
 * for a token that may not; what it read is discarded with the transaction.
 */
async function begin(tx: ManagedTransaction, gate: Gate, spec: BeginSpec): Promise<Begun> {
  const tokenHash = gate.pendingHash;
  const ids = [...new Set(spec.ids ?? [])];
  if (tokenHash === null && ids.length === 0 && !spec.lock && spec.contentHash === undefined) {
    return { writer: await gate.writerOf(null), known: new Map(), current: null, duplicate: null };
  }
  const params: Record<string, unknown> = { tokenHash, roles: rolesAtLeast(gate.role), contentHash: spec.contentHash ?? null, lockId: spec.lock?.id ?? null };
  const byLabel = new Map<NodeLabel, string[]>();
  for (const id of ids) {
    const label = labelOfId(id);
    if (label) byLabel.set(label, [...(byLabel.get(label) ?? []), id]);
  }
  const found = [...byLabel].map(([label, labelIds], i) => {
    params[`ids${i}`] = labelIds;
    return `COLLECT { UNWIND $ids${i} AS ref MATCH (x:${label} {id: ref}) WHERE ${isShown('x', [label])}
       RETURN {id: x.id, label: '${label}', name: x.name${label === 'Document' ? ', text: x.text, published: x.published, inferred: x.publishedInferred' : ''}} }`;
  });
  const matches: string[] = [];
  const conditions: string[] = [];
  const imported: string[] = [];
  if (tokenHash !== null) {
    matches.push(`OPTIONAL MATCH (tok:${API_TOKEN_LABEL} {hash: $tokenHash})`);
    conditions.push('tok IS NOT NULL AND tok.revokedAt IS NULL AND tok.role IN $roles');
    imported.push('tok');
  }
  if (spec.contentHash !== undefined) {
    matches.push(`OPTIONAL MATCH (dup:Document {${RECORD.contentHash}: $contentHash})`);
    conditions.push('dup IS NULL');
    imported.push('dup');
  }
  const lock = spec.lock
    ? `OPTIONAL CALL (${imported.join(', ')}) {
       ${conditions.length ? `WITH * WHERE ${conditions.join(' AND ')}` : ''}
       ${lockClause(spec.lock.label, spec.lock.create)}
       RETURN ${lockedProjection(spec.lock.label)} AS locked
     }`
    : '';
  const returned = [
    tokenHash !== null ? `${tokenRowOf('tok')} AS token` : 'null AS token',
    spec.contentHash !== undefined ? 'dup.id AS duplicate' : 'null AS duplicate',
    `${found.length ? found.join(' + ') : '[]'} AS known`,
    spec.lock ? 'locked' : 'null AS locked',
  ];
  const result = await tx.run(`/* write:begin */ ${matches.join('\n     ')}
     ${lock}
     RETURN ${returned.join(', ')}`, params);
  const row = result.records[0]!;
  const writer = await gate.writerOf(row.get('token') as TokenRow | null);
  const known = new Map<string, Known>();
  for (const k of row.get('known') as { id: string; label: NodeLabel; name: unknown; text?: string | null; published?: string | null; inferred?: unknown }[]) {
    const parsed = k.published ? parsePartialDate(k.published) : null;
    known.set(k.id, { label: k.label, name: String(k.name), text: k.text ?? undefined, window: parsed ? { bounds: parsed, inferred: k.inferred === true } : null });
  }
  const locked = row.get('locked');
  const duplicate = row.get('duplicate') as string | null;
  return { writer, known, current: locked ? currentOf(locked) : null, duplicate: duplicate ? { id: duplicate } : null };
}

/** The ids an entry names: the other ends of its owned relations and the documents its dates count from. */
function referencedIds(label: NodeLabel, entry: SeedEntry): string[] {
  const ids: string[] = [];
  for (const [field, rel] of ownedRelations(label)) {
    const value = entry[field];
    if (value === undefined || value === null) continue;
    if (rel.edge) ids.push(...(value as Record<string, string>[]).map((item) => String(item[EDGE_END])));
    else if (Array.isArray(value)) ids.push(...value.map(String));
    else ids.push(String(value));
  }
  for (const value of Object.values(entry)) {
    if (value && typeof value === 'object' && 'resolvedFrom' in value) ids.push(String((value as { resolvedFrom: unknown }).resolvedFrom));
  }
  return ids;
}

const CURLY = /[‘’“”]/;
const straighten = (s: string) => s.replace(/[‘’]/g, "'").replace(/[“”]/g, '"');
const collapse = (s: string) => s.replace(/\s+/g, ' ');

/** Why a quote is not in a text, when a near match says: straight for curly quotes, whitespace, case. */
export function quoteHint(text: string, quote: string): string | null {
  if (straighten(text).includes(straighten(quote))) {
    return CURLY.test(text) && !CURLY.test(quote)
      ? 'matches with straight quotes instead of curly ones: copy the quotation marks from the document'
      : 'matches with curly quotes instead of straight ones: copy the quotation marks from the document';
  }
  if (collapse(straighten(text)).includes(collapse(straighten(quote)))) return 'matches apart from spaces or line breaks: copy the passage exactly as the document has it';
  if (collapse(straighten(text)).toLowerCase().includes(collapse(straighten(quote)).toLowerCase())) return 'matches if upper and lower case are ignored: copy the passage exactly';
  return null;
}

function evidenceError(documentId: string, quote: string, text: string): Error {
  const hint = quoteHint(text, quote);
  return codedError('EVIDENCE_NOT_IN_DOCUMENT', `The quote does not occur character for character in ${documentId}${hint ? ` (it ${hint})` : ''}: “${quote.length > 120 ? `${quote.slice(0, 120)}…` : quote}”`, {
    documentId,
    quote,
    ...(hint ? { hint } : {}),
  });
}

/** References the graph does not hold (or holds retracted). */
function missingError(missing: string[]): Error {
  return validationError(missing.map((ref) => ({ path: 'input', message: `${ref} is not in the graph (or is retracted)` })));
}

/** The seed validator's problems (prefixed `input (<id>): `) as the mutation's error. */
function validatorError(problems: string[]): Error {
  return validationError(problems.map((message) => ({ path: 'input', message: message.replace(/^input \([^)]*\): /, '') })));
}

/** Relationships as a Change records them. */
function changed(rels: StoredRel[], change: 'ADDED' | 'REMOVED'): ChangeRecord['relationships'] {
  return rels.map((r) => ({ type: r.type, from: r.from, to: r.to, quote: typeof r.props.quote === 'string' ? r.props.quote : null, change }));
}


export class WriteService {
  constructor(
    private readonly db: Database,
    private readonly limits: WriteLimits = DEFAULT_WRITE_LIMITS,
    /** Writes per credential (null: unlimited). */
    private readonly rate: WriteRateLimiter | null = null,
  ) {}

  /**
   * Who may write, with `role` at least (UNAUTHENTICATED, FORBIDDEN, RATE_LIMITED): a viewer is
   * checked now, before the input; a deferred API token by the transaction's `begin`.
   */
  private gate(credential: Credential, role: Role): Gate {
    return new Gate(credential, role, this.rate);
  }

  /**
   * Runs `work` in one write transaction and returns its result with the commit's bookmark and
   * the node `idOf` names as the transaction left it (the one `work` returns, else read in the
   * same transaction): the caller is told what was committed, or the write did not happen (no
   * answer that depends on a second transaction after it).
   */
  private async transaction<T extends { node?: NodeModel | null }>(work: (tx: ManagedTransaction) => Promise<T>, idOf: (value: T) => string): Promise<{ value: T; node: NodeModel; bookmark: string | null }>;
  private async transaction<T extends { node?: NodeModel | null }>(work: (tx: ManagedTransaction) => Promise<T>): Promise<{ value: T; node: null; bookmark: string | null }>;
  private async transaction<T extends { node?: NodeModel | null }>(work: (tx: ManagedTransaction) => Promise<T>, idOf?: (value: T) => string): Promise<{ value: T; node: NodeModel | null; bookmark: string | null }> {
    const session = this.db.driver.session({ database: this.db.name, defaultAccessMode: neo4j.session.WRITE, bookmarks: this.db.bookmarks });
    try {
      const { value, node } = await session.executeWrite(
        async (tx) => {
          const value = await work(tx);
          return { value, node: idOf ? (value.node ?? (await readNode(tx, idOf(value)))) : null };
        },
        { timeout: this.db.timeoutMs },
      );
      const bookmarks = session.lastBookmarks();
      return { value, node, bookmark: bookmarks.length ? bookmarks.join(',') : null };
    } finally {
      await session.close();
    }
  }

  /** Creates or replaces the entry `input` of `label` (upsertPerson, upsertTenure, ...). */
  async upsert(credential: Credential, label: NodeLabel, input: Record<string, unknown>, options: { expectedVersion?: number | null; reason?: string | null }): Promise<WriteResult> {
    const gate = this.gate(credential, 'EDITOR');
    const entry = entryOfInput(label, input);
    const givenId = typeof entry.id === 'string' ? entry.id : null;
    // Parsed once with a placeholder id when none is given, so that the caption can name it.
    const parsed = parseEntry(label, { ...entry, id: givenId ?? `${prefixFor(label, entry)}:pending` });
    if (!parsed.entry) throw validationError(parsed.problems);
    const valid = parsed.entry;
    const refs = referencedIds(label, valid);
    if (refs.length + 1 > this.limits.maxNodesPerMutation) {
      throw codedError('TOO_MANY_NODES', `This mutation would touch ${refs.length + 1} nodes; at most ${this.limits.maxNodesPerMutation} are allowed in one.`, { limit: this.limits.maxNodesPerMutation });
    }
    const { value, node, bookmark } = await this.transaction(async (tx) => {
      // A given id is locked in the same statement; one made from the caption, once the names are known.
      const begun = await begin(tx, gate, { ids: refs, ...(givenId ? { lock: { label, id: givenId, create: true } } : {}) });
      const { writer: editor, known } = begun;
      const nameOf = (ref: unknown) => known.get(String(ref))?.name ?? String(ref);
      const problems: string[] = [];
      const missing = refs.filter((ref) => !known.has(ref));
      if (missing.length) throw missingError(missing);
      if (!givenId) {
        const caption = nodeOfEntry(label, valid, 'input', nameOf, problems).props.name;
        valid.id = `${prefixFor(label, valid)}:${slugOf(String(caption))}`;
      }
      const id = String(valid.id);
      for (const item of evidenceItems(label, valid)) {
        const text = known.get(item.doc)?.text;
        if (text === undefined) throw validationError([{ path: item.field, message: `${item.doc} is not a document` }]);
        if (!text.includes(item.quote)) throw evidenceError(item.doc, item.quote, text);
      }
      resolveEntryDates(label, valid, (doc) => known.get(doc)?.window ?? null, 'input', problems);
      const node = nodeOfEntry(label, valid, 'input', nameOf, problems);
      const quote = node.props.quote;
      if (typeof quote === 'string') {
        for (const rel of ownedRelations(label).filter(([, r]) => !r.edge && r.cardinality === 'one' && r.target.length === 1 && r.target[0] === 'Document')) {
          const doc = String(valid[rel[0]]);
          const text = known.get(doc)?.text;
          if (text !== undefined && !text.includes(quote)) throw evidenceError(doc, quote, text);
        }
      }
      const lookups = { labelOf: (ref: string) => known.get(ref)?.label ?? (ref === id ? label : null), textOf: (ref: string) => known.get(ref)?.text };
      const relationships = relationshipsOfEntry(label, valid, node, 'input', lookups, problems);
      if (problems.length) throw validatorError(problems);

      const current = begun.current ?? (await lock(tx, label, id, true))!;
      checkMerged(current, id);
      checkVersion(current, id, options.expectedVersion);
      const desired = { ...toNeo4jProps(node.props, label) };
      const diff = diffOf(id, current, desired, node.kindLabels, relationships);
      if (current.exists && diff.empty) return { created: false, change: null, node: current.node };
      if (current.exists && !givenId) {
        throw codedError('ID_COLLISION', `${id} (made from the name) is already another entry: give its id to update it, or another id for a different one.`, { id });
      }
      const written = await commit(tx, {
        label,
        id,
        current,
        desired,
        kindLabels: node.kindLabels,
        added: diff.added,
        removed: diff.removed,
        record: { by: editor.name, via: viaOf(editor), operation: current.exists ? 'UPDATE' : 'CREATE', reason: options.reason ?? null },
        properties: diff.properties,
      });
      return { created: !current.exists, ...written };
    }, () => String(valid.id));
    return { node, created: value.created, change: value.change, bookmark: value.change ? bookmark : null };
  }

  /** Stores a document's text verbatim; the same text twice is the same document. */
  async createDocument(credential: Credential, input: Record<string, unknown>, reason: string | null): Promise<WriteResult> {
    const gate = this.gate(credential, 'EDITOR');
    const text = typeof input.text === 'string' ? input.text : '';
    if (text.trim().length === 0 || text.length > this.limits.maxDocumentChars) {
      throw validationError([{ path: 'text', message: `must be 1 to ${this.limits.maxDocumentChars} characters of text` }]);
    }
    // Stored verbatim means stored as sent: UTF-8 cannot carry a lone surrogate (the driver would write U+FFFD).
    if (LONE_SURROGATE.test(text)) throw validationError([{ path: 'text', message: ILL_FORMED }]);
    const hash = contentHash(text);
    const { text: _text, ...rest } = input;
    const entry = entryOfInput('Document', { ...rest, mentions: [] });
    const id = `doc:${slugOf(String(entry.title ?? '')).slice(0, 60).replace(/-+$/, '')}-${hash.slice(0, 8)}`;
    // Its problems count only if the text is new: the same text again is the stored document, whatever else is sent.
    const parsed = parseEntry('Document', { ...entry, id });
    const refs = parsed.entry ? referencedIds('Document', parsed.entry) : [];
    const { value, node, bookmark } = await this.transaction(async (tx) => {
      const begun = await begin(tx, gate, { contentHash: hash, ids: refs, lock: { label: 'Document', id, create: true } });
      if (begun.duplicate) return { id: begun.duplicate.id, created: false, change: null, node: null };
      if (!parsed.entry) throw validationError(parsed.problems);
      const { writer: editor, known } = begun;
      const missing = refs.filter((ref) => !known.has(ref));
      if (missing.length) throw missingError(missing);
      const problems: string[] = [];
      resolveEntryDates('Document', parsed.entry, (doc) => (doc === id ? windowOfEntry('Document', parsed.entry) : (known.get(doc)?.window ?? null)), 'input', problems);
      const node = nodeOfEntry('Document', parsed.entry, 'input', (ref) => known.get(String(ref))?.name ?? String(ref), problems, text);
      const lookups = { labelOf: (ref: string) => known.get(ref)?.label ?? null, textOf: (ref: string) => (ref === id ? text : known.get(ref)?.text) };
      const relationships = relationshipsOfEntry('Document', parsed.entry, node, 'input', lookups, problems);
      if (problems.length) throw validatorError(problems);
      const current = begun.current!;
      const desired = toNeo4jProps(node.props, 'Document');
      const diff = diffOf(id, current, desired, [], relationships);
      const written = await commit(tx, {
        label: 'Document',
        id,
        current,
        desired,
        kindLabels: [],
        added: diff.added,
        removed: diff.removed,
        properties: diff.properties.filter((p) => p.property !== 'text'),
        record: { by: editor.name, via: viaOf(editor), operation: 'CREATE_DOCUMENT', reason },
      });
      return { id, created: true, ...written };
    }, (done) => done.id);
    return { node, created: value.created, change: value.change, bookmark: value.change ? bookmark : null };
  }

  /** Adds (or, with `remove`, removes) one evidence quote of a fact. */
  async evidence(credential: Credential, args: { factId: string; documentId: string; quote: string; expectedVersion?: number | null; reason?: string | null }, remove: boolean): Promise<WriteResult> {
    const gate = this.gate(credential, 'EDITOR');
    const label = labelOfId(args.factId);
    if (!label || !typeDecl(label).fact) throw validationError([{ path: 'factId', message: `${args.factId} is not a fact id` }]);
    const evidence = relationOf(label, 'evidence')!.rel;
    const { value, node, bookmark } = await this.transaction(async (tx) => {
      const { writer: editor, known, current } = await begin(tx, gate, { ids: [args.documentId], lock: { label, id: args.factId, create: false } });
      if (!current) throw codedError('NOT_FOUND', `No fact has the id ${args.factId}.`, { id: args.factId });
      const text = known.get(args.documentId)?.text;
      if (text === undefined) throw validationError([{ path: 'documentId', message: `${args.documentId} is not a stored document` }]);
      if (!remove && !text.includes(args.quote)) throw evidenceError(args.documentId, args.quote, text);
      if (args.quote.trim().length === 0) throw validationError([{ path: 'quote', message: 'must not be empty' }]);
      checkVersion(current, args.factId, args.expectedVersion);
      const rel = { type: evidence.type, from: args.factId, to: args.documentId, props: { quote: args.quote } };
      const has = current.rels.some((r) => relKey(r) === relKey(rel));
      if (remove && !has) throw codedError('NOT_FOUND', `${args.factId} has no such quote from ${args.documentId}.`, { id: args.factId });
      if (!remove && has) return { change: null, node: current.node };
      if (remove && current.rels.filter((r) => r.type === evidence.type).length <= 1) {
        throw validationError([{ path: 'quote', message: `it is the last evidence of ${args.factId}: every fact keeps at least one (add another first, or retract the fact)` }]);
      }
      const { [RECORD.version]: _v, ...desired } = current.props;
      return commit(tx, {
        label,
        id: args.factId,
        current,
        desired: Object.fromEntries(Object.entries(desired).filter(([key]) => !BOOKKEEPING.has(key))),
        kindLabels: null,
        added: remove ? [] : [rel],
        removed: remove ? [rel] : [],
        properties: [],
        record: { by: editor.name, via: viaOf(editor), operation: remove ? 'REMOVE_EVIDENCE' : 'ADD_EVIDENCE', reason: args.reason ?? null },
      });
    }, () => args.factId);
    return { node, created: false, change: value.change, bookmark: value.change ? bookmark : null };
  }


  /** Hides a fact or entity from every read (`retract`), or brings it back (`restore`); kept in history either way. */
  async retraction(credential: Credential, args: { id: string; reason?: string | null; expectedVersion?: number | null }, restore: boolean): Promise<WriteResult> {
    const gate = this.gate(credential, 'EDITOR');
    const reason = args.reason?.trim() ?? '';
    if (!restore && reason.length === 0) throw validationError([{ path: 'reason', message: 'a retraction needs its reason' }]);
    const label = this.labelOf(args.id);
    const { value, node, bookmark } = await this.transaction(async (tx) => {
      const { writer: editor, current } = await beginExisting(tx, gate, label, args.id);
      checkMerged(current, args.id);
      checkVersion(current, args.id, args.expectedVersion);
      const retracted = current.props[RECORD.retractedAt] !== undefined && current.props[RECORD.retractedAt] !== null;
      if (retracted !== restore) return { change: null, node: current.node };
      const now = new Date().toISOString();
      const records: Record<string, unknown> = restore
        ? { [RECORD.retractedAt]: null, [RECORD.retractedBy]: null, [RECORD.retractedReason]: null }
        : { [RECORD.retractedAt]: neo4j.types.DateTime.fromStandardDate(new Date(now)), [RECORD.retractedBy]: editor.name, [RECORD.retractedReason]: reason };
      const properties = Object.entries(records).map(([property, after]) => ({ nodeId: args.id, property, before: json(current.props[property] ?? null), after: json(after) }));
      return commit(tx, {
        label,
        id: args.id,
        current,
        desired: modelProps(current),
        kindLabels: null,
        added: [],
        removed: [],
        properties,
        records,
        record: { by: editor.name, via: viaOf(editor), operation: restore ? 'RESTORE' : 'RETRACT', reason: reason || null },
      });
    }, () => args.id);
    return { node, created: false, change: value.change, bookmark: value.change ? bookmark : null };
  }

  /**
   * Deletes a node for real (a legal takedown), ADMIN only. Refused while facts depend on it (a
   * fact's required end, a fact's only evidence): purge or re-point those first. The Change
   * keeps the id, the label, the names of the properties and the relationships removed, not
   * their values: the point of a takedown is that the words are gone.
   */
  async purge(credential: Credential, args: { id: string; reason: string }): Promise<{ id: string; change: ChangeRecord; bookmark: string | null }> {
    const gate = this.gate(credential, 'ADMIN');
    const reason = args.reason.trim();
    if (reason.length === 0) throw validationError([{ path: 'reason', message: 'a purge needs its reason' }]);
    const label = this.labelOf(args.id);
    const { value, bookmark } = await this.transaction(async (tx) => {
      const { writer: admin, current } = await beginExisting(tx, gate, label, args.id);
      const dependants = await tx.run(`/* write:dependants */ MATCH (n:${label} {id: $id})-[r]-(f) WHERE type(r) IN $required
         OR (type(r) = $evidence AND COUNT { (f)-[:${EVIDENCE_TYPE}]->() } = 1) RETURN DISTINCT f.id AS id ORDER BY id LIMIT 20`, {
        id: args.id,
        required: requiredTypesAt(label),
        evidence: EVIDENCE_TYPE,
      });
      const blocked = dependants.records.map((r) => String(r.get('id')));
      if (blocked.length) {
        throw validationError([{ path: 'id', message: `facts depend on ${args.id} (${blocked.join(', ')}): purge them or point them elsewhere first` }]);
      }
      const rels = await tx.run(`/* write:purgedRelationships */ MATCH (n:${label} {id: $id})-[r]-(m) WHERE NOT m:${CHANGE.label}
         RETURN type(r) AS type, startNode(r).id AS from, endNode(r).id AS to`, { id: args.id });
      await tx.run(`/* write:purge */ MATCH (n:${label} {id: $id}) DETACH DELETE n`, { id: args.id });
      const change: ChangeRecord = {
        id: `change:${randomUUID()}`,
        at: new Date().toISOString(),
        by: admin.name,
        via: viaOf(admin),
        operation: 'PURGE',
        reason,
        nodeIds: [args.id],
        properties: Object.keys(modelProps(current)).sort().map((property) => ({ nodeId: args.id, property, before: json('[purged]'), after: 'null' })),
        relationships: rels.records.map((r) => ({ type: String(r.get('type')), from: String(r.get('from')), to: String(r.get('to')), quote: null, change: 'REMOVED' as const })),
      };
      await recordChange(tx, change, []);
      return { change, node: null };
    });
    return { id: args.id, change: value.change, bookmark };
  }

  /**
   * Two ids for one person or body become one: every relationship of `remove` moves to `keep`
   * (one that `keep` already has is not doubled), aliases are united (the removed name becomes
   * one), and `remove` stays as a stub that redirects: `node(remove)` answers `keep`.
   */
  async merge(credential: Credential, args: { keep: string; remove: string; reason: string; expectedVersion?: number | null }): Promise<WriteResult> {
    const gate = this.gate(credential, 'EDITOR');
    const reason = args.reason.trim();
    if (reason.length === 0) throw validationError([{ path: 'reason', message: 'a merge needs its reason' }]);
    const label = this.labelOf(args.keep);
    if (this.labelOf(args.remove) !== label || typeDecl(label).fact || label === 'Document') {
      throw validationError([{ path: 'remove', message: `mergeEntities joins two people or two organisations; ${args.keep} and ${args.remove} are not two of a kind` }]);
    }
    if (args.keep === args.remove) throw validationError([{ path: 'remove', message: 'keep and remove are the same id' }]);
    const { value, node, bookmark } = await this.transaction(async (tx) => {
      const { writer: editor, current: kept } = await beginExisting(tx, gate, label, args.keep);
      const removed = (await lock(tx, label, args.remove, false)) ?? throwNotFound(args.remove);
      checkMerged(kept, args.keep);
      checkMerged(removed, args.remove);
      checkVersion(kept, args.keep, args.expectedVersion);
      const rels = await tx.run(
        `/* write:mergeRelationships */ MATCH (n:${label} {id: $id})-[r]-(m) WHERE NOT m:${CHANGE.label}
         RETURN type(r) AS type, startNode(r) = n AS outward, m.id AS other, labels(m) AS labels, properties(r) AS props`,
        { id: args.remove },
      );
      const moved = rels.records.map((r) => ({ type: String(r.get('type')), outward: Boolean(r.get('outward')), other: String(r.get('other')), props: r.get('props') as Record<string, unknown> }));
      if (moved.length + 2 > this.limits.maxNodesPerMutation) {
        throw codedError('TOO_MANY_NODES', `Merging would move ${moved.length} relationships; at most ${this.limits.maxNodesPerMutation - 2} in one mutation.`, { limit: this.limits.maxNodesPerMutation });
      }
      const known = new Set<string>(RELATIONSHIP_TYPES);
      const added: StoredRel[] = [];
      const dropped: StoredRel[] = [];
      for (const rel of moved) {
        if (!known.has(rel.type)) throw new Error(`Unexpected relationship type ${rel.type} at ${args.remove}`);
        const other = rel.other === args.remove ? args.keep : rel.other;
        const otherLabel = labelOfId(other)!;
        const [from, to] = rel.outward ? [args.keep, other] : [other, args.keep];
        dropped.push({ type: rel.type, from: rel.outward ? args.remove : rel.other, to: rel.outward ? rel.other : args.remove, props: rel.props });
        if (other === args.keep && rel.other !== args.remove) continue;
        const arrow = rel.outward ? `(k)-[y:${rel.type}]->(m)` : `(k)<-[y:${rel.type}]-(m)`;
        const made = await tx.run(
          `/* write:moveRelationship */ MATCH (k:${label} {id: $keep}) MATCH (m:${otherLabel} {id: $other})
           OPTIONAL MATCH ${arrow} WHERE coalesce(y.quote, '') = coalesce($props.quote, '')
           WITH k, m, count(y) AS found
           CALL (k, m, found) { WITH * WHERE found = 0 CREATE ${arrow.replace('[y:', '[x:')} SET x = $props }
           RETURN found = 0 AS created`,
          { keep: args.keep, other, props: rel.props },
        );
        const exists = made.records[0]?.get('created') !== true;
        if (!exists) added.push({ type: rel.type, from, to, props: rel.props });
      }
      await tx.run(`/* write:dropMerged */ MATCH (n:${label} {id: $id})-[r]-(m) WHERE NOT m:${CHANGE.label} DELETE r`, { id: args.remove });
      // Aliases united: the kept entity's, the removed one's and its name.
      const aliases = [...new Set([...stringsOf(kept.props.aliases), ...stringsOf(removed.props.aliases), String(removed.props.name)])].filter((a) => a !== kept.props.name);
      const desired = { ...modelProps(kept), aliases, [ALIAS_TEXT]: aliases.join(' | ') || null };
      const properties = [{ nodeId: args.keep, property: 'aliases', before: json(kept.props.aliases ?? []), after: json(aliases) }];
      const { change, node } = await commit(tx, {
        label,
        id: args.keep,
        current: kept,
        desired: Object.fromEntries(Object.entries(desired).filter(([, v]) => v !== null)),
        kindLabels: null,
        added: [],
        removed: [],
        properties,
        record: { by: editor.name, via: viaOf(editor), operation: 'MERGE', reason },
        alsoTouched: [{ label, id: args.remove }],
      });
      const stubVersion = Number(plain(removed.props[RECORD.version] ?? FIRST_VERSION)) + 1;
      await tx.run(
        `/* write:stub */ MATCH (n:${label} {id: $id}) SET n.${RECORD.mergedInto} = $keep, n.${RECORD.version} = $version, n.${RECORD.editedAt} = datetime(), n.${RECORD.updatedAt} = datetime()`,
        { id: args.remove, keep: args.keep, version: neo4j.int(stubVersion) },
      );
      change.relationships = [
        ...changed(dropped, 'REMOVED'),
        ...changed(added, 'ADDED'),
      ];
      change.properties.push({ nodeId: args.remove, property: RECORD.mergedInto, before: 'null', after: json(args.keep) });
      await tx.run(`/* write:changeDetail */ MATCH (c:${CHANGE.label} {id: $id}) SET c.properties = $properties, c.relationships = $relationships`, {
        id: change.id,
        properties: JSON.stringify(change.properties),
        relationships: JSON.stringify(change.relationships),
      });
      return { change, node };
    }, () => args.keep);
    return { node, created: false, change: value.change, bookmark };
  }

  private labelOf(id: string): NodeLabel {
    const label = labelOfId(id);
    if (!label) throw notFound(id);
    return label;
  }

}

const notFound = (id: string) => codedError('NOT_FOUND', `No node has the id ${id}.`, { id });
const throwNotFound = (id: string): never => {
  throw notFound(id);
};

/** `begin` for a write to a node that must exist (NOT_FOUND otherwise). */
async function beginExisting(tx: ManagedTransaction, gate: Gate, label: NodeLabel, id: string): Promise<{ writer: Writer; current: Current }> {
  const { writer, current } = await begin(tx, gate, { lock: { label, id, create: false } });
  return { writer, current: current ?? throwNotFound(id) };
}

/** The node as the transaction has written it (retracted or not). */
async function readNode(tx: ManagedTransaction, id: string): Promise<NodeModel> {
  const label = labelOfId(id);
  const result = label ? await tx.run(`/* write:readNode */ MATCH (n:${label} {id: $id}) RETURN ${NODE_PROJECTION} AS node`, { id }) : null;
  const record = result?.records[0];
  if (!record) throw notFound(id);
  return rawToModel(record.toObject().node as RawNode);
}

const EVIDENCE_TYPE = relationOf(FACT_LABELS[0]!, 'evidence')!.rel.type;

/** The relationship types at which a node of `label` is a required end of another node's relation (a tenure's person). */
function requiredTypesAt(label: NodeLabel): string[] {
  return OWNED_RELATIONS.filter((ref) => ref.rel.required && !ref.rel.edge && (ref.rel.target.length === 0 || ref.rel.target.includes(label))).map((ref) => ref.rel.type);
}

const viaOf = (viewer: { via: 'token' | 'jwt' }): 'TOKEN' | 'JWT' => (viewer.via === 'jwt' ? 'JWT' : 'TOKEN');
const stringsOf = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);

/** A node's model properties as stored (no bookkeeping), to write back unchanged. */
function modelProps(current: Current): Record<string, unknown> {
  return Object.fromEntries(Object.entries(current.props).filter(([key]) => !BOOKKEEPING.has(key)));
}

/** The evidence and contradicting quotes of an entry, with the input field each came from. */
function evidenceItems(label: NodeLabel, entry: SeedEntry): { field: string; doc: string; quote: string }[] {
  return ownedRelations(label)
    .filter(([, rel]) => rel.edge)
    .flatMap(([field]) => ((entry[field] as { doc: string; quote: string }[] | undefined) ?? []).map((item, i) => ({ field: `${field}[${i}]`, ...item })));
}

/** A node merged into another is a redirect, not something to write to. */
function checkMerged(current: Current, id: string): void {
  const into = current.props[RECORD.mergedInto];
  if (current.exists && typeof into === 'string') throw codedError('NOT_FOUND', `${id} was merged into ${into}: write to that one.`, { id, mergedInto: into });
}

function checkVersion(current: Current, id: string, expected: number | null | undefined): void {
  if (expected === null || expected === undefined) return;
  const version = current.exists ? Number(plain(current.props[RECORD.version] ?? FIRST_VERSION)) : 0;
  if (version !== expected) {
    throw codedError('CONFLICT', `${id} is at version ${version}, not ${expected}: someone changed it since you read it. Nothing was written; read it again and retry.`, {
      id,
      expectedVersion: expected,
      currentVersion: version,
    });
  }
}

function diffOf(id: string, current: Current, desired: Record<string, unknown>, kindLabels: string[], relationships: SeedRelationship[]) {
  const properties: ChangeRecord['properties'] = [];
  const before = current.exists ? current.props : {};
  const keys = new Set([...Object.keys(before), ...Object.keys(desired)].filter((key) => !BOOKKEEPING.has(key)));
  for (const key of [...keys].sort()) {
    const a = json(before[key]);
    const b = json(desired[key]);
    if (a !== b) properties.push({ nodeId: id, property: key, before: a, after: b });
  }
  const kindsNow = current.labels.filter((l) => Object.values(KIND_LABELS).includes(l as never)).sort();
  const kindsChanged = current.exists && JSON.stringify(kindsNow) !== JSON.stringify([...kindLabels].sort());
  const wanted = new Map(relationships.map((r) => [relKey(r), r]));
  const have = new Map(current.rels.map((r) => [relKey(r), r]));
  const added = [...wanted].filter(([key]) => !have.has(key)).map(([, r]) => r as StoredRel);
  const removed = [...have].filter(([key]) => !wanted.has(key)).map(([, r]) => r);
  return { properties, added, removed, empty: properties.length === 0 && added.length === 0 && removed.length === 0 && !kindsChanged };
}

/** Writes the node, its kind labels and relationship changes, bumps its version and records the Change. */
async function commit(
  tx: ManagedTransaction,
  w: {
    label: NodeLabel;
    id: string;
    current: Current;
    desired: Record<string, unknown>;
    /** null: leave the labels as they are. */
    kindLabels: string[] | null;
    added: StoredRel[];
    removed: StoredRel[];
    properties: ChangeRecord['properties'];
    record: Pick<ChangeRecord, 'by' | 'via' | 'operation' | 'reason'>;
    /** Bookkeeping this change sets (a value) or clears (null): a retraction, a merge. */
    records?: Record<string, unknown>;
    /** Other nodes the change touched (a merge's removed node). */
    alsoTouched?: { label: NodeLabel; id: string }[];
  },
): Promise<{ change: ChangeRecord; node: NodeModel }> {
  const now = new Date().toISOString();
  const version = w.current.exists ? Number(plain(w.current.props[RECORD.version] ?? FIRST_VERSION)) + 1 : FIRST_VERSION;
  // What the node's record keeps across a change (the version, times and editor are set anew), then what this change sets or clears.
  const kept = Object.fromEntries(Object.entries(w.current.props).filter(([key]) => CARRIED.has(key)));
  const keep = Object.fromEntries(Object.entries({ ...kept, ...(w.records ?? {}) }).filter(([, value]) => value !== null && value !== undefined));
  const kinds = Object.values(KIND_LABELS);
  const change: ChangeRecord = {
    id: `change:${randomUUID()}`,
    at: now,
    ...w.record,
    nodeIds: [w.id, ...(w.alsoTouched ?? []).map((t) => t.id)],
    properties: [...w.properties, { nodeId: w.id, property: RECORD.version, before: json(w.current.exists ? (w.current.props[RECORD.version] ?? FIRST_VERSION) : null), after: json(version) }],
    relationships: [
      ...changed(w.added, 'ADDED'),
      ...changed(w.removed, 'REMOVED'),
    ],
  };
  // One statement: the node, its relationships removed and added (a subquery per type, direction
  // and label, each over its rows), and the Change with its links.
  const params: Record<string, unknown> = {};
  const subqueries: string[] = [];
  // Relationships by type, direction and `keyOf` (the other end's label, for those to add).
  const group = <T>(rels: StoredRel[], keyOf: (r: StoredRel) => string, rowOf: (r: StoredRel, other: string) => T) => {
    const groups = new Map<string, { outward: boolean; type: string; by: string; rows: T[] }>();
    for (const r of rels) {
      const outward = r.from === w.id;
      const other = outward ? r.to : r.from;
      const key = `${r.type}|${outward}|${keyOf(r)}`;
      const entry = groups.get(key) ?? { outward, type: r.type, by: keyOf(r), rows: [] };
      entry.rows.push(rowOf(r, other));
      groups.set(key, entry);
    }
    return [...groups.values()];
  };
  const arrow = (outward: boolean, type: string) => (outward ? `(n)-[x:${type}]->(m)` : `(n)<-[x:${type}]-(m)`);
  group(w.removed, () => '', (r, other) => ({ other, quote: typeof r.props.quote === 'string' ? r.props.quote : '' })).forEach((g, i) => {
    params[`removed${i}`] = g.rows;
    subqueries.push(`CALL (n) { UNWIND $removed${i} AS r MATCH ${arrow(g.outward, g.type)} WHERE m.id = r.other AND coalesce(x.quote, '') = r.quote DELETE x }`);
  });
  const labelOfOther = (r: StoredRel) => {
    const other = r.from === w.id ? r.to : r.from;
    return other === w.id ? w.label : String(labelOfId(other));
  };
  group(w.added, labelOfOther, (r, other) => ({ other, props: r.props })).forEach((g, i) => {
    params[`added${i}`] = g.rows;
    subqueries.push(`CALL (n) { UNWIND $added${i} AS r MATCH (m:${g.by} {id: r.other}) CREATE ${arrow(g.outward, g.type)} SET x = r.props }`);
  });
  const recorded = changeStatement(change, w.alsoTouched ?? [], 'n');
  // Kind labels (an organisation's LocalAuthority, ...): only those to take off or put on.
  const kindsNow = w.current.labels.filter((l) => kinds.includes(l as never));
  const kindsOff = w.kindLabels ? kindsNow.filter((l) => !w.kindLabels!.includes(l)) : [];
  const kindsOn = w.kindLabels ? w.kindLabels.filter((l) => !kindsNow.includes(l)) : [];
  const result = await tx.run(
    `/* write:commit */ MATCH (n:${w.label} {id: $id})
     SET n = $props, n.${RECORD.version} = $version, n.${RECORD.updatedAt} = datetime($now), n.${RECORD.editedAt} = datetime($now),
         n.${RECORD.createdAt} = coalesce($createdAt, datetime($now))
     ${kindsOff.length ? `REMOVE n:${kindsOff.join(':')}` : ''} ${kindsOn.length ? `SET n:${kindsOn.join(':')}` : ''}
     WITH n
     ${subqueries.join('\n     ')}
     WITH n
     ${recorded.cypher}
     RETURN ${NODE_PROJECTION} AS node`,
    { ...params, ...recorded.params, id: w.id, props: { ...w.desired, ...keep }, version: neo4j.int(version), now, createdAt: keep[RECORD.createdAt] ?? null },
  );
  return { change, node: rawToModel(result.records[0]!.get('node') as RawNode) };
}

/**
 * The Cypher that creates a Change node and links it by CHANGED to the nodes it touched that
 * still exist: `bound`, a variable the statement already holds (kept in scope), and the
 * others by id (one MATCH per label), with its parameters.
 */
function changeStatement(change: ChangeRecord, touched: { label: NodeLabel; id: string }[], bound?: string): { cypher: string; params: Record<string, unknown> } {
  // Exactly the properties CHANGE_PROPERTIES declares (the exporter reads them from there): a property added to one and not the other is a type error.
  const stored: Record<keyof typeof CHANGE_PROPERTIES, unknown> = {
    id: change.id,
    at: change.at,
    by: change.by,
    via: change.via,
    operation: change.operation,
    reason: change.reason,
    nodeIds: change.nodeIds,
    properties: JSON.stringify(change.properties),
    relationships: JSON.stringify(change.relationships),
  };
  const byLabel = new Map<NodeLabel, string[]>();
  for (const node of touched) byLabel.set(node.label, [...(byLabel.get(node.label) ?? []), node.id]);
  const links = [...byLabel.keys()].map((label, i) => `CALL (c) { MATCH (t:${label}) WHERE t.id IN $touched${i} CREATE (c)-[:${CHANGE.touched}]->(t) }`);
  return {
    cypher: `CREATE (c:${CHANGE.label}) SET c = $stored, c.at = datetime($stored.at)${bound ? ` CREATE (c)-[:${CHANGE.touched}]->(${bound})` : ''}${
      links.length ? ` WITH ${['c', ...(bound ? [bound] : [])].join(', ')} ${links.join(' ')}` : ''
    }`,
    params: { stored, ...Object.fromEntries([...byLabel.values()].map((ids, i) => [`touched${i}`, ids])) },
  };
}

/** Writes a Change node on its own (a purge's, whose node is gone). */
async function recordChange(tx: ManagedTransaction, change: ChangeRecord, touched: { label: NodeLabel; id: string }[]): Promise<void> {
  const { cypher, params } = changeStatement(change, touched);
  await tx.run(`/* write:change */ ${cypher}`, params);
}
