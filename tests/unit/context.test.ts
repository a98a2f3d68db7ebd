import neo4j from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import { createContext } from '../../src/context.js';
import { Database } from '../../src/neo4j/database.js';

// No query is sent: a driver connects only when a query runs.
const driver = neo4j.driver('bolt://127.0.0.1:9', neo4j.auth.basic('neo4j', 'unused'));
const db = new Database(driver, 'neo4j');
afterAll(() => driver.close());

describe('the per-request context', () => {
  it('keeps one set of loaders and repositories for the whole request', () => {
    const context = createContext(db, 'request-1');
    const loaders = context.loaders;
    expect(context.loaders).toBe(loaders);
    expect(context.loaders.node).toBe(loaders.node);
    expect(context.repositories).toBe(context.repositories);
  });

  it('gives every request loaders of its own, so no cache outlives one operation', () => {
    const first = createContext(db, 'request-1');
    const second = createContext(db, 'request-2');
    expect(first.loaders).not.toBe(second.loaders);
    expect(first.repositories.entities).not.toBe(second.repositories.entities);
  });
});

describe('the context Apollo copies for each operation', () => {
  // ApolloServer's cloneObject: the context's own properties onto an object of its prototype.
  const copyAsApolloDoes = <T extends object>(object: T): T => Object.assign(Object.create(Object.getPrototypeOf(object) as object) as T, object);

  it('keeps its request id and has loaders of its own, made on first use', () => {
    const context = createContext(db, 'request-7');
    const copy = copyAsApolloDoes(context);
    expect(copy.requestId).toBe('request-7');
    expect(copy.loaders).toBe(copy.loaders);
    expect(copy.repositories.search).toBe(copy.repositories.search);
    expect(copy.loaders).not.toBe(context.loaders);
  });
});
