import { HeaderMap, type ApolloServerPlugin, type BaseContext, type GraphQLRequestContextResponseForOperation, type GraphQLResponse } from '@apollo/server';
import { GraphQLError, type DocumentNode, type GraphQLFormattedError, type OperationDefinitionNode } from 'graphql';
import type { Database } from '../../neo4j/database.js';
import { databaseFailure } from '../../errors.js';
import type { Logger } from '../../logger.js';
import { coerceVariables, compileOperation, isCompilable, NotCompiled, type CompiledOperation } from './compiler.js';
import { COMPILED_FIELDS } from './compiler.fields.js';

const response = (body: { data: Record<string, unknown> | null; errors?: GraphQLFormattedError[] }): GraphQLResponse => ({
  http: { status: undefined, headers: new HeaderMap() },
  body: { kind: 'single', singleResult: body },
});

/** Compilations kept per parsed document (per operation and variables); larger keys are not kept. */
const MAX_CACHED_PER_DOCUMENT = 256;
const MAX_CACHE_KEY = 2_048;

/**
 * Answers a read operation with one compiled Cypher query when it can (compiler.ts), before
 * Apollo executes resolvers. Runs after parsing, validation and the query limits. It leaves to
 * the resolvers an operation outside the compiled subset, invalid variables and arguments
 * (they give the coded errors), a compiled result that does not fit the schema (a required
 * reference missing among the fields selected), and a query that timed out (the resolvers
 * split the work into smaller queries, each with its own timeout). Neo4j being unavailable
 * is answered here, as graphql-js would report it, so that it is not waited for twice.
 */
export function compiledOperationsPlugin(options: {
  db: Database;
  log: Logger;
  formatError: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;
}): ApolloServerPlugin {
  const { db, log } = options;
  // Apollo keeps one parsed document per query text, so a document's compilations are kept
  // beside it, keyed by the operation and its declared variables as coerced.
  const cache = new WeakMap<DocumentNode, Map<string, CompiledOperation | null>>();
  const compile = (context: GraphQLRequestContextResponseForOperation<BaseContext>): CompiledOperation | null => {
    const { operation, document, schema, request } = context;
    const onSkip = (reason: string) => log({ level: 'debug', msg: 'operation left to the resolvers', operation: operation.name?.value ?? null, reason });
    // Before its variables are coerced and keyed: a mutation's may be a 200,000-character document.
    if (!isCompilable(operation)) return null;
    const variables = coerceVariables(schema, operation, request.variables ?? {});
    if (!variables) {
      onSkip('invalid variables');
      return null;
    }
    const key = `${operation.name?.value ?? ''}|${JSON.stringify(variables)}`;
    let compiled = cache.get(document);
    if (compiled?.has(key)) return compiled.get(key) ?? null;
    const result = compileOperation(schema, document, operation, variables, COMPILED_FIELDS, onSkip);
    if (key.length <= MAX_CACHE_KEY) {
      if (!compiled) cache.set(document, (compiled = new Map()));
      if (compiled.size >= MAX_CACHED_PER_DOCUMENT) compiled.delete(compiled.keys().next().value as string);
      compiled.set(key, result);
    }
    return result;
  };

  /** The response graphql-js gives when every root field that reads Neo4j fails with `error`. */
  const failed = (compiled: CompiledOperation, error: Error): GraphQLResponse => {
    const errors: GraphQLFormattedError[] = [];
    let data: Record<string, unknown> | null = {};
    for (const root of compiled.roots) {
      if (!root.fromDatabase) {
        if (data) data[root.key] = root.shape(undefined);
        continue;
      }
      const graphQLError = new GraphQLError(error.message, { nodes: root.nodes, path: [root.key], originalError: error });
      errors.push(options.formatError(graphQLError.toJSON(), graphQLError));
      if (!root.nullable) data = null;
      else if (data) data[root.key] = null;
    }
    return response({ data, errors });
  };

  return {
    async requestDidStart() {
      return {
        async responseForOperation(context) {
          // Apollo calls this before it refuses a document whose operation it could not pick
          // (several operations and no operationName): that refusal (400) is Apollo's to give.
          if ((context.operation as OperationDefinitionNode | undefined) === undefined) return null;
          const compiled = compile(context);
          if (!compiled) return null;
          let records: Record<string, unknown>[] = [];
          if (compiled.cypher !== null) {
            try {
              // The request's own view of the database (it reads after the bookmarks a client sent back).
              const requestDb = (context.contextValue as { db?: Database }).db ?? db;
              records = await requestDb.read(compiled.cypher, compiled.params);
            } catch (error) {
              const failure = databaseFailure(error);
              if (failure === 'unavailable') return failed(compiled, error as Error);
              log({
                level: failure === 'timeout' ? 'info' : 'warn',
                msg: failure === 'timeout' ? 'compiled query timed out; resolvers answer instead' : 'compiled query failed; resolvers answer instead',
                error: error instanceof Error ? error.message : String(error),
              });
              return null;
            }
          }
          try {
            return response({ data: compiled.shape(records) });
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
