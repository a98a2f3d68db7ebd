import type { Resolvers, SearchKind } from '../../__generated__/resolvers-types.js';
import { userInputError } from '../../errors.js';
import type { NodeModel } from '../graph/graph.mappers.js';
import { checkFirst, offsetConnection, offsetOf } from '../pagination/pagination.js';
import { toLuceneQuery } from './search.lucene.js';

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
  const candidates = [node.name, ...('aliases' in node ? node.aliases : [])];
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

export const searchResolvers: Resolvers = {
  Query: {
    search: async (_, { query, kinds, first, after }, { repositories }) => {
      const lucene = searchQuery(query);
      const size = checkFirst(first);
      const offset = offsetOf(after);
      const labels = searchLabels(kinds);
      const hits = await repositories.search.search(lucene, labels, offset, size + 1);
      return offsetConnection(
        hits.map((hit) => ({ node: hit.node, score: hit.score, matched: bestMatch(hit.node, query) })),
        size,
        offset,
        () => repositories.search.count(lucene, labels),
      );
    },
  },
  SearchConnection: { totalCount: (connection) => connection.totalCount() },
};
