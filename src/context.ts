import { randomUUID } from 'node:crypto';
import type { Database } from './neo4j/database.js';
import { ANONYMOUS, type Viewer } from './modules/auth/roles.js';
import { isDeferred, type Credential } from './modules/auth/auth.js';
import { AnalysisRepository } from './modules/analysis/analysis.repository.js';
import { DocumentsRepository } from './modules/documents/documents.repository.js';
import { EntitiesRepository } from './modules/entities/entities.repository.js';
import { createGraphLoaders, type GraphLoaders } from './modules/graph/graph.loaders.js';
import { GraphRepository } from './modules/graph/graph.repository.js';
import { SearchRepository } from './modules/search/search.repository.js';
import { WriteService } from './modules/write/write.service.js';
import type { WriteRateLimiter } from './modules/write/write.ratelimit.js';

function createRepositories(db: Database) {
  return {
    entities: new EntitiesRepository(db),
    documents: new DocumentsRepository(db),
    search: new SearchRepository(db),
    analysis: new AnalysisRepository(db),
  };
}

/**
 * Built fresh for every request, so DataLoader caches never outlive one operation. Loaders
 * and repositories are made on first use: an operation answered by one compiled query
 * (modules/compiler) never touches them. The getters live on the prototype because Apollo
 * copies the context's own properties for each operation (`Object.assign` onto an object of
 * the same prototype): the copy gets the getters, not loaders made just to be copied.
 */
export class Context {
  private graphLoaders: GraphLoaders | undefined = undefined;
  private repositoryMap: ReturnType<typeof createRepositories> | undefined = undefined;
  private writeService: WriteService | undefined = undefined;
  /** Bookmarks of the writes this request committed (src/modules/write), for the response. */
  readonly bookmarks: string[] = [];

  constructor(
    readonly db: Database,
    readonly requestId: string,
    /**
     * Who is calling (src/modules/auth): authenticated before the operation runs, or, for a
     * mutation sent with an API token, by its write transaction (DeferredToken).
     */
    readonly credential: Credential = ANONYMOUS,
    /** The API's per-credential write limit, shared by every request (null: none). */
    private readonly writeRate: WriteRateLimiter | null = null,
  ) {}

  /** The viewer: anonymous while a deferred token is unchecked (or was refused), so nothing is allowed on its strength. */
  get viewer(): Viewer {
    return isDeferred(this.credential) ? (this.credential.viewer ?? ANONYMOUS) : this.credential;
  }

  get loaders(): GraphLoaders {
    return (this.graphLoaders ??= createGraphLoaders(new GraphRepository(this.db)));
  }

  get repositories(): ReturnType<typeof createRepositories> {
    return (this.repositoryMap ??= createRepositories(this.db));
  }

  get writes(): WriteService {
    return (this.writeService ??= new WriteService(this.db, undefined, this.writeRate));
  }

  recordBookmark(bookmark: string | null): void {
    if (bookmark) this.bookmarks.push(bookmark);
  }
}

export function createContext(db: Database, requestId: string = randomUUID(), credential: Credential = ANONYMOUS, writeRate: WriteRateLimiter | null = null): Context {
  return new Context(db, requestId, credential, writeRate);
}
