import type { DatePartsFragment } from './__generated__/graphql';

// Dates exactly as precise as their sources: "2018", "April 2018", "summer 2023",
// "2016–2017", "24 May 2016". Never padded to a day the source did not give.

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

interface Parts {
  /** Everything but the year ("24 May", "summer", "Q2"), or '' for a bare year. */
  head: string;
  year: string;
}

function parts(value: string): Parts | null {
  let m = /^(\d{4})$/.exec(value);
  if (m) return { head: '', year: m[1]! };
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) return { head: MONTHS[Number(m[2]) - 1] ?? m[2]!, year: m[1]! };
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (m) return { head: `${Number(m[3])} ${MONTHS[Number(m[2]) - 1] ?? m[2]}`, year: m[1]! };
  m = /^(\d{4})-(spring|summer|autumn|winter)$/i.exec(value);
  if (m) return { head: m[2]!.toLowerCase(), year: m[1]! };
  m = /^(\d{4})-Q([1-4])$/i.exec(value);
  if (m) return { head: `Q${m[2]}`, year: m[1]! };
  return null;
}

const join = ({ head, year }: Parts) => (head ? `${head} ${year}` : year);

/** A partial date's value in words; a range `a/b` as "a–b", sharing a common year ("25 May – June 2016"). */
export function formatDateValue(value: string): string {
  const [first, second, ...rest] = value.split('/');
  if (second === undefined || rest.length > 0) {
    const p = parts(value);
    return p ? join(p) : value;
  }
  const a = parts(first!);
  const b = parts(second);
  if (!a || !b) return `${first}–${second}`;
  if (!a.head && !b.head) return `${a.year}–${b.year}`;
  if (a.year === b.year && a.head && b.head) return `${a.head} – ${join(b)}`;
  return `${join(a)} – ${join(b)}`;
}

/** The explanation of a date worked out rather than stated (for its tooltip and details). */
export function dateExplanation(date: DatePartsFragment): string[] {
  const lines: string[] = [];
  if (date.relative) {
    let line = `The source says “${date.relative}”`;
    if (date.anchor) line += `, counting from “${date.anchor}”${date.anchorDate ? ` (${formatDateValue(date.anchorDate)})` : ''}`;
    else if (date.resolvedFrom) line += `, counted from the publication of “${date.resolvedFrom.title}”`;
    lines.push(`${line}.`);
  }
  if (date.inferred) {
    lines.push(date.basis ?? (date.resolvedFrom ? 'No source states this date: it rests on the document’s publication window, which is itself inferred from its text.' : 'No source states this date: it is inferred.'));
  }
  if (date.earliest !== date.latest && (date.relative || date.inferred)) {
    lines.push(`Any day from ${formatDay(date.earliest)} to ${formatDay(date.latest)}.`);
  }
  return lines;
}

/** An ISO day as words ("24 May 2016"), for spans that are days by definition. */
export function formatDay(iso: string): string {
  const p = parts(iso);
  return p ? join(p) : iso;
}

/** Milliseconds since the epoch of an ISO day (UTC), for placing dates on an axis. */
export function dayValue(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`);
}

/** Sort key: dated things by their earliest day, undated ones last. */
export function compareDates(a: { earliest: string } | null | undefined, b: { earliest: string } | null | undefined): number {
  if (!a && !b) return 0;
  if (!a) return 1;
  if (!b) return -1;
  return a.earliest < b.earliest ? -1 : a.earliest > b.earliest ? 1 : 0;
}
