import { createHash } from 'node:crypto';

/**
 * The bookkeeping every node carries besides its model properties (graph.model.ts): not facts
 * about the world but the record of how the node came to be. The node mapping reads
 * `version`; the write path (src/modules/write) sets all of them; the seed loader reads
 * `editedAt` to leave API edits alone; the exporter writes them to records.json beside the seed
 * files (src/seeds/records-file.ts) and the import gives them back.
 */
export const RECORD = {
  /** 1 as first written; +1 with every change through the API (optimistic concurrency). */
  version: 'version',
  /** When the node was first written through the API (seeded nodes: absent). */
  createdAt: 'createdAt',
  /** When the API last changed it. */
  updatedAt: 'updatedAt',
  /** Set by every API change: `npm run seed` leaves such nodes alone unless --force. */
  editedAt: 'editedAt',
  /** A document's SHA-256 of its text: the same text twice is the same document. */
  contentHash: 'contentHash',
  /** Set by `retract` (with who and why): the node is hidden from every read until `restore`. */
  retractedAt: 'retractedAt',
  retractedBy: 'retractedBy',
  retractedReason: 'retractedReason',
  /** On a node merged into another (`mergeEntities`): the id of the one kept. */
  mergedInto: 'mergedInto',
} as const;

/**
 * How a property is stored in Neo4j, so that an export can write it as JSON and the import
 * give it back with the same type: `day` a DATE, `datetime` a DATETIME (its offset and zone
 * kept), `integer` an INTEGER, `jsonText` a string holding JSON (written as that JSON).
 */
export type StoredKind = 'string' | 'strings' | 'boolean' | 'float' | 'integer' | 'day' | 'datetime' | 'jsonText';

/** The stored type of each bookkeeping property (what `npm run export` writes to records.json). */
export const RECORD_KINDS = {
  version: 'integer',
  createdAt: 'datetime',
  updatedAt: 'datetime',
  editedAt: 'datetime',
  contentHash: 'string',
  retractedAt: 'datetime',
  retractedBy: 'string',
  retractedReason: 'string',
  mergedInto: 'string',
} as const satisfies Record<keyof typeof RECORD, StoredKind>;

/**
 * The Cypher condition that node `x` is live: neither retracted nor merged away. Every read
 * (lists, search, relations, timelines, paths, neighbourhoods, exports; resolvers and compiled
 * queries alike) keeps to live nodes unless asked to include retracted ones.
 */
export const isLive = (x: string): string => `(${x}.${RECORD.retractedAt} IS NULL AND ${x}.${RECORD.mergedInto} IS NULL)`;

/** The version a node without a stored one has (as the seed loader wrote it). */
export const FIRST_VERSION = 1;

/** The SHA-256 (hex) of a document's text. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** The audit trail's node label and its relationship to what a change touched. */
export const CHANGE = { label: 'Change', touched: 'CHANGED' } as const;

/**
 * The properties of a `Change` node as the write path stores them (write.service.ts
 * `recordChange`); `properties` and `relationships` are JSON texts (ChangeRecord's lists). A
 * Change with any other property is not exported (the export refuses rather than drop it).
 */
export const CHANGE_PROPERTIES = {
  id: 'string',
  at: 'datetime',
  by: 'string',
  via: 'string',
  operation: 'string',
  reason: 'string',
  nodeIds: 'strings',
  properties: 'jsonText',
  relationships: 'jsonText',
} as const satisfies Record<string, StoredKind>;

/** Credentials (src/modules/auth/tokens.ts): stored beside the graph, never part of it. */
export const API_TOKEN_LABEL = 'ApiToken';

/**
 * Labels of nodes that are not the graph's facts and entities: the audit trail and the API
 * tokens. "Is the graph empty", counts and the seed exporter's model read leave them out.
 */
export const NOT_THE_GRAPH = [CHANGE.label, API_TOKEN_LABEL] as const;

/** The Cypher condition that `x` is a node of the graph proper (not a Change or an ApiToken). */
export const inTheGraph = (x: string): string => NOT_THE_GRAPH.map((label) => `NOT ${x}:${label}`).join(' AND ');
