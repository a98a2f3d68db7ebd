import { createHash, randomUUID } from 'node:crypto';
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import { DocumentKind, RoleKind } from '../../src/__generated__/resolvers-types.js';
import { parsePartialDate } from '../../src/seeds/dates.js';
import { documentId } from '../writes.js';

/**
 * The floor for writes: W1 (upsertTenure) and W2 (createDocument) by hand, each one write
 * transaction, answering with the API's JSON. What raw does, as the API does:
 * - authenticates the same `Authorization: Bearer csg_...` token: its SHA-256 looked up among
 *   the ApiToken nodes (not revoked, role EDITOR or ADMIN), inside the write transaction;
 * - checks the input in TypeScript (id form, role, role kind and document kind against the
 *   schema's enums, partial dates parsed, 1 to 200,000 characters of text, evidence given);
 * - checks that the person, organisation and documents exist and are neither retracted nor
 *   merged, and that every evidence quote occurs verbatim in its document's stored text;
 * - locks the node (MERGE + a write), reads it and its owned relationships, diffs, writes
 *   nothing when nothing changed, else sets the properties, adds and removes relationships,
 *   bumps the version, and writes the Change (who, via, when, operation, the before and after
 *   of every property and relationship) linked by CHANGED, in the same transaction.
 * What it does not: the seed validator's general rules (relative and inferred dates, disputes,
 * contradicting evidence, appointedBy; raw refuses what it does not handle), hints for near
 * misses, ids made from a caption, the node read back after the commit, bookmarks, the token's
 * lastUsedAt, the write rate limit. Two statements for W1 (check and lock, then write), one for W2.
 */

const ROLE_KINDS = new Set<string>(Object.values(RoleKind));
const DOCUMENT_KINDS = new Set<string>(Object.values(DocumentKind));
const WRITER_ROLES = ['EDITOR', 'ADMIN'];
const MAX_TEXT = 200_000;
/** Bookkeeping a write keeps as it was: never part of a diff. */
const KEPT = ['seeded', 'createdAt', 'retractedAt', 'retractedBy', 'retractedReason', 'mergedInto'];
const BOOKKEEPING = new Set([...KEPT, 'version', 'updatedAt', 'editedAt', '__new', '__lock']);

export class WriteError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export interface RawWriteResult {
  data: unknown;
}

const tokenHash = (authorization: string | undefined) => {
  const token = /^Bearer\s+(csg_\S+)$/i.exec(authorization ?? '')?.[1];
  if (!token) throw new WriteError('UNAUTHENTICATED', 'an API token is needed');
  return createHash('sha256').update(token, 'utf8').digest('hex');
};

/** JSON of a stored value as the Change records it (Neo4j integers as numbers, dates as text). */
function json(value: unknown): string {
  const plain = (v: unknown): unknown => (neo4j.isInt(v) ? v.toNumber() : neo4j.isDate(v) ? v.toString() : Array.isArray(v) ? v.map(plain) : v);
  return JSON.stringify(value === undefined ? null : plain(value));
}

function dateProps(key: string, value: unknown): Record<string, unknown> {
  if (value === undefined || value === null) return {};
  const date = (value as { date?: unknown }).date;
  const keys = Object.keys(value as object).filter((k) => (value as Record<string, unknown>)[k] !== null);
  if (typeof date !== 'string' || keys.length !== 1) throw new WriteError('VALIDATION_FAILED', `${key}: raw takes a stated date only ({date})`);
  const parsed = parsePartialDate(date);
  if (!parsed) throw new WriteError('VALIDATION_FAILED', `${key}: not a partial date: ${date}`);
  const day = (text: string) => {
    const [y, m, d] = text.split('-').map(Number) as [number, number, number];
    return new neo4j.types.Date(y, m, d);
  };
  return { [key]: date, [`${key}Precision`]: parsed.precision, [`${key}Earliest`]: day(parsed.earliest), [`${key}Latest`]: day(parsed.latest) };
}

interface Rel {
  type: string;
  from: string;
  to: string;
  quote: string | null;
}
const relKey = (r: Rel) => `${r.type}|${r.from}|${r.to}|${r.quote ?? ''}`;

const W1_CHECK = `/* raw:W1 check and lock */
OPTIONAL MATCH (tok:ApiToken {hash: $tokenHash}) WHERE tok.revokedAt IS NULL AND tok.role IN $writerRoles
OPTIONAL MATCH (p:Person {id: $person}) WHERE p.retractedAt IS NULL AND p.mergedInto IS NULL
OPTIONAL MATCH (o:Organisation {id: $organisation}) WHERE o.retractedAt IS NULL AND o.mergedInto IS NULL
WITH tok, p, o, [e IN $evidence | COLLECT {
  MATCH (d:Document {id: e.doc}) WHERE d.retractedAt IS NULL AND d.mergedInto IS NULL
  RETURN CASE WHEN d.text CONTAINS e.quote THEN 'ok' ELSE 'not in text' END
}[0]] AS evidenceFound
OPTIONAL CALL (tok, p, o, evidenceFound) {
  WITH * WHERE tok IS NOT NULL AND p IS NOT NULL AND o IS NOT NULL AND all(f IN evidenceFound WHERE f = 'ok')
  MERGE (t:Tenure {id: $id}) ON CREATE SET t.__new = true
  SET t.__lock = true REMOVE t.__lock
  RETURN t.__new IS NOT NULL AS isNew, properties(t) AS props,
    [(t)<-[r:HELD]-(m) | {type: 'HELD', from: m.id, to: t.id, quote: null}]
    + [(t)-[r:AT|APPOINTED_BY|EVIDENCED_BY|CONTRADICTED_BY]->(m) | {type: type(r), from: t.id, to: m.id, quote: r.quote}] AS rels
}
RETURN tok.name AS by, p.name AS personName, o.name AS organisationName, evidenceFound, isNew, props, rels`;

const W1_WRITE = `/* raw:W1 write */
MATCH (t:Tenure {id: $id})
SET t = $props, t.version = $version, t.updatedAt = datetime($now), t.editedAt = datetime($now), t.createdAt = coalesce($createdAt, datetime($now))
WITH t
CALL (t) {
  UNWIND $removed AS r
  MATCH (t)-[x]-(m {id: r.other}) WHERE type(x) = r.type AND (startNode(x) = t) = r.outward AND coalesce(x.quote, '') = coalesce(r.quote, '')
  DELETE x
}
CALL (t) { UNWIND [r IN $added WHERE r.type = 'HELD'] AS r MATCH (m:Person {id: r.other}) CREATE (m)-[:HELD]->(t) }
CALL (t) { UNWIND [r IN $added WHERE r.type = 'AT'] AS r MATCH (m:Organisation {id: r.other}) CREATE (t)-[:AT]->(m) }
CALL (t) { UNWIND [r IN $added WHERE r.type = 'EVIDENCED_BY'] AS r MATCH (m:Document {id: r.other}) CREATE (t)-[:EVIDENCED_BY {quote: r.quote}]->(m) }
CREATE (c:Change {id: $change.id, at: datetime($change.at), by: $change.by, via: 'TOKEN', operation: $change.operation, reason: null,
  nodeIds: [$id], properties: $properties, relationships: $relationships})
CREATE (c)-[:CHANGED]->(t)
RETURN t.version AS version`;

/** W1: upsertTenure, the whole entry, by id. */
export async function upsertTenure(tx: ManagedTransaction, authorization: string | undefined, input: Record<string, unknown>): Promise<RawWriteResult> {
  const id = String(input.id ?? '');
  if (!/^tenure:[a-z0-9][a-z0-9-]*$/.test(id)) throw new WriteError('VALIDATION_FAILED', 'id: raw takes a given tenure:<slug> id');
  const role = typeof input.role === 'string' ? input.role.trim() : '';
  if (role.length === 0) throw new WriteError('VALIDATION_FAILED', 'role: required');
  if (!ROLE_KINDS.has(String(input.roleKind))) throw new WriteError('VALIDATION_FAILED', 'roleKind: not a role kind');
  for (const key of ['appointedBy', 'contradictedBy', 'dispute']) if (input[key] !== undefined && input[key] !== null) throw new WriteError('VALIDATION_FAILED', `${key}: raw does not handle it`);
  const evidence = (input.evidence as { doc: string; quote: string }[] | undefined) ?? [];
  if (evidence.length === 0 || evidence.some((e) => typeof e.quote !== 'string' || e.quote.trim() === '')) throw new WriteError('VALIDATION_FAILED', 'evidence: at least one quote');
  const current = typeof input.current === 'boolean' ? input.current : null;
  const dates = { ...dateProps('start', input.start), ...dateProps('end', input.end) };

  const check = await tx.run(W1_CHECK, { tokenHash: tokenHash(authorization), writerRoles: WRITER_ROLES, id, person: input.person, organisation: input.organisation, evidence });
  const row = check.records[0]!;
  const by = row.get('by') as string | null;
  if (!by) throw new WriteError('UNAUTHENTICATED', 'the API token is unknown, revoked or not an editor');
  if (!row.get('personName') || !row.get('organisationName')) throw new WriteError('VALIDATION_FAILED', 'person or organisation is not in the graph (or is retracted)');
  const found = row.get('evidenceFound') as (string | null)[];
  const bad = found.findIndex((f) => f !== 'ok');
  if (bad >= 0) throw new WriteError(found[bad] === null ? 'VALIDATION_FAILED' : 'EVIDENCE_NOT_IN_DOCUMENT', `evidence[${bad}]: ${found[bad] ?? 'no such document'}`);

  const isNew = row.get('isNew') === true;
  const stored = row.get('props') as Record<string, unknown>;
  if (typeof stored.mergedInto === 'string') throw new WriteError('NOT_FOUND', `${id} was merged into ${stored.mergedInto}`);
  const desired: Record<string, unknown> = {
    id,
    name: `${String(row.get('personName'))}: ${role}, ${String(row.get('organisationName'))}`,
    role,
    roleKind: input.roleKind,
    ...dates,
    ...(current === null ? {} : { current }),
  };
  const before = isNew ? {} : stored;
  const properties: { nodeId: string; property: string; before: string; after: string }[] = [];
  for (const key of [...new Set([...Object.keys(before), ...Object.keys(desired)])].filter((k) => !BOOKKEEPING.has(k)).sort()) {
    const a = json(before[key]);
    const b = json(desired[key]);
    if (a !== b) properties.push({ nodeId: id, property: key, before: a, after: b });
  }
  const wanted: Rel[] = [
    { type: 'HELD', from: String(input.person), to: id, quote: null },
    { type: 'AT', from: id, to: String(input.organisation), quote: null },
    ...evidence.map((e) => ({ type: 'EVIDENCED_BY', from: id, to: e.doc, quote: e.quote })),
  ];
  const have = (row.get('rels') as Rel[]).map((r) => ({ ...r, quote: r.quote ?? null }));
  const haveKeys = new Set(have.map(relKey));
  const wantedKeys = new Set(wanted.map(relKey));
  const added = [...new Map(wanted.filter((r) => !haveKeys.has(relKey(r))).map((r) => [relKey(r), r])).values()];
  const removed = have.filter((r) => !wantedKeys.has(relKey(r)));
  if (!isNew && properties.length === 0 && added.length === 0 && removed.length === 0) {
    return { data: { upsertTenure: { created: false, node: { id, version: neo4j.integer.toNumber((stored.version as number | undefined) ?? 1) }, change: null } } };
  }
  const version = isNew ? 1 : neo4j.integer.toNumber((stored.version as number | undefined) ?? 1) + 1;
  const now = new Date().toISOString();
  const change = { id: `change:${randomUUID()}`, at: now, by, operation: isNew ? 'CREATE' : 'UPDATE' };
  properties.push({ nodeId: id, property: 'version', before: isNew ? 'null' : json(stored.version ?? 1), after: json(version) });
  const relChanges = [...added.map((r) => ({ ...r, change: 'ADDED' })), ...removed.map((r) => ({ ...r, change: 'REMOVED' }))];
  const other = (r: Rel) => ({ type: r.type, other: r.from === id ? r.to : r.from, outward: r.from === id, quote: r.quote });
  const kept = Object.fromEntries(KEPT.filter((k) => stored[k] !== undefined && stored[k] !== null).map((k) => [k, stored[k]]));
  await tx.run(W1_WRITE, {
    id,
    props: { ...desired, ...kept },
    version: neo4j.int(version),
    now,
    createdAt: kept.createdAt ?? null,
    removed: removed.map(other),
    added: added.map(other),
    change,
    properties: JSON.stringify(properties),
    relationships: JSON.stringify(relChanges),
  });
  return { data: { upsertTenure: { created: isNew, node: { id, version }, change: { id: change.id } } } };
}

const W2_CREATE = `/* raw:W2 createDocument */
OPTIONAL MATCH (tok:ApiToken {hash: $tokenHash}) WHERE tok.revokedAt IS NULL AND tok.role IN $writerRoles
OPTIONAL MATCH (e:Document {contentHash: $props.contentHash})
OPTIONAL CALL (tok, e) {
  WITH * WHERE tok IS NOT NULL AND e IS NULL
  MERGE (d:Document {id: $props.id}) ON CREATE SET d.__new = true
  WITH tok, d WHERE d.__new
  SET d = $props, d.version = 1, d.updatedAt = datetime($now), d.editedAt = datetime($now), d.createdAt = datetime($now)
  CREATE (c:Change {id: $changeId, at: datetime($now), by: tok.name, via: 'TOKEN', operation: 'CREATE_DOCUMENT', reason: null,
    nodeIds: [d.id], properties: $properties, relationships: '[]'})
  CREATE (c)-[:CHANGED]->(d)
  RETURN d.id AS createdId
}
RETURN tok.name AS by, e.id AS existingId, e.version AS existingVersion, createdId`;

/** W2: createDocument, the text stored verbatim, deduplicated by its SHA-256. */
export async function createDocument(tx: ManagedTransaction, authorization: string | undefined, input: Record<string, unknown>): Promise<RawWriteResult> {
  const title = typeof input.title === 'string' ? input.title.trim() : '';
  const text = typeof input.text === 'string' ? input.text : '';
  if (title.length === 0) throw new WriteError('VALIDATION_FAILED', 'title: required');
  if (!DOCUMENT_KINDS.has(String(input.kind))) throw new WriteError('VALIDATION_FAILED', 'kind: not a document kind');
  if (text.trim().length === 0 || text.length > MAX_TEXT) throw new WriteError('VALIDATION_FAILED', `text: 1 to ${MAX_TEXT} characters`);
  for (const key of ['published', 'url', 'authors', 'outlet']) if (input[key] !== undefined && input[key] !== null) throw new WriteError('VALIDATION_FAILED', `${key}: raw does not handle it`);
  const contentHash = createHash('sha256').update(text, 'utf8').digest('hex');
  const id = documentId(title, text);
  const props = { id, name: title, title, kind: String(input.kind), text, contentHash };
  const properties = Object.keys(props)
    .filter((k) => k !== 'text')
    .sort()
    .map((property) => ({ nodeId: id, property, before: 'null', after: json(props[property as keyof typeof props]) }));
  properties.push({ nodeId: id, property: 'version', before: 'null', after: '1' });
  const changeId = `change:${randomUUID()}`;
  const result = await tx.run(W2_CREATE, { tokenHash: tokenHash(authorization), writerRoles: WRITER_ROLES, props, now: new Date().toISOString(), changeId, properties: JSON.stringify(properties) });
  const row = result.records[0]!;
  if (!row.get('by')) throw new WriteError('UNAUTHENTICATED', 'the API token is unknown, revoked or not an editor');
  const existing = row.get('existingId') as string | null;
  if (existing) return { data: { createDocument: { created: false, document: { id: existing, version: neo4j.integer.toNumber(row.get('existingVersion') ?? 1) }, change: null } } };
  if (!row.get('createdId')) throw new WriteError('ID_COLLISION', `${id} is taken`);
  return { data: { createDocument: { created: true, document: { id, version: 1 }, change: { id: changeId } } } };
}

export const RAW_WRITES: Record<string, (tx: ManagedTransaction, authorization: string | undefined, input: Record<string, unknown>) => Promise<RawWriteResult>> = {
  W1: upsertTenure,
  W2: createDocument,
};
