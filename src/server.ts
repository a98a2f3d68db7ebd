import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { ApolloServer, HeaderMap, type ApolloServerPlugin, type HTTPGraphQLRequest } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { getOperationAST, GraphQLError, parse } from 'graphql';
import { createContext, type Context } from './context.js';
import { BOOKMARK_HEADER, bookmarkPlugin, bookmarksOf } from './modules/write/write.bookmarks.js';
import { DEFAULT_WRITES_PER_MINUTE, retryAfterPlugin, WriteRateLimiter } from './modules/write/write.ratelimit.js';
import { compiledOperationsPlugin } from './modules/compiler/compiler.plugin.js';
import { formatError } from './errors.js';
import { apiTokenOf, challengeOf, checkReadAccess, createAuthenticator, type AuthOptions, type Credential } from './modules/auth/auth.js';
import { DEFAULT_LIMITS, queryLimitsPlugin, type QueryLimits } from './limits.js';
import { silentLogger, type Logger } from './logger.js';
import { loadGraphStyle, loadGuideQueries, renderGuide } from './modules/browser/browser.guide.js';
import { loadIdeFiles, type IdeFile } from './modules/ide/ide.js';
import { createWebHandler } from './modules/web/web.js';
import { createExportHandler } from './modules/export/export.http.js';
import type { Database } from './neo4j/database.js';
import { migrate } from './neo4j/migrations.js';
import { loadTypeDefs, resolvers } from './schema.js';

const MAX_BODY_BYTES = 1_000_000;
/** A credential that could not be checked: Neo4j (the tokens) or the identity provider (its keys) is away. */
const AUTH_FAILURE_STATUS: Record<string, number> = { SERVICE_UNAVAILABLE: 503, TIMEOUT: 504 };
const TOO_LARGE = Symbol('too-large');
const INVALID_JSON = Symbol('invalid-json');

export interface AppOptions {
  db: Database;
  /** Whether migrations have been applied; when false, /ready applies them first. */
  migrated?: boolean;
  introspection?: boolean;
  /** Serve GraphiQL (from npm packages, no CDN) on GET /graphql to browsers. */
  ide?: boolean;
  limits?: Partial<QueryLimits>;
  /** Browser origins allowed by CORS; `*` allows any. Empty: same origin only. */
  corsOrigins?: string[];
  log?: Logger;
  /** Answer what it can with one compiled Cypher query per operation (default true). */
  compile?: boolean;
  /** The built explorer served at / (default web/dist; see src/modules/web). */
  webDir?: string;
  /** Credentials (API tokens, JWTs) and who may read (src/modules/auth); default: tokens only, public reads. */
  auth?: AuthOptions;
  /** Writes per minute one credential may make (RATE_LIMITED past it); 0 turns the limit off. Default DEFAULT_WRITES_PER_MINUTE. */
  writeRateLimit?: number;
}

export interface App {
  httpServer: Server;
  apollo: ApolloServer<Context>;
  /** Starts Apollo and listens; resolves with the bound port. */
  listen(port: number, host: string): Promise<number>;
  /** Stops accepting, drains in-flight requests, then stops Apollo. Does not close the driver. */
  stop(): Promise<void>;
}

/**
 * Tracks whether the API can serve: Neo4j answers and the schema is migrated. Checked on
 * every /ready call, so the answer follows Neo4j going away and coming back.
 */
class Readiness {
  constructor(
    private readonly db: Database,
    private migrated: boolean,
  ) {}

  async check(): Promise<{ ready: true } | { ready: false; reason: string }> {
    try {
      if (!this.migrated) {
        await migrate(this.db);
        this.migrated = true;
      }
      await this.db.driver.executeQuery('RETURN 1', {}, { database: this.db.name });
      return { ready: true };
    } catch (error) {
      return { ready: false, reason: `Neo4j is not reachable: ${(error as Error).message}` };
    }
  }
}

/**
 * One log line per operation: request id, the viewer's name and role (never the credential),
 * operation, duration, and the error codes if any.
 */
function requestLogPlugin(log: Logger): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue, request }) {
      const started = performance.now();
      return {
        async willSendResponse({ response, operationName }) {
          // The formatted errors, so the log shows the codes the client saw (TIMEOUT, ...).
          const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
          log({
            level: errors?.length ? 'warn' : 'info',
            msg: 'graphql',
            requestId: contextValue.requestId,
            viewer: contextValue.viewer.name,
            role: contextValue.viewer.role,
            operationName: operationName ?? request.operationName ?? null,
            ms: Math.round((performance.now() - started) * 10) / 10,
            errors: errors?.map((e) => e.extensions?.code ?? 'INTERNAL_SERVER_ERROR'),
          });
        },
      };
    },
  };
}

/**
 * A 401 answers the same wherever the credential was refused, before the operation (viewerOf)
 * or, for a mutation's API token, in its write transaction (tokenRefused): its errors (message
 * and extensions, no field path) and no data.
 */
function refusedCredentialPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.http.status === 401 && response.body.kind === 'single') {
            const { errors, extensions } = response.body.singleResult;
            response.body.singleResult = { errors: errors?.map(({ message, extensions }) => ({ message, extensions })), ...(extensions ? { extensions } : {}) };
          }
        },
      };
    },
  };
}

/** Builds the HTTP server and Apollo without listening, so tests and main share it. */
export function createApp(options: AppOptions): App {
  const log = options.log ?? silentLogger;
  const limits: QueryLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const corsOrigins = new Set(options.corsOrigins ?? []);
  const readiness = new Readiness(options.db, options.migrated ?? false);
  const httpServer = createServer();
  // Neo4j Browser fetches these cross-origin (post_connect_cmd and `:play`), hence the CORS header.
  const browserFiles: Record<string, { type: string; body: string }> = {
    '/browser/style.grass': { type: 'text/plain; charset=utf-8', body: loadGraphStyle() },
    '/browser/guide.html': { type: 'text/html; charset=utf-8', body: renderGuide(loadGuideQueries()) },
  };
  const ideFiles: Record<string, IdeFile> = (options.ide ?? true) ? loadIdeFiles() : {};
  const handleWeb = createWebHandler(options.webDir);
  const handleExport = createExportHandler({ db: options.db, log });
  const auth = createAuthenticator(options.db, options.auth);
  const writesPerMinute = options.writeRateLimit ?? DEFAULT_WRITES_PER_MINUTE;
  const writeRate = writesPerMinute > 0 ? new WriteRateLimiter(writesPerMinute) : null;
  const apollo = new ApolloServer<Context>({
    typeDefs: loadTypeDefs(),
    resolvers,
    introspection: options.introspection ?? true,
    csrfPrevention: true,
    // main.ts owns SIGINT/SIGTERM (drain, close the driver, stop Neo4j); Apollo's own handler
    // would race it and hang the shutdown.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: false,
    formatError: (formatted, error) => formatError(formatted, error, log),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      bookmarkPlugin(),
      retryAfterPlugin(),
      refusedCredentialPlugin(),
      ApolloServerPluginLandingPageDisabled(),
      queryLimitsPlugin(limits),
      requestLogPlugin(log),
      ...((options.compile ?? true) ? [compiledOperationsPlugin({ db: options.db, log, formatError: (formatted, error) => formatError(formatted, error, log) })] : []),
    ],
  });

  httpServer.on('request', (req, res) => {
    handle(req, res).catch((error: unknown) => {
      // A client that hangs up while sending its body (a load test's end, a closed tab) is not a fault of the API.
      if ((error as NodeJS.ErrnoException | null)?.code === 'ECONNRESET' && req.destroyed) {
        log({ level: 'info', msg: 'client went away', error: String(error) });
        return res.destroy();
      }
      log({ level: 'error', msg: 'request failed', error: error instanceof Error ? error.stack : String(error) });
      if (!res.headersSent) sendJson(res, 500, { errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
      else res.end();
    });
  });

  /** CORS for allow-listed origins only; returns true when it answered a preflight. */
  function cors(req: IncomingMessage, res: ServerResponse): boolean {
    const origin = req.headers.origin;
    if (!origin || !(corsOrigins.has('*') || corsOrigins.has(origin))) return false;
    res.setHeader('access-control-allow-origin', corsOrigins.has('*') ? '*' : origin);
    res.setHeader('vary', 'origin');
    res.setHeader('access-control-expose-headers', `x-request-id, ${BOOKMARK_HEADER}`);
    if (req.method !== 'OPTIONS') return false;
    res.setHeader('access-control-allow-methods', 'GET, POST, OPTIONS');
    res.setHeader('access-control-allow-headers', `authorization, content-type, apollo-require-preflight, x-apollo-operation-name, x-request-id, ${BOOKMARK_HEADER}`);
    res.setHeader('access-control-max-age', '600');
    res.statusCode = 204;
    res.end();
    return true;
  }

  /**
   * The viewer of a request to /graphql or /export, allowed to read; null when the request was
   * answered instead: 401 UNAUTHENTICATED with `WWW-Authenticate: Bearer` for a bad credential
   * (or none, when READ_ACCESS is authenticated), in the endpoint's own error shape. The
   * Authorization header is never logged. With `deferToken` (a mutation), an API token is
   * checked by the write transaction instead (auth.ts, DeferredToken).
   */
  async function viewerOf(req: IncomingMessage, res: ServerResponse, requestId: string, endpoint: 'graphql' | 'export', deferToken = false): Promise<Credential | null> {
    const header = req.headers.authorization;
    let error: unknown;
    try {
      const credential = await auth.authenticate(header, deferToken);
      checkReadAccess(credential, auth.readAccess);
      return credential;
    } catch (caught) {
      error = caught;
    }
    const formatted = formatError(error instanceof GraphQLError ? error.toJSON() : { message: String(error) }, error, (entry) => log({ ...entry, requestId }));
    const code = String(formatted.extensions?.code);
    const status = code === 'UNAUTHENTICATED' ? 401 : (AUTH_FAILURE_STATUS[code] ?? 500);
    if (status === 401) res.setHeader('www-authenticate', challengeOf(Boolean(header)));
    res.setHeader('x-request-id', requestId);
    log({ level: 'warn', msg: 'credential refused', requestId, endpoint, code, reason: formatted.message });
    sendJson(res, status, endpoint === 'graphql' ? { errors: [{ message: formatted.message, extensions: { code } }] } : { error: formatted.message, code });
    return null;
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/health' && req.method === 'GET') {
      const memory = process.memoryUsage();
      sendJson(res, 200, { status: 'ok', rssBytes: memory.rss, heapUsedBytes: memory.heapUsed });
      return;
    }
    if (url.pathname === '/ready' && req.method === 'GET') {
      const state = await readiness.check();
      sendJson(res, state.ready ? 200 : 503, state.ready ? { status: 'ready' } : { status: 'unavailable', reason: state.reason });
      return;
    }
    // Exports (src/modules/export): GET /export/<file>, streamed; CORS as for /graphql.
    if (url.pathname.startsWith('/export/')) {
      if (cors(req, res)) return;
      const requestId = requestIdOf(req);
      if (!(await viewerOf(req, res, requestId, 'export'))) return;
      await handleExport(req, res, url, requestId);
      return;
    }
    const wantsPage = (req.headers.accept ?? '').includes('text/html') && !url.searchParams.has('query');
    const ideFile = req.method === 'GET' && (url.pathname !== '/graphql' || wantsPage) ? ideFiles[url.pathname] : undefined;
    if (ideFile) {
      res.setHeader('content-type', ideFile.type);
      res.setHeader('cache-control', 'public, max-age=3600');
      res.end(ideFile.body);
      return;
    }
    const file = browserFiles[url.pathname];
    if (file && (req.method === 'GET' || req.method === 'OPTIONS')) {
      // Public, read-only files: any origin may read them, including after a preflight.
      res.setHeader('access-control-allow-origin', '*');
      if (req.method === 'OPTIONS') {
        res.setHeader('access-control-allow-methods', 'GET, OPTIONS');
        res.setHeader('access-control-allow-headers', req.headers['access-control-request-headers'] ?? '*');
        res.statusCode = 204;
        res.end();
        return;
      }
      res.setHeader('content-type', file.type);
      res.end(file.body);
      return;
    }
    // The explorer (src/modules/web): its pages and /assets/ files; GET /graphql stays GraphiQL's.
    if (handleWeb(req, res, url)) return;
    if (url.pathname !== '/graphql') {
      sendJson(res, 404, { error: 'Not found. The GraphQL endpoint is /graphql; health checks are /health and /ready.' });
      return;
    }
    if (cors(req, res)) return;
    const requestId = requestIdOf(req);
    // Before the body is read, a caller who may not read does not get to send a megabyte; but an
    // API token is looked up in Neo4j, and a mutation does that in its write transaction, so for
    // a token the body comes first, to see whether the operation is a mutation.
    const deferrable = apiTokenOf(req.headers.authorization) !== null;
    const early = deferrable ? null : await viewerOf(req, res, requestId, 'graphql');
    if (!deferrable && !early) return;
    const body = await readBody(req);
    const credential = early ?? (await viewerOf(req, res, requestId, 'graphql', body !== TOO_LARGE && body !== INVALID_JSON && isMutation(body)));
    if (!credential) return;
    if (body === TOO_LARGE) {
      sendJson(res, 413, { errors: [{ message: `Request body over ${MAX_BODY_BYTES} bytes`, extensions: { code: 'QUERY_TOO_LARGE' } }] });
      return;
    }
    if (body === INVALID_JSON) {
      sendJson(res, 400, { errors: [{ message: 'The request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }] });
      return;
    }
    const queryText = typeof body === 'object' && body !== null ? (body as { query?: unknown }).query : url.searchParams.get('query');
    if (typeof queryText === 'string' && queryText.length > limits.maxQueryLength) {
      sendJson(res, 400, {
        errors: [{ message: `The query is ${queryText.length} characters long; at most ${limits.maxQueryLength} are allowed.`, extensions: { code: 'QUERY_TOO_LARGE' } }],
      });
      return;
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      // The credential stops here: what runs the operation knows the viewer, not the token.
      if (value !== undefined && key !== 'authorization') headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const httpGraphQLRequest: HTTPGraphQLRequest = {
      method: req.method?.toUpperCase() ?? 'GET',
      headers,
      search: url.search,
      body,
    };
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest,
      // A client that sends back a write's bookmark reads after it (src/modules/write/write.bookmarks.ts).
      context: async () => createContext(options.db.withBookmarks(bookmarksOf(headers.get(BOOKMARK_HEADER))), requestId, credential, writeRate),
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.setHeader('x-request-id', requestId);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  }

  return {
    httpServer,
    apollo,
    async listen(port, host) {
      await apollo.start();
      await new Promise<void>((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => resolve());
      });
      const address = httpServer.address();
      return typeof address === 'object' && address ? address.port : port;
    },
    async stop() {
      await apollo.stop();
    },
  };
}

/** A client's request id is echoed only when it is a short token (it goes into the logs). */
function validRequestId(value: string | undefined): string | null {
  return value && /^[\w.:-]{1,100}$/.test(value) ? value : null;
}

/** The client's request id when valid, else a new one. */
function requestIdOf(req: IncomingMessage): string {
  const clientId = req.headers['x-request-id'];
  return validRequestId(typeof clientId === 'string' ? clientId : undefined) ?? randomUUID();
}

/** Whether a POSTed body's operation is a mutation (not a batch; a query that does not parse is not). */
function isMutation(body: unknown): boolean {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return false;
  const { query, operationName } = body as { query?: unknown; operationName?: unknown };
  if (typeof query !== 'string') return false;
  try {
    return getOperationAST(parse(query), typeof operationName === 'string' ? operationName : undefined)?.operation === 'mutation';
  } catch {
    return false;
  }
}

/** Parses a JSON body; Apollo itself rejects a missing or wrong content type with a 400. */
async function readBody(req: IncomingMessage): Promise<unknown | typeof TOO_LARGE | typeof INVALID_JSON> {
  if (req.method !== 'POST') return undefined;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) return TOO_LARGE;
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  const type = req.headers['content-type'] ?? '';
  if (!type.includes('json')) return text;
  try {
    return text.length > 0 ? JSON.parse(text) : undefined;
  } catch {
    return INVALID_JSON;
  }
}

function sendJson(res: ServerResponse, status: number, payload: unknown): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify(payload));
}
