import neo4j, { type BookmarkManager, type Driver, type QueryConfig, type RecordShape } from 'neo4j-driver';

/**
 * The one way the application talks to Neo4j. Reads run as read transactions with
 * READ routing (served by secondaries in a cluster or Aura); writes go to the leader.
 * Every call counts as one round trip, which the batching tests read back.
 */
export class Database {
  private roundTrips = 0;

  constructor(
    readonly driver: Driver,
    readonly name: string,
    /** Server-side limit per transaction; Neo4j aborts a query that runs longer. */
    readonly timeoutMs: number = 5_000,
    /**
     * Bookmarks a client sent back (a write it made, possibly through another API replica):
     * reads wait until the server they run on has caught up with them.
     */
    readonly bookmarks: string[] = [],
  ) {
    this.bookmarkManager = bookmarks.length > 0 ? neo4j.bookmarkManager({ initialBookmarks: bookmarks }) : undefined;
  }

  private readonly bookmarkManager: BookmarkManager | undefined;

  /** The same database, read after `bookmarks` (read-your-own-writes across a cluster). */
  withBookmarks(bookmarks: string[]): Database {
    return bookmarks.length === 0 ? this : new Database(this.driver, this.name, this.timeoutMs, bookmarks);
  }

  get roundTripCount(): number {
    return this.roundTrips;
  }

  async read<T extends RecordShape>(cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
    return this.run<T>(cypher, params, { routing: neo4j.routing.READ });
  }

  async write<T extends RecordShape>(cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
    return this.run<T>(cypher, params, { routing: neo4j.routing.WRITE });
  }

  private async run<T extends RecordShape>(
    cypher: string,
    params: Record<string, unknown>,
    config: QueryConfig,
  ): Promise<T[]> {
    this.roundTrips += 1;
    const result = await this.driver.executeQuery(cypher, params, {
      ...config,
      ...(this.bookmarkManager ? { bookmarkManager: this.bookmarkManager } : {}),
      database: this.name,
      transactionConfig: { timeout: this.timeoutMs },
    });
    return result.records.map((record) => record.toObject() as T);
  }
}
