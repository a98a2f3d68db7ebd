import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';
import type { Logger } from './logger.js';

/** Stable codes clients may branch on, in `errors[].extensions.code`. */
export type ErrorCode =
  | 'QUERY_TOO_DEEP'
  | 'QUERY_TOO_COMPLEX'
  | 'TOO_MANY_ALIASES'
  | 'QUERY_TOO_LARGE'
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'SERVICE_UNAVAILABLE'
  | 'TIMEOUT'
  // Authentication and roles (src/modules/auth): no or a bad credential; a role too low.
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  // Writes (src/modules/write).
  | 'CONFLICT'
  | 'EVIDENCE_NOT_IN_DOCUMENT'
  | 'ID_COLLISION'
  | 'VALIDATION_FAILED'
  | 'TOO_MANY_NODES'
  | 'RATE_LIMITED'
  | 'INTERNAL_SERVER_ERROR';

export function userInputError(message: string, argument?: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', ...(argument ? { argument } : {}) } });
}

/** A coded error with extra detail for the client (`extensions.<key>`). */
export function codedError(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extensions } });
}

export function notFoundError(message: string, id: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'NOT_FOUND', id } });
}

/** The driver's own codes for a server it cannot reach, and Neo4j's for a database that is stopping or starting. */
const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable', 'Neo.TransientError.Database.DatabaseUnavailable']);

/** The innermost cause of a (possibly wrapped) error. */
function rootCause(error: unknown): unknown {
  let current = error;
  for (let i = 0; i < 10 && current && typeof current === 'object' && 'originalError' in current; i += 1) {
    const inner = (current as { originalError?: unknown }).originalError;
    if (!inner) break;
    current = inner;
  }
  return current;
}

function neo4jCode(error: unknown): string | null {
  const isNeo4j = error instanceof Neo4jError || (error instanceof Error && error.name === 'Neo4jError');
  return isNeo4j ? String((error as Neo4jError).code) : null;
}

function isUnavailable(cause: unknown, driverCode: string | null): boolean {
  return (
    driverCode !== null &&
    (UNAVAILABLE_CODES.has(driverCode) || driverCode.startsWith('Neo.ClientError.Security.') || /acquisition timed out/i.test((cause as Error).message))
  );
}

function isTimeout(driverCode: string | null): boolean {
  return driverCode !== null && /TransactionTimedOut|Transaction\.Terminated|LockClientStopped/.test(driverCode);
}

/** Whether an error is Neo4j being unavailable, a query timing out, or neither (a bug). */
export function databaseFailure(error: unknown): 'unavailable' | 'timeout' | null {
  const cause = rootCause(error);
  const driverCode = neo4jCode(cause);
  if (isUnavailable(cause, driverCode)) return 'unavailable';
  return isTimeout(driverCode) ? 'timeout' : null;
}

/**
 * Shapes every error a client sees: coded errors pass through; Neo4j outages and timeouts
 * get their own codes; anything else is masked (its detail goes to the log, not the client).
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown, log: Logger): GraphQLFormattedError {
  const cause = rootCause(error);
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };
  const driverCode = neo4jCode(cause);
  // Unreachable, overloaded (no pooled connection in time) or refusing our credentials: the
  // client can only retry later; the detail is logged for operators.
  if (isUnavailable(cause, driverCode)) {
    if (driverCode !== 'ServiceUnavailable') log({ level: 'error', msg: 'neo4j unavailable', code: driverCode, error: (cause as Error).message });
    return { ...base, message: 'The graph database is unavailable; try again shortly.', extensions: { code: 'SERVICE_UNAVAILABLE' } };
  }
  // Past the timeout Neo4j terminates the transaction; depending on what it was doing the code
  // says timed out, terminated, or (waiting on a lock) lock client stopped.
  if (isTimeout(driverCode)) {
    return { ...base, message: 'The query took too long and was stopped.', extensions: { code: 'TIMEOUT' } };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR') {
    const { stacktrace: _stacktrace, http: _http, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  log({ level: 'error', msg: 'unexpected error', error: cause instanceof Error ? cause.stack : String(cause) });
  return { ...base, message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
