import { HeaderMap, type ApolloServerPlugin, type BaseContext, type GraphQLRequestContextResponseForOperation, type GraphQLResponse } from '@apollo/server';
import { GraphQLError, type DocumentNode, type GraphQLFormattedError } from 'graphql';
import type { Database } from '../../neo4j/database.js';
import { isDatabaseFailure } from '../../errors.js';
import type { Logger } from '../../logger.js';
import { compileOperation, NotCompiled, type CompiledOperation } from './compiler.js';
import { COMPILED_FIELDS } from './compiler.fields.js';

const MAX_CACHED_PER_DOCUMENT = 256;

const response = (body: { data: Record<string, unknown> | null; errors?: GraphQLFormattedError[] }): GraphQLResponse => ({
  http: { status: undefined, headers: new HeaderMap() },
  body: { kind: 'single', singleResult: body },
});

/**
 * Answers a read operation with one compiled Cypher query when it can (compiler.ts), before
 * Apollo executes resolvers. Runs after parsing, validation and the query limits. Whatever it
 * cannot answer exactly, it leaves to the resolvers: an operation outside the compiled subset,
 * or data the schema does not allow. A database failure (unavailable, timed out) is answered
 * here, coded as the resolvers would code it, so it is not tried twice.
 */
export function compiledOperationsPlugin(options: {
  db: Database;
  log: Logger;
  formatError: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;
}): ApolloServerPlugin {
  const { db, log } = options;
  // Apollo keeps one parsed document per query text, so a document's compilations can be
  // cached beside it: per operation and variables, a few hundred at most.
  const cache = new WeakMap<DocumentNode, Map<string, CompiledOperation | null>>();
  const compile = (context: GraphQLRequestContextResponseForOperation<BaseContext>): CompiledOperation | null => {
    const { operation, document, schema, request } = context;
    const key = `${operation.name?.value ?? ''}|${JSON.stringify(request.variables ?? {})}`;
    let compiled = cache.get(document);
    if (!compiled) cache.set(document, (compiled = new Map()));
    if (compiled.has(key)) return compiled.get(key) ?? null;
    const result = compileOperation(schema, document, operation, request.variables ?? {}, COMPILED_FIELDS, (reason) =>
      log({ level: 'debug', msg: 'operation left to the resolvers', operation: operation.name?.value ?? null, reason }),
    );
    if (compiled.size >= MAX_CACHED_PER_DOCUMENT) compiled.delete(compiled.keys().next().value as string);
    compiled.set(key, result);
    return result;
  };
  return {
    async requestDidStart() {
      return {
        async responseForOperation(context) {
          const compiled = compile(context);
          if (!compiled) return null;
          let rows: { data: unknown }[];
          try {
            rows = await db.read<{ data: unknown }>(compiled.cypher, compiled.params);
          } catch (error) {
            if (!isDatabaseFailure(error)) {
              log({ level: 'warn', msg: 'compiled query failed; resolvers answer instead', error: error instanceof Error ? error.message : String(error) });
              return null;
            }
            // As graphql-js reports a failed root field: null where allowed, else no data at all.
            const errors = compiled.rootKeys.map(({ key }) => {
              const graphQLError = new GraphQLError((error as Error).message, { path: [key], originalError: error as Error });
              return options.formatError(graphQLError.toJSON(), graphQLError);
            });
            const data = compiled.rootKeys.every((root) => root.nullable) ? Object.fromEntries(compiled.rootKeys.map(({ key }) => [key, null])) : null;
            return response({ data, errors: errors.slice(0, 1) });
          }
          try {
            return response({ data: compiled.shape(rows[0]?.data) });
          } catch (error) {
            if (error instanceof NotCompiled) {
              log({ level: 'debug', msg: 'compiled result does not fit the schema; resolvers answer instead', reason: error.message });
              return null;
            }
            throw error;
          }
        },
      };
    },
  };
}
