/** A date as precise as its source: a year, a season, a quarter, a month or a day. */
export type DatePrecision = 'YEAR' | 'SEASON' | 'QUARTER' | 'MONTH' | 'DAY';

export interface PartialDate {
  /** The date as written in the seed file, e.g. `2018`, `2023-summer`, `2018-04`. */
  value: string;
  precision: DatePrecision;
  /** First and last calendar day the date can mean (ISO `YYYY-MM-DD`). */
  earliest: string;
  latest: string;
}

const SEASONS: Record<string, [number, number]> = {
  spring: [3, 5],
  summer: [6, 8],
  autumn: [9, 11],
  winter: [12, 14], // December to February of the next year
};

function iso(year: number, month: number, day: number): string {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.toISOString().slice(0, 10);
}

function lastDay(year: number, month: number): string {
  return iso(year, month + 1, 0);
}

/** Parses a partial date, or returns null when the text is not one of the accepted forms. */
export function parsePartialDate(value: string): PartialDate | null {
  let m = /^(\d{4})$/.exec(value);
  if (m) {
    const y = Number(m[1]);
    return { value, precision: 'YEAR', earliest: iso(y, 1, 1), latest: iso(y, 12, 31) };
  }
  m = /^(\d{4})-(spring|summer|autumn|winter)$/.exec(value);
  if (m) {
    const y = Number(m[1]);
    const [from, to] = SEASONS[m[2] as string] as [number, number];
    return { value, precision: 'SEASON', earliest: iso(y, from, 1), latest: lastDay(y, to) };
  }
  m = /^(\d{4})-Q([1-4])$/.exec(value);
  if (m) {
    const y = Number(m[1]);
    const q = Number(m[2]);
    return { value, precision: 'QUARTER', earliest: iso(y, q * 3 - 2, 1), latest: lastDay(y, q * 3) };
  }
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    if (mo < 1 || mo > 12) return null;
    return { value, precision: 'MONTH', earliest: iso(y, mo, 1), latest: lastDay(y, mo) };
  }
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (m) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    const d = Number(m[3]);
    if (iso(y, mo, d) !== value) return null;
    return { value, precision: 'DAY', earliest: value, latest: value };
  }
  return null;
}
