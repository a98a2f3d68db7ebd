import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../../context.js';

/**
 * Read-your-own-writes across a cluster: a response to a mutation carries the bookmark of its
 * commit in the header BOOKMARK_HEADER and in `extensions.bookmark`; a later request that sends
 * the header back (comma-separated for several) reads only from a server that has it.
 */
export const BOOKMARK_HEADER = 'x-neo4j-bookmark';

/** The bookmarks a request sent back, from its header. */
export function bookmarksOf(header: string | undefined): string[] {
  return (header ?? '')
    .split(',')
    .map((b) => b.trim())
    .filter((b) => b.length > 0 && b.length <= 500)
    .slice(0, 16);
}

export function bookmarkPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          if (contextValue.bookmarks.length === 0) return;
          const bookmark = contextValue.bookmarks.join(',');
          response.http.headers.set(BOOKMARK_HEADER, bookmark);
          if (response.body.kind === 'single') response.body.singleResult.extensions = { ...response.body.singleResult.extensions, bookmark };
        },
      };
    },
  };
}
