import { randomUUID } from 'node:crypto';
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import { codedError } from '../../errors.js';
import { FACT_LABELS, KIND_LABELS, labelOfId, NODE_LABELS, OWNED_RELATIONS, RELATIONSHIP_TYPES, relationOf, typeDecl, type NodeLabel, type NodeModel } from '../../model/model.js';
import { CHANGE, type CHANGE_PROPERTIES, contentHash, FIRST_VERSION, isLive, RECORD } from '../../model/records.js';
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
import { MATCH_NODE_BY_ID, NODE_PROJECTION } from '../graph/graph.repository.js';
import { requireRole, type Role, type Viewer } from '../auth/roles.js';
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

/** Locks the node (creating a placeholder if it is new) and reads it with its owned relationships. */
async function lockAndRead(tx: ManagedTransaction, label: NodeLabel, id: string): Promise<Current> {
  const { out, in: inward } = ownedTypes(label);
  const rels = [
    out.length ? `[(n)-[r:${out.join('|')}]->(m) | {type: type(r), from: n.id, to: m.id, props: properties(r)}]` : '[]',
    inward.length ? `[(n)<-[r:${inward.join('|')}]-(m) | {type: type(r), from: m.id, to: n.id, props: properties(r)}]` : '[]',
  ].join(' + ');
  const result = await tx.run(
    `/* write:lock */ MERGE (n:${label} {id: $id}) ON CREATE SET n.__new = true
     SET n.__lock = true REMOVE n.__lock
     RETURN n.__new IS NOT NULL AS isNew, properties(n) AS props, labels(n) AS labels, ${rels} AS rels`,
    { id },
  );
  const row = result.records[0]!;
  const props = row.get('props') as Record<string, unknown>;
  return { exists: !row.get('isNew'), props, labels: row.get('labels') as string[], rels: row.get('rels') as StoredRel[] };
}

interface Known {
  label: NodeLabel;
  name: string;
  text: string | undefined;
  window: Window | null;
}

/** The nodes an entry refers to, as the validator's lookups need them (retracted ones are not found). */
async function lookUp(tx: ManagedTransaction, ids: string[]): Promise<Map<string, Known>> {
  const known = new Map<string, Known>();
  if (ids.length === 0) return known;
  const result = await tx.run(
    `/* write:lookUp */ UNWIND $ids AS id ${MATCH_NODE_BY_ID}
     WITH n WHERE ${isLive('n')}
     RETURN n.id AS id, labels(n) AS labels, n.name AS name, CASE WHEN n:Document THEN n.text END AS text,
            CASE WHEN n:Document THEN n.published END AS published, CASE WHEN n:Document THEN n.publishedInferred END AS inferred`,
    { ids: [...new Set(ids)] },
  );
  for (const record of result.records) {
    const labels = record.get('labels') as string[];
    const label = NODE_LABELS.find((l) => labels.includes(l))!;
    const published = record.get('published') as string | null;
    const parsed = published ? parsePartialDate(published) : null;
    known.set(record.get('id') as string, {
      label,
      name: String(record.get('name')),
      text: (record.get('text') as string | null) ?? undefined,
      window: parsed ? { bounds: parsed, inferred: record.get('inferred') === true } : null,
    });
  }
  return known;
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

  /** The caller, if their role allows the write and their rate has room for it (UNAUTHENTICATED, FORBIDDEN, RATE_LIMITED). */
  private authorise(viewer: Viewer, role: Role): Extract<Viewer, { via: 'token' | 'jwt' }> {
    const writer = requireRole(viewer, role);
    this.rate?.take(writer);
    return writer;
  }

  /**
   * Runs `work` in one write transaction and returns its result with the commit's bookmark and,
   * read in the same transaction, the node `idOf` names: the caller is told what was committed,
   * or the write did not happen (no answer that depends on a second transaction after it).
   */
  private async transaction<T>(work: (tx: ManagedTransaction) => Promise<T>, idOf: (value: T) => string): Promise<{ value: T; node: NodeModel; bookmark: string | null }>;
  private async transaction<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<{ value: T; node: null; bookmark: string | null }>;
  private async transaction<T>(work: (tx: ManagedTransaction) => Promise<T>, idOf?: (value: T) => string): Promise<{ value: T; node: NodeModel | null; bookmark: string | null }> {
    const session = this.db.driver.session({ database: this.db.name, defaultAccessMode: neo4j.session.WRITE, bookmarks: this.db.bookmarks });
    try {
      const { value, node } = await session.executeWrite(
        async (tx) => {
          const value = await work(tx);
          return { value, node: idOf ? await readNode(tx, idOf(value)) : null };
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
  async upsert(viewer: Viewer, label: NodeLabel, input: Record<string, unknown>, options: { expectedVersion?: number | null; reason?: string | null }): Promise<WriteResult> {
    const editor = this.authorise(viewer, 'EDITOR');
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
      const known = await lookUp(tx, refs);
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

      const current = await lockAndRead(tx, label, id);
      checkMerged(current, id);
      checkVersion(current, id, options.expectedVersion);
      const desired = { ...toNeo4jProps(node.props, label) };
      const diff = diffOf(id, current, desired, node.kindLabels, relationships);
      if (current.exists && diff.empty) return { created: false, change: null };
      if (current.exists && !givenId) {
        throw codedError('ID_COLLISION', `${id} (made from the name) is already another entry: give its id to update it, or another id for a different one.`, { id });
      }
      const change = await commit(tx, {
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
      return { created: !current.exists, change };
    }, () => String(valid.id));
    return { node, created: value.created, change: value.change, bookmark: value.change ? bookmark : null };
  }

  /** Stores a document's text verbatim; the same text twice is the same document. */
  async createDocument(viewer: Viewer, input: Record<string, unknown>, reason: string | null): Promise<WriteResult> {
    const editor = this.authorise(viewer, 'EDITOR');
    const text = typeof input.text === 'string' ? input.text : '';
    if (text.trim().length === 0 || text.length > this.limits.maxDocumentChars) {
      throw validationError([{ path: 'text', message: `must be 1 to ${this.limits.maxDocumentChars} characters of text` }]);
    }
    // Stored verbatim means stored as sent: UTF-8 cannot carry a lone surrogate (the driver would write U+FFFD).
    if (LONE_SURROGATE.test(text)) throw validationError([{ path: 'text', message: ILL_FORMED }]);
    const hash = contentHash(text);
    const { text: _text, ...rest } = input;
    const entry = entryOfInput('Document', { ...rest, mentions: [] });
    const { value, node, bookmark } = await this.transaction(async (tx) => {
      const existing = await tx.run(`/* write:documentByHash */ MATCH (d:Document {${RECORD.contentHash}: $hash}) RETURN d.id AS id`, { hash });
      const found = existing.records[0]?.get('id') as string | undefined;
      if (found) return { id: found, created: false, change: null };
      const id = `doc:${slugOf(String(entry.title ?? '')).slice(0, 60).replace(/-+$/, '')}-${hash.slice(0, 8)}`;
      const parsed = parseEntry('Document', { ...entry, id });
      if (!parsed.entry) throw validationError(parsed.problems);
      const refs = referencedIds('Document', parsed.entry);
      const known = await lookUp(tx, refs);
      const missing = refs.filter((ref) => !known.has(ref));
      if (missing.length) throw missingError(missing);
      const problems: string[] = [];
      resolveEntryDates('Document', parsed.entry, (doc) => (doc === id ? windowOfEntry('Document', parsed.entry) : (known.get(doc)?.window ?? null)), 'input', problems);
      const node = nodeOfEntry('Document', parsed.entry, 'input', (ref) => known.get(String(ref))?.name ?? String(ref), problems, text);
      const lookups = { labelOf: (ref: string) => known.get(ref)?.label ?? null, textOf: (ref: string) => (ref === id ? text : known.get(ref)?.text) };
      const relationships = relationshipsOfEntry('Document', parsed.entry, node, 'input', lookups, problems);
      if (problems.length) throw validatorError(problems);
      const current = await lockAndRead(tx, 'Document', id);
      const desired = toNeo4jProps(node.props, 'Document');
      const diff = diffOf(id, current, desired, [], relationships);
      const change = await commit(tx, {
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
      return { id, created: true, change };
    }, (done) => done.id);
    return { node, created: value.created, change: value.change, bookmark: value.change ? bookmark : null };
  }

  /** Adds (or, with `remove`, removes) one evidence quote of a fact. */
  async evidence(viewer: Viewer, args: { factId: string; documentId: string; quote: string; expectedVersion?: number | null; reason?: string | null }, remove: boolean): Promise<WriteResult> {
    const editor = this.authorise(viewer, 'EDITOR');
    const label = labelOfId(args.factId);
    if (!label || !typeDecl(label).fact) throw validationError([{ path: 'factId', message: `${args.factId} is not a fact id` }]);
    const evidence = relationOf(label, 'evidence')!.rel;
    const { value, node, bookmark } = await this.transaction(async (tx) => {
      const exists = await tx.run(`/* write:factExists */ MATCH (n:${label} {id: $id}) RETURN n.id AS id`, { id: args.factId });
      if (exists.records.length === 0) throw codedError('NOT_FOUND', `No fact has the id ${args.factId}.`, { id: args.factId });
      const known = await lookUp(tx, [args.documentId]);
      const text = known.get(args.documentId)?.text;
      if (text === undefined) throw validationError([{ path: 'documentId', message: `${args.documentId} is not a stored document` }]);
      if (!remove && !text.includes(args.quote)) throw evidenceError(args.documentId, args.quote, text);
      if (args.quote.trim().length === 0) throw validationError([{ path: 'quote', message: 'must not be empty' }]);
      const current = await lockAndRead(tx, label, args.factId);
      checkVersion(current, args.factId, args.expectedVersion);
      const rel = { type: evidence.type, from: args.factId, to: args.documentId, props: { quote: args.quote } };
      const has = current.rels.some((r) => relKey(r) === relKey(rel));
      if (remove && !has) throw codedError('NOT_FOUND', `${args.factId} has no such quote from ${args.documentId}.`, { id: args.factId });
      if (!remove && has) return { change: null };
      if (remove && current.rels.filter((r) => r.type === evidence.type).length <= 1) {
        throw validationError([{ path: 'quote', message: `it is the last evidence of ${args.factId}: every fact keeps at least one (add another first, or retract the fact)` }]);
      }
      const { [RECORD.version]: _v, ...desired } = current.props;
      const change = await commit(tx, {
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
      return { change };
    }, () => args.factId);
    return { node, created: false, change: value.change, bookmark: value.change ? bookmark : null };
  }


  /** Hides a fact or entity from every read (`retract`), or brings it back (`restore`); kept in history either way. */
  async retraction(viewer: Viewer, args: { id: string; reason?: string | null; expectedVersion?: number | null }, restore: boolean): Promise<WriteResult> {
    const editor = this.authorise(viewer, 'EDITOR');
    const reason = args.reason?.trim() ?? '';
    if (!restore && reason.length === 0) throw validationError([{ path: 'reason', message: 'a retraction needs its reason' }]);
    const label = this.labelOf(args.id);
    const { value, node, bookmark } = await this.transaction(async (tx) => {
      const current = await this.existing(tx, label, args.id);
      checkMerged(current, args.id);
      checkVersion(current, args.id, args.expectedVersion);
      const retracted = current.props[RECORD.retractedAt] !== undefined && current.props[RECORD.retractedAt] !== null;
      if (retracted !== restore) return { change: null };
      const now = new Date().toISOString();
      const records: Record<string, unknown> = restore
        ? { [RECORD.retractedAt]: null, [RECORD.retractedBy]: null, [RECORD.retractedReason]: null }
        : { [RECORD.retractedAt]: neo4j.types.DateTime.fromStandardDate(new Date(now)), [RECORD.retractedBy]: editor.name, [RECORD.retractedReason]: reason };
      const properties = Object.entries(records).map(([property, after]) => ({ nodeId: args.id, property, before: json(current.props[property] ?? null), after: json(after) }));
      const change = await commit(tx, {
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
      return { change };
    }, () => args.id);
    return { node, created: false, change: value.change, bookmark: value.change ? bookmark : null };
  }

  /**
   * Deletes a node for real (a legal takedown), ADMIN only. Refused while facts depend on it (a
   * fact's required end, a fact's only evidence): purge or re-point those first. The Change
   * keeps the id, the label, the names of the properties and the relationships removed, not
   * their values: the point of a takedown is that the words are gone.
   */
  async purge(viewer: Viewer, args: { id: string; reason: string }): Promise<{ id: string; change: ChangeRecord; bookmark: string | null }> {
    const admin = this.authorise(viewer, 'ADMIN');
    const reason = args.reason.trim();
    if (reason.length === 0) throw validationError([{ path: 'reason', message: 'a purge needs its reason' }]);
    const label = this.labelOf(args.id);
    const { value, bookmark } = await this.transaction(async (tx) => {
      const current = await this.existing(tx, label, args.id);
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
      return change;
    });
    return { id: args.id, change: value, bookmark };
  }

  /**
   * Two ids for one person or body become one: every relationship of `remove` moves to `keep`
   * (one that `keep` already has is not doubled), aliases are united (the removed name becomes
   * one), and `remove` stays as a stub that redirects: `node(remove)` answers `keep`.
   */
  async merge(viewer: Viewer, args: { keep: string; remove: string; reason: string; expectedVersion?: number | null }): Promise<WriteResult> {
    const editor = this.authorise(viewer, 'EDITOR');
    const reason = args.reason.trim();
    if (reason.length === 0) throw validationError([{ path: 'reason', message: 'a merge needs its reason' }]);
    const label = this.labelOf(args.keep);
    if (this.labelOf(args.remove) !== label || typeDecl(label).fact || label === 'Document') {
      throw validationError([{ path: 'remove', message: `mergeEntities joins two people or two organisations; ${args.keep} and ${args.remove} are not two of a kind` }]);
    }
    if (args.keep === args.remove) throw validationError([{ path: 'remove', message: 'keep and remove are the same id' }]);
    const { value, node, bookmark } = await this.transaction(async (tx) => {
      const kept = await this.existing(tx, label, args.keep);
      const removed = await this.existing(tx, label, args.remove);
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
      const change = await commit(tx, {
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
      return { change };
    }, () => args.keep);
    return { node, created: false, change: value.change, bookmark };
  }

  private labelOf(id: string): NodeLabel {
    const label = labelOfId(id);
    if (!label) throw codedError('NOT_FOUND', `No node has the id ${id}.`, { id });
    return label;
  }

  /** Locks and reads a node that must exist (NOT_FOUND otherwise). */
  private async existing(tx: ManagedTransaction, label: NodeLabel, id: string): Promise<Current> {
    const found = await tx.run(`/* write:exists */ MATCH (n:${label} {id: $id}) RETURN n.id AS id`, { id });
    if (found.records.length === 0) throw codedError('NOT_FOUND', `No node has the id ${id}.`, { id });
    return lockAndRead(tx, label, id);
  }

}

/** The node as the transaction has written it (retracted or not). */
async function readNode(tx: ManagedTransaction, id: string): Promise<NodeModel> {
  const label = labelOfId(id);
  const result = label ? await tx.run(`/* write:readNode */ MATCH (n:${label} {id: $id}) RETURN ${NODE_PROJECTION} AS node`, { id }) : null;
  const record = result?.records[0];
  if (!record) throw codedError('NOT_FOUND', `No node has the id ${id}.`, { id });
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
): Promise<ChangeRecord> {
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
  const recorded = changeStatement(change, [{ label: w.label, id: w.id }, ...(w.alsoTouched ?? [])]);
  await tx.run(
    `/* write:commit */ MATCH (n:${w.label} {id: $id})
     SET n = $props, n.${RECORD.version} = $version, n.${RECORD.updatedAt} = datetime($now), n.${RECORD.editedAt} = datetime($now),
         n.${RECORD.createdAt} = coalesce($createdAt, datetime($now))
     ${w.kindLabels ? `REMOVE n:${kinds.join(':')}${w.kindLabels.length ? ` SET n:${w.kindLabels.join(':')}` : ''}` : ''}
     WITH n
     ${subqueries.join('\n     ')}
     WITH count(*) AS written
     ${recorded.cypher}`,
    { ...params, ...recorded.params, id: w.id, props: { ...w.desired, ...keep }, version: neo4j.int(version), now, createdAt: keep[RECORD.createdAt] ?? null },
  );
  return change;
}

/**
 * The Cypher that creates a Change node and links it by CHANGED to the nodes it touched that
 * still exist (one MATCH per label), with its parameters.
 */
function changeStatement(change: ChangeRecord, touched: { label: NodeLabel; id: string }[]): { cypher: string; params: Record<string, unknown> } {
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
    cypher: `CREATE (c:${CHANGE.label}) SET c = $stored, c.at = datetime($stored.at)${links.length ? ` WITH c ${links.join(' ')}` : ''}`,
    params: { stored, ...Object.fromEntries([...byLabel.values()].map((ids, i) => [`touched${i}`, ids])) },
  };
}

/** Writes a Change node on its own (a purge's, whose node is gone). */
async function recordChange(tx: ManagedTransaction, change: ChangeRecord, touched: { label: NodeLabel; id: string }[]): Promise<void> {
  const { cypher, params } = changeStatement(change, touched);
  await tx.run(`/* write:change */ ${cypher}`, params);
}
