import type { IncomingMessage, ServerResponse } from 'node:http';
import { pipeline } from 'node:stream/promises';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { NodeKind } from '../../__generated__/resolvers-types.js';
import { databaseFailure, formatError, notFoundError, userInputError } from '../../errors.js';
import type { Logger } from '../../logger.js';
import { NODE_LABELS, nodeKindOf } from '../../model/model.js';
import type { Database } from '../../neo4j/database.js';
import { neighbourhoodArgs, pathArgs } from '../analysis/analysis.arguments.js';
import type { ExportRecord } from './export.attributes.js';
import { FORMATS, type ExportMeta, type ExportSource } from './export.formats.js';
import { ExportRepository, type BoundedExport } from './export.repository.js';

/**
 * GET /export/<file>: the whole graph, a neighbourhood (`around`, `depth`, `kinds`, `limit`)
 * or the shortest paths between two nodes (`from`, `to`, `maxHops`, `first`, `viaDocuments`),
 * as GEXF, GraphML, CSV or JSON. Arguments are checked by the GraphQL fields' own checks
 * (same codes, same ranges); a bad one answers 400, an unknown node 404, with `{error, code}`.
 * A limit that applies is stated in the X-Export-Truncated and X-Export-Limit headers and in
 * the file. The body is written as it is read.
 */

const PREFIX = '/export/';

/** Whole-graph exports running at once; more answer 503 (each holds a connection for its pages). */
export const MAX_CONCURRENT_GRAPH_EXPORTS = 2;

const PARAMETERS = {
  around: ['around', 'depth', 'kinds', 'limit'],
  from: ['from', 'to', 'maxHops', 'first', 'viaDocuments'],
} as const;
const KNOWN = new Set<string>([...PARAMETERS.around, ...PARAMETERS.from]);
const NEIGHBOURHOOD = new Set<string>(PARAMETERS.around);
const NODE_KINDS = new Set(NODE_LABELS.map(nodeKindOf));

const STATUS: Record<string, number> = { BAD_USER_INPUT: 400, NOT_FOUND: 404, SERVICE_UNAVAILABLE: 503, TIMEOUT: 504 };

export interface ExportHandlerOptions {
  db: Database;
  log: Logger;
  /** Nodes per read of the whole-graph export. */
  pageSize?: number;
}

function single(params: URLSearchParams, name: string): string | null {
  const values = params.getAll(name);
  if (values.length > 1) throw userInputError(`\`${name}\` is given ${values.length} times; give it once.`, name);
  return values[0] ?? null;
}

function integer(params: URLSearchParams, name: string): number | null {
  const value = single(params, name);
  if (value === null) return null;
  if (!/^-?\d{1,9}$/.test(value)) throw userInputError(`\`${name}\` must be an integer; got "${value.slice(0, 40)}".`, name);
  return Number(value);
}

function boolean(params: URLSearchParams, name: string): boolean | null {
  const value = single(params, name);
  if (value === null) return null;
  if (value === 'true' || value === '1') return true;
  if (value === 'false' || value === '0') return false;
  throw userInputError(`\`${name}\` must be true or false; got "${value.slice(0, 40)}".`, name);
}

function kinds(params: URLSearchParams): NodeKind[] | null {
  const values = params.getAll('kinds').flatMap((value) => value.split(',')).map((value) => value.trim()).filter(Boolean);
  if (values.length === 0) return null;
  const unknown = values.find((value) => !NODE_KINDS.has(value));
  if (unknown !== undefined) throw userInputError(`\`kinds\` takes ${[...NODE_KINDS].join(', ')}; got "${unknown.slice(0, 40)}".`, 'kinds');
  return values as NodeKind[];
}

/** What to export, from the query string: checked with the GraphQL fields' own argument checks. */
type ExportRequest =
  | { scope: 'graph' }
  | { scope: 'neighbourhood'; args: ReturnType<typeof neighbourhoodArgs>; kinds: NodeKind[] | null }
  | { scope: 'paths'; args: ReturnType<typeof pathArgs> };

export function parseExportRequest(params: URLSearchParams): ExportRequest {
  for (const name of params.keys()) {
    if (!KNOWN.has(name)) throw userInputError(`Unknown parameter \`${name.slice(0, 40)}\`; exports take ${[...KNOWN].join(', ')}.`, name.slice(0, 40));
  }
  const around = params.has('around');
  const paths = params.has('from') || params.has('to');
  if (around && paths) throw userInputError('Give either `around` (a neighbourhood) or `from` and `to` (paths), not both.', 'around');
  const mode = around ? 'around' : paths ? 'from' : null;
  const stray = [...params.keys()].find((name) => mode === null || !(PARAMETERS[mode] as readonly string[]).includes(name));
  if (stray !== undefined) {
    const family = NEIGHBOURHOOD.has(stray) ? 'a neighbourhood (`around`)' : 'paths (`from`, `to`)';
    throw userInputError(`\`${stray}\` applies to ${family} only${mode === null ? '; give that too' : ''}.`, stray);
  }
  if (mode === 'around') {
    const chosen = kinds(params);
    return { scope: 'neighbourhood', kinds: chosen, args: neighbourhoodArgs({ id: single(params, 'around')!, depth: integer(params, 'depth'), kinds: chosen, limit: integer(params, 'limit') }) };
  }
  if (mode === 'from') {
    const from = single(params, 'from');
    const to = single(params, 'to');
    if (from === null || to === null) throw userInputError('Paths need both `from` and `to`.', from === null ? 'from' : 'to');
    return { scope: 'paths', args: pathArgs({ from, to, maxHops: integer(params, 'maxHops'), first: integer(params, 'first'), viaDocuments: boolean(params, 'viaDocuments') }) };
  }
  return { scope: 'graph' };
}

const slug = (id: string) => id.replace(/[^\w.-]+/g, '-');

/** `graph.gexf`; `neighbourhood-person-andy-couldrick-depth2.gexf`; `paths-<from>-<to>-nodes.csv`. */
function fileName(request: ExportRequest, file: string): string {
  if (request.scope === 'graph') return file;
  const base = request.scope === 'neighbourhood' ? `neighbourhood-${slug(request.args.id)}-depth${request.args.depth}` : `paths-${slug(request.args.from)}-${slug(request.args.to)}`;
  const [stem, extension] = file.split('.') as [string, string];
  return `${base}${stem === 'graph' ? '' : `-${stem}`}.${extension}`;
}

async function* once(records: ExportRecord[]): AsyncGenerator<ExportRecord[]> {
  if (records.length > 0) yield records;
}

/** Reads the first page before the response starts (so an outage still gets its coded error), then the rest. */
async function primed(pages: AsyncGenerator<ExportRecord[]>): Promise<() => AsyncGenerator<ExportRecord[]>> {
  const first = await pages.next();
  return async function* () {
    if (first.done) return;
    yield first.value;
    yield* pages;
  };
}

export function createExportHandler(options: ExportHandlerOptions) {
  const repository = new ExportRepository(options.db, options.pageSize);
  const { log } = options;
  let graphExports = 0;

  function sendError(res: ServerResponse, error: unknown, requestId: string, extraHeaders: Record<string, string> = {}): string {
    const shaped: GraphQLFormattedError = error instanceof GraphQLError ? error.toJSON() : { message: error instanceof Error ? error.message : String(error) };
    const formatted = formatError(shaped, error, (entry) => log({ ...entry, requestId }));
    const code = String(formatted.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
    const argument = formatted.extensions?.argument;
    res.statusCode = STATUS[code] ?? 500;
    res.setHeader('content-type', 'application/json; charset=utf-8');
    res.setHeader('cache-control', 'no-store');
    res.setHeader('x-request-id', requestId);
    for (const [key, value] of Object.entries(extraHeaders)) res.setHeader(key, value);
    res.end(JSON.stringify({ error: formatted.message, code, ...(typeof argument === 'string' ? { argument } : {}) }));
    return code;
  }

  /** Answers any request whose path starts with /export/. */
  return async function handleExport(req: IncomingMessage, res: ServerResponse, url: URL, requestId: string): Promise<void> {
    const started = performance.now();
    const file = url.pathname.slice(PREFIX.length);
    const logLine = (entry: Record<string, unknown>) =>
      log({ level: 'info', msg: 'export', requestId, file, query: url.search.slice(0, 300), ms: Math.round((performance.now() - started) * 10) / 10, ...entry });
    const format = Object.hasOwn(FORMATS, file) ? FORMATS[file] : undefined;
    if (!format) {
      const code = sendError(res, notFoundError(`No export is called "${file.slice(0, 80)}"; the exports are ${Object.keys(FORMATS).map((name) => PREFIX + name).join(', ')}.`, file.slice(0, 80)), requestId);
      logLine({ level: 'warn', status: res.statusCode, error: code });
      return;
    }
    if (req.method !== 'GET') {
      res.statusCode = 405;
      res.setHeader('allow', 'GET, OPTIONS');
      res.setHeader('content-type', 'application/json; charset=utf-8');
      res.end(JSON.stringify({ error: 'Exports answer GET only.', code: 'BAD_REQUEST' }));
      logLine({ level: 'warn', status: 405, error: 'BAD_REQUEST' });
      return;
    }

    let release = () => {};
    let source: ExportSource;
    let request: ExportRequest;
    try {
      request = parseExportRequest(url.searchParams);
      const generatedAt = new Date().toISOString();
      if (request.scope === 'graph') {
        if (graphExports >= MAX_CONCURRENT_GRAPH_EXPORTS) {
          const code = sendError(res, new GraphQLError(`${MAX_CONCURRENT_GRAPH_EXPORTS} whole-graph exports are already running; try again shortly.`, { extensions: { code: 'SERVICE_UNAVAILABLE' } }), requestId, { 'retry-after': '5' });
          logLine({ level: 'warn', status: res.statusCode, error: code });
          return;
        }
        graphExports += 1;
        let released = false;
        release = () => {
          if (!released) graphExports -= 1;
          released = true;
        };
        // The part the file needs first is read before the headers go out.
        const edgesOnly = file === 'edges.csv';
        const firstPart = await primed(edgesOnly ? repository.edgePages() : repository.nodePages());
        source = {
          meta: { scope: 'graph', parameters: {}, truncated: false, limit: null, generatedAt },
          nodes: edgesOnly ? () => repository.nodePages() : firstPart,
          edges: edgesOnly ? firstPart : () => repository.edgePages(),
        };
      } else {
        let found: BoundedExport | null;
        let meta: ExportMeta;
        if (request.scope === 'neighbourhood') {
          const { args } = request;
          found = await repository.neighbourhood(args);
          if (!found) throw notFoundError(`No node has the id "${args.id.slice(0, 80)}".`, args.id);
          meta = {
            scope: 'neighbourhood',
            parameters: { around: args.id, depth: args.depth, ...(request.kinds ? { kinds: request.kinds } : {}), limit: args.limit },
            truncated: found.truncated,
            limit: { name: 'limit', value: args.limit },
            generatedAt,
          };
        } else {
          const { args } = request;
          const [fromFound, toFound] = await repository.exist([args.from, args.to]);
          if (!fromFound) throw notFoundError(`No node has the id "${args.from.slice(0, 80)}".`, args.from);
          if (!toFound) throw notFoundError(`No node has the id "${args.to.slice(0, 80)}".`, args.to);
          found = await repository.paths(args);
          meta = {
            scope: 'paths',
            parameters: { from: args.from, to: args.to, maxHops: args.maxHops, first: args.first, viaDocuments: args.viaDocuments },
            truncated: found.truncated,
            limit: { name: 'first', value: args.first },
            generatedAt,
          };
        }
        const { nodes, edges } = found;
        source = { meta, nodes: () => once(nodes), edges: () => once(edges) };
      }
    } catch (error) {
      release();
      const code = sendError(res, error, requestId);
      logLine({ level: code === 'INTERNAL_SERVER_ERROR' ? 'error' : 'warn', status: res.statusCode, error: code });
      return;
    }

    res.statusCode = 200;
    res.setHeader('content-type', format.contentType);
    res.setHeader('content-disposition', `attachment; filename="${fileName(request, file)}"`);
    res.setHeader('cache-control', 'no-store');
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('x-request-id', requestId);
    res.setHeader('x-export-scope', source.meta.scope);
    res.setHeader('x-export-truncated', String(source.meta.truncated));
    if (source.meta.limit) res.setHeader('x-export-limit', String(source.meta.limit.value));
    res.setHeader('access-control-expose-headers', 'content-disposition, x-export-scope, x-export-truncated, x-export-limit, x-request-id');
    try {
      await pipeline(format.body(source), res);
      logLine({ status: 200, scope: source.meta.scope, truncated: source.meta.truncated });
    } catch (error) {
      // The status line is gone: the response is cut off (no final chunk), which clients report as an error.
      res.destroy();
      const clientGone = (error as NodeJS.ErrnoException).code === 'ERR_STREAM_PREMATURE_CLOSE';
      const failure = databaseFailure(error);
      logLine({
        level: clientGone ? 'info' : failure ? 'warn' : 'error',
        status: 200,
        scope: source.meta.scope,
        aborted: clientGone ? 'client closed the connection' : (failure ?? 'error'),
        ...(clientGone ? {} : { error: error instanceof Error ? error.stack : String(error) }),
      });
    } finally {
      release();
    }
  };
}
