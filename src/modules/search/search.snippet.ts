import type { SearchField } from '../../__generated__/resolvers-types.js';
import { comparable, wordSpans, type SearchTerm, type WordSpan } from './search.lucene.js';

/**
 * What a search hit shows: where it matched (`field`), the string that matched, and a snippet
 * (the passage around the match, the matched words marked, placed in its document's text).
 * Pure functions of the hit's data and the search terms, so that the compiled query and the
 * resolvers, which read the same data, give the same answer.
 */

/** A range of UTF-16 code units: `start` inclusive, `end` exclusive. */
export interface TextRange {
  start: number;
  end: number;
}

/** Longest passage, in characters (a single longer word is kept whole). */
export const SNIPPET_LENGTH = 240;

// ---- matching words ------------------------------------------------------------------------

/** Optimal string alignment distance (Lucene's fuzzy edits: a transposition is one), or `max + 1` when over `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > max) return max + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * How well a word matches a term, as the Lucene query matches it: 3 exactly, 2 as a prefix, 1
 * within the term's typos, 0 not at all. Case, diacritics and apostrophes are ignored.
 */
export function matchQuality(word: string, term: SearchTerm): number {
  const w = comparable(word);
  if (w === term.text) return 3;
  if (w.startsWith(term.text)) return 2;
  if (term.edits > 0 && editDistance(w, term.text, term.edits) <= term.edits) return 1;
  return 0;
}

/** A word of a text that matches a term: its span, the term's index and the match quality. */
export interface WordMatch extends WordSpan {
  term: number;
  quality: number;
}

/** Every word of `text` that matches a term (the best term for each word). */
export function matchWords(text: string, terms: readonly SearchTerm[]): WordMatch[] {
  const matches: WordMatch[] = [];
  for (const span of wordSpans(text)) {
    const word = text.slice(span.start, span.end);
    let best: WordMatch | null = null;
    terms.forEach((term, index) => {
      const quality = matchQuality(word, term);
      if (quality > 0 && (!best || quality > best.quality)) best = { ...span, term: index, quality };
    });
    if (best) matches.push(best);
  }
  return matches;
}

/** The matched words of `text`, whole, as ranges within it. */
export function highlights(text: string, terms: readonly SearchTerm[]): TextRange[] {
  return matchWords(text, terms).map(({ start, end }) => ({ start, end }));
}

/** How well a string matches: the best quality reached by each term, summed. */
function matchScore(text: string, terms: readonly SearchTerm[]): number {
  const best = terms.map(() => 0);
  for (const match of matchWords(text, terms)) best[match.term] = Math.max(best[match.term]!, match.quality);
  return best.reduce((sum, quality) => sum + quality, 0);
}

/** The index of the candidate that matches best (the first of equals); candidates may be null. */
export function bestCandidate(candidates: readonly (string | null | undefined)[], terms: readonly SearchTerm[]): number {
  let best = 0;
  let bestScore = -1;
  candidates.forEach((candidate, index) => {
    if (typeof candidate !== 'string' || candidate === '') return;
    const score = matchScore(candidate, terms);
    if (score > bestScore) {
      best = index;
      bestScore = score;
    }
  });
  return best;
}

// ---- passages ------------------------------------------------------------------------------

const isSpace = (char: string | undefined) => char !== undefined && /\s/u.test(char);

/**
 * The passage of `text` around its best match, at most `max` characters, cut at word
 * boundaries (never inside a word), verbatim: the stretch holding the most distinct terms
 * (then the best matches, then the earliest), with some words before it, starting at a
 * sentence or paragraph when one begins shortly before. A text no longer than `max` is its own
 * passage; a text with no match starts at its beginning.
 */
export function passage(text: string, terms: readonly SearchTerm[], max = SNIPPET_LENGTH): TextRange {
  if (text.length <= max) return { start: 0, end: text.length };
  const matches = matchWords(text, terms);
  let clusterStart = 0;
  let clusterEnd = 0;
  if (matches.length > 0) {
    // From each match, the shortest run of matches (within `max`) holding the most distinct
    // terms: the most terms win, then the best matches, then the tightest, then the earliest.
    let best = { distinct: -1, quality: -1, span: 0, from: 0, to: 0 };
    for (let i = 0; i < matches.length; i += 1) {
      const seen = new Map<number, number>();
      let to = i;
      let quality = 0;
      for (let j = i; j < matches.length && (j === i || matches[j]!.end - matches[i]!.start <= max); j += 1) {
        const { term, quality: q } = matches[j]!;
        const before = seen.get(term);
        if (before === undefined || q > before) {
          seen.set(term, q);
          quality = [...seen.values()].reduce((sum, value) => sum + value, 0);
          to = j;
        }
      }
      const span = matches[to]!.end - matches[i]!.start;
      const better =
        seen.size > best.distinct ||
        (seen.size === best.distinct && (quality > best.quality || (quality === best.quality && span < best.span)));
      if (better) best = { distinct: seen.size, quality, span, from: i, to };
    }
    clusterStart = matches[best.from]!.start;
    clusterEnd = matches[best.to]!.end;
  }
  // Context: the sentence or paragraph the match is in, when it begins within two thirds of
  // what is left; else about a third of what is left, from a word; the rest after the match.
  const slack = Math.max(0, max - (clusterEnd - clusterStart));
  const reach = Math.max(0, clusterStart - Math.floor((slack * 2) / 3));
  let start = -1;
  const sentence = /(?:[.!?][”"’')\]]*\s+|\n\s*)(?=\S)/gu;
  for (const found of text.slice(reach, clusterStart).matchAll(sentence)) start = reach + found.index + found[0].length;
  if (start < 0 && reach === 0) start = 0;
  if (start < 0) {
    start = Math.max(0, clusterStart - Math.min(Math.floor(slack / 3), 100));
    if (start > 0 && !isSpace(text[start - 1])) {
      while (start < clusterStart && !isSpace(text[start])) start += 1;
    }
  }
  let end = Math.max(clusterEnd, Math.min(text.length, start + max));
  // End at a word: back to the last space after the match, unless the cut is already one.
  if (end < text.length && !isSpace(text[end]) && !isSpace(text[end - 1])) {
    let back = end;
    while (back > clusterEnd && !isSpace(text[back - 1])) back -= 1;
    if (back > clusterEnd) end = back;
    else while (end < text.length && !isSpace(text[end])) end += 1;
  }
  // Better, at the end of the paragraph or of the last whole sentence after the match.
  if (end < text.length) {
    const tail = text.slice(clusterEnd, end);
    const paragraph = tail.indexOf('\n');
    let cutAt = paragraph;
    if (cutAt < 0) for (const found of tail.matchAll(/[.!?][”"’')\]]*(?=\s)/gu)) cutAt = found.index + found[0].length;
    if (cutAt >= 0) end = clusterEnd + cutAt;
  }
  while (end > start && isSpace(text[end - 1])) end -= 1;
  while (start < end && isSpace(text[start])) start += 1;
  return { start, end };
}

// ---- a hit's field, match and snippet ------------------------------------------------------

/** Which index found the hit: names and aliases, a fact's own words, an evidence quote, a document's text. */
export type HitKind = 'ENTITY' | 'FACT' | 'QUOTE' | 'TEXT';

/** What both read paths read of a hit: everything the field, the match and the snippet depend on. */
export interface HitData {
  kind: HitKind;
  /** The hit is a document (its name is its title). */
  isDocument: boolean;
  name: string;
  aliases: readonly string[];
  /** A fact's own words besides its name (summary, description, quoted words), as FACT_TEXT_PROPERTIES lists them. */
  texts: readonly (string | null)[];
  /** The evidence quote, for a QUOTE hit. */
  quote: string | null;
}

/** The field the hit matched in and the whole string that matched. */
export function matchOf(hit: HitData, terms: readonly SearchTerm[]): { field: SearchField; matched: string } {
  switch (hit.kind) {
    case 'QUOTE':
      return { field: 'QUOTE', matched: hit.quote ?? '' };
    case 'TEXT':
      return { field: 'TEXT', matched: '' };
    case 'FACT': {
      const candidates = [hit.name, ...hit.texts];
      const index = bestCandidate(candidates, terms);
      return { field: index === 0 ? 'NAME' : 'SUMMARY', matched: candidates[index] ?? hit.name };
    }
    default: {
      if (hit.isDocument) return { field: 'TITLE', matched: hit.name };
      const candidates = [hit.name, ...hit.aliases];
      const index = bestCandidate(candidates, terms);
      return { field: index === 0 ? 'NAME' : 'ALIAS', matched: candidates[index] ?? hit.name };
    }
  }
}

export interface SnippetData {
  text: string;
  highlights: TextRange[];
  /** The snippet's place in its document's text; null without a document (or a quote not found in it). */
  start: number | null;
  end: number | null;
}

/** The passage of `text` between `from` and `to` around the best match, placed in `text`. */
function placed(text: string, from: number, to: number, terms: readonly SearchTerm[]): SnippetData {
  const part = text.slice(from, to);
  const range = passage(part, terms);
  const body = part.slice(range.start, range.end);
  return { text: body, highlights: highlights(body, terms), start: from + range.start, end: from + range.end };
}

/** A string that is not placed in a document (a name, an alias, a summary): its passage, marked. */
function unplaced(text: string, terms: readonly SearchTerm[]): SnippetData {
  const range = passage(text, terms);
  const body = text.slice(range.start, range.end);
  return { text: body, highlights: highlights(body, terms), start: null, end: null };
}

/**
 * The hit's field, the string that matched, and its snippet. `documentText` is the full text
 * of the hit's document (a QUOTE or TEXT hit), null otherwise. A TEXT hit's match is its
 * passage; a QUOTE hit's snippet is the quote (or its passage around the match, for a long
 * one) placed at the quote's first occurrence in the document.
 */
export function describeHit(hit: HitData, terms: readonly SearchTerm[], documentText: string | null): { field: SearchField; matched: string; snippet: SnippetData } {
  const { field, matched } = matchOf(hit, terms);
  if (hit.kind === 'TEXT') {
    const snippet = documentText === null ? unplaced(hit.name, terms) : placed(documentText, 0, documentText.length, terms);
    return { field, matched: snippet.text, snippet };
  }
  if (hit.kind === 'QUOTE') {
    const at = documentText === null || matched === '' ? -1 : documentText.indexOf(matched);
    return { field, matched, snippet: at < 0 ? unplaced(matched, terms) : placed(documentText!, at, at + matched.length, terms) };
  }
  return { field, matched, snippet: unplaced(matched, terms) };
}
