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
