/** A date as precise as its source: a year, a season, a quarter, a month, a day, or a range of them. */
export type DatePrecision = 'YEAR' | 'SEASON' | 'QUARTER' | 'MONTH' | 'DAY' | 'RANGE';

/** The span of days a date can mean (ISO `YYYY-MM-DD`, both inclusive). */
export interface Bounds {
  earliest: string;
  latest: string;
}

export interface PartialDate extends Bounds {
  /** The date as written in the seed file, e.g. `2018`, `2023-summer`, `2018-04`, `2010/2011`. */
  value: string;
  precision: DatePrecision;
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

/** One date that is not a range. */
function parseSingle(value: string): PartialDate | null {
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

/**
 * Parses a partial date, or returns null when the text is not one of the accepted forms: a
 * single date (`2018`, `2023-summer`, `2018-Q2`, `2018-04`, `2018-04-12`) or a range of two
 * (`2010/2011`, `2016-05-25/2016-06`, as in ISO 8601-2), meaning any day from the first
 * day of the one to the last day of the other.
 */
export function parsePartialDate(value: string): PartialDate | null {
  const slash = value.indexOf('/');
  if (slash < 0) return parseSingle(value);
  const from = parseSingle(value.slice(0, slash));
  const to = parseSingle(value.slice(slash + 1));
  // The first ends before the second begins: `2016-05-31/2016-05` or `2016/2016-03` are not ranges.
  if (!from || !to || from.latest >= to.earliest) return null;
  return { value, precision: 'RANGE', earliest: from.earliest, latest: to.latest };
}

// ---- from bounds back to a partial date -------------------------------------------------------

const ymd = (day: string) => day.split('-').map(Number) as [number, number, number];
const isFirstOfMonth = (day: string) => day.endsWith('-01');
const isLastOfMonth = (day: string) => {
  const [y, m] = ymd(day);
  return lastDay(y, m) === day;
};

const ym = (day: string) => day.slice(0, 7);

/** The partial date that means exactly these days: `2023`, `2024-Q1`, `2016-12`, a day, or a range; null for no days. */
export function partialDateOfBounds({ earliest, latest }: Bounds): PartialDate | null {
  if (earliest > latest) return null;
  const [y1, m1] = ymd(earliest);
  const [y2, m2] = ymd(latest);
  const fromYear = earliest.endsWith('-01-01');
  const toYear = latest.endsWith('-12-31');
  const fromMonth = isFirstOfMonth(earliest);
  const toMonth = isLastOfMonth(latest);
  if (earliest === latest) return parsePartialDate(earliest)!;
  if (y1 === y2 && fromYear && toYear) return parsePartialDate(String(y1))!;
  if (fromMonth && toMonth && ym(earliest) === ym(latest)) return parsePartialDate(ym(earliest))!;
  if (fromMonth && toMonth && y1 === y2 && m1 % 3 === 1 && m2 === m1 + 2) return parsePartialDate(`${y1}-Q${(m1 + 2) / 3}`)!;
  // A range, both ends at the coarsest precision that is exact for both.
  if (fromYear && toYear) return parsePartialDate(`${y1}/${y2}`)!;
  const from = fromMonth ? ym(earliest) : earliest;
  const to = toMonth ? ym(latest) : latest;
  // A month end that shares its month with the start is written as a day (2016-05-25/2016-05-31).
  return parsePartialDate(`${from}/${to}`) ?? parsePartialDate(`${earliest}/${latest}`)!;
}

// ---- relative wording --------------------------------------------------------------------------

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

function addDays(day: string, days: number): string {
  const [y, m, d] = ymd(day);
  return iso(y, m, d + days);
}
const yearOf = (day: string) => ymd(day)[0];
const year = (y: number): Bounds => ({ earliest: iso(y, 1, 1), latest: iso(y, 12, 31) });
const month = (y: number, m: number): Bounds => ({ earliest: iso(y, m, 1), latest: iso(y, m + 1, 0) });
const span = (a: Bounds, b: Bounds): Bounds => ({ earliest: a.earliest, latest: b.latest });
const monthShift = (day: string, by: number) => {
  const [y, m] = ymd(day);
  return month(y, m + by);
};

/**
 * What a relative wording means, counted from the anchor: the anchor's own date when the text
 * gives one ("in 2010 ... by the following year"), else the publication window of the document.
 * Each rule returns the span of days the wording allows, from the earliest the anchor can be to
 * the latest, so the anchor's uncertainty carries over. `subsequent` wordings end at the
 * document's publication (`published`), which a text cannot report past.
 */
interface Rule {
  pattern: RegExp;
  resolve: (anchor: Bounds, match: RegExpExecArray, published: Bounds | null) => Bounds | null;
  /** The rule bounds the date by the document's publication (so an inferred window makes it inferred). */
  usesPublication?: true;
}

const MONTH = '(january|february|march|april|may|june|july|august|september|october|november|december)';

/** In order: the first rule whose pattern occurs in the wording applies (specific before general). */
const RULES: Rule[] = [
  {
    pattern: new RegExp(`\\b${MONTH} (this|last|next) year\\b`),
    resolve: (a, m) => {
      const target = MONTHS.indexOf(m[1]!) + 1;
      const shift = m[2] === 'last' ? -1 : m[2] === 'next' ? 1 : 0;
      return span(month(yearOf(a.earliest) + shift, target), month(yearOf(a.latest) + shift, target));
    },
  },
  {
    pattern: new RegExp(`\\bthe following ${MONTH}\\b`),
    resolve: (a, m) => {
      const target = MONTHS.indexOf(m[1]!) + 1;
      const next = (day: string) => {
        const [y, mo] = ymd(day);
        return month(mo < target ? y : y + 1, target);
      };
      return span(next(a.earliest), next(a.latest));
    },
  },
  // "by the following year": no later than the next year, and not before the anchor.
  { pattern: /\bby the following year\b/, resolve: (a) => ({ earliest: a.earliest, latest: year(yearOf(a.latest) + 1).latest }) },
  { pattern: /\bthe following year\b/, resolve: (a) => span(year(yearOf(a.earliest) + 1), year(yearOf(a.latest) + 1)) },
  {
    pattern: /\bat the start of this year\b/,
    resolve: (a) => {
      const q1 = month(yearOf(a.latest), 3).latest;
      return { earliest: year(yearOf(a.earliest)).earliest, latest: q1 < a.latest ? q1 : a.latest };
    },
  },
  { pattern: /\blast year\b/, resolve: (a) => span(year(yearOf(a.earliest) - 1), year(yearOf(a.latest) - 1)) },
  { pattern: /\bthis year\b/, resolve: (a) => span(year(yearOf(a.earliest)), year(yearOf(a.latest))) },
  { pattern: /\bnext year\b/, resolve: (a) => span(year(yearOf(a.earliest) + 1), year(yearOf(a.latest) + 1)) },
  { pattern: /\blast month\b/, resolve: (a) => span(monthShift(a.earliest, -1), monthShift(a.latest, -1)) },
  { pattern: /\bnext month\b/, resolve: (a) => span(monthShift(a.earliest, 1), monthShift(a.latest, 1)) },
  // "last week" is the calendar week before: 7 to 13 days back at the extremes.
  { pattern: /\blast week\b/, resolve: (a) => ({ earliest: addDays(a.earliest, -13), latest: addDays(a.latest, -1) }) },
  { pattern: /\bthis week\b/, resolve: (a) => ({ earliest: addDays(a.earliest, -6), latest: a.latest }) },
  // "a couple of weeks ago", read loosely: one to four weeks back.
  { pattern: /\ba couple of weeks ago\b/, resolve: (a) => ({ earliest: addDays(a.earliest, -28), latest: addDays(a.latest, -7) }) },
  // "in recent weeks": up to about two months back.
  { pattern: /\bin recent weeks\b/, resolve: (a) => ({ earliest: addDays(a.earliest, -61), latest: a.latest }) },
  // "subsequent", "later": after the anchor, and reported by the time of publication.
  // "subsequent": after the anchor (from the next day), and reported by the time of publication.
  { pattern: /^(?:in a )?subsequent\b/, resolve: (a, _m, p) => (p ? { earliest: addDays(a.earliest, 1), latest: p.latest } : null), usesPublication: true },
  { pattern: /^(?:is |are )?(?:currently|now)$/, resolve: (a) => a },
];

/**
 * Words that change what a relative expression means ("earlier this year", "by the end of the
 * following year", "in the last year"): no rule applies to a wording that has one, so its date
 * must be given.
 */
const QUALIFIERS = /\b(?:earlier|later|early|late|mid|end|beginning|start of the|within|past|since|before|after|the last|the next)\b/;

function ruleFor(wording: string): { rule: Rule; match: RegExpExecArray } | null {
  const text = normalise(wording);
  if (QUALIFIERS.test(text.replace(/\bat the start of this year\b/, ''))) return null;
  for (const rule of RULES) {
    const match = rule.pattern.exec(text);
    if (match) return { rule, match };
  }
  return null;
}

/** True when a rule knows the wording. */
export function knowsRelative(wording: string): boolean {
  return ruleFor(wording) !== null;
}

const normalise = (wording: string) => wording.trim().toLowerCase().replace(/\s+/g, ' ');

/**
 * The date a relative wording means, counted from `anchor` (bounds), never after `published`
 * when the text reports something past. Null when no rule knows the wording.
 */
export function resolveRelative(wording: string, anchor: Bounds, published: Bounds | null = null): (PartialDate & { usesPublication: boolean }) | null {
  const found = ruleFor(wording);
  const bounds = found ? found.rule.resolve(anchor, found.match, published) : null;
  const date = bounds ? partialDateOfBounds(bounds) : null;
  return date ? { ...date, usesPublication: found!.rule.usesPublication === true } : null;
}

/** True when two dates can mean a common day. */
export function overlaps(a: Bounds, b: Bounds): boolean {
  return a.earliest <= b.latest && b.earliest <= a.latest;
}

// ---- stated dates ----------------------------------------------------------------------------

const MONTH_NAMES = MONTHS.map((m) => m[0]!.toUpperCase() + m.slice(1));

/** True when the text states year `y`: `2016`, `24/5/16`, `2013-24`, `2023-24`. */
function statesYear(text: string, y: number): boolean {
  const yy = String(y % 100).padStart(2, '0');
  return new RegExp(`(?<!\\d)${y}(?!\\d)|\\d/${yy}(?!\\d)|(?<!\\d)\\d{4}[-–]${yy}(?!\\d)`).test(text);
}

const ORDINALS = ['first', 'second', 'third', 'fourth'];

/** The ways a text writes year `y` next to another part: `2016`, and `16` or `2016` after a slash. */
const yearWords = (y: number) => `(?:${y}|${String(y % 100).padStart(2, '0')}(?!\\d))`;

/**
 * True when the words state the date itself, at its precision, in one expression: the year
 * (`2016`, `24/5/16`, `2013-24`), and with it the month (`April 2018`, `5/16`), the day
 * (`24 May 2016`, `24/5/16`), the season (`summer 2023`) or the quarter (`Q2 2019`). A date
 * that is not stated in its evidence was worked out, and must say how (relative wording with
 * its anchor, or an inference with its basis).
 */
export function statesDate(text: string, date: PartialDate): boolean {
  const ends = date.precision === 'RANGE' ? date.value.split('/').map((v) => parsePartialDate(v)!) : [date];
  return ends.every((d) => {
    const [y, m, day] = ymd(d.earliest);
    const name = MONTH_NAMES[m - 1]!;
    const test = (pattern: string) => new RegExp(pattern, 'i').test(text);
    const mm = `0?${m}`;
    switch (d.precision) {
      case 'YEAR':
        return statesYear(text, y);
      case 'MONTH':
        return test(`\\b${name}\\s+(?:of\\s+)?${y}\\b`) || test(`(?<!\\d)(?:\\d{1,2}/)?${mm}/${yearWords(y)}`) || test(`\\b${y}-${String(m).padStart(2, '0')}\\b`);
      case 'DAY': {
        const dd = `0?${day}`;
        return (
          test(`(?<!\\d)${dd}(?:st|nd|rd|th)?\\s+${name}\\s+${y}\\b`) ||
          test(`\\b${name}\\s+${dd}(?:st|nd|rd|th)?,?\\s+${y}\\b`) ||
          test(`(?<!\\d)${dd}/${mm}/${yearWords(y)}`) ||
          d.value === text.match(/\d{4}-\d{2}-\d{2}/)?.[0]
        );
      }
      case 'SEASON': {
        const season = d.value.split('-')[1]!;
        return test(`\\b${season}\\s+(?:of\\s+)?${y}\\b`) || test(`\\b${y}\\s+${season}\\b`);
      }
      case 'QUARTER': {
        const q = Math.ceil(m / 3);
        return test(`\\bQ${q}\\s+${y}\\b`) || test(`\\b${ORDINALS[q - 1]} quarter of ${y}\\b`);
      }
      default:
        return false;
    }
  });
}
