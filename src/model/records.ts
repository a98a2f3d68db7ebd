import { createHash } from 'node:crypto';

/**
 * The bookkeeping every node carries besides its model properties (graph.model.ts): not facts
 * about the world but the record of how the node came to be. The node mapping reads
 * `version`; the write path (src/modules/write) sets all of them; the seed loader reads
 * `editedAt` to leave API edits alone; the seed exporter leaves them out of the seed files.
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

/** Credentials (src/modules/auth/tokens.ts): stored beside the graph, never part of it. */
export const API_TOKEN_LABEL = 'ApiToken';

/**
 * Labels of nodes that are not the graph's facts and entities: the audit trail and the API
 * tokens. "Is the graph empty", counts and the seed exporter's model read leave them out.
 */
export const NOT_THE_GRAPH = [CHANGE.label, API_TOKEN_LABEL] as const;

/** The Cypher condition that `x` is a node of the graph proper (not a Change or an ApiToken). */
export const inTheGraph = (x: string): string => NOT_THE_GRAPH.map((label) => `NOT ${x}:${label}`).join(' AND ');
