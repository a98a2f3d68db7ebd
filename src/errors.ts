import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { Neo4jError } from 'neo4j-driver';

/** Stable codes clients may branch on, in `errors[].extensions.code`. */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'SERVICE_UNAVAILABLE'
  | 'TIMEOUT'
  | 'INTERNAL_SERVER_ERROR';

export function userInputError(message: string, argument?: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', ...(argument ? { argument } : {}) } });
}

export function notFoundError(message: string, id: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'NOT_FOUND', id } });
}

const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired']);

/**
 * Shapes every error a client sees: coded errors pass through; Neo4j outages and timeouts
 * get their own codes; anything else is masked (its detail goes to the log, not the client).
 */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
  log: (entry: Record<string, unknown>) => void,
): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };
  if (original instanceof Neo4jError) {
    if (UNAVAILABLE_CODES.has(original.code)) {
      return { ...base, message: 'The graph database is unavailable; try again shortly.', extensions: { code: 'SERVICE_UNAVAILABLE' } };
    }
    if (original.code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut') || original.code.includes('TransactionTimedOut')) {
      return { ...base, message: 'The query took too long and was stopped.', extensions: { code: 'TIMEOUT' } };
    }
  }
  const code = formatted.extensions?.code;
  if (original instanceof GraphQLError || (typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR')) {
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  log({ level: 'error', msg: 'unexpected error', error: original instanceof Error ? original.stack : String(original) });
  return { ...base, message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
