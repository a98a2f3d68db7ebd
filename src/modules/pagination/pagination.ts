import { userInputError } from '../../errors.js';

export const MAX_PAGE_SIZE = 100;

export interface PageInfoModel {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

export interface ConnectionModel<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfoModel;
  /** Counted only when a client asks for it. */
  totalCount: () => Promise<number>;
}

/** Keyset position: the sort values of the last item seen, ending with its id. */
export type CursorKey = (string | number | null)[];

export function encodeCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, length: number): CursorKey {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(key) &&
      key.length === length &&
      key.every((v) => v === null || typeof v === 'string' || typeof v === 'number')
    ) {
      return key as CursorKey;
    }
  } catch {
    // fall through to the coded error
  }
  throw userInputError('`after` is not a cursor this API issued; pass a `cursor` or `pageInfo.endCursor` value.', 'after');
}

export function checkFirst(first: number | null | undefined, fallback = 20): number {
  const value = first ?? fallback;
  if (!Number.isInteger(value) || value < 1 || value > MAX_PAGE_SIZE) {
    throw userInputError(`\`first\` must be between 1 and ${MAX_PAGE_SIZE}; got ${value}.`, 'first');
  }
  return value;
}

/** Builds a connection from `first + 1` rows fetched after the cursor. */
export function toConnection<T>(
  rows: T[],
  first: number,
  hadCursor: boolean,
  keyOf: (row: T) => CursorKey,
  totalCount: () => Promise<number>,
): ConnectionModel<T> {
  const page = rows.slice(0, first);
  const edges = page.map((node) => ({ cursor: encodeCursor(keyOf(node)), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > first,
      hasPreviousPage: hadCursor,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount,
  };
}

/** An ISO calendar date argument (`2018-04-01`), or a BAD_USER_INPUT error naming the argument. */
export function checkIsoDate(value: string | null | undefined, argument: string): string | null {
  if (value === null || value === undefined) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = match ? new Date(`${value}T00:00:00Z`) : null;
  if (!date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    throw userInputError(`\`${argument}\` must be an ISO date such as 2018-04-01; got "${value.slice(0, 40)}".`, argument);
  }
  return value;
}

/**
 * Pages a list already in memory (a nested field whose loader fetched every item for its
 * parent in one batch), with offset cursors.
 */
export function sliceConnection<T>(items: T[], first: number | null | undefined, after: string | null | undefined, fallback = 20): ConnectionModel<T> {
  const size = checkFirst(first, fallback);
  const offset = offsetOf(after);
  return offsetConnection(items.slice(offset, offset + size + 1), size, offset, async () => items.length);
}

/** Offset of an `after` cursor from sliceConnection or offsetConnection; 0 without one. */
export function offsetOf(after: string | null | undefined): number {
  if (!after) return 0;
  const offset = Number(decodeCursor(after, 1)[0]);
  if (!Number.isInteger(offset) || offset < 0) throw userInputError('`after` is not a cursor this API issued.', 'after');
  return offset;
}

/** A connection over `first + 1` rows fetched from `offset` (ranked lists such as search). */
export function offsetConnection<T>(rows: T[], first: number, offset: number, totalCount: () => Promise<number>): ConnectionModel<T> {
  const page = rows.slice(0, first);
  const edges = page.map((node, index) => ({ cursor: encodeCursor([offset + index + 1]), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > first,
      hasPreviousPage: offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount,
  };
}
