// Marking ranges of a text: search snippets (flat highlights) and a document's quotes (which
// may nest, as a headline inside a longer quote, or cross, and are then split in two).

export interface Range<T> {
  start: number;
  end: number;
  data: T;
}

export interface Marked<T> {
  range: Range<T>;
  /** False for the second piece of a range split where it crossed another. */
  first: boolean;
  children: Piece<T>[];
}

export type Piece<T> = string | Marked<T>;

type Pending<T> = Range<T> & { first: boolean };

const order = <T>(a: Pending<T>, b: Pending<T>) => a.start - b.start || b.end - a.end;

/** The text between `from` and `to` as plain strings and marked ranges, nested where ranges nest. */
export function markRanges<T>(text: string, ranges: Range<T>[], from = 0, to = text.length): Piece<T>[] {
  return mark(
    text,
    ranges.filter((r) => r.end > r.start).map((r) => ({ ...r, first: true })).sort(order),
    from,
    to,
  );
}

function mark<T>(text: string, pending: Pending<T>[], from: number, to: number): Piece<T>[] {
  const out: Piece<T>[] = [];
  let cursor = from;
  while (pending.length > 0) {
    let range = pending.shift()!;
    if (range.end <= cursor) continue;
    if (range.start < cursor) range = { ...range, start: cursor, first: false };
    if (range.start > cursor) out.push(text.slice(cursor, range.start));
    const inner: Pending<T>[] = [];
    while (pending.length > 0 && pending[0]!.start < range.end) {
      const next = pending.shift()!;
      if (next.end <= range.end) inner.push(next);
      else {
        inner.push({ ...next, end: range.end });
        const rest = { ...next, start: range.end, first: false };
        const at = pending.findIndex((p) => order(rest, p) < 0);
        pending.splice(at < 0 ? pending.length : at, 0, rest);
      }
    }
    out.push({ range, first: range.first, children: mark(text, inner, range.start, range.end) });
    cursor = range.end;
  }
  if (cursor < to) out.push(text.slice(cursor, to));
  return out;
}

/** Where `needle` first occurs in `text` (where a quote link points), or null. */
export function firstIndex(text: string, needle: string): number | null {
  const at = needle ? text.indexOf(needle) : -1;
  return at < 0 ? null : at;
}
