import type { Driver, ManagedTransaction, Session, SessionConfig } from 'neo4j-driver';

/**
 * Counts Cypher round trips on a real driver, without mocking anything: every query sent
 * through driver.executeQuery, session.run or a transaction's run is counted once (and can be
 * recorded, to PROFILE exactly what a server sent). The API calls executeQuery (one per
 * Database.read); @neo4j/graphql opens a session and runs inside executeRead.
 */

export interface CapturedQuery {
  cypher: string;
  params: Record<string, unknown>;
}

export class QueryCounter {
  count = 0;
  private capturing = false;
  captured: CapturedQuery[] = [];

  record(query: unknown, params: unknown): void {
    this.count += 1;
    if (!this.capturing) return;
    const cypher = typeof query === 'string' ? query : String((query as { text?: unknown } | null)?.text ?? '');
    this.captured.push({ cypher, params: (params ?? {}) as Record<string, unknown> });
  }

  capture(on: boolean): void {
    this.capturing = on;
    if (on) this.captured = [];
  }
}

type Fn = (...args: unknown[]) => unknown;

/** A proxy whose methods are bound to the real object, with some methods replaced. */
function proxy<T extends object>(target: T, overrides: Record<string, Fn>): T {
  return new Proxy(target, {
    get(object, property) {
      if (typeof property === 'string' && Object.hasOwn(overrides, property)) return overrides[property];
      const value: unknown = Reflect.get(object, property, object);
      return typeof value === 'function' ? (value as Fn).bind(object) : value;
    },
  });
}

function countingTransaction<T extends { run: Fn }>(tx: T, counter: QueryCounter): T {
  return proxy(tx, {
    run: (query, params, ...rest) => {
      counter.record(query, params);
      return tx.run(query, params, ...rest);
    },
  });
}

function countingSession(session: Session, counter: QueryCounter): Session {
  const run = session.run.bind(session) as Fn;
  const read = session.executeRead.bind(session) as (work: (tx: ManagedTransaction) => unknown, config?: unknown) => unknown;
  const write = session.executeWrite.bind(session) as (work: (tx: ManagedTransaction) => unknown, config?: unknown) => unknown;
  const begin = session.beginTransaction.bind(session) as Fn;
  const wrapWork = (work: unknown) => (tx: ManagedTransaction) =>
    (work as (tx: ManagedTransaction) => unknown)(countingTransaction(tx as unknown as ManagedTransaction & { run: Fn }, counter));
  return proxy(session, {
    run: (query, params, config) => {
      counter.record(query, params);
      return run(query, params, config);
    },
    executeRead: (work, config) => read(wrapWork(work), config),
    executeWrite: (work, config) => write(wrapWork(work), config),
    beginTransaction: (config) => countingTransaction(begin(config) as { run: Fn }, counter),
  });
}

export function countingDriver(driver: Driver, counter: QueryCounter): Driver {
  const executeQuery = driver.executeQuery.bind(driver) as Fn;
  const session = driver.session.bind(driver) as (config?: SessionConfig) => Session;
  return proxy(driver, {
    executeQuery: (query, params, config) => {
      counter.record(query, params);
      return executeQuery(query, params, config);
    },
    session: (config) => countingSession(session(config as SessionConfig | undefined), counter),
  });
}
