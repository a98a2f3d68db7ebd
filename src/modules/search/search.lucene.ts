import type { SearchKind } from '../../__generated__/resolvers-types.js';
import { userInputError } from '../../errors.js';
import type { NodeModel } from '../../model/model.js';

/**
 * Turns whatever a user types into a safe Lucene query: only letters and digits survive as
 * terms (so no query syntax can be injected), each term matched exactly, as a prefix, and
 * fuzzily for typos; every term must match. Returns null when nothing searchable is left.
 */
export function toLuceneQuery(input: string): string | null {
  const terms = (input.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 10);
  if (terms.length === 0) return null;
  return terms
    .map((term) => {
      if (term.length < 3) return `(${term}^4 OR ${term}*)`;
      const fuzzy = term.length >= 5 ? `${term}~2` : `${term}~1`;
      return `(${term}^4 OR ${term}*^2 OR ${fuzzy})`;
    })
    .join(' AND ');
}

const SEARCH_LABELS: Record<SearchKind, string> = {
  PERSON: 'Person',
  ORGANISATION: 'Organisation',
  COUNCIL: 'Council',
  CHILDRENS_TRUST: 'ChildrensTrust',
  DOCUMENT: 'Document',
  POLICY: 'Policy',
};

export const MAX_SEARCH_LENGTH = 200;

const fold = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/** The name or alias sharing the most words (or word starts) with the query. */
export function bestMatch(node: NodeModel, query: string): string {
  const candidates = [node.name, ...('aliases' in node && Array.isArray(node.aliases) ? node.aliases : [])];
  const terms = fold(query).match(/[\p{L}\p{N}]+/gu) ?? [];
  const scoreOf = (candidate: string) => {
    const words = fold(candidate).match(/[\p{L}\p{N}]+/gu) ?? [];
    return terms.filter((term) => words.some((word) => word.startsWith(term) || term.startsWith(word))).length;
  };
  return candidates.reduce((best, candidate) => (scoreOf(candidate) > scoreOf(best) ? candidate : best), node.name);
}

/** The labels a search is narrowed to (`$labels`), or null for every kind. */
export function searchLabels(kinds: readonly SearchKind[] | null | undefined): string[] | null {
  return kinds?.length ? kinds.map((kind) => SEARCH_LABELS[kind]) : null;
}

/** The Lucene query for the words typed, or BAD_USER_INPUT. */
export function searchQuery(query: string): string {
  if (query.length > MAX_SEARCH_LENGTH) {
    throw userInputError(`\`query\` may be at most ${MAX_SEARCH_LENGTH} characters.`, 'query');
  }
  const lucene = toLuceneQuery(query);
  if (lucene === null) throw userInputError('`query` must contain at least one letter or digit.', 'query');
  return lucene;
}
