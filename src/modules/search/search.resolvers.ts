import type { Resolvers, SearchField } from '../../__generated__/resolvers-types.js';
import { FACT_TEXT_PROPERTIES } from '../../neo4j/migrations.js';
import type { Context } from '../../context.js';
import { checkFirst, offsetConnection, offsetOf } from '../pagination/pagination.js';
import { parseSearch, searchLabels } from './search.lucene.js';
import type { SearchResultModel } from './search.mappers.js';
import type { SearchHit } from './search.repository.js';
import { describeHit, matchOf, type HitData, type SnippetData } from './search.snippet.js';

/** What search.snippet.ts reads of a hit, from the node's model (the compiler reads the same properties). */
export function hitData(hit: Pick<SearchHit, 'node' | 'kind' | 'quote'>): HitData {
  const node = hit.node as Record<string, unknown> & { __typename: string; name: string };
  return {
    kind: hit.kind,
    isDocument: node.__typename === 'Document',
    name: node.name,
    aliases: hit.kind === 'ENTITY' && Array.isArray(node.aliases) ? (node.aliases as string[]) : [],
    texts: hit.kind === 'FACT' ? FACT_TEXT_PROPERTIES.map((key) => (typeof node[key] === 'string' ? (node[key] as string) : null)) : [],
    quote: hit.quote,
  };
}

type Described = { field: SearchField; matched: string; snippet: SnippetData };
const described = new WeakMap<SearchResultModel, Promise<Described>>();

/** The result's match and snippet; the document's text is loaded (batched for the page) only for them. */
function describe(result: SearchResultModel, { loaders }: Context): Promise<Described> {
  let promise = described.get(result);
  if (!promise) {
    promise = (async () => describeHit(result.hit, result.terms, result.document ? await loaders.documentText.load(result.document.id) : null))();
    described.set(result, promise);
  }
  return promise;
}

export const searchResolvers: Resolvers = {
  Query: {
    search: async (_, { query, kinds, first, after, includeRetracted }, { repositories }) => {
      const { lucene, terms } = parseSearch(query);
      const size = checkFirst(first);
      const offset = offsetOf(after);
      const params = { lucene, terms: terms.map((term) => term.text), labels: searchLabels(kinds) };
      const hits = await repositories.search.search(params, offset, size + 1, includeRetracted ?? false);
      return offsetConnection(
        hits.map((hit): SearchResultModel => ({ node: hit.node, score: hit.score, hit: hitData(hit), terms, document: hit.document })),
        size,
        offset,
        // Counting reads every hit, ranking only the best: counted only when asked for.
        () => repositories.search.count(params, includeRetracted ?? false),
      );
    },
  },
  SearchConnection: { totalCount: (connection) => connection.totalCount() },
  SearchResult: {
    field: (result) => matchOf(result.hit, result.terms).field,
    // Only a document's text needs the text itself to tell what matched (its passage).
    matched: async (result, _, context) => (result.hit.kind === 'TEXT' ? (await describe(result, context)).matched : matchOf(result.hit, result.terms).matched),
    snippet: async (result, _, context) => ({ ...(await describe(result, context)).snippet, document: result.document }),
  },
};
