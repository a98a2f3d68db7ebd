import { Neo4jError } from 'neo4j-driver';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { databaseFailure } from '../../src/errors.js';

const neo4jError = (code: string, message = 'x') => new Neo4jError(message, code, 'N/A', 'N/A');

describe('which database failures are outages and which are timeouts', () => {
  it.each([
    ['ServiceUnavailable', 'unavailable'],
    ['SessionExpired', 'unavailable'],
    // Neo4j stopping or starting while a transaction runs (a mutation caught by a shutdown).
    ['Neo.TransientError.General.DatabaseUnavailable', 'unavailable'],
    ['Neo.ClientError.Security.Unauthorized', 'unavailable'],
    ['Neo.ClientError.Transaction.TransactionTimedOut', 'timeout'],
    ['Neo.TransientError.Transaction.Terminated', 'timeout'],
    ['Neo.ClientError.Statement.SyntaxError', null],
  ])('takes %s for %s', (code, expected) => {
    expect(databaseFailure(neo4jError(code))).toBe(expected);
  });

  it('looks through GraphQL errors to their cause', () => {
    const wrapped = new GraphQLError('failed', { originalError: neo4jError('Neo.TransientError.General.DatabaseUnavailable') });
    expect(databaseFailure(wrapped)).toBe('unavailable');
    expect(databaseFailure(new Error('a bug'))).toBeNull();
  });
});
