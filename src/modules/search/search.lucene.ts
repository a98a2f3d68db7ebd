import type { SearchKind } from '../../__generated__/resolvers-types.js';
import { userInputError } from '../../errors.js';
import { FACT_LABELS, typeDecl } from '../../model/model.js';

/**
 * What a user types, reduced to plain search terms, and the safe Lucene query built from them.
 * The index analyzer (Lucene's standard tokenizer, lower-cased, stop words kept) splits text
 * into words as Unicode word breaks say (UAX #29): `£42.3m` is the one word `42.3m`,
 * `children’s` one word, `2023-24` the two words `2023` and `24`. The query is split the same
 * way, so a number or a sum stays whole; only letters, digits and the `.`/`,` inside a number
 * or word survive, so no query syntax can be injected.
 */

export const MAX_SEARCH_LENGTH = 200;
/** Terms after the tenth are ignored. */
export const MAX_TERMS = 10;

/** Lower case, diacritics removed: how query words and text words are compared. */
export const fold = (text: string): string => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/** A word of a text: `text.slice(start, end)`. */
export interface WordSpan {
  start: number;
  end: number;
}

const isLetter = (char: string | undefined) => char !== undefined && /[\p{L}\p{M}]/u.test(char);
const isDigit = (char: string | undefined) => char !== undefined && /\p{N}/u.test(char);

/**
 * Characters that join two runs of letters or digits into one word, as the standard tokenizer
 * joins them: `.` and apostrophes between letters or between digits (`u.k`, `children’s`,
 * `42.3`), `,` between digits (`42,000`). Letters and digits side by side are one word (`3m`).
 */
function joins(joiner: string, before: string | undefined, after: string | undefined): boolean {
  if (joiner === ',') return isDigit(before) && isDigit(after);
  if (joiner === '.' || joiner === "'" || joiner === '’') return (isLetter(before) && isLetter(after)) || (isDigit(before) && isDigit(after));
  return false;
}

/** The words of `text`, in order, as the index analyzer finds them (UTF-16 offsets). */
export function wordSpans(text: string): WordSpan[] {
  const spans: WordSpan[] = [];
  for (const match of text.matchAll(/[\p{L}\p{N}\p{M}]+/gu)) {
    const start = match.index;
    const end = start + match[0].length;
    const last = spans.at(-1);
    if (last && last.end === start - 1 && joins(text[last.end]!, text[last.end - 1], text[start])) last.end = end;
    else spans.push({ start, end });
  }
  return spans;
}

/** A word as compared with search terms: folded, without apostrophes (`childrens`). */
export const comparable = (word: string): string => fold(word).replace(/['’]/g, '');

/** One word to look for: matched exactly, as a prefix, and within `edits` typos. */
export interface SearchTerm {
  text: string;
  /** Typos tolerated (Lucene fuzzy edits): none for numbers and words under 3 characters. */
  edits: 0 | 1 | 2;
}

/** The distinct terms of what was typed, at most MAX_TERMS. */
export function searchTerms(input: string): SearchTerm[] {
  const folded = fold(input);
  const words = wordSpans(folded).map((span) => folded.slice(span.start, span.end).replace(/['’]/g, ''));
  return [...new Set(words.filter((word) => word.length > 0))].slice(0, MAX_TERMS).map((text) => ({
    text,
    edits: /\p{N}/u.test(text) || text.length < 3 ? 0 : text.length >= 5 ? 2 : 1,
  }));
}

/** The Lucene clause of one term: exact (boosted), prefix, and fuzzy for typos. */
function clause(term: SearchTerm): string {
  const t = term.text;
  if (t.length < 3) return `(${t}^4 ${t}*)`;
  return `(${t}^4 ${t}*^2${term.edits ? ` ${t}~${term.edits}` : ''})`;
}

/**
 * Turns whatever a user types into a safe Lucene query: every term must match (exactly, as a
 * prefix, or fuzzily for typos), and when there are several, the words near one another
 * (a sloppy phrase: "culture of decline" in "a culture of a decline") score higher. Terms hold
 * only letters, digits and `.`/`,` inside numbers, none of which is Lucene syntax (operators
 * are upper case; the terms are lower case). Returns null when nothing searchable is left.
 */
export function toLuceneQuery(input: string): string | null {
  return luceneOf(searchTerms(input));
}

function luceneOf(terms: SearchTerm[]): string | null {
  if (terms.length === 0) return null;
  const required = terms.map((term) => `+${clause(term)}`).join(' ');
  return terms.length > 1 ? `${required} "${terms.map((term) => term.text).join(' ')}"~2` : required;
}

/** The labels of the FACT kind: facts that are not also searched as entities of their own kind (policies). */
export const FACT_KIND_LABELS = FACT_LABELS.filter((label) => !typeDecl(label).search);

const SEARCH_KIND_LABELS: Record<SearchKind, readonly string[]> = {
  PERSON: ['Person'],
  ORGANISATION: ['Organisation'],
  COUNCIL: ['Council'],
  CHILDRENS_TRUST: ['ChildrensTrust'],
  DOCUMENT: ['Document'],
  POLICY: ['Policy'],
  FACT: FACT_KIND_LABELS,
};

/** The labels a search is narrowed to (`$labels`), or null for every kind. */
export function searchLabels(kinds: readonly SearchKind[] | null | undefined): string[] | null {
  return kinds?.length ? [...new Set(kinds.flatMap((kind) => SEARCH_KIND_LABELS[kind]))] : null;
}

/** A search as both read paths run it. */
export interface ParsedSearch {
  /** The Lucene query (`$lucene`). */
  lucene: string;
  /** The terms, for ranking (`$terms`: their texts), field choice, snippets and highlights. */
  terms: SearchTerm[];
}

/** The search for the words typed, or BAD_USER_INPUT. */
export function parseSearch(query: string): ParsedSearch {
  if (query.length > MAX_SEARCH_LENGTH) {
    throw userInputError(`\`query\` may be at most ${MAX_SEARCH_LENGTH} characters.`, 'query');
  }
  const terms = searchTerms(query);
  const lucene = luceneOf(terms);
  if (lucene === null) throw userInputError('`query` must contain at least one letter or digit.', 'query');
  return { lucene, terms };
}
