import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { ApolloServer, HeaderMap, type HTTPGraphQLRequest } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { createContext, type Context } from './context.js';
import { formatError } from './errors.js';
import { loadGraphStyle, loadGuideQueries, renderGuide } from './modules/browser/browser.guide.js';
import { loadIdeFiles, type IdeFile } from './modules/ide/ide.js';
import type { Database } from './neo4j/database.js';
import { migrate } from './neo4j/migrations.js';
import { loadTypeDefs, resolvers } from './schema.js';

const MAX_BODY_BYTES = 1_000_000;
const TOO_LARGE = Symbol('too-large');
const INVALID_JSON = Symbol('invalid-json');

export interface AppOptions {
  db: Database;
  /** Whether migrations have been applied; when false, /ready applies them first. */
  migrated?: boolean;
  introspection?: boolean;
  /** Serve GraphiQL (from npm packages, no CDN) on GET /graphql to browsers. */
  ide?: boolean;
  log?: (entry: Record<string, unknown>) => void;
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

/** Builds the HTTP server and Apollo without listening, so tests and main share it. */
export function createApp(options: AppOptions): App {
  const log = options.log ?? (() => {});
  const readiness = new Readiness(options.db, options.migrated ?? false);
  const httpServer = createServer();
  // Neo4j Browser fetches these cross-origin (post_connect_cmd and `:play`), hence the CORS header.
  const browserFiles: Record<string, { type: string; body: string }> = {
    '/browser/style.grass': { type: 'text/plain; charset=utf-8', body: loadGraphStyle() },
    '/browser/guide.html': { type: 'text/html; charset=utf-8', body: renderGuide(loadGuideQueries()) },
  };
  const apollo = new ApolloServer<Context>({
    typeDefs: loadTypeDefs(),
    resolvers,
    introspection: options.introspection ?? true,
    includeStacktraceInErrorResponses: false,
    formatError: (formatted, error) => formatError(formatted, error, log),
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), ApolloServerPluginLandingPageDisabled()],
  });

  const ideFiles: Record<string, IdeFile> = options.ide ?? true ? loadIdeFiles() : {};

  httpServer.on('request', (req, res) => {
    handle(req, res).catch((error: unknown) => {
      log({ level: 'error', msg: 'request failed', error: String(error) });
      if (!res.headersSent) sendJson(res, 500, { error: 'internal error' });
      else res.end();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/health' && req.method === 'GET') {
      sendJson(res, 200, { status: 'ok' });
      return;
    }
    if (url.pathname === '/ready' && req.method === 'GET') {
      const state = await readiness.check();
      sendJson(res, state.ready ? 200 : 503, state.ready ? { status: 'ready' } : { status: 'unavailable', reason: state.reason });
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
    const file = req.method === 'GET' ? browserFiles[url.pathname] : undefined;
    if (file) {
      res.setHeader('content-type', file.type);
      res.setHeader('access-control-allow-origin', '*');
      res.end(file.body);
      return;
    }
    if (url.pathname !== '/graphql') {
      sendJson(res, 404, { error: 'Not found. The GraphQL endpoint is /graphql; health checks are /health and /ready.' });
      return;
    }
    const body = await readBody(req);
    if (body === TOO_LARGE) {
      sendJson(res, 413, { errors: [{ message: `Request body over ${MAX_BODY_BYTES} bytes`, extensions: { code: 'BAD_REQUEST' } }] });
      return;
    }
    if (body === INVALID_JSON) {
      sendJson(res, 400, { errors: [{ message: 'The request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }] });
      return;
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const requestId = headers.get('x-request-id') ?? randomUUID();
    const httpGraphQLRequest: HTTPGraphQLRequest = {
      method: req.method?.toUpperCase() ?? 'GET',
      headers,
      search: url.search,
      body,
    };
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest,
      context: async () => createContext(options.db, requestId),
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
